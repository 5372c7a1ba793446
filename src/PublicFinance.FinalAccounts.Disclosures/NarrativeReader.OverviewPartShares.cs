namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (ratio47, issue 8): FA2001 and FA2002 check a share of an income or expenditure part against the overview's
/// 本年收入 / 本年支出 when the 收入 or 支出 section states no total (rules spec 5.7, <c>denominatorFallback</c>). A part listed
/// after a grand total ("收入总计 1520.40 万元，其中：财政拨款收入 1301.45 万元，占 85.60%") has a share of that grand total, not of
/// the year's income: such a share, with no base written, is a note (<see cref="DisclosureMessages.OverviewPartShareOfGrandTotal"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Names of the year's income or expenditure (the base of FA2001 / FA2002) in an overview sentence.</summary>
    private static readonly string[] YearFlowTotalWords = ["本年收入", "本年支出", "收入合计", "支出合计"];

    /// <summary>
    /// Whether the percentage in <paramref name="clause"/> is the share of an overview part (an income or expenditure part
    /// read in 收入支出决算总体情况) whose nearest whole named before it in its sentence is a grand total (…总计), not the
    /// year's income or expenditure — its base is then the grand total, which no share rule divides by.
    /// </summary>
    private bool OverviewPartShareOfGrandTotal(ClauseView clause)
    {
        if (section != Section.Overall || subject is null
            || !subject.StartsWith(N + "income/", StringComparison.Ordinal)
            && !subject.StartsWith(N + "expenditure/", StringComparison.Ordinal))
        {
            return false;
        }

        var sentence = clause.Sentence.Text;
        var before = sentence.Substring(0, Math.Min(clause.Start, sentence.Length));
        var grand = before.LastIndexOf("总计", StringComparison.Ordinal);
        return grand >= 0 && grand > LastOf(before, YearFlowTotalWords);
    }
}
