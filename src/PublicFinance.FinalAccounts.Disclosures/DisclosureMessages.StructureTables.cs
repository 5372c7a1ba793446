namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 46's structure tables (结构表: 项目 | 决算数 | 占比 and their rows).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A structure-table row whose label names no figure of the table's section.</summary>
    public static (string Zh, string En) StructureTableRowUnknown(string label) => (
        $"结构表格行“{label}”的项目不是表格所在部分的已知项目：本行金额和占比未读入。",
        $"The row \"{label}\" of a structure table (amount and share) names no figure known in the section the table stands "
            + "in: its amount and share were not read.");

    /// <summary>A structure-table share cell without % under a header that does not say its cells are percentages.</summary>
    public static (string Zh, string En) StructureTableShareWithoutPercent(string label) => (
        $"结构表格行“{label}”的占比未写 %，表头也未注明（%）：该占比未读入。",
        $"The share of the row \"{label}\" of a structure table has no % and the header does not mark its column (%): "
            + "the share was not read.");
}
