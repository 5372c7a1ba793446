namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 32's reading of blind round 30 (family B: 款 and 项 named without their 类).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A paragraph that opens with a 款 or 项 outside the sections that read 款 and 项.</summary>
    public static readonly (string Zh, string En) FunctionalItemParagraphWithoutPlace = (
        "本段以功能分类科目（款、项）开头，其数字属于该科目而非本部分的合计；本部分不读入款、项，本段数字均未放入（不作为本部分合计或其预算比较）。",
        "The paragraph opens with a functional classification entry (a second- or third-level one): its figures are that "
            + "entry's, not this part's total; this part does not read such entries, so none of them was placed (neither as its "
            + "total nor as its budget comparison).");

    /// <summary>
    /// A numbered name before an amount phrase, after a functional item of the list, that the catalogue does not know or
    /// gives a 类 or 款 too (session 33): its level and parent would be a guess.
    /// </summary>
    public static readonly (string Zh, string En) UnknownItemAfterItem = (
        "本句以编号开头、其后为预算或决算数的名称不能确定为某一功能分类科目（目录中没有，或亦为类、款名称），"
            + "无法确定其级次与上级科目：本句数字均未放入（不归入前一科目）。",
        "The sentence opens with a numbered name, before its budget or final amount, that the functional classification does "
            + "not list as an item only (it lists it nowhere, or as a class or a section too): its level and parent are "
            + "unknown, so none of the sentence's figures was placed (nor given to the item before it).");
}
