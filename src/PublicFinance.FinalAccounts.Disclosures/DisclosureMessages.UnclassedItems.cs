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
}
