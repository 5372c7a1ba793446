namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the precision families the blind excerpts of session 25 found (an average read as its figure, an item
/// 其他… read as the whole, a heading of a section of the expenditure): the reader's part of the catalogue (blindfixa).
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// An average ("车均运行费 1.14 万元", "人均 200 元"): the figure per vehicle, person or batch, not the item its label names;
    /// the model has no member for it, so it is not placed.
    /// </summary>
    public static readonly (string Zh, string En) AverageNotTheFigure = (
        "平均数（如“车均运行费”“人均”）不是所称科目本身的金额：模型中没有对应的字段，未归位。",
        "An average (per vehicle, per person): not the amount of the item its label names; the model has no member for it, so it "
            + "was not placed.");

    /// <summary>
    /// A kind's part of a carry-over ("基本支出结转 45.00 万元", "项目支出结余 30.00 万元", session 43): not the year's 基本支出 or
    /// 项目支出; the model holds no carry-over by kind, so it is not placed.
    /// </summary>
    public static readonly (string Zh, string En) KindCarryOverPartNoField = (
        "按支出性质划分的结转结余（如“基本支出结转”“项目支出结余”）不是本年基本支出或项目支出：模型中没有对应的字段，未归位。",
        "A carry-over's part by kind of spending (basic or project carry-over): not the year's basic or project expenditure; the "
            + "model has no member for it, so it was not placed.");

    /// <summary>
    /// An item whose label is 其他 + the name of a whole ("其他国有资本经营预算支出 30.00 万元"): one part of the whole, never the
    /// whole; the model has no member for it, so it is not placed.
    /// </summary>
    public static readonly (string Zh, string En) OtherItemNotTheWhole = (
        "“其他……”是合计中的一项，不是合计本身：模型中没有对应的字段，未归位。",
        "An item named \"other …\" is one part of a total, not the total: the model has no member for it, so it was not placed.");

    /// <summary>
    /// A fund's name ending in 预算 before a figure ("（一般公共预算 31245.68 万元，政府性基金预算 856.40 万元）"): that fund's part of
    /// the figure before it, not a budget amount; not placed.
    /// </summary>
    public static readonly (string Zh, string En) FundPartNotABudget = (
        "“一般公共预算”“政府性基金预算”等是资金来源的名称，其后的数字是前一数字中该资金的部分，不是预算数：未归位。",
        "A fund's name (general public budget, government funds budget) before a figure: that fund's part of the figure "
            + "before it, not a budget amount; it was not placed.");

    /// <summary>
    /// A functional class in a fund's section ("主要用于：城乡社区支出 170.00 万元" under 政府性基金): one class of the fund's
    /// spending, never the fund's whole 本年支出; not placed.
    /// </summary>
    public static readonly (string Zh, string En) ClassOfAFundNotTheWhole = (
        "政府性基金或国有资本经营预算部分按功能分类的类级支出，是该资金本年支出中的一项，不是本年支出本身：未归位。",
        "A functional class in a government-fund or state-capital section: one class of the fund's spending, not its whole "
            + "spending; it was not placed.");
}
