namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the families the blind pages of session 20 found (功能分类科目行), and of the review that followed: the reader's
/// part of the catalogue.
/// </summary>
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

    /// <summary>
    /// A coded 项 (or 款) listed in the sentence of its 类, stated with its amount: not placed, nor the rest of its sentence —
    /// the text may list only the class's main items, and 类 = Σ 项 would then be a false Error.
    /// </summary>
    public static readonly (string Zh, string En) ItemOfStatedClass = (
        "在已给出金额的类的同一句中列出的科目（款、项），文中可能只列出该类的主要科目：未放入（否则“类 = 各项之和”可能误报），"
            + "本句其余数字亦未放入。",
        "An item listed in the sentence of its class, whose amount is stated; the text may list only the class's main items: "
            + "not placed (class = sum of its items could be a false error), nor the rest of its sentence.");
}
