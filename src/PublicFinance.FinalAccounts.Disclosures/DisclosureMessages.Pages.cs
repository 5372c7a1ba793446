namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of the families the blind pages of session 20 found (功能分类科目行): the reader's part of the catalogue.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A line naming a functional item (行政运行（2010301）…, …（项）…) in a section whose report part has no list for it: noted,
    /// and nothing more of its sentence is read (its change or budget would otherwise be the section's).
    /// </summary>
    public static readonly (string Zh, string En) FunctionalItemWithoutPlace = (
        "功能分类科目（类、款、项）的数字，本部分在模型中没有对应的科目列表：未放入，本句其余数字亦未放入。",
        "A figure of a functional classification item in a part of the report that has no list for it: not placed, nor the "
            + "rest of its sentence.");
}
