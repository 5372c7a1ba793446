using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The assets' total and their values by category (schema 1.5, session 24): 资产总额 → <c>assets/totalValue</c>; 房屋原值,
/// 车辆…原值, 通用设备净值 → <c>assets/categories</c> (原值 <c>originalValue</c>, 净值 <c>netValue</c>). Counts (辆, 台, 平方米)
/// never reach here: only amounts do.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The categories a label may name, each with its words (the longer first).</summary>
    private static readonly (string Category, string[] Words)[] AssetCategoryWords =
    [
        ("buildings", ["房屋及构筑物", "房屋建筑物", "房屋", "构筑物"]),
        ("vehicles", ["车辆", "公务用车"]),
        ("generalEquipment", ["通用设备"]),
        ("specialEquipment", ["专用设备"]),
        ("land", ["土地"]),
        ("culturalRelics", ["文物和陈列品", "文物"]),
        ("booksAndArchives", ["图书档案", "图书、档案", "图书"]),
        ("furniture", ["家具、用具", "家具用具", "家具"]),
        ("intangible", ["无形资产"]),
        ("currentAssets", ["流动资产"]),
    ];

    /// <summary>Words of a part of a category (单价…以上, 以下): its value is not the category's whole value.</summary>
    private static readonly string[] SubsetWords = ["以上", "以下", "单价", "单位价值"];

    /// <summary>Words of a movement of assets in the year (not what is held at its end).</summary>
    private static readonly string[] AssetFlowWords =
        ["处置", "报废", "报损", "出租", "出借", "新增", "购置", "购买", "调拨", "调出", "调入", "捐赠", "转让", "核销", "对外投资", "减少", "增加"];

    /// <summary>
    /// An amount of the assets section: the total (资产总额, 资产总计) or a category's 原值 / 净值, this year's holdings. True
    /// when placed or noted; false leaves the amount to the section's reader as before (价值 after a count, a threshold).
    /// </summary>
    private bool AssetValue(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var compact = CompactLabel(label);
        if (HasAny(compact, OtherPeriodWords) || compact.Contains("预算"))
        {
            return false;
        }

        var head = clause.Sentence.Text.Substring(0, clause.Start);
        var flow = HasAny(compact, AssetFlowWords) || HasAny(head, AssetFlowWords);
        if (IsAssetTotal(compact))
        {
            if (HasAny(compact, AssetFlowWords) || HasAny(OwnSentenceHead(clause), AssetFlowWords))   // session 62: its own sentence's
            {
                Note(span, DisclosureMessages.AssetValueOfAFlow, clause);
                return true;
            }

            b.Set(N + "assets/totalValue", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
            return true;
        }

        var member = compact.Contains("净值") ? "netValue" : compact.Contains("原值") ? "originalValue" : null;
        if (member is null || compact.Contains("净值") && compact.Contains("原值"))
        {
            return false;
        }

        var category = CategoryIn(compact, out var ambiguous);
        if (category is null && !ambiguous && IsBareValueLabel(compact))
        {
            category = LastCategoryIn(head);   // "车辆 5 辆，原值 80.00 万元": the category the sentence just named
        }

        if (category is null)
        {
            return false;
        }

        if (flow)
        {
            Note(span, DisclosureMessages.AssetValueOfAFlow, clause);
            return true;
        }

        // "单价50万元以上通用设备2台，原值120.00万元": the value of the category's part above a price, not the category's.
        var part = head.Substring(head.LastIndexOfAny(['；', ';', '。']) + 1);
        if (HasAny(compact, SubsetWords) || HasAny(part, SubsetWords))
        {
            Note(span, DisclosureMessages.AssetValueOfASubset, clause);
            return true;
        }

        var list = N + "assets/categories";
        string? entry = null;
        for (var i = 0; i < b.Count(list) && entry is null; i++)
        {
            var at = list + "/" + i.ToString(CultureInfo.InvariantCulture);
            entry = b.FindString(at + "/category") == category ? at : null;
        }

        if (entry is not null && b.Has(entry + "/" + member))
        {
            Note(span, DisclosureMessages.AssetCategoryValueRepeated(category), clause);
            return true;
        }

        if (entry is null)
        {
            entry = b.Append(list);
            b.Set(entry + "/category", DraftNode.Of(category), span);
        }

        b.Set(entry + "/" + member, AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>资产总额 / 资产总计 / 资产合计 / 资产总值 of all assets — not 净资产, 固定资产, 流动资产, 无形资产, 负债.</summary>
    private static bool IsAssetTotal(string label)
        => (label.Contains("资产总额") || label.Contains("资产总计") || label.Contains("资产合计") || label.Contains("资产总值"))
            && !HasAny(label, NotWholeAssetWords);

    private static readonly string[] NotWholeAssetWords = ["净资产", "固定资产", "流动资产", "无形资产", "负债", "在建", "其中", "原值", "净值"];

    /// <summary>The one category a label names, or null (none, or more than one: <paramref name="ambiguous"/>).</summary>
    private static string? CategoryIn(string text, out bool ambiguous)
    {
        string? found = null;
        ambiguous = false;
        foreach (var (category, words) in AssetCategoryWords)
        {
            if (HasAny(text, words))
            {
                ambiguous |= found is not null;
                found ??= category;
            }
        }

        if (ambiguous || text.Contains("固定资产") || text.Contains("设备") && found is not ("generalEquipment" or "specialEquipment"))
        {
            ambiguous = true;   // "房屋和车辆原值", "固定资产原值", "办公设备原值": no one category of the model
            return null;
        }

        return found;
    }

    /// <summary>The category named last in <paramref name="text"/> (the sentence before the clause), or null.</summary>
    private static string? LastCategoryIn(string text)
    {
        var (at, found) = (-1, (string?)null);
        foreach (var (category, words) in AssetCategoryWords)
        {
            foreach (var w in words)
            {
                var i = text.LastIndexOf(w, StringComparison.Ordinal);
                if (i > at)
                {
                    (at, found) = (i, category);
                }
            }
        }

        // The named category must be the last asset word: "车辆 5 辆，固定资产…，原值" names none.
        return found is not null && text.LastIndexOf("资产", StringComparison.Ordinal) < at
            && text.LastIndexOf("设备", StringComparison.Ordinal) is var d && (d < at || found is "generalEquipment" or "specialEquipment")
            ? found : null;
    }

    /// <summary>A label that is only the value's name: 原值, 净值, 账面原值, 账面净值 (其中 or 为 around it allowed).</summary>
    private static bool IsBareValueLabel(string label)
    {
        var t = label.StartsWith("其中", StringComparison.Ordinal) ? label.Substring(2) : label;
        t = t.Trim(':', ',').TrimEnd('为', '是', ':');
        return t is "原值" or "净值" or "账面原值" or "账面净值";
    }
}
