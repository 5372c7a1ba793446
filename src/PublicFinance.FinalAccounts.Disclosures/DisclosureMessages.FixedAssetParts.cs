namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of the fixed assets stated without the total assets (session 64): the reader's part of the catalogue.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// 固定资产原值 / 净值 of all fixed assets ("固定资产原值1468.35万元"): the model holds a class's 原值 and 净值, not the whole's —
    /// not placed; the classes listed after it are read as its parts.
    /// </summary>
    /// <param name="figure">The label and its amount as written.</param>
    public static (string Zh, string En) FixedAssetsValueWithoutMember(string figure) => (
        "“" + figure + "”是全部固定资产的原值或净值，模型没有对应字段：未放入；其后所列各类资产的金额按其原值或净值读入。",
        "\"" + figure + "\" is the original or net value of all fixed assets, which the model has no member for: not placed; "
            + "the classes listed after it are read as its parts' original or net values.");

    /// <summary>
    /// A class listed after a bare 固定资产 ("固定资产612.35万元，其中房屋及构筑物428.60万元"): the text does not say whether it is
    /// the class's 原值 or 净值, so it is not placed.
    /// </summary>
    /// <param name="figure">The class and its amount as written.</param>
    public static (string Zh, string En) FixedAssetsPartValueUnsaid(string figure) => (
        "固定资产中的“" + figure + "”未说明是原值还是净值：未放入资产类别，作为带位置的陈述保留。",
        "The fixed assets' part \"" + figure + "\" does not say whether it is an original or a net value: not read as an asset "
            + "category; kept as a located note.");
}
