namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 25 (C), family F12: an issuer whose own name holds a purchase kind (“陕西省华岳工程质量检测研究院政府采购支出总额
/// 615.00 万元”, “某工程管理局”, “某政务服务中心”) had its 政府采购 total read as 工程 (or 服务). In the 政府采购 section the
/// issuer's name is never a subject word: the name of the title (<see cref="EntityName"/>) and any name ending in an
/// organisation word right before 政府采购 (“…研究院政府采购”, “…管理局政府采购”) are taken out of the label before it is
/// resolved; the kinds written after 政府采购 (“政府采购工程支出”) still name their figures.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words that end an organisation's name (院, 局, 中心 …), tried right before 政府采购.</summary>
    private static readonly string[] OrganisationEnds =
        ["院", "局", "中心", "处", "所", "站", "馆", "委员会", "办公室", "办事处", "厅", "队", "校", "公司", "协会", "学会", "联合会"];

    /// <summary>The purchase kinds a name may hold (货物, 工程, 服务).</summary>
    private static readonly string[] PurchaseKindWords = ["货物", "工程", "服务"];

    /// <summary>
    /// The label without the issuer's name, in the 政府采购 section only (any other label is returned as it is): the
    /// title's name wherever it stands, else the words before 政府采购 when they end in an organisation word and hold a
    /// purchase kind (“2019年度某工程质量检测研究院政府采购支出总额” → “政府采购支出总额”).
    /// </summary>
    private string WithoutIssuerName(string label)
    {
        if (section != Section.Procurement || label.Length < 6)
        {
            return label;
        }

        if (EntityName is { Length: >= 4 } name)
        {
            var at = label.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                return label.Remove(at, name.Length);
            }
        }

        var purchase = label.IndexOf("政府采购", StringComparison.Ordinal);
        if (purchase <= 0 || !EndsWithAny(label, purchase, OrganisationEnds))
        {
            return label;
        }

        // Session 36: loops, not lambdas — a lambda over a local made a closure object at every call of the method, in every
        // section (100 a seed read), before the section was even asked.
        foreach (var kind in PurchaseKindWords)
        {
            if (label.IndexOf(kind, 0, purchase, StringComparison.Ordinal) >= 0)
            {
                return label.Substring(purchase);
            }
        }

        return label;
    }

    /// <summary>Whether the text before <paramref name="end"/> ends with one of <paramref name="words"/>.</summary>
    private static bool EndsWithAny(string text, int end, string[] words)
    {
        foreach (var w in words)
        {
            if (end >= w.Length && string.CompareOrdinal(text, end - w.Length, w, 0, w.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
