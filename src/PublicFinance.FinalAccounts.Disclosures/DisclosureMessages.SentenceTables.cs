namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 37's sentence-tables (项目 | 本年 | 上年 | 增减额 | 增减率 and their rows).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A sentence-table row whose label names no subject of the table's section.</summary>
    public static (string Zh, string En) SentenceTableRowUnknown(string label) => (
        $"对比表格行“{label}”的项目不是表格所在部分的已知项目（如总体情况中的收入合计、支出合计）：本行数字未读入。",
        $"The row \"{label}\" of a comparison table names no subject known in the section the table stands in (such as "
            + "the income or expenditure total in the overview): its figures were not read.");

    /// <summary>A sentence-table row whose cells do not line up with the header.</summary>
    public static (string Zh, string En) SentenceTableRowMisaligned(string label, int cells, int columns) => (
        $"对比表格行“{label}”有 {cells} 个数字格，表头有 {columns} 列，无法对齐：本行数字未读入。",
        $"The row \"{label}\" of a comparison table has {cells} cells after its label and the header {columns} columns: "
            + "they do not line up, and its figures were not read.");

    /// <summary>A sentence-table whose unit is stated neither in its header nor before it.</summary>
    public static (string Zh, string En) SentenceTableUnitUnknown(string label) => (
        $"对比表格行“{label}”：表头和前文均未写明金额单位（万元、元），本行数字未读入。",
        $"The row \"{label}\" of a comparison table: neither its header nor the text before it states the unit of its "
            + "amounts (10,000 yuan or yuan), and its figures were not read.");
}
