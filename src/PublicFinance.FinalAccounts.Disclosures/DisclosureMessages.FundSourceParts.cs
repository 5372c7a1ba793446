namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of the spending of one revenue source of a fund (…收入安排的支出): the reader's part of the catalogue.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// The spending of one revenue source ("国有土地使用权出让收入安排的支出 46318.50 万元", "彩票公益金安排的支出 120.00 万元"): a
    /// part of the fund's spending, never its whole 本年支出; not placed.
    /// </summary>
    public static readonly (string Zh, string En) FundSourcePartNotTheWhole = (
        "某项收入来源安排的支出（如“国有土地使用权出让收入安排的支出”）是该资金本年支出中的一部分，不是本年支出本身：未归位。",
        "The spending of one revenue source (such as land-sale revenue): a part of the fund's spending, not its whole; it was "
            + "not placed.");
}
