namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of blind round 34's E1: a change after a closed 其中 list (NarrativeReader.ListHeadChanges.cs).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A change after a closed 其中 list whose owner — the list's head or its last part — is not certain.</summary>
    public static readonly (string Zh, string En) ChangeAfterListUncertain = (
        "“其中”所列各部分之后的增减未写明主体：无法确定是总数的增减还是最后一个部分的增减（总数不明、各部分以分号隔开、总数的增减已在前面写明，或总数为总计），"
            + "未读为增减变化，作为带位置的陈述保留。",
        "A change after a closed \"of which\" list names no figure: whether it is the total's change or the last part's is not "
            + "certain (the total is not known, the parts are cut by semicolons, the total's change was stated before, or the "
            + "total is a grand total), so no change was read; kept as a located note.");
}
