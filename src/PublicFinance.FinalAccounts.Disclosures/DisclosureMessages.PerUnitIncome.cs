namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of a per-unit income table (本级 and 下属单位 rows; session 39, blind round 36 family B).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A unit's row of a per-unit income table: the model has no per-unit income, so the row is a note.</summary>
    public static (string Zh, string En) PerUnitIncomeRow(string unit) => (
        $"按单位列示的收入行（{unit}）：报告模型没有按单位的收入，本行数字未放入报告。",
        $"A row of a per-unit income table ({unit}): the report model has no per-unit income, so the row's figures are not "
            + "placed.");

    /// <summary>The 合计 row of a per-unit income table that could not be taken as the department's income.</summary>
    public static readonly (string Zh, string En) PerUnitIncomeTotalNotPlaced = (
        "按单位列示的收入表合计行：各项之和与合计不符，或合计与已读出的本年收入合计不同，或与已读出的收入项不同，未作为部门收入放入报告。",
        "The total row of a per-unit income table: its parts do not add up to its total, or the total or a part differs from "
            + "the income already read, so it is not placed as the department's income.");
}
