namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 51's lists and item lines (NarrativeReader.GeneralRelationSentences.cs).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A budget relation stated after a list of items without naming one, whose last item goes the other way: it is no item's
    /// relation; its reason is given to the items of the list that go the way it says.
    /// </summary>
    public static readonly (string Zh, string En) GeneralRelationOfItems = (
        "列举各项之后未点名科目的“决算数小于（大于）预算数”：最后一项的决算数与预算数关系与此相反，该表述不属于该项，未作为其大小关系读入；其原因给予本列表中决算数与所述预算同向且未说明原因的各项。",
        "A budget relation stated after a list of items without naming one, while the last item's final goes the other way: "
            + "it is not that item's and was not read as its relation; its reason was given to the items of the list whose "
            + "final goes the stated way against the budget it names and that had no reason.");
}
