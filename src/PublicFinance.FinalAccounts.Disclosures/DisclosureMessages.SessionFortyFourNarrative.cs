namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 44's fixes of blind round 41's false findings in the narrative (说明).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A budget comparison after a 三公 其中 list whose figures fit neither the list's total nor its last item alone.</summary>
    public static readonly (string Zh, string En) BudgetAfterListUnplaced = (
        "列举各项之后未写主语的预算对比：其数字无法确定属于合计还是最后一项（与两者都对不上，或两者都对得上，或无可核对的数字），未读入。",
        "A budget comparison stated without a subject after a list of items: its figures do not tell whether it is the list's "
            + "total's or its last item's (they fit neither, both, or there is nothing to compare them with); not read.");

    /// <summary>A change restated in another section without a reason: the reason given for the same change is carried over.</summary>
    public static readonly (string Zh, string En) ReasonOfRestatedChange = (
        "同一增减变化在另一部分重述而未写原因：沿用前文对同一数字、同一方向、同一金额的增减所说明的原因（原因位置见本条）。",
        "A change restated in another section without its reason: the reason given elsewhere for the same figure's change, of "
            + "the same direction and amount, was carried over (this note is at that reason).");

    /// <summary>A budget-difference reason after a list of items, also given to an item of the list whose budget differs.</summary>
    public static readonly (string Zh, string En) ReasonOfDifferingItem = (
        "列举各项之后说明“决算数与预算数存在差异”的原因：最后一项决算数等于预算数，该原因同时用于本列表中决算数与预算数不同且未说明原因的项（该项名称见本条）。",
        "A reason for the budget differences after a list of items, whose last item equals its budget: it was also given to "
            + "the item of the list named in this note's text, whose final differs from its budget and had no reason.");
}
