namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (B), titles (blindc r5, excerpts c6): a year written in Chinese numerals (“晋江市城市管理局二〇二三年度部门决算
/// 公开说明”) left the year unknown and the entity empty; a cover whose title is split over two lines with the unit's name
/// alone on the line before (“溪南省自然资源厅” / “2024年度部门决算”) left the entity empty. The outside review (revfixa): a
/// portal's header (“溪北县人民政府” — a county's, city's or province's government, never a department with final accounts of
/// its own) is no such name, and only a whole line is (never the tail of a line longer than the look-back).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The digit of each Chinese numeral a year is written with (〇 and 零 are 0).</summary>
    private static int YearNumeral(char c) => c switch
    {
        '〇' or '零' or 'Ｏ' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>
    /// The title with a year in four Chinese numerals before 年 (二〇二三年) written in digits (2023年), the same length, so
    /// every position in it is still the heading's; the text itself when it has no such year.
    /// </summary>
    private static string WithDigitYear(string text)
    {
        for (var at = text.IndexOf('年'); at >= 4; at = text.IndexOf('年', at + 1))
        {
            var digits = new char[4];
            var all = true;
            for (var i = 0; i < 4 && all; i++)
            {
                var d = YearNumeral(text[at - 4 + i]);
                all = d >= 0;
                digits[i] = (char)('0' + Math.Max(d, 0));
            }

            if (all && digits[0] == '2' && digits[1] == '0')
            {
                return text.Substring(0, at - 4) + new string(digits) + text.Substring(at);
            }
        }

        return text;
    }

    /// <summary>Words an issuer's name ends with (局, 厅, 委员会 …), for a name alone on the line before the title.</summary>
    private static readonly string[] IssuerNameEnds =
    [
        "局", "厅", "委员会", "委", "办公室", "办", "院", "中心", "政府", "所", "站", "馆", "处", "校", "学", "会", "部", "队", "社",
    ];

    /// <summary>The levels whose 人民政府 / 政府 is a portal's header (溪北县人民政府), not a unit (a 乡 / 镇 人民政府 is one).</summary>
    private static readonly char[] PortalGovernmentLevels = ['县', '市', '区', '省', '州', '旗', '盟'];

    /// <summary>How far back (characters) a title's line before is looked for (<see cref="LineBefore"/>).</summary>
    private const int LineLookBack = 80;

    /// <summary>
    /// The unit's name on the line right before a title that begins with its year (“2024年度部门决算”), only blank lines
    /// between: a whole line that is an issuer's name (<see cref="IsIssuerName"/>) and says no 决算/情况; null otherwise.
    /// </summary>
    private string? NameLineBefore(Fragment heading) =>
        LineBefore(heading, out _, out _)?.Replace(" ", string.Empty) is { } line && IsIssuerName(line)
            && line.IndexOf("决算", StringComparison.Ordinal) < 0 && line.IndexOf("情况", StringComparison.Ordinal) < 0
                ? line
                : null;

    /// <summary>
    /// The whole line right before <paramref name="heading"/> (only blank lines between), trimmed; null when no line break
    /// comes right before it or the line began before the look-back (<see cref="LineLookBack"/>). <paramref name="earlier"/>
    /// is the looked-back text before that line, <paramref name="fromStart"/> whether the look-back reached the text's start
    /// (so <paramref name="earlier"/>'s first line is whole).
    /// </summary>
    private string? LineBefore(Fragment heading, out string earlier, out bool fromStart)
    {
        earlier = string.Empty;
        fromStart = false;
        if (heading.Length == 0)
        {
            return null;
        }

        var at = heading.At(0);
        fromStart = at - LineLookBack <= 0;
        var before = b.RawRange(Math.Max(0, at - LineLookBack), at).TrimEnd(' ', '\t', '\r', '\u3000');
        return before.Length == 0 || before[before.Length - 1] != '\n'
            ? null   // no line break before the title: it is not a line of its own
            : LastWholeLine(before, fromStart, out earlier);
    }

    /// <summary>
    /// The last line of <paramref name="text"/>, trimmed, when it is whole: a line break before it, or
    /// <paramref name="fromStart"/> (the text begins at the document's start); null otherwise. <paramref name="earlier"/>:
    /// the text before that line.
    /// </summary>
    private static string? LastWholeLine(string text, bool fromStart, out string earlier)
    {
        var trimmed = text.TrimEnd('\n', '\r', ' ', '\t', '\u3000');
        var start = trimmed.LastIndexOf('\n');
        earlier = start < 0 ? string.Empty : trimmed.Substring(0, start);
        return start < 0 && !fromStart ? null : trimmed.Substring(start + 1).Trim();
    }

    /// <summary>
    /// Whether <paramref name="name"/> can be an issuer's name: 4–30 characters, Chinese only (brackets allowed), ending in
    /// an issuer's word (<see cref="IssuerNameEnds"/>), and no portal's header (<see cref="IsPortalHeader"/>).
    /// </summary>
    private static bool IsIssuerName(string name) =>
        name.Length is >= 4 and <= 30 && !IsPortalHeader(name)
        && name.All(c => c is >= '\u4e00' and <= '\u9fff' or '（' or '）' or '(' or ')')
        && IssuerNameEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// Whether a line is a government portal's header: a county's, city's, district's or province's (人民)政府
    /// (溪北县人民政府, 溪北市政府), whose site carries the departments' documents.
    /// </summary>
    private static bool IsPortalHeader(string line)
    {
        var government = line.EndsWith("人民政府", StringComparison.Ordinal) ? line.Length - 4
            : line.EndsWith("政府", StringComparison.Ordinal) ? line.Length - 2 : -1;
        return government > 0 && Array.IndexOf(PortalGovernmentLevels, line[government - 1]) >= 0;
    }
}
