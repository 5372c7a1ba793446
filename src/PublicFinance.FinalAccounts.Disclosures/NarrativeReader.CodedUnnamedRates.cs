namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 57 (tables57, blind round 53 t10): a coded item table with 年初预算, 调整预算, 决算数 and a rate that names no
/// basis (<c>科目编码 | 科目名称 | 年初预算 | 调整预算 | 决算数 | 执行率</c>), refused until now (two budgets and a rate need
/// the rate's basis). The header is read; each row's line states both budgets and the rate as the prose line would
/// (<c>年初预算…万元,调整预算…万元,支出决算…万元,执行率…%</c>), so the prose reader places the rate on the budget it fits
/// and leaves a rate that fits neither unplaced (no Error on a guessed basis). The 合计 row keeps its rate unread (the
/// section's total rate is the prose's).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether the open coded table has both budgets and a rate that names no basis (see the type's remarks).</summary>
    private bool codedUnnamedRate;

    /// <summary>One 年初 and one 调整 budget column, one rate column, and no basis named by the rate's header.</summary>
    private static bool CodedBudgetsWithUnnamedRate(List<SentenceColumn> columns, SentenceColumn? namedBasis) =>
        namedBasis is null && columns.Count(c => c == SentenceColumn.CompletionRate) == 1
        && columns.Count(c => c == SentenceColumn.Budget) == 1 && columns.Count(c => c == SentenceColumn.FullYearBudget) == 1;
}
