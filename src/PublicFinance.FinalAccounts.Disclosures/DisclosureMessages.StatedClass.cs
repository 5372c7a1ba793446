namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The message of a 项 listed in its 类's sentence (review of session 20, issue 8).</summary>
internal static partial class DisclosureMessages
{
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
