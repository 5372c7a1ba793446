namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A reason sentence that names the comparison it explains, a sentence or two after it (blind round 35, W1): "“三公”经费年初预算
/// 6.50 万元，决算支出 4.10 万元，完成预算的 63.08%，比预算减少 2.40 万元。因公出国（境）费…；公务接待费 0.80 万元。决算数小于
/// 预算数的主要原因是厉行节约。" The sentence has no subject of its own and the items between have no budget, so it was
/// nobody's: its reason was lost and the 三公 total's budget comparison warned that no reason is given (a false FA2206). It is
/// the total's when the total's comparison in this section went the way the sentence says and has no reason yet.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The 三公 total's budget, for a comparison sentence without a subject ("决算数小于预算数…" at the sentence's start) when
    /// no budget comparison is open and the current subject (an item) has no budget of its own: when the total's budget
    /// states the same relation (<paramref name="relation"/>) and has no reason; else null.
    /// </summary>
    private string? NamedComparisonOwner(ClauseView clause, string relation)
    {
        if (section != Section.ThreePublic || clause.Start != currentSentenceFrom || SubjectFrom(clause.Text) is not null
            || !clause.Text.TrimStart().StartsWith("决算数", StringComparison.Ordinal)
            || b.Has(subject, "budget"))
        {
            return null;
        }

        var total = N + "threePublic/total/budget";
        return string.Equals(b.FindString(total, "relation"), relation, StringComparison.Ordinal) && !b.Has(total, "reason")
            ? total
            : null;
    }
}
