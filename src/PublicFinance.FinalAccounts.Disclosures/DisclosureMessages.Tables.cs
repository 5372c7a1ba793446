namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The table readers' notes (表格读取器消息): the performance-table and text-table readers' part of the catalogue.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A table row the performance-table reader could not read (a parse error inside it).</summary>
    /// <param name="error">The error's message.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) TableRowNotRead(string error) =>
        ("无法解析此表格行：" + error, "Could not read this table row: " + error);

    /// <summary>A text-table row with a different number of figures than columns (blank cells lost).</summary>
    /// <param name="label">The row's label.</param>
    /// <param name="values">How many figures the row has.</param>
    /// <param name="columns">How many columns the header has.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) TableRowMisaligned(string label, int values, int columns) => (
        $"表格“{label}”行有 {values} 个数字、{columns} 列，空格丢失，无法对齐，未读取。",
        $"The table row \"{label}\" has {values} figures for {columns} columns "
        + "(blank cells were lost); it was not read.");

    /// <summary>
    /// A 三公 table written one cell per line whose header, row numbers and row widths do not line up. Internal: its
    /// English names the table as written (三公).
    /// </summary>
    /// <param name="headers">How many header cells.</param>
    /// <param name="numbered">How many row numbers.</param>
    /// <param name="widths">Each row's width, joined with "/".</param>
    /// <returns>The message.</returns>
    internal static (string Zh, string En) ThreePublicCellsMisaligned(int headers, int numbered, string widths) => (
        $"“三公”经费表（每格一行，表头在前）的表头 {headers} 格、行次 {numbered}、"
        + $"各行格数 {widths} 对不上，未读取。",
        $"The 三公 table (one cell per line, headers first) does not line up: {headers} header cells, "
        + $"{numbered} row numbers, "
        + $"row widths {widths}; it was not read.");

    /// <summary>
    /// A table amount in 元 (the table's declared unit) converted to 万元 (an Info finding). Internal: its English names
    /// the units as written.
    /// </summary>
    /// <param name="digits">The amount as written.</param>
    /// <param name="converted">The amount in 万元, as the amount formats itself.</param>
    /// <returns>The message.</returns>
    internal static (string Zh, string En) TableYuanAmountConverted(string digits, string converted) => (
        $"表中金额 {digits} 元，已换算为 {converted} 万元。", $"The table amount {digits} 元 was converted to {converted} 万元.");

    /// <summary>
    /// A text-table row with a prior-year figure but no direction of change (增减额 0.00, 增减率 "-"): the model's change needs
    /// a direction, which the row does not state, so its prior-year figure is not placed.
    /// </summary>
    /// <param name="label">The row's label.</param>
    /// <param name="prior">The prior-year figure as written.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) TableRowChangeWithoutDirection(string label, string prior) => (
        $"表格“{label}”行的上年数 {prior} 没有增减方向（增减额为零或未列），未作为上年比较读取。",
        $"The table row \"{label}\" states the prior-year figure {prior} but no direction of change "
        + "(a zero or blank change); it was not placed as a year-over-year change.");

    /// <summary>A text-table row whose year or basis (决算/预算/上年) is not clear.</summary>
    /// <param name="label">The row's label.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) TableRowBasisUnclear(string label) => (
        $"表格行“{label}”的年度或口径不明，未读取。",
        $"The table row \"{label}\" has an unclear year or basis; it was not read.");

    /// <summary>
    /// An amount beyond the numeric contract once converted to the report's unit (more than 12 decimals or 16 integer
    /// digits: 12 decimals of 千元 are 13 of 万元); not placed.
    /// </summary>
    public static readonly (string Zh, string En) BeyondTheNumericContract = (
        "此金额换算为报告单位后超出数值约定（至多 16 位整数、12 位小数），未放入。",
        "Converted to the report's unit, this amount is beyond the numeric contract (at most 16 integer digits and 12 "
            + "decimals); it was not placed.");
}
