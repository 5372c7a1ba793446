namespace PublicFinance.FinalAccounts.Documents;

/// <summary>
/// A table as found in a published file (文件中的表格): code, title and unit as printed, leaf column headers, and
/// every row under the header with located cells. A table that continues on the next page is one table.
/// </summary>
public sealed record DocumentTable
{
    /// <summary>What the table is by its title: one of the nine tables, a table published beside them, or none.</summary>
    public PublishedTableKind Kind => Tables.NineTables.Kind(Title);

    /// <summary>The table number as printed (e.g. 公开01表), or null.</summary>
    public string? Code { get; init; }

    /// <summary>The title as printed, without the code (e.g. 收入支出决算总表); empty when none was found.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The unit from the 单位/金额单位 line (元, 千元, 万元 or 亿元), or null when none is printed.</summary>
    public AmountUnit? Unit { get; init; }

    /// <summary>
    /// The unit word of the 单位 line when the model has no unit for it (百万元, 十万元: session 59), else null. A table with
    /// such a unit is not mapped: its cells are in a scale the reader does not guess.
    /// </summary>
    internal string? UncertainUnit { get; init; }

    /// <summary>The 1-based pages (PDF) the table occupies; empty for HTML and Excel.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];

    /// <summary>
    /// The leaf column headers left to right; a two-level header is written <c>parent/child</c>. A form
    /// (<see cref="PublishedTableKind.PerformanceEvaluation"/>) has no column header: its columns are empty strings and
    /// every row is in <see cref="Rows"/>.
    /// </summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Every row under the header (栏次 and 合计 rows included), each with one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<TableCell>> Rows { get; init; } = [];

    /// <summary>The statement of a table printed without data (本表无数据 …), or null.</summary>
    public string? EmptyStatement { get; init; }

    /// <summary>The file the table was read from.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Where the table starts (its first cell or its title).</summary>
    public CellLocation? Location { get; init; }

    /// <summary>The display name for diagnostics: <c>公开05表 一般公共预算财政拨款支出决算表</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Code is null ? Title : Code + " " + Title;
}
