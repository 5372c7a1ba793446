using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 58 (blind round 55, t07): an item named by its 类/款/项 path joined with dashes — the 分隔的科目路径
/// <c>社会保障和就业支出-行政事业单位养老支出-机关事业单位基本养老保险缴费支出（2080505）：调整预算…</c> (also <c>—</c>, <c>－</c>, <c>–</c>,
/// <c>/</c>, <c>／</c>, spaces around the separator). Before, the whole path was the item's name and FA5003 compared it with
/// the catalogue's 项 name: a false Warning per item. Now the path is read as its levels: the last part is the item's own
/// name, the parts before it the 类 and 款 names — but only when each of those parts is consistent with the code (the
/// catalogue's name of the code's 类 or 款 in some year, an alias of it, or a level the catalogue does not know); a part the
/// catalogue names otherwise leaves the name whole, as before (no new finding on a 类 or 款 name either).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// <paramref name="name"/> (a name before its bracketed code, not yet split) read as a separated level path when it is
    /// one: three parts for a 项 (类, 款, 项), two for a 项 (款 or 类, then 项) or for a 款 (类, 款). True when it was split.
    /// </summary>
    private static bool SeparatedLevelPath(ref FunctionalName name, int year)
    {
        if (name.Code is not { Length: 5 or 7 } code || name.ClassName is not null || name.SectionName is not null
            || !FunctionalCode.IsValid(code))
        {
            return false;
        }

        var written = name.Name;
        var first = NextPathSeparator(written, 0, out var firstEnd);
        if (first <= 0 || firstEnd >= written.Length)
        {
            return false;
        }

        var second = NextPathSeparator(written, firstEnd, out var secondEnd);
        if (second == firstEnd || second > 0 && (secondEnd >= written.Length
            || NextPathSeparator(written, secondEnd, out _) >= 0))
        {
            return false;   // an empty part, a trailing separator, or more parts than levels
        }

        var parsed = FunctionalCode.FromDigits(code);
        var catalogue = ClassificationCatalogue.Default;
        int? fiscalYear = year == 0 ? null : year;
        var head = written.Substring(0, first);
        if (second < 0)
        {
            // Two parts: "类-项" or "款-项" of a 项 (the 类 known by name first), "类-款" of a 款.
            var own = written.Substring(firstEnd);
            if (Consistent(catalogue, parsed.ClassCode, fiscalYear, head, code.Length == 5))
            {
                name = name with { ClassName = head, Name = own };
                return true;
            }

            if (code.Length == 7 && parsed.Parent is { } section && Consistent(catalogue, section, fiscalYear, head, true))
            {
                name = name with { SectionName = head, Name = own };
                return true;
            }

            return false;
        }

        // Three parts: "类-款-项" of a 项 only.
        var middle = written.Substring(firstEnd, second - firstEnd);
        if (code.Length != 7 || parsed.Parent is not { } parent
            || !Consistent(catalogue, parsed.ClassCode, fiscalYear, head, true)
            || !Consistent(catalogue, parent, fiscalYear, middle, true))
        {
            return false;
        }

        name = name with { ClassName = head, SectionName = middle, Name = written.Substring(secondEnd) };
        return true;
    }

    /// <summary>
    /// Whether <paramref name="part"/> may name the level <paramref name="level"/> of a path: the catalogue's name of it (in
    /// any year) or an alias — or, when <paramref name="unknownIsConsistent"/>, a level the catalogue cannot judge.
    /// </summary>
    private static bool Consistent(ClassificationCatalogue catalogue, FunctionalCode level, int? year, string part,
        bool unknownIsConsistent) =>
        catalogue.MatchName(level, year, part) switch
        {
            NameMatch.Exact or NameMatch.Alias or NameMatch.OtherYear => true,
            NameMatch.UnknownCode => unknownIsConsistent && !HasDigit(part),
            _ => false,
        };

    /// <summary>
    /// The start of the next separator of a level path at or after <paramref name="from"/> — a dash (<c>-</c>, <c>—</c>,
    /// <c>－</c>, <c>–</c>, a doubled <c>——</c>) or a slash (<c>/</c>, <c>／</c>) with any spaces around it, outside brackets —
    /// with the spaces before it taken in; <paramref name="end"/> is where the next part starts. −1 when there is none.
    /// </summary>
    private static int NextPathSeparator(string text, int from, out int end)
    {
        end = -1;
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = depth > 0 ? depth - 1 : 0;
            }
            else if (depth == 0 && c is '-' or '—' or '－' or '–' or '/' or '／')
            {
                var start = i;
                while (start > from && text[start - 1] == ' ')
                {
                    start--;
                }

                end = i + 1;
                while (end < text.Length && text[end] is '-' or '—' or '－' or '–' or ' ')
                {
                    end++;
                }

                return start;
            }
        }

        return -1;
    }
}
