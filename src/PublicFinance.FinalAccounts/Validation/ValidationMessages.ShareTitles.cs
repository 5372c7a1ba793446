namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Session 56 (blind round 53, t03): the titles of shares that a rule checks beside others of another kind. FA2006 checks
/// the 中小企业 and 小微企业 shares and, with the same whole, the 货物 / 工程 / 服务 shares of the procurement total; its title
/// named the SME shares only, so a wrong 服务 share was reported as "授予中小企业、小微企业合同金额占比". A share whose
/// numerator is listed here is named by its own title; any other keeps its rule's title.
/// </summary>
internal static partial class ValidationMessages
{
    /// <summary>The titles of the shares named apart from their rule's title, by the numerator's pointer.</summary>
    private static readonly Dictionary<string, (string Zh, string En)> ShareTitles = new(StringComparer.Ordinal)
    {
        ["/narrative/procurement/goods/amount"] = ("政府采购货物支出占政府采购支出总额的比例",
            "Goods purchases as a share of total government procurement"),
        ["/narrative/procurement/works/amount"] = ("政府采购工程支出占政府采购支出总额的比例",
            "Works purchases as a share of total government procurement"),
        ["/narrative/procurement/services/amount"] = ("政府采购服务支出占政府采购支出总额的比例",
            "Services purchases as a share of total government procurement"),
    };

    /// <summary>The title of the share whose numerator is at <paramref name="numerator"/>: its own, or the rule's.</summary>
    /// <param name="numerator">The numerator's pointer.</param>
    /// <param name="titleZh">The rule's Chinese title.</param>
    /// <param name="titleEn">The rule's English title.</param>
    /// <returns>The title.</returns>
    /// <remarks>
    /// Internal, not public like the messages: it passes a given title through, so it is no bilingual message of its own
    /// (the catalogue's bilingual test calls every public member with sample arguments).
    /// </remarks>
    internal static (string Zh, string En) ShareTitle(string numerator, string titleZh, string titleEn) =>
        ShareTitles.TryGetValue(numerator, out var title) ? title : (titleZh, titleEn);
}
