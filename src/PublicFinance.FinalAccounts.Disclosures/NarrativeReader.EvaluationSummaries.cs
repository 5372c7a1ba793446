namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 41 (perf41): a project's self-evaluation summary (项目自评综述) opened by the project's name — "“基层卫生服务项目”自评综述：
/// 全年预算数为 500.00 万元，执行数为 480.00 万元，完成预算的 96.00%。项目自评得分 95 分。", "河道整治工程项目绩效自评综述：…",
/// "“某某项目”：全年预算数…", or the same run into a numbered heading ("2.部门决算中项目绩效自评结果。某某项目自评综述：…") — is that
/// project's evaluation, read by <see cref="PerformanceProse"/> as the other prose evaluations are (its subject is certain: the
/// paragraph opens with the one project's name). Also the wordings of its figures the prose reader did not know: the rate
/// "完成预算的 96.00%" (<see cref="ProseRateLabel"/>) and a weight in brackets "得分 45 分（满分 50 分）" (<see cref="ScoreLabelIsWeight"/>).
/// </summary>
/// <remarks>
/// Precision first: the name must end in 项目 (or one of <see cref="ProjectTitleEnds"/>), hold none of
/// <see cref="NoProjectTitleWords"/> (部门决算中项目… is the department's), name one project (<see cref="ProjectName"/>: no 等, 个, 、
/// or digit), and be followed by a summary word, a ':' or — quoted — a budget label. Such a paragraph is then kept only as
/// the prose evaluations are: with two fund figures at least, and only when the text states no other number of evaluated
/// projects (else the one <see cref="DisclosureMessages.PartialProseEvaluations"/> note).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>Words after a project's name that open its self-evaluation summary (longest first).</summary>
    private static readonly string[] SummaryOpeners =
        ["绩效自评综述", "自评综述", "绩效自评情况", "自评情况", "绩效自评结果", "自评结果", "绩效评价情况"];

    /// <summary>Quotes a project's name may stand in (“…”, "…", 「…」, 《…》).</summary>
    private static readonly char[] NameOpenQuotes = ['“', '"', '「', '《'];

    /// <summary>The closing quotes of <see cref="NameOpenQuotes"/>.</summary>
    private static readonly char[] NameCloseQuotes = ['”', '"', '」', '》'];

    /// <summary>
    /// Whether a figure's label names one project in quotes (“其中“食品安全监督抽检”项目资金”, “其中“X项目”预算数”): that
    /// project's figure, never the evaluated projects' total (session 41: the total's 涉及资金 is read since, so a quoted
    /// project's 资金 after it had become projectBudget — a false FA3011).
    /// </summary>
    private static bool NamesQuotedProject(string label)
    {
        var open = label.IndexOfAny(NameOpenQuotes);
        var close = open < 0 ? -1 : label.IndexOfAny(NameCloseQuotes, open + 1);
        return close > open + 1 && label.IndexOf("项目", open + 1, StringComparison.Ordinal) > open;
    }

    /// <summary>
    /// The one project whose summary the text at <paramref name="from"/> opens: "“X项目”自评综述：", "X项目自评综述：", "“X项目”：" or
    /// "“X项目”全年预算数…"; <paramref name="end"/> is where its figures start (after the summary word and the ':').
    /// </summary>
    private static bool SummaryProjectName(string text, int from, out string name, out int end)
    {
        name = string.Empty;
        end = 0;
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        if (from >= text.Length)
        {
            return false;
        }

        var quoted = Array.IndexOf(NameOpenQuotes, text[from]) >= 0;
        var nameStart = quoted ? from + 1 : from;
        int nameEnd;
        int after;
        if (quoted)
        {
            nameEnd = text.IndexOfAny(NameCloseQuotes, nameStart);
            after = nameEnd + 1;
        }
        else
        {
            nameEnd = -1;
            foreach (var opener in SummaryOpeners)
            {
                var at = text.IndexOf(opener, nameStart, Math.Min(42, text.Length - nameStart), StringComparison.Ordinal);
                if (at > nameStart && (nameEnd < 0 || at < nameEnd))
                {
                    nameEnd = at;
                }
            }

            after = nameEnd;
        }

        if (nameEnd - nameStart is < 4 or > 40 || !OneProjectTitle(text, nameStart, nameEnd))
        {
            return false;
        }

        var rest = text.Substring(after, Math.Min(8, text.Length - after));
        var opened = SummaryOpeners.FirstOrDefault(o => rest.StartsWith(o, StringComparison.Ordinal));
        var p = after + (opened?.Length ?? 0);
        if (p < text.Length && text[p] == ':')
        {
            p++;
        }
        else if (opened is null && !(quoted && StartsWithBudgetWord(text, p)))
        {
            return false;   // neither a summary word, nor a ':', nor (quoted) a budget label: not a summary's opening
        }

        end = p;
        return ProjectName(text, nameStart, nameEnd, out name, out _);
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is one project's title: it ends in 项目 or one of
    /// <see cref="ProjectTitleEnds"/>, and holds none of <see cref="NoProjectTitleWords"/>; the words before 项目 are not the
    /// unit's own (<see cref="IsUnitsHead"/>: "溪北县文化旅游局项目…" is the bureau's projects).
    /// </summary>
    private static bool OneProjectTitle(string text, int start, int end)
        => text.AsSpan(start, end - start).EndsWith("项目".AsSpan(), StringComparison.Ordinal)
            && NoProjectTitleWords.All(w => text.IndexOf(w, start, end - start, StringComparison.Ordinal) < 0)
            && !IsUnitsHead(text.Substring(start, end - start - 2))
            || ProjectTitle(text, start, end);

    /// <summary>
    /// Whether a budget label of a project (<see cref="ProseBudgetWords"/>, <see cref="ProseInitialBudgetWords"/>) starts at
    /// <paramref name="at"/>.
    /// </summary>
    private static bool StartsWithBudgetWord(string text, int at)
        => ProseBudgetWords.Concat(ProseInitialBudgetWords)
            .Any(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0);

    /// <summary>
    /// Whether a percentage's label names a project's execution rate: 执行率, or the share of the budget completed
    /// ("完成预算的 96.00%", "预算完成率") — never a bare 完成率, which is an indicator's ("任务完成率 91.3%").
    /// </summary>
    private static bool ProseRateLabel(string label)
        => label.Contains("执行率") || label.Contains("完成预算") || label.Contains("预算完成率")
            || label.Contains("完成全年预算") || label.Contains("完成年度预算");

    /// <summary>
    /// Whether a 分 figure's label makes it a weight: its last weight word (分值, 权重, 满分) stands after its last 得分 — "(分值
    /// 10 分)" after "得分 9.6 分", "得分 45 分（满分 50 分）" — and a score when 得分 is the later ("产出指标（分值 50 分）得分 47 分").
    /// </summary>
    private static bool ScoreLabelIsWeight(string label)
    {
        var weight = Math.Max(label.LastIndexOf("分值", StringComparison.Ordinal),
            Math.Max(label.LastIndexOf("权重", StringComparison.Ordinal), label.LastIndexOf("满分", StringComparison.Ordinal)));
        return weight >= 0 && weight > label.LastIndexOf("得分", StringComparison.Ordinal);
    }

    /// <summary>Words of a score band ("90 分（含）以上", "80（含）-90 分", "60 分以下").</summary>
    private static readonly string[] ScoreBandWords = ["以上", "以下", "(含)", "-", "至", "之间"];

    /// <summary>
    /// Whether a count of 个 in the 绩效 section counts the projects of one grade or score band — "自评结果为“优”的项目 12 个",
    /// "「良」3 个", "自评得分 90 分（含）以上的项目 19 个", "80（含）-90 分的项目 4 个": the model has no place for it (a note).
    /// </summary>
    private static bool ProjectCountOfBand(string label)
        => GradeCount(label) || label.Contains("项目") && (label.Contains("得分") || label.Contains("分") && HasAny(label, ScoreBandWords));
}
