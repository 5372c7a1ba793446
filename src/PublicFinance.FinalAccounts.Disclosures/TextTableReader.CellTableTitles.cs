namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (tables46, blind round 42 t07's family; issue 8): a one-cell-per-line 三公 table whose run opens with its
/// title and its unit as cells — <c>“三公”经费支出决算表 |</c>, <c>单位：万元 |</c>, <c>项目 |</c>, <c>年初预算数 |</c>,
/// <c>决算数 |</c>, <c>上年决算数 |</c>, then each item and its cells, a blank cell a lone <c> |</c>. The title's 决算 was taken
/// for the first column and the unit cell ended the column names, so every row had three figures for one column and none
/// was read (only the prose's figures reached the report). Before the first column name, a cell that declares the unit
/// sets it and a cell that is the table's title (ending in 表) is passed over.
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>
    /// Whether a cell before a one-cell-per-line table's first column name is its title (<c>…决算表</c>, ending in 表) or its
    /// unit (<c>单位：万元</c>, which then sets <see cref="unit"/>): neither is a column.
    /// </summary>
    private bool TitleOrUnitCell(string cell)
    {
        if (ContainsIgnoringSpaces(cell, "单位:"))
        {
            Declare(cell);
            return true;
        }

        var c = Compact(cell);
        return c.Length >= 4 && c[c.Length - 1] == '表';
    }

    /// <summary>
    /// Session 47: the unit a cell run declares when <see cref="CellTable"/> reads it — its unit cells before the first column
    /// name — applied when the run is kept for <see cref="Finish"/> (deferred), so that the tables after it are read in that
    /// unit as when the run is read at once (the streamed read had kept them in the unit before the run: a 元 table's
    /// figures read as 万元; <c>ReadingPipelineTests.RandomLines_StreamedAsOnTheList</c>).
    /// </summary>
    private void DeclareAsCellTable(List<Block> run)
    {
        if (!run.Exists(static b => b.Content.Text.IndexOf('单') >= 0))
        {
            return;
        }

        var cells = Cells(run);
        var first = cells.Count > 0 && IsCorner(cells[0].Text) ? 1 : 0;
        if (first < cells.Count && HeaderItem(cells[first].Text) is not null && ColumnOf(cells[first].Text) is null)
        {
            return;   // the transposed layout declares nothing
        }

        for (var i = 0; i < cells.Count && !IsValue(cells[i]); i++)
        {
            if (ContainsIgnoringSpaces(cells[i].Text, "单位:"))
            {
                Declare(cells[i].Text);
            }
            else if (HeaderColumn(cells[i].Text) is { } c && c is not (Column.Skip or Column.Count))
            {
                return;   // the column names begin: CellTable reads no unit cell after them
            }
        }
    }
}
