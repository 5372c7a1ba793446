namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (grades44): the evaluated projects counted by grade (schema 1.9, <c>/performance/gradeCounts</c>) — "评价结果为“优”的
/// 项目15个、“良”的项目3个", "评为‘优秀’的项目7个", "自评等级为优秀的12个，良好2个", "自评得分90分（含）以上的项目17个，80（含）-90分的项目
/// 4个" (a score band maps to the grade of its range, the band kept as written), Traditional forms through the normalised text —
/// and whether that breakdown covers every evaluated project (<c>gradeCountsCover</c>: <c>all</c> after 其中 with two grades or
/// more, else <c>some</c>), which FA3012 compares with the stated number of evaluated projects.
/// </summary>
/// <remarks>
/// Precision first: one sentence of the 绩效 section, every count of 个 in it that follows a grade read as one (a grade word in
/// quotes, or unquoted after 为 / 其中 / a list mark, or a standard band: 90 以上, 80–90, 60–80, 60 以下), each grade once, a
/// count of 指标, 单位 or any noun but 项目 never (a sentence that speaks of 指标 has its noun-less counts passed over too), a rate
/// (优秀率90%) never; a sentence with one count it cannot read stays the <see cref="DisclosureMessages.ProjectCountOfBand"/> note
/// for each. Only the first such sentence is read.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>Grade words, longest first, with the grade each names (合格 / 不合格: Shanghai's 4-grade vocabulary).</summary>
    private static readonly (string Word, string Grade)[] GradeNames =
    [
        ("不合格", "poor"), ("合格", "fair"), ("优秀", "excellent"), ("良好", "good"), ("中等", "fair"), ("较差", "poor"),
        ("优", "excellent"), ("良", "good"), ("中", "fair"), ("差", "poor"),
    ];

    /// <summary>What may stand between a grade and its count, longest first ("的项目", "等次的项目", "的有").</summary>
    private static readonly string[] GradeCountLinks =
        ["等次的项目", "等级的项目", "的项目共有", "的项目共", "的项目有", "的项目为", "的项目", "项目有", "的共有", "的有", "的共", "项目", "等次", "等级", "的", "有", "共", ""];

    /// <summary>Words that end the text before an unquoted grade or a band ("评价结果为", "评为", "自评得分").</summary>
    private static readonly string[] GradeOpeners = ["为", "是", "达到", "得分在", "得分", "评分在", "评分", "分数在", "分数", "自评"];

    /// <summary>Words a sentence of grade counts must not use for its noun-less counts (counts of indicators, units).</summary>
    private static readonly string[] NotProjectCountWords = ["指标", "单位", "人次", "批次"];

    /// <summary>The quote marks around a grade (“优”, ‘优秀’, 「優」).</summary>
    private static readonly char[] GradeQuotes = ['“', '”', '‘', '’', '「', '」', '『', '』', '"', '\''];

    /// <summary>The starts (line, column) of the counts read as grade counts, so that the count path leaves them unnoted.</summary>
    private readonly HashSet<(int Line, int Column)> gradeCountStarts = new();

    /// <summary>One count of a grade read from a sentence: its grade, the band or word as written, the count and their offsets.</summary>
    internal readonly record struct GradeItem(
        string Grade, int GradeStart, int GradeEnd, bool Written, int Count, int CountStart, int CountEnd);

    /// <summary>Reads the first sentence of a 绩效 paragraph whose counts of 个 are counts of evaluated projects by grade.</summary>
    private void GradeCounts(Fragment paragraph)
    {
        if (b.Count("/performance/gradeCounts") > 0)
        {
            return;
        }

        var text = paragraph.Text;
        for (var from = 0; from < text.Length;)
        {
            var end = text.IndexOf('。', from);
            end = end < 0 ? text.Length : end;
            if (GradeSentence(paragraph, text, from, end))
            {
                return;
            }

            from = end + 1;
        }
    }

    /// <summary>Reads one sentence [from, end) as grade counts; true when it was read.</summary>
    private bool GradeSentence(Fragment paragraph, string text, int from, int end)
    {
        if (text.IndexOf("项目", from, end - from, StringComparison.Ordinal) < 0 && !AfterEvaluatedCount(text, from, end))
        {
            return false;
        }

        var items = RespectiveGradeCounts(text, from, end);   // session 45: "优、良的项目分别为7个、2个" (N.GradeCountForms)
        if (items.Count > 0)
        {
            PlaceGradeCounts(paragraph, text, from, end, items);
            return true;
        }

        var unread = false;
        var segment = from;
        for (var p = from; p < end; p++)
        {
            if (text[p] is ',' or '、' or ';' or ':')
            {
                segment = p + 1;
                continue;
            }

            if (!Scanner.IsDigit(text[p]) || p > from && (Scanner.IsDigit(text[p - 1]) || text[p - 1] == '.'))
            {
                continue;
            }

            var digits = p;
            while (p < end && Scanner.IsDigit(text[p]))
            {
                p++;
            }

            var digitsEnd = p;
            p = digitsEnd - 1;   // the loop's step lands on the character after the figure (a boundary is not passed over)
            var unit = digitsEnd;
            while (unit < end && text[unit] == ' ')
            {
                unit++;
            }

            if (unit >= end || text[unit] != '个' || digitsEnd < end && text[digitsEnd] == '.')
            {
                continue;   // no count of 个 (a score, a band's bound, an amount, a rate)
            }

            var after = unit + 1;
            var explicitProjects = string.CompareOrdinal(text, after, "项目", 0, 2) == 0;
            after += explicitProjects ? 2 : 0;
            var label = text.Substring(segment, digits - segment);
            if (!TryGradeOf(label, out var grade, out var gradeFrom, out var gradeTo, out var written, out var linkNamesProjects))
            {
                unread |= HasGradeWord(label);   // a count of one grade this family cannot read: the sentence is left to the note
                continue;
            }

            var boundary = after >= end || text[after] is ',' or '、' or ';' or ')' or '。';
            var projects = explicitProjects || linkNamesProjects || !HasAnyIn(text, from, end, NotProjectCountWords);
            if (!boundary || !projects
                || !int.TryParse(text.Substring(digits, digitsEnd - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || HasGrade(items, grade))
            {
                unread = true;
                continue;
            }

            items.Add(new GradeItem(grade, segment + gradeFrom, segment + gradeTo, written, count, digits, unit + 1));
        }

        if (items.Count == 0 || unread)
        {
            return false;
        }

        PlaceGradeCounts(paragraph, text, from, end, items);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="items"/> already holds <paramref name="grade"/> (session 46: a loop, where a lambda over the
    /// out variable made a closure at every character of the sentence).
    /// </summary>
    internal static bool HasGrade(List<GradeItem> items, string grade)
    {
        foreach (var item in items)
        {
            if (item.Grade == grade)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Places the grade counts of a sentence and what they cover.</summary>
    private void PlaceGradeCounts(Fragment paragraph, string text, int from, int end, List<GradeItem> items)
    {
        var clause = text.Substring(from, end - from);
        foreach (var item in items)
        {
            var pointer = b.Append("/performance/gradeCounts");
            var gradeSpan = b.Span(paragraph, item.GradeStart, item.GradeEnd);
            b.SetUnder(pointer, "grade", DraftNode.Of(item.Grade), gradeSpan);
            var countSpan = b.Span(paragraph, item.CountStart, item.CountEnd);
            b.SetUnder(pointer, "count", DraftNode.Of(item.Count), countSpan, ClaimKind.Count, clause);
            if (item.Written)
            {
                b.SetUnder(pointer, "band", DraftNode.Of(b.Raw(paragraph, item.GradeStart, item.GradeEnd)), gradeSpan);
            }

            gradeCountStarts.Add((countSpan.StartLine, countSpan.StartColumn));
        }

        var whole = items.Count >= 2 && WholeBreakdown(text, from, items[0].GradeStart)
            || EveryGradeNamed(text, end, items);   // session 45: "…，无中、差等级项目" completes the list (N.GradeCountForms)
        var cover = whole ? "all" : "some";
        var span = b.Span(paragraph, items[0].GradeStart, items[items.Count - 1].CountEnd);
        b.Set("/performance/gradeCountsCover", DraftNode.Of(cover), span);
    }

    /// <summary>
    /// Whether the counts are stated as the whole: 其中 stands before the first grade in its sentence with no figure between
    /// ("共21个项目…。其中，自评得分90分…", "其中评为“优秀”的项目7个").
    /// </summary>
    private static bool WholeBreakdown(string text, int from, int firstGrade)
    {
        var at = text.LastIndexOf("其中", Math.Max(firstGrade - 1, 0), StringComparison.Ordinal);
        if (at < from)
        {
            return false;
        }

        for (var p = at + 2; p < firstGrade; p++)
        {
            if (Scanner.IsDigit(text[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a label holds any grade word (a count of a grade may stand there).</summary>
    /// <remarks>Session 47: loops for the lambdas (a closure and two delegates at every call); <see cref="HasGradeWordPlain"/> is
    /// the body it replaced, the oracle of SpeedSessionFortySevenTests.</remarks>
    internal static bool HasGradeWord(string label)
    {
        foreach (var (word, _) in GradeNames)
        {
            if (word.Length > 1 && label.Contains(word))
            {
                return true;
            }
        }

        if (!HasGradeQuote(label))
        {
            return false;
        }

        foreach (var (word, _) in GradeNames)
        {
            if (label.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a label holds one of <see cref="GradeQuotes"/>.</summary>
    private static bool HasGradeQuote(string label)
    {
        foreach (var c in label)
        {
            if (Array.IndexOf(GradeQuotes, c) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="HasGradeWord"/> as it was before session 47 (LINQ over the grade names and the label).</summary>
    internal static bool HasGradeWordPlain(string label) => GradeNames.Any(g => g.Word.Length > 1 && label.Contains(g.Word))
        || label.Any(c => Array.IndexOf(GradeQuotes, c) >= 0) && GradeNames.Any(g => label.Contains(g.Word));

    /// <summary>
    /// The grade a count's label names, and where it stands in the label: a quoted grade word, an unquoted one after an opener, or
    /// a standard score band; <paramref name="written"/> when the grade is written otherwise than its one-character name;
    /// <paramref name="linkNamesProjects"/> when the words after it name the projects (的项目).
    /// </summary>
    private static bool TryGradeOf(string label, out string grade, out int start, out int end, out bool written, out bool linkNamesProjects)
    {
        grade = string.Empty;
        start = end = 0;
        written = false;
        linkNamesProjects = false;
        var trimmed = label.TrimEnd(' ');
        foreach (var link in GradeCountLinks)
        {
            if (!trimmed.EndsWith(link, StringComparison.Ordinal))
            {
                continue;
            }

            var core = trimmed.Substring(0, trimmed.Length - link.Length).TrimEnd(' ');
            if (core.Length == 0)
            {
                continue;
            }

            linkNamesProjects = link.Contains("项目");
            if (QuotedGrade(core, out grade, out start, out end, out written))
            {
                return true;
            }

            if (UnquotedGrade(core, out grade, out start, out written))
            {
                end = core.Length;
                return true;
            }

            if (ScoreBand(core, out grade, out start) || GradeWithBand(core, out grade, out start))
            {
                end = core.Length;
                written = true;   // a band is always kept as written ("优秀(90分以上)": session 45, N.GradeCountForms)
                return true;
            }
        }

        return false;
    }

    /// <summary>A grade word in quotes ending the core ("评为“优秀”"), what stands before it empty or an opener.</summary>
    private static bool QuotedGrade(string core, out string grade, out int start, out int end, out bool written)
    {
        grade = string.Empty;
        start = end = 0;
        written = false;
        if (Array.IndexOf(GradeQuotes, core[core.Length - 1]) < 0)
        {
            return false;
        }

        var open = core.Length - 2;
        while (open >= 0 && Array.IndexOf(GradeQuotes, core[open]) < 0)
        {
            open--;
        }

        if (open < 0)
        {
            return false;
        }

        var word = core.Substring(open + 1, core.Length - open - 2).Trim();
        foreach (var (name, value) in GradeNames.Concat([("一般", "fair")]))
        {
            if (word == name && OpensGrade(core.Substring(0, open)))
            {
                grade = value;
                start = open + 1;
                end = core.Length - 1;
                written = word.Length > 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>An unquoted grade word ending the core ("自评等级为优秀", "良好"), what stands before it empty or an opener.</summary>
    private static bool UnquotedGrade(string core, out string grade, out int start, out bool written)
    {
        foreach (var (name, value) in GradeNames)
        {
            if (core.EndsWith(name, StringComparison.Ordinal) && OpensGrade(core.Substring(0, core.Length - name.Length)))
            {
                grade = value;
                start = core.Length - name.Length;
                written = name.Length > 1;
                return true;
            }
        }

        grade = string.Empty;
        start = 0;
        written = false;
        return false;
    }

    /// <summary>
    /// Whether the words before a grade may open it: nothing, or (其中 / 和 / 及 taken off) words without a figure that end with an
    /// opener (为, 是, 得分 …) and name no indicator, unit or the department's own evaluation.
    /// </summary>
    private static bool OpensGrade(string before)
    {
        var rest = before.Trim(' ');
        foreach (var lead in new[] { "其中", "以及", "和", "及" })
        {
            if (rest.StartsWith(lead, StringComparison.Ordinal))
            {
                rest = rest.Substring(lead.Length).TrimStart(' ');
            }
        }

        return rest.Length == 0 || rest.Length <= 12 && !rest.Any(Scanner.IsDigit) && !HasAny(rest, NotProjectCountWords)
            && !rest.Contains("整体") && GradeOpeners.Any(o => rest.EndsWith(o, StringComparison.Ordinal));
    }

    /// <summary>
    /// A standard score band ending the core — "90分(含)以上", "90分以上", "80(含)-90分", "80-89分", "60分以下", "低于60分" — as the grade
    /// of its range (优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60); a band of another range is none.
    /// </summary>
    private static bool ScoreBand(string core, out string grade, out int start)
    {
        grade = string.Empty;
        start = 0;
        var first = 0;
        while (first < core.Length && !Scanner.IsDigit(core[first]))
        {
            first++;
        }

        if (first == core.Length)
        {
            return false;
        }

        var before = core.Substring(0, first);
        var below = before.EndsWith("低于", StringComparison.Ordinal) || before.EndsWith("不足", StringComparison.Ordinal);
        if (below)
        {
            before = before.Substring(0, before.Length - 2);
        }

        if (!OpensGrade(before))
        {
            return false;
        }

        var band = core.Substring(first).Replace(" ", string.Empty);
        var (lower, upper) = BandBounds(band, below);
        grade = (lower, upper) switch
        {
            (90, null) or (90, 100) => "excellent",
            (80, 90) or (80, 89) => "good",
            (60, 80) or (60, 79) => "fair",
            (null, 60) or (0, 60) or (0, 59) => "poor",
            _ => string.Empty,
        };
        start = below ? first - 2 : first;
        return grade.Length > 0;
    }

    /// <summary>
    /// The bounds of a band written from its first figure ("90分(含)以上" → 90–; "80(含)-90分" → 80–90; "60分以下" → –60); (null,
    /// null) when the band is not one of these shapes.
    /// </summary>
    private static (int? Lower, int? Upper) BandBounds(string band, bool below)
    {
        var p = 0;
        var x = ReadWhole(band, ref p);
        if (x is null)
        {
            return (null, null);
        }

        var rest = band.Substring(p);
        if (below)
        {
            return rest == "分" ? (null, x) : (null, null);
        }

        var bound = x.Value.ToString(CultureInfo.InvariantCulture);
        if (rest is "分(含)以上" or "分以上" or "(含)分以上" or "分及以上" or "(含)以上" || rest == "分以上(含" + bound + "分)"
            || rest == "分(含" + bound + "分)以上")
        {
            return (x, null);
        }

        if (rest is "分以下" or "分(不含)以下" or "(不含)以下" || rest == "分以下(不含" + bound + "分)")
        {
            return (null, x);
        }

        foreach (var mid in new[] { "分(含)-", "(含)-", "分-", "-", "分(含)至", "(含)至", "分至", "至", "~", "分~" })
        {
            if (!rest.StartsWith(mid, StringComparison.Ordinal))
            {
                continue;
            }

            var q = mid.Length;
            var y = ReadWhole(rest, ref q);
            var tail = y is null ? null : rest.Substring(q);
            if (tail is "分" or "分(不含)" or "(不含)分")
            {
                return (x, y);
            }
        }

        return (null, null);
    }

    /// <summary>A whole number of up to three digits at <paramref name="p"/> (advanced past it), or null.</summary>
    private static int? ReadWhole(string text, ref int p)
    {
        var start = p;
        while (p < text.Length && p - start < 4 && Scanner.IsDigit(text[p]))
        {
            p++;
        }

        return p > start && p - start <= 3 && (p >= text.Length || text[p] != '.')
            ? int.Parse(text.Substring(start, p - start), NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }
}
