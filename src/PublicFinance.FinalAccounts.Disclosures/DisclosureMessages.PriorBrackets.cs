namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the recall families session 22's blind texts found (reasons that swallowed the next clauses, bracketed
/// prior-year figures, the year of a scraped page, hospital wording): the reader's part of the catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// "326.48万元（上年：301.15万元），增加 30.00 万元": the bracketed prior-year figure and the stated change (its direction or
    /// amount) disagree — the prior figure is not placed.
    /// </summary>
    public static (string Zh, string En) PriorBracketDisagrees(string difference) => (
        $"括号中的上年数与本年数之差为 {difference}，与文中所述增减不符：上年数未读入。",
        $"The bracketed prior-year figure differs from this year's by {difference}, which the stated change does not match: "
            + "the prior figure is not read.");

    /// <summary>
    /// No title gave the year and the body's "YYYY年度" name two years: the fiscal year is left unknown.
    /// </summary>
    public static (string Zh, string En) BodyYearsDisagree(int first, int second) => (
        $"未找到标题；正文中的年度不一致（{first}年度与{second}年度），决算年度未能确定。",
        $"No title was found and the body names two years ({first} and {second}): the fiscal year is left unknown.");

    /// <summary>
    /// A bracketed prior-year figure that agrees with the stated change, whose change already has a prior-year amount (stated
    /// in words too): the bracket is not placed a second time.
    /// </summary>
    public static (string Zh, string En) PriorBracketBesidePriorAmount => (
        "括号中的上年数与所述增减相符，但该增减已有上年数：未重复读入。",
        "The bracketed prior-year figure agrees with the stated change, but the change has a prior-year figure already: "
            + "it is not read twice.");

    /// <summary>A bracketed prior-year figure, or the amount before it, that could not be read as a number.</summary>
    public static (string Zh, string En) PriorBracketUnread => (
        "括号中的上年数或其前的本年数无法读为数值：上年数未读入。",
        "The bracketed prior-year figure, or this year's amount before it, could not be read as a number: the prior figure is "
            + "not read.");

    /// <summary>
    /// "326.48万元（上年：301.15万元），增长 9.41%": amount − prior agrees with the stated direction and amount but not with the
    /// stated rate (beyond half a unit of its last place) — which figure is wrong the text does not say, so the prior figure
    /// is not placed.
    /// </summary>
    public static (string Zh, string En) PriorBracketRateDisagrees(string rate, string difference) => (
        $"括号中的上年数与本年数之差为 {difference}，与文中所述增减率 {rate}% 不符：上年数未读入。",
        $"The bracketed prior-year figure differs from this year's by {difference}, which does not give the stated rate of "
            + $"{rate}%: the prior figure is not read.");
}
