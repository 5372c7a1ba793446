namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 43's reasons (a reason by reference, a reason that covers several changes).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A reason given by reference (原因同上): the reason of the nearest item above, carried over.</summary>
    public static readonly (string Zh, string En) ReasonSameAsAbove = (
        "原因“同上”：沿用上文最近一项同类对比（同一方向）的原因，该项见本条文字。",
        "A reason given as \"the same as above\": the reason of the nearest item above with a comparison of the same kind "
            + "and direction was carried over; that item is named in this note's text.");
}
