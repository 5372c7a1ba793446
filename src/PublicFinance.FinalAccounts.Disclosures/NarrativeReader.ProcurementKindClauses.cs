namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The SME contracts of one purchase kind named by a clause before their own (blind round 27, family F2): "货物采购中，授予中小
/// 企业合同金额 1806.30 万元，占货物采购支出的 72.64%；服务采购中，授予中小企业合同金额 2668.44 万元，占 68.20%". The leading
/// "货物采购中" makes the amount the 货物 kind's part (smeGoods), as "货物采购授予中小企业合同金额…" does; before, it was the
/// SME total stated again with another value (a false FA8003).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The member of the purchase kind that the clause just before <paramref name="clause"/> in its sentence names as a scope
    /// ("货物采购中", "在服务类采购中"), or null when that clause is no such scope.
    /// </summary>
    private static string? KindOfLeadingClause(ClauseView clause)
    {
        var sentence = clause.Sentence.Text;
        var end = clause.Start;
        while (end > 0 && sentence[end - 1] is ',' or ':' or ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && sentence[start - 1] is not (',' or ';' or ':' or '。'))
        {
            start--;
        }

        var lead = sentence.Substring(start, end - start).Replace(" ", string.Empty);
        if (!lead.EndsWith("中", StringComparison.Ordinal) || lead.Length < 3)
        {
            return null;
        }

        lead = lead.Substring(0, lead.Length - 1);
        lead = lead.StartsWith("在", StringComparison.Ordinal) ? lead.Substring(1) : lead;
        return KindEntryOf(lead);
    }
}
