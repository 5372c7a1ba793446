namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 45's fixes of blind round 42's false findings (NarrativeReader.SmeWordShares.cs).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A share after words naming the contracts awarded to SMEs (or micro and small enterprises) with no amount of their own
    /// ("政府采购服务支出 X 万元，全部授予中小企业，占比 100%"): not the share of the figure before.
    /// </summary>
    public static readonly (string Zh, string En) ShareAfterSmeWords = (
        "占比写在“授予中小企业／小微企业”等字样之后，而这些字样未写明金额：该占比属于授予中小（小微）企业的合同金额，不是前面所写数字的占比，"
            + "其分子与基数均未写明，未放入（不核对）。",
        "The share follows words naming the contracts awarded to SMEs (or micro and small enterprises) that state no amount of "
            + "their own: it is theirs, not the share of the figure written before it, and neither its numerator nor its base is "
            + "written; it was not placed (nor checked).");
}
