namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 62's 机关运行经费 tables by economic item (tbl62b).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A 机关运行经费 table by economic item states each component's prior year or change: the model's component has its
    /// amount only, so those cells were not placed (one note per table, at its first component).
    /// </summary>
    public static (string Zh, string En) OperatingComponentComparisonUnplaced(string name) => (
        $"机关运行经费明细表（自“{name}”起）各项的上年数、增减额、增减率：模型的构成项只有本年金额，这些数字未归位。",
        $"The administrative operating expenses table by item (from \"{name}\") states each component's prior year, change or "
            + "rate: a component of the model has this year's amount only, so those figures were not placed.");

    /// <summary>A row of a 机关运行经费 table whose amounts are in another unit than the report's: not placed in a guessed scale.</summary>
    public static (string Zh, string En) OperatingTableOtherUnit(string label, string unit) => (
        $"机关运行经费明细表行“{label}”的金额单位为{unit}，与报告单位不同：本行数字未读入。",
        $"The row \"{label}\" of an administrative operating expenses table is in {unit}, not the report's unit: its figures "
            + "were not read.");
}
