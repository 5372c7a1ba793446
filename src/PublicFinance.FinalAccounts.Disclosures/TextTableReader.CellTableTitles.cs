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
}
