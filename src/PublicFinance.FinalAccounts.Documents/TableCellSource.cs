namespace PublicFinance.FinalAccounts.Documents;

/// <summary>Where a table figure of the report was printed (表格数据来源): table, row label, column and position.</summary>
public sealed record TableCellSource
{
    /// <summary>The table (code and title, e.g. 公开05表 一般公共预算财政拨款支出决算表).</summary>
    public required string Table { get; init; }

    /// <summary>The row label as printed (code and name, e.g. 2010301 行政运行).</summary>
    public required string Row { get; init; }

    /// <summary>The column header (e.g. 基本支出).</summary>
    public required string Column { get; init; }

    /// <summary>The cell's position in the file, or null.</summary>
    public CellLocation? Location { get; init; }

    /// <summary><c>p.12 公开05表 row “2010301 行政运行” column 基本支出</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var where = Location is null ? string.Empty : Location.Page is { } page ? "p." + page + " " : Location + " ";
        return where + Table + " row “" + Row + "” column " + Column;
    }
}
