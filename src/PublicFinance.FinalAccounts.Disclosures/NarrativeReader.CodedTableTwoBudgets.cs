namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 41 (tables41, blind round 38 t07's family; issue 8): a coded item table with two budget columns —
/// <c>| 科目编码 | 科目名称 | 年初预算数 | 调整预算数 | 决算数 | 完成调整预算% |</c>. An item has one budget comparison in the
/// model (its <c>budget</c>, typed by <c>kind</c>: initial or fullYear), so such a table was refused whole. When the
/// completion-rate column names its basis (完成调整预算% / 完成年初预算%, <see cref="NamedBasisRate"/>) and the table has exactly one
/// 年初 and one 调整/全年 column, each row's comparison is the named basis's — its budget, the final and the rate, checked as
/// a written line's (FA2201 on a wrong rate) — and the other basis's cell is a located note, never a second budget of the
/// item. Without a rate column naming one of them the basis is not known and the table is refused as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The basis named by the rate column of the open coded table when it has both budget columns (null: one budget).</summary>
    private SentenceColumn? codedBasis;

    /// <summary>
    /// Whether the header's columns hold one 年初 and one 调整/全年 budget column and a rate column naming one of them
    /// (<paramref name="rateBasis"/>): the two-budget table of the type's summary.
    /// </summary>
    private static bool TwoBudgetBases(List<SentenceColumn> columns, int budgets, SentenceColumn? rateBasis)
        => budgets == 2 && rateBasis is { } named && columns.Contains(named)
            && columns.Count(c => c == SentenceColumn.Budget) == 1 && columns.Count(c => c == SentenceColumn.FullYearBudget) == 1;

    /// <summary>
    /// The budget column a coded row's comparison takes and its kind: the rate's named basis in a two-budget table, else the
    /// 年初 column when there is one, else the 全年 (调整) column.
    /// </summary>
    private (SentenceColumn Column, string Kind) CodedBudgetColumn(Func<SentenceColumn, int> cell)
    {
        var column = codedBasis ?? (cell(SentenceColumn.Budget) >= 0 ? SentenceColumn.Budget : SentenceColumn.FullYearBudget);
        return (column, column == SentenceColumn.Budget ? "initial" : "fullYear");
    }

    /// <summary>In a two-budget table, the budget cell of the basis the rate does not name: a located note.</summary>
    private void OtherBasisNoted(Fragment row, int from, Func<SentenceColumn, int> cell)
    {
        if (codedBasis is not { } named)
        {
            return;
        }

        var other = cell(named == SentenceColumn.Budget ? SentenceColumn.FullYearBudget : SentenceColumn.Budget);
        if (other >= 0 && CellNumber(row.Text, (codedCells[other].Start - from, codedCells[other].End - from)) is { } token)
        {
            Note(CellSpan(row, token), DisclosureMessages.OtherBasisBudgetCell, row.Text);
        }
    }
}
