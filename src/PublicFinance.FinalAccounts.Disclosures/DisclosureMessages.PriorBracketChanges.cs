namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the fixes to the outside review of session 23 (revfixa): the reader's part of the catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// "收入总计1200（上年：1100），支出总计1200（上年：1000）" with no change stated: a second bracketed prior-year figure
    /// of a change that already has one — nothing is stated to agree with, so it is not read.
    /// </summary>
    public static (string Zh, string En) PriorBracketNoStatedChange => (
        "括号中的上年数未见所述增减，且该增减已有上年数：未重复读入。",
        "The bracketed prior-year figure has no stated change to agree with, and the change has a prior-year figure already: "
            + "it is not read twice.");
}
