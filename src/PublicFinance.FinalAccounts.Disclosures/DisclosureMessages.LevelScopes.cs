namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 34's scope words: figures of 本级 or 所属单位, shares in 百分点, the 小微 share's base.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A figure stated for a part of the department (本级, 所属单位…), not the department's whole figure.</summary>
    public static readonly (string Zh, string En) FigureOfAPart = (
        "本级或所属单位（部门的一部分）的数字：不是部门整体的数字，模型中没有对应的字段，未归位。",
        "A figure stated for a part of the department (its own level, or its subordinate units): it is not the department's "
            + "figure, and the model has no member for it, so it was not placed.");

    /// <summary>A 小微企业 share whose base is not written (it may be the 中小企业 amount): the model's share is of the total.</summary>
    public static readonly (string Zh, string En) MicroSmallShareBase = (
        "授予小微企业合同金额的占比未写明基数（可能是授予中小企业合同金额）：模型中该占比以政府采购支出总额为基数，未放入。",
        "A share of the contracts awarded to micro and small enterprises whose base is not written (it may be the SME "
            + "contracts): the model's share is of the procurement total, so it was not placed.");
}
