using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (schema116, schema 1.16; blind round 60 t09): the number of budget units a department's accounts consolidate
/// (决算单位数, <c>/entity/unitCount</c>), stated in its 概况 — "纳入本部门 2017 年度部门决算编制范围的单位共 2 个", "部门决算单位共 3
/// 个", "本部门决算由 4 个单位组成". Only these fixed phrasings, the count right after the words that make it the accounts' whole
/// scope: "纳入决算编制范围的二级预算单位 3 个", "下设 6 个事业单位" and "本部门决算包括本级及所属 3 个单位" (a count of the
/// subordinate units only) stay unread.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The phrasings of the count of units in the accounts (see the type's summary); the count is the group n.</summary>
    private static readonly Regex OverviewUnitCount = new(
        @"(?:纳入|列入)[^,;:。、()]{0,30}?决算(?:编制)?范围(?:内)?的(?:预算)?单位(?:数)?(?:共计|共有|共|有|为)?\s*(?<n>[0-9]+)\s*[个家]"
            + @"(?![\u4e00-\u9fff]*?(?:所属|下属|二级))"
            + @"|(?:部门|单位)决算单位(?:数)?(?:共计|共有|共|有|为)\s*(?<n>[0-9]+)\s*[个家]"
            + @"|(?:部门|单位)决算由\s*(?<n>[0-9]+)\s*个(?:预算)?单位(?:的决算)?(?:组成|构成)",
        RegexOptions.CultureInvariant);

    /// <summary>Places the first count of the units in the accounts in <paramref name="text"/> when none was read.</summary>
    private void OverviewUnits(Fragment paragraph, string text)
    {
        if (b.Has("/entity/unitCount"))
        {
            return;
        }

        var match = OverviewUnitCount.Match(text);
        var n = match.Groups["n"];
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (match.Success && int.TryParse(n.Value, System.Globalization.NumberStyles.None, invariant, out var count) && count > 0)
        {
            b.Set("/entity/unitCount", count, b.Span(paragraph, n.Index, match.Index + match.Length), ClaimKind.Count, text);
        }
    }
}
