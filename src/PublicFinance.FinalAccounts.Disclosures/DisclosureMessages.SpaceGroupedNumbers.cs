namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Session 62 (r59fix): amounts whose thousands may be grouped by a space — the reader's part of the catalogue.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// An amount right after one space and a number of one to three digits (<c>项目1 268.42万元</c>, two cells of a row
    /// <c>12 486.73 1 268.42</c>): it may be 268.42 or 1,268.42 with its thousands grouped by a space, so it was not read.
    /// </summary>
    public static readonly (string Zh, string En) AmbiguousSpaceGroupedAmount = (
        "数字之间以空格隔开，无法确定是以空格分隔千位的一个金额还是两个数字：未作为数字读取。",
        "Digits apart by a space: whether this is one amount with its thousands grouped by a space or two numbers cannot be "
            + "told, so it was not read as a figure.");
}
