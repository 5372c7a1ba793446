using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (staff62): the counts of a 部门概况 / 单位基本情况 written in a paragraph the reader does not take for the 人员
/// section — under 主要职能, 单位概况 or no heading ("内设办公室、计财股等9个股室…2014年末在职职工214人，离退休人员158人").
/// Only counts in the fixed phrasings of the template are placed, each where the paragraph's own reading left its member empty:
/// <list type="bullet">
/// <item>the internal divisions (内设机构数): "内设7个科室", "内设机构16个", "内设办公室、…等6个部门", "局机关设9个科室",
/// "下设调度科、…等7个科室" — the word after the count names divisions (科室, 股室, 处室, 部室; after 内设 also 部门, 机构);
/// "职能科室24个、临床医技科室46个" (a kind of division), "下设…等6个事业单位" and "6个二级机构" (units) are none;</item>
/// <item>the staff (人员情况), each count at the start of its clause: 在职职工 / 在职人员 / 在职教职工 / 在编职工 / 在册职工 /
/// 教职工 → 在职; 编制 / 核定编制 / a lone 行政编制 or 事业编制 → 编制数; 离退休人员 / 离退休职工 / 退休人员 → 退休, only after a
/// count of the serving staff or the establishment in the same sentence ("现服务离退休人员3000人" alone is the people served).</item>
/// </list>
/// Students, beds, patients, members (在校学生, 编制床位, 会员) and the parts after 其中 are none of them; with a 实有 count already
/// read, the 在职 and 退休 counts are left (实有 may count the serving staff only, and FA4301 would weigh them against it).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A staff count at the start of a clause: an optional year-end lead (2014年末, 年末, 现有), the staff word, an optional
    /// 共 / 为 / 总数, and the count in 人 or 名.
    /// </summary>
    private static readonly Regex OverviewStaffCount = new(
        @"(?:^|(?<=[,;:。、\s]))(?:(?:19|20)[0-9]{2}\s*年\s*)?(?:年末|年底|底|末|现有|目前|共有)?(?:实有)?"
            + @"(?<word>在职职工|在职人员|在职教职工|在编职工|在册职工|在编人员|在职|教职工|"
            + @"核定行政编制|核定事业编制|核定编制|行政编制|事业编制|编制|离退休人员|离退休职工|退休人员|退休职工)"
            + @"(?:总数|人数|数)?(?:共计|共|为)?:?\s*(?<n>[0-9]+)\s*(?<u>人|名)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// A count of internal divisions: "内设机构16个", "内设7个科室", "内设办公室、…等6个部门", "局机关设9个科室".
    /// </summary>
    private static readonly Regex OverviewDivisionCount = new(
        @"[内內][设設](?:机构|科室|处室|股室|部室)(?:共|有|为)?\s*(?<n>[0-9]+)\s*[个個](?![\u4e00-\u9fff])"
            + @"|[内內][设設](?<list>[^,;:。0-9()]{0,80}?)(?<n>[0-9]+)\s*[个個](?:内设)?(?<noun>科室|股室|处室|部室|部门|机构)"
            + @"|(?:^|(?<=[,;:。\s])|(?<=机关|本级|本局|本馆|本院|本单位|中心|支队))(?:下)?设(?<list>[^,;:。0-9()]{0,80}?)"
            + @"(?<n>[0-9]+)\s*[个個](?<noun>科室|股室|处室|部室)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Places the counts of a 概况 paragraph the paragraph's own reading left unplaced (see the type's summary); only in a
    /// paragraph outside the financial sections (none, 主要职能, 人员).
    /// </summary>
    private void OverviewStaffCounts(Fragment paragraph)
    {
        if (section is not (Section.None or Section.Functions or Section.Personnel))
        {
            return;
        }

        var text = paragraph.Text;
        OverviewDivisions(paragraph, text);
        var from = 0;
        while (from < text.Length)
        {
            var end = text.IndexOf('。', from);
            end = end < 0 ? text.Length : end + 1;
            OverviewStaffSentence(paragraph, text, from, end);
            from = end;
        }
    }

    /// <summary>Places the first count of internal divisions in <paramref name="text"/> when none was read.</summary>
    private void OverviewDivisions(Fragment paragraph, string text)
    {
        if (b.Has("/entity/internalDivisionCount"))
        {
            return;
        }

        var match = OverviewDivisionCount.Match(text);
        var list = match.Groups["list"].Value;
        if (!match.Success || list.Length > 0 && list.IndexOfAny(['、', '等', '和']) < 0
            || list.Contains("下设") || list.Contains("所属") || list.Contains("下属") || list.Contains("单位"))
        {
            return;   // words before the count that are no list of divisions, or a list of units
        }

        var n = match.Groups["n"];
        if (int.TryParse(n.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && count > 0)
        {
            b.Set("/entity/internalDivisionCount", count, b.Span(paragraph, n.Index, match.Index + match.Length), ClaimKind.Count, text);
        }
    }

    /// <summary>Places the staff counts of one sentence (<paramref name="from"/> to <paramref name="to"/>) of a 概况 paragraph.</summary>
    private void OverviewStaffSentence(Fragment paragraph, string text, int from, int to)
    {
        var sentence = text.Substring(from, to - from);
        var twoParts = sentence.Contains("行政编制") && sentence.Contains("事业编制");
        var staffSeen = false;
        foreach (Match match in OverviewStaffCount.Matches(sentence))
        {
            var word = match.Groups["word"].Value;
            var n = match.Groups["n"];
            var next = match.Index + match.Length;
            if (match.Groups["u"].Value == "名" && next < sentence.Length && !Scanner.IsPersonsMing(sentence[next])
                || next < sentence.Length && sentence[next] is '次' or '天' or '日'
                || !int.TryParse(n.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture,
                    out var count))
            {
                continue;
            }

            string? target;
            if (word.Contains("编制"))
            {
                target = twoParts && (word.Contains("行政") || word.Contains("事业")) ? null : "authorizedPositions";
                staffSeen = true;
            }
            else if (word.Contains("退休"))
            {
                target = staffSeen && !b.Has("/personnel/total") ? "retired" : null;
            }
            else
            {
                target = b.Has("/personnel/total") ? null : "active";
                staffSeen = true;
            }

            if (target is null || b.Has("/personnel/" + target))
            {
                continue;
            }

            var span = b.Span(paragraph, from + match.Index, from + next);
            b.SetUnder("/personnel/" + target, "count", DraftNode.Of(count), span, ClaimKind.Count, text);
        }
    }

    /// <summary>The words after a count that make it a count of units (事业单位, 二级机构, 站所), not of internal divisions.</summary>
    private static readonly string[] UnitWordsAfterCount = ["事业单位", "单位", "所属", "下属", "二级", "直属", "站所", "事业站", "乡镇", "社区"];

    /// <summary>Whether the words at <paramref name="at"/> (after a count in 个) name units ("6个事业单位", "4个站所").</summary>
    private static bool UnitsAfterCount(string text, int at)
    {
        foreach (var word in UnitWordsAfterCount)
        {
            if (at <= text.Length - word.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
