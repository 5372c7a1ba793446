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
}
