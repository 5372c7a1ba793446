namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of a share whose base is written inline (session 35, <c>NarrativeReader.ShareBases</c>).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// The base of a share written inline ("占…X 万元的 Y%") that names no model figure of certain subject and period, or
    /// differs from the one read: kept as a note.
    /// </summary>
    public static readonly (string Zh, string En) ShareBaseNotPlaced = (
        "占比的基数（“占…X万元的Y%”中的X）不是模型中主体和期间确定的数字（或与已读出的该数不同），未放入。",
        "The base of a share written inline (the amount after the word for 'share of') is not a figure of the model whose "
            + "subject and period are certain (or differs from the one read), so it was not placed.");
}
