namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the recall families session 22's blind texts found (reasons that swallowed the next clauses, bracketed
/// prior-year figures, the year of a scraped page, hospital wording): the reader's part of the catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// "326.48万元（上年：301.15万元），增加 30.00 万元": the bracketed prior-year figure and the stated change disagree (or the
    /// change has a prior amount already) — the prior figure is not placed.
    /// </summary>
    public static (string Zh, string En) PriorBracketDisagrees(string difference) => (
        $"括号中的上年数与本年数之差为 {difference}，与文中所述增减不符（或该增减已有上年数）：上年数未读入。",
        $"The bracketed prior-year figure differs from this year's by {difference}, which the stated change does not match (or the "
            + "change has a prior-year figure already): the prior figure is not read.");

    /// <summary>
    /// No title gave the year and the body's "YYYY年度" name two years: the fiscal year is left unknown.
    /// </summary>
    public static (string Zh, string En) BodyYearsDisagree(int first, int second) => (
        $"未找到标题；正文中的年度不一致（{first}年度与{second}年度），决算年度未能确定。",
        $"No title was found and the body names two years ({first} and {second}): the fiscal year is left unknown.");
}
