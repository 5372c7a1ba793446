namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 52 (tables52, blind round 48 t03 and t01): two coded item table headers the coded reader refused.
/// <list type="bullet">
/// <item>The 一般公共预算财政拨款支出决算表's own columns, <c>科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出</c>: the 合计 column
/// is each item's 决算 (the line read is <c>…支出决算…万元</c>); the 基本支出 and 项目支出 columns are the item's split, which
/// the report has no place for, and are left unread (not guessed into the section's 基本/项目支出).</item>
/// <item>年初预算 and 调整预算 both, beside 决算 and no rate (<c>| 预算数 | | 决算数 |</c> over <c>| 年初预算 | 调整预算 | |</c>):
/// with no rate there is no basis to choose, so each row's line states both budgets (<c>年初预算…万元,调整预算…万元,
/// 支出决算…万元</c>), read as the prose line would be.</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words of a 合计 column of a coded table (the item's 决算 in all).</summary>
    private static readonly string[] CodedTotalColumnWords = ["合计", "支出合计", "本年支出合计", "决算合计", "支出决算合计"];

    /// <summary>The words of the split columns beside a 合计 column, left unread.</summary>
    private static readonly string[] CodedSplitColumnWords = ["基本支出", "项目支出"];

    /// <summary>
    /// The column of a coded header cell of the 合计 | 基本支出 | 项目支出 family: 合计 → the item's final
    /// (<see cref="SentenceColumn.Current"/>), 基本支出 / 项目支出 → <see cref="SentenceColumn.Skip"/>; null for any other
    /// cell.
    /// </summary>
    private static SentenceColumn? CodedSplitColumn(string cell) =>
        Array.IndexOf(CodedTotalColumnWords, cell) >= 0 ? SentenceColumn.Current
        : Array.IndexOf(CodedSplitColumnWords, cell) >= 0 ? SentenceColumn.Skip
        : null;

    /// <summary>
    /// Whether the split columns of a coded header fit: a header with a skipped 基本支出 / 项目支出 column has its 合计
    /// column, and no budget or rate column (the family is the 决算表's three columns, nothing read beside them).
    /// </summary>
    private bool CodedSplitColumnsFit(string text, List<SentenceColumn> columns)
    {
        if (!columns.Contains(SentenceColumn.Skip))
        {
            return true;
        }

        var totals = 0;
        for (var i = 2; i < codedCells.Count; i++)
        {
            string? unitWords = null;
            var cell = SentenceCompact(text, codedCells[i].Start, codedCells[i].End, ref unitWords);
            totals += Array.IndexOf(CodedTotalColumnWords, cell) >= 0 ? 1 : 0;
        }

        return totals == 1 && columns.TrueForAll(c => c is SentenceColumn.Current or SentenceColumn.Skip);
    }

    /// <summary>One 年初 and one 调整 budget column beside the 决算 and no rate column: both budgets are read.</summary>
    private static bool CodedBudgetsWithoutRate(List<SentenceColumn> columns) =>
        !columns.Contains(SentenceColumn.CompletionRate)
        && columns.Count(c => c == SentenceColumn.Budget) == 1 && columns.Count(c => c == SentenceColumn.FullYearBudget) == 1;

    /// <summary>
    /// In a coded table of both budgets and no rate, the 调整 budget's cell after the 年初 one (<c>调整预算…万元,</c>); nothing
    /// otherwise.
    /// </summary>
    private void CodedSecondBudget(Func<SentenceColumn, int> cell, Action<string> words, Action<int, int> copy)
    {
        if (codedBasis is not null || cell(SentenceColumn.CompletionRate) >= 0 && !codedUnnamedRate || cell(SentenceColumn.Budget) < 0
            || cell(SentenceColumn.FullYearBudget) is not (>= 0 and var second))
        {
            return;
        }

        words("调整预算");
        copy(codedCells[second].Start, codedCells[second].End);
        words(codedUnit + ",");
    }
}
