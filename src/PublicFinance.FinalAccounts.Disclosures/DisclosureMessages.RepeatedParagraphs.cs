namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the precision families the blind texts of session 23 found (a paragraph stated twice, the change of a named
/// total placed once its amount is known): the reader's part of the catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A paragraph that repeats an earlier one of the same section, character for character but white space (scraped pages
    /// repeat blocks): its figures were read with the first and are not added again (a list would hold every entry twice).
    /// </summary>
    public static readonly (string Zh, string En) RepeatedParagraph = (
        "本段与同一部分前文的一段完全相同（重复刊载），其中的数字已随前文读入，不再重复计入。",
        "This paragraph repeats an earlier one of the same part word for word (a block published twice); its figures were read "
            + "with the first and are not counted again.");
}
