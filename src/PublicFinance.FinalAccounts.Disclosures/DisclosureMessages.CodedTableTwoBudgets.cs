namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The note of <c>NarrativeReader.CodedTableTwoBudgets</c> (session 41).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A coded table with both a 年初 and a 调整 budget column, its rate column naming one: the other basis's budget cell is
    /// not the item's comparison (an item has one).
    /// </summary>
    public static readonly (string Zh, string En) OtherBasisBudgetCell = (
        "表中另一口径的预算数（完成率所依据的是另一列预算）：每个科目只有一组预决算对比，未读入，作为带位置的陈述保留。",
        "A budget of the other basis in the table (the completion rate is against the other budget column): an item has one "
            + "budget comparison; not read, kept as a located statement.");
}
