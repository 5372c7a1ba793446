namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of the session-23 precision items: figures kept as located claims, never placed as facts.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// An amount of the evaluated projects scoped to one kind of funds ("涉及一般公共预算项目支出 2108.19 万元"): the model's
    /// evaluated-project amounts are of all funds.
    /// </summary>
    public static (string Zh, string En) FundScopedProjectAmount(string label) => (
        $"绩效自评项目的金额“{label}”只涉及某一类资金（如一般公共预算、财政拨款），不是全部资金的项目预算或执行数，"
            + "不能与全部资金的项目支出比较；模型中没有对应字段，作为带位置的陈述保留。",
        $"The evaluated projects' amount \"{label}\" covers one kind of funds only (such as the general public budget or "
            + "fiscal appropriations), not the projects' budget or execution from all funds, and cannot be compared with "
            + "project expenditure from all funds; the model has no field for it, so it is kept as a located note.");

    /// <summary>
    /// The vehicle kinds of a count withdrawn: a kind found no category of the template, or two kinds fell into one category.
    /// </summary>
    public static readonly (string Zh, string En) VehicleKindsWithdrawn = (
        "文中列出的车辆种类不能一一对应模板的车辆类别（有一种未能归类，或两种归入同一类别）：各种类作为带位置的陈述保留，"
            + "不与车辆总数比较（否则“总数 = 各类之和”可能误报）。",
        "The vehicle kinds the text lists cannot each be one of the template's categories (one found no category, or two fell "
            + "into the same one): each kind is kept as a located note and not compared with the vehicle count (class sums "
            + "could otherwise be false errors).");

    /// <summary>
    /// The purchase-kind parts listed after the SME total that add up to the whole procurement's total, not the SME total.
    /// </summary>
    /// <param name="sum">The parts' sum.</param>
    /// <param name="whole">The procurement total.</param>
    /// <param name="sme">The SME total.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) SmePartsOfTheWhole(string sum, string whole, string sme) => (
        $"授予中小企业合同金额之后列出的货物、工程、服务合计 {sum}，等于政府采购支出总额 {whole}，而不等于授予中小企业合同金额 {sme}："
            + "可能是采购总额的分类，文中未说明，未归位，作为带位置的陈述保留。",
        $"The goods, works and services listed after the SME contracts add up to {sum}, the whole procurement's total {whole}, "
            + $"not the SME contracts' {sme}: they may be the whole procurement's parts, which the text does not say; not placed, "
            + "kept as located notes.");
}
