namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 46's narrative families (<c>NarrativeReader.PairedShares</c>, <c>NamedBudgetRates</c>).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// Session 47 (OverviewPartShares): the share of an overview part listed after a grand total ("收入总计 X 万元，其中：财政拨款
    /// 收入 Y 万元，占 Z%"), a share of the grand total that no rule divides by.
    /// </summary>
    public static readonly (string Zh, string En) OverviewPartShareOfGrandTotal = (
        "总体情况中列在收入（支出）总计之后的部分的占比，基数是总计而非本年收入（支出）合计，未放入（不核对）。",
        "The share of an overview part listed after the income (or expenditure) grand total is a share of that grand total, "
            + "not of the year's income (or expenditure); it was not placed (nor checked).");

    /// <summary>
    /// Session 52 (r49fix): amounts written 分别为 after figures named without them ("A、B分别为X万元、Y万元") that do not pair
    /// one by one (<c>NarrativeReader.RespectiveAmounts</c>).
    /// </summary>
    public static readonly (string Zh, string En) AmountsOfNamedFigures = (
        "“分别为”的金额属于其前所列的各项，但未能逐一对应（名称与金额个数不同，或某项不是本部分的数字），未放入（不核对）。",
        "Amounts written \"respectively X and Y\" belong to the figures named before them, but could not be paired one by one "
            + "(names and amounts differ in number, or a name is no figure of this part); they were not placed (nor checked).");

    /// <summary>
    /// Shares written 分别占 after figures named without amounts ("人员经费和公用经费分别占…的 a% 和 b%") that the reader does not
    /// pair: names and percentages differ in number, a name is no figure the report holds, or the base is not the one the
    /// share is of.
    /// </summary>
    public static readonly (string Zh, string En) SharesOfNamedFigures = (
        "“分别占”的占比属于其前所列的各项，但未能逐一对应（名称与百分比个数不同、某项不是报告中已有金额的数字，或所写基数不是该项占比的基数），"
            + "未放入（不核对）。",
        "Shares written \"respectively X% and Y%\" belong to the figures named before them, but could not be paired one by "
            + "one (names and percentages differ in number, a name is no figure the report holds, or the base written is not "
            + "the one its share is of); they were not placed (nor checked).");

    /// <summary>
    /// A rate against a budget or a difference from it whose sentence names a figure the report does not hold ("本年支出为年初
    /// 预算的 134.94%" with no 本年支出 read), or names none while the figure of an earlier sentence may be another.
    /// </summary>
    public static readonly (string Zh, string En) BudgetComparisonOfUnstatedFigure = (
        "与预算的比较（完成率或差额）所属的数字未在本句写明，报告中也没有该数的金额，不能确定属于哪个数字，未放入（不核对）。",
        "A comparison with a budget (a completion rate or a difference) whose figure is not stated in its sentence and not "
            + "held by the report: whose it is is not certain, so it was not placed (nor checked).");

    /// <summary>Changes written 分别 after figures named without amounts ("人员经费和公用经费分别增长 a% 和 b%"): not paired.</summary>
    public static readonly (string Zh, string En) ChangesOfNamedFigures = (
        "“分别增长／减少”的增减率属于其前所列的各项，未逐一对应，不是前一个数字的增减，未放入（不核对）。",
        "Change rates written \"respectively\" belong to the figures named before them, which the reader does not pair; they "
            + "are not the change of the figure stated before, so they were not placed (nor checked).");
}
