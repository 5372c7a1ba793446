using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (blind round 42 t06): a share in the 政府采购 section written after words that name the contracts awarded to
/// SMEs without an amount — "政府采购货物支出 A 万元、政府采购服务支出 B 万元，全部授予中小企业，占比 100%". The share is the SME
/// contracts' (here of the whole procurement), not the share of the kind stated before it: read as the services' share
/// of the total it gave a false FA2006 Error (B / total against 100%). Such a share names neither its numerator nor its base,
/// so it is a located note; a share right after an amount ("授予中小企业合同金额 X 万元，占 Y%") is read as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that name the contracts awarded to SMEs or to micro and small enterprises.</summary>
    private static readonly string[] SmeContractWords = ["中小企业", "小微企业"];

    /// <summary>
    /// Whether the share <paramref name="token"/> of <paramref name="clause"/> (its position relative to the clause) follows,
    /// since the last figure before it in the sentence, words naming the SME or 小微 contracts other than the subject's own
    /// ("…146.25 万元，全部授予中小企业，占比 100%", "…，其中小微企业占比 60%"): true, with a located note.
    /// </summary>
    private bool ShareAfterSmeWords(ClauseView clause, NumberToken token, SourceSpan span)
    {
        if (section != Section.Procurement || subject is not { } owner)
        {
            return false;
        }

        var text = clause.Sentence.Text;
        var end = Math.Min(clause.Start + token.Start, text.Length);
        var from = end;
        while (from > 0 && !Scanner.IsDigit(text[from - 1]))
        {
            from--;
        }

        var micro = text.IndexOf(SmeContractWords[1], from, end - from, StringComparison.Ordinal) >= 0;
        var sme = text.IndexOf(SmeContractWords[0], from, end - from, StringComparison.Ordinal) >= 0;
        var own = micro ? owner.EndsWith("procurement/microSmallContracts", StringComparison.Ordinal)
            : owner.EndsWith("procurement/smeContracts", StringComparison.Ordinal);
        if (!(sme || micro) || own)
        {
            return false;
        }

        Note(span, DisclosureMessages.ShareAfterSmeWords, clause);
        return true;
    }
}
