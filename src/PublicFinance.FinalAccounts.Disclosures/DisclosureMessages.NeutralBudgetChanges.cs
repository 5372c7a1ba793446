namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Session 41's note of the kinds of 本年支出 stated with one the model has no member for (其他支出).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// "本年支出合计 1000.00 万元，其中：基本支出…，项目支出…，其他支出 50.00 万元": the kinds read do not make the whole list, so
    /// 项目支出's amount is not written to the report (it stays a claim) and the kinds' sum is not checked.
    /// </summary>
    public static readonly (string Zh, string En) ExpenditureKindsWithUnplacedPart = (
        "本年支出的构成中有模型无对应字段的支出（如“其他支出”）：各性质支出之和无法完整核对，项目支出金额不写入报告（仅作为读出的数字保留）。",
        "The kinds of the year's expenditure include one the model has no member for (such as other expenditure): their sum "
            + "cannot be checked against the total, so the project expenditure's amount is not written to the report (kept as a "
            + "claim only).");

    /// <summary>
    /// "支出决算 1000.00 万元，增减率 -7.41%": a change by its sign after a neutral word (增减额, 增减率) in a sentence that names no
    /// basis (no 上年, 同比, prior year, nor a budget just stated) — not placed as a year-on-year change.
    /// </summary>
    public static readonly (string Zh, string En) NeutralChangeWithoutBasis = (
        "增减额或增减率未说明比较基数（上年或预算），未归入与上年相比的增减变化，作为带位置的陈述保留。",
        "A change amount or rate that names no basis (the prior year or the budget) was not placed as a year-on-year change; "
            + "kept as a located note.");
}
