namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the precision families the blind test of session 21 found (a change naming a figure not stated, a change
/// without its direction, a title's two years): the reader's part of the catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A change (or its rate) in the overview whose clause names a figure of its own (本年收入合计, 本年支出合计) that the text
    /// has not stated: not placed, and never on the grand total stated before it.
    /// </summary>
    public static readonly (string Zh, string En) ChangeOfUnstatedFigure = (
        "增减所属的数字（句中所指的本年收入或本年支出）未列出金额：未放入，也不归入前句的总计。",
        "A change of a figure its clause names (the year's income or expenditure) whose amount is not stated: not placed, "
            + "and not given to the total stated before it.");

    /// <summary>A change that was read without its direction (增加/减少): the model's change needs one, so it is not placed.</summary>
    /// <param name="pointer">Where the change would have been placed.</param>
    public static (string Zh, string En) ChangeWithoutDirection(string pointer) => (
        "增减情况缺少增减方向（增加或减少），未放入 " + pointer + "；报告其余部分照常读出。",
        "A change without its direction (increase or decrease) was not placed at " + pointer
            + "; the rest of the report is kept.");

    /// <summary>
    /// A title with two years, the publication year and the fiscal year in brackets ("…2025年部门决算信息公开（2024年度）"):
    /// the bracketed year is the fiscal year.
    /// </summary>
    /// <param name="fiscal">The bracketed year, taken as the fiscal year.</param>
    /// <param name="published">The other year of the title.</param>
    public static (string Zh, string En) TitleTwoYears(int fiscal, int published) => (
        $"标题中有两个年份：括号中的 {fiscal} 年度为决算年度，{published} 年视为公开年份。",
        $"The title has two years: the bracketed {fiscal} is taken as the fiscal year, {published} as the year of publication.");
}
