namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 26's two budget bases (年初预算 and 全年预算 of one figure; schema 1.6).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A budget figure, rate, difference or relation that names no basis after a figure's two budgets (年初 and 全年) were
    /// stated: which comparison it belongs to is not known, so it is not placed.
    /// </summary>
    public static readonly (string Zh, string En) BudgetBasisNotTold = (
        "该数字已列出年初预算和全年预算两种口径，此处的预算数、完成率、差额或“大于／小于”表述未指明口径：无法确定属于哪一个对比，未放入。",
        "The figure's budget was stated on both bases (initial and full-year), and this budget figure, rate, difference or "
            + "relation names neither: which comparison it belongs to is not known, so it was not placed.");

    /// <summary>
    /// A budget increment (追加／调增／调减／年中调整预算 X 万元): how much the budget changed during the year, not a budget
    /// level of either basis; not placed.
    /// </summary>
    public static readonly (string Zh, string En) BudgetIncrementNotALevel = (
        "此处为年度中追加或调整的预算金额（增减额），不是年初预算或全年预算数：未作为预算数放入。",
        "This is an amount by which the budget was added to or adjusted during the year (an increment), not the initial or "
            + "full-year budget: it was not placed as a budget amount.");
}
