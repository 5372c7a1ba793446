namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34 (issue 8): the units a 部门决算 covers, listed in the template's sentence ("纳入本部门2022年度部门决算编制范围的
/// 单位共3个，包括：局本级、市环境卫生管理中心、市园林管理所。") — read into <c>/entity/units</c> (本级 as self, the others as
/// subordinate), which before was read only from a numbered list under 机构设置.
/// </summary>
/// <remarks>
/// Precision first: the list is read only when it is whole — every entry a name of 3–30 Chinese characters (brackets
/// allowed) ending in a unit's word, none with a figure, no 等 / 上述 / 各… (a partial or summary list: "局机关和17家基层医疗
/// 卫生机构", "局机关本级及上述2个事业单位"), and as many entries as the count the sentence states, if it states one. 和 / 及
/// between two entries splits them only when the part before ends in a unit's word (住房和城乡建设局 is one name). Only when no
/// unit was read before.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>Words a listed unit's name ends with.</summary>
    private static readonly string[] ListedUnitEnds =
    [
        "本级", "机关", "局", "厅", "委", "办", "院", "中心", "所", "站", "馆", "处", "校", "学", "园", "队", "社", "会", "部", "室",
        "大队", "支队", "总队",
    ];

    /// <summary>The words that open the list after the scope sentence's subject.</summary>
    private static readonly string[] UnitListOpeners = ["包括:", "包括：", "包括", "分别是:", "分别是：", "分别为:", "分别为：", "为:", "为：", "为", ":", "："];

    /// <summary>The punctuation that ends a list's clause.</summary>
    private static readonly char[] ListEnds = [',', '，', ';', '；'];

    /// <summary>Reads the units listed in a 编制范围 sentence of <paramref name="paragraph"/>, when whole (see the remarks).</summary>
    private void UnitListSentence(Fragment paragraph)
    {
        var text = paragraph.Text;
        var scope = text.IndexOf("编制范围", StringComparison.Ordinal);
        if (scope < 0 || b.Count("/entity/units") > 0)
        {
            return;
        }

        var end = text.IndexOf('。', scope);
        end = end < 0 ? text.Length : end;
        var first = -1;
        var open = -1;
        foreach (var opener in UnitListOpeners)
        {
            var at = text.IndexOf(opener, scope, end - scope, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
                open = at + opener.Length;   // the longest opener at a place is listed first
            }
        }

        if (open < 0 || open >= end)
        {
            return;
        }

        var comma = text.IndexOfAny(ListEnds, open, end - open);
        end = comma >= 0 ? comma : end;   // "为局本级，无下属二级预算单位": the list ends at its clause
        var list = text.Substring(open, end - open).Trim();
        var stated = StatedUnitCount(text.Substring(scope, first - scope));
        if (list.IndexOf('等') >= 0 || list.IndexOf("上述", StringComparison.Ordinal) >= 0 || list.StartsWith("各", StringComparison.Ordinal))
        {
            return;
        }

        var names = new List<string>();
        foreach (var entry in list.Split('、'))
        {
            if (!SplitJoinedUnits(entry.Trim(), names))
            {
                return;
            }
        }

        if (names.Count == 0 || stated is { } count && count != names.Count)
        {
            return;
        }

        var span = b.Span(paragraph, open, end);
        foreach (var name in names)
        {
            var pointer = b.Append("/entity/units");
            b.SetUnder(pointer, "name", DraftNode.Of(name), span);
            var self = name.IndexOf("本级", StringComparison.Ordinal) >= 0 || name.EndsWith("机关", StringComparison.Ordinal)
                || name == EntityName;
            b.SetUnder(pointer, "role", DraftNode.Of(self ? "self" : "subordinate"), span);
        }
    }

    /// <summary>
    /// Adds the unit names in <paramref name="entry"/> — one, or two joined by 和 / 及 where the part before ends in a unit's
    /// word — to <paramref name="names"/>; false when an entry is no unit's name.
    /// </summary>
    private static bool SplitJoinedUnits(string entry, List<string> names)
    {
        foreach (var joint in new[] { '和', '及' })
        {
            var at = entry.IndexOf(joint);
            if (at > 0 && ListedUnitName(entry.Substring(0, at)) && ListedUnitName(entry.Substring(at + 1)))
            {
                names.Add(entry.Substring(0, at));
                names.Add(entry.Substring(at + 1));
                return true;
            }
        }

        if (!ListedUnitName(entry))
        {
            return false;
        }

        names.Add(entry);
        return true;
    }

    /// <summary>Whether <paramref name="name"/> is a listed unit's name: 3–30 Chinese characters ending in a unit's word.</summary>
    private static bool ListedUnitName(string name)
        => name.Length is >= 3 and <= 30 && name.All(c => c is >= '\u4e00' and <= '\u9fff' or '（' or '）' or '(' or ')')
            && ListedUnitEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The count of units the scope sentence states before its list ("共3个", "2个"), or null.</summary>
    private static int? StatedUnitCount(string head)
    {
        var ge = head.LastIndexOf('个');
        if (ge < 0)
        {
            ge = head.LastIndexOf('家');
        }

        var start = ge;
        while (start > 0 && head[start - 1] is >= '0' and <= '9')
        {
            start--;
        }

        return ge > start && int.TryParse(head.Substring(start, ge - start), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
