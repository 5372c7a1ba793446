namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Session 40's note of a rate of change stated against the budget (预算) where a year-on-year change is read.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// "比年初预算下降 9.09%", "与年初预算相比减少 9.09%": a rate against the budget, with no budget comparison open to hold it —
    /// not the year-on-year change's rate.
    /// </summary>
    public static readonly (string Zh, string En) RateAgainstBudget = (
        "与预算相比的增减率，不是与上年相比的增减率，未归入增减变化，作为带位置的陈述保留。",
        "A rate of change against the budget is not a year-on-year change rate: it was not placed as one; kept as a located "
            + "note.");
}
