namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (grades45): more wordings of the evaluated projects counted by grade (<c>/performance/gradeCounts</c>, read by
/// <c>N.GradeCounts</c>) — a grade word with its band in brackets ("优秀（90分以上）5个", "良好（80-89分）的5个"), a band after 自评
/// ("自评90分（含）以上4个"), the grades listed before their counts ("优、良、中、差的项目分别为12个、5个、1个和0个") — and the grades a
/// sentence says no project has ("无中、差等级项目"), which complete the list: every grade named, the breakdown is the whole
/// (<c>gradeCountsCover</c> <c>all</c>, FA3012).
/// </summary>
/// <remarks>
/// Precision first: a bracketed band must be the standard band of the grade it follows (else the sentence stays the
/// <see cref="DisclosureMessages.ProjectCountOfBand"/> notes); a respective list is read only when it pairs one count of 个
/// with each grade, the grades are all different and its noun is 项目 (or none, in a sentence without 指标 / 单位).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The grades of the four-grade scale (优 / 良 / 中 / 差; 合格 / 不合格 are Shanghai's names for the last two).</summary>
    private static readonly string[] EveryGrade = ["excellent", "good", "fair", "poor"];

    /// <summary>The words that say no project has the grades after them ("无中、差等级项目", "没有评为“差”的项目").</summary>
    private static readonly string[] NoGradeWords = ["没有", "无"];

    /// <summary>What may end a list of grades no project has ("等级项目", "等次的项目", "的项目").</summary>
    private static readonly string[] NoGradeEnds = ["等级的项目", "等次的项目", "等级项目", "等次项目", "级的项目", "级项目", "的项目", "项目"];

    /// <summary>The words between two grades of a list ("优、良", "中和差").</summary>
    private static readonly char[] GradeListMarks = ['、', '和', '及'];

    /// <summary>
    /// A grade word followed by its band in brackets ending the core — "优秀(90分以上)", "良好(80-89分)", "“中”(60-79分)" — when
    /// the band is the standard band of that grade; the grade and band are kept as written from the grade word (or its quote).
    /// </summary>
    private static bool GradeWithBand(string core, out string grade, out int start)
    {
        grade = string.Empty;
        start = 0;
        if (core[core.Length - 1] != ')')
        {
            return false;
        }

        var depth = 0;
        var open = core.Length - 1;
        for (; open >= 0; open--)
        {
            depth += core[open] == ')' ? 1 : core[open] == '(' ? -1 : 0;
            if (depth == 0)
            {
                break;
            }
        }

        if (open <= 0)
        {
            return false;
        }

        var word = core.Substring(0, open).TrimEnd(' ');
        var band = core.Substring(open + 1, core.Length - open - 2).Trim(' ');
        if (word.Length == 0 || band.Length == 0 || !ScoreBand(band, out var bandGrade, out var bandStart) || bandStart != 0)
        {
            return false;
        }

        if (QuotedGrade(word, out var quoted, out var quotedStart, out _, out _))
        {
            grade = quoted;
            start = quotedStart - 1;   // from the opening quote: "“优秀”(90分以上)" as written
        }
        else if (UnquotedGrade(word, out var plain, out var plainStart, out _))
        {
            grade = plain;
            start = plainStart;
        }
        else
        {
            return false;
        }

        return grade == bandGrade;
    }

    /// <summary>
    /// Whether a sentence without 项目 may still hold the evaluated projects' grade counts: it follows the count of evaluated
    /// projects, in its paragraph or before ("本部门对7个项目开展绩效自评…。自评结果显示：优秀（90分以上）5个，良好（80分至90分）2个。"),
    /// speaks of the evaluation (自评 / 评价) and names no indicator, unit or other counted noun.
    /// </summary>
    private bool AfterEvaluatedCount(string text, int from, int end)
        => (statedProjectCount > 0 || b.Has("/performance/projectEvaluationCount"))
            && HasAnyIn(text, from, end, EvaluationWords) && !HasAnyIn(text, from, end, NotProjectCountWords);   // s47: no copy

    /// <summary>The words of an evaluation a sentence of grade counts without 项目 speaks of (<see cref="AfterEvaluatedCount"/>).</summary>
    private static readonly string[] EvaluationWords = ["自评", "评价"];

    /// <summary>
    /// Whether the counts read and the grades the sentence (up to <paramref name="end"/>) says no project has
    /// ("无中、差等级项目", after the last count) name every grade of the scale, each once: the breakdown is then the whole.
    /// </summary>
    private static bool EveryGradeNamed(string text, int end, List<GradeItem> items)
    {
        var named = new HashSet<string>(items.Select(i => i.Grade));
        if (named.Count != items.Count)
        {
            return false;
        }

        var after = items.Max(i => i.CountEnd);
        foreach (var none in NoGradeWords)
        {
            for (var at = text.IndexOf(none, after, end - after, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < end ? text.IndexOf(none, at + 1, end - at - 1, StringComparison.Ordinal) : -1)
            {
                if (!NoGrades(text, at + none.Length, end, named))
                {
                    return false;   // the same grade counted and said to be absent, or a 无 this family cannot read
                }
            }
        }

        return EveryGrade.All(named.Contains);
    }

    /// <summary>
    /// Reads the grades listed at <paramref name="p"/> up to a word that names them as projects' grades ("中、差等级项目",
    /// "“差”的项目") into <paramref name="named"/>; false when a grade is already there. Words that are no such list leave
    /// it as it was (true: "无重大偏差" is no list of grades).
    /// </summary>
    private static bool NoGrades(string text, int p, int end, HashSet<string> named)
    {
        var found = new List<string>();
        var q = p;
        while (q < end)
        {
            var quoted = q < end && Array.IndexOf(GradeQuotes, text[q]) >= 0;
            q += quoted ? 1 : 0;
            var word = GradeNames.FirstOrDefault(g => string.CompareOrdinal(text, q, g.Word, 0, g.Word.Length) == 0);
            if (word.Word is null)
            {
                return true;
            }

            found.Add(word.Grade);
            q += word.Word.Length;
            q += quoted && q < end && Array.IndexOf(GradeQuotes, text[q]) >= 0 ? 1 : 0;
            if (q < end && Array.IndexOf(GradeListMarks, text[q]) >= 0)
            {
                q++;
                continue;
            }

            break;
        }

        if (!NoGradeEnds.Any(e => string.CompareOrdinal(text, q, e, 0, e.Length) == 0))
        {
            return true;
        }

        foreach (var grade in found)
        {
            if (!named.Add(grade))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The grades listed before their counts in the sentence [<paramref name="from"/>, <paramref name="end"/>) — "优、良、中、差的
    /// 项目分别为12个、5个、1个和0个", "评价等级为“优”、“良”的项目分别有7个、2个" — one count of 个 for each grade, in order; empty when
    /// the sentence holds no such list.
    /// </summary>
    private static List<GradeItem> RespectiveGradeCounts(string text, int from, int end)
    {
        var items = new List<GradeItem>();
        var at = text.IndexOf("分别", from, end - from, StringComparison.Ordinal);
        if (at < 0)
        {
            return items;
        }

        var counts = RespectiveCounts(text, at + 2, end);
        var clause = at;
        while (clause > from && text[clause - 1] is not (',' or ';' or ':'))
        {
            clause--;
        }

        var label = text.Substring(clause, at - clause).TrimEnd(' ');
        if (counts.Count < 2)
        {
            return items;
        }

        foreach (var link in GradeCountLinks)
        {
            if (!label.EndsWith(link, StringComparison.Ordinal) || label.Length == link.Length
                || !link.Contains("项目") && HasAny(text.Substring(from, end - from), NotProjectCountWords))
            {
                continue;
            }

            var grades = ListedGrades(label.Substring(0, label.Length - link.Length).TrimEnd(' '));
            if (grades.Count != counts.Count || grades.Select(g => g.Grade).Distinct().Count() != grades.Count)
            {
                continue;
            }

            for (var i = 0; i < grades.Count; i++)
            {
                var (grade, start, stop, written) = grades[i];
                var (count, countStart, countEnd) = counts[i];
                items.Add(new GradeItem(grade, clause + start, clause + stop, written, count, countStart, countEnd));
            }

            return items;
        }

        return items;
    }

    /// <summary>
    /// The grades of a list "优、良、中、差" / "“优”、“良”" / "90分以上、80-90分" ending <paramref name="core"/>: the first after an
    /// opener (as a single grade is), the others bare; each with where it stands and whether it is kept as written. Empty
    /// when any part is no grade.
    /// </summary>
    private static List<(string Grade, int Start, int End, bool Written)> ListedGrades(string core)
    {
        var parts = new List<(int Start, int End)>();
        var partEnd = core.Length;
        for (var p = core.Length - 1; p >= 0; p--)
        {
            var bandWord = p > 0 && core[p - 1] == '以' || string.CompareOrdinal(core, p + 1, "以", 0, 1) == 0;
            if (Array.IndexOf(GradeListMarks, core[p]) >= 0 && !bandWord)   // "以及", "90分及以上" are no list marks
            {
                parts.Insert(0, (p + 1, partEnd));
                partEnd = p;
            }
        }

        parts.Insert(0, (0, partEnd));
        var grades = new List<(string, int, int, bool)>();
        for (var i = 0; i < parts.Count; i++)
        {
            var (start, stop) = parts[i];
            var part = core.Substring(start, stop - start);
            if (part.Length == 0)
            {
                return [];
            }

            if (TryGradeOf(part, out var grade, out var gradeStart, out var gradeEnd, out var written, out _))
            {
                if (i > 0 && gradeStart > 1)
                {
                    return [];   // a later grade of the list has words of its own before it
                }

                grades.Add((grade, start + gradeStart, start + gradeEnd, written));
                continue;
            }

            return [];
        }

        return grades;
    }

    /// <summary>
    /// The counts of 个 after 分别 at <paramref name="p"/> ("为12个、5个、1个和0个"), each with where it stands, up to the end of
    /// the clause; empty when anything else stands in the list.
    /// </summary>
    private static List<(int Count, int Start, int End)> RespectiveCounts(string text, int p, int end)
    {
        var counts = new List<(int, int, int)>();
        foreach (var lead in new[] { "为", "是", "有", "达到" })
        {
            if (string.CompareOrdinal(text, p, lead, 0, lead.Length) == 0)
            {
                p += lead.Length;
                break;
            }
        }

        while (true)
        {
            while (p < end && text[p] == ' ')
            {
                p++;
            }

            var digits = p;
            while (p < end && Scanner.IsDigit(text[p]))
            {
                p++;
            }

            var digitsEnd = p;
            while (p < end && text[p] == ' ')
            {
                p++;
            }

            if (digitsEnd == digits || digitsEnd - digits > 4 || p >= end || text[p] != '个')
            {
                return [];
            }

            var count = int.Parse(text.Substring(digits, digitsEnd - digits), NumberStyles.None, CultureInfo.InvariantCulture);
            counts.Add((count, digits, p + 1));
            p++;
            p += string.CompareOrdinal(text, p, "项目", 0, 2) == 0 ? 2 : 0;
            if (p >= end || text[p] is ',' or ';' or '。')
            {
                return counts;
            }

            if (Array.IndexOf(GradeListMarks, text[p]) < 0)
            {
                return [];
            }

            p++;
        }
    }
}
