using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Project self-evaluations (项目支出绩效自评) written as prose instead of a 绩效自评表: "（一）一流学科建设项目。全年预算数 2000.00
/// 万元，执行数 1862.40 万元，预算执行率 93.12%，该项指标分值 10 分，得分 9.31 分。产出指标分值 50 分，得分 47 分；…项目自评总分
/// 93.31 分，评价等级为“优”。" — read into <c>/performance/evaluations</c> as the tables are (a fund line, the first-level
/// indicators, the total score and the grade), so that FA3001–FA3008 check them.
/// </summary>
/// <remarks>
/// Precision first: a paragraph is read only when it names one project (not "等 5 个项目") and states at least two of its
/// fund figures; the total score is kept only beside the parts it is the sum of (alone, FA3003 would sum nothing). The
/// evaluations are written after the whole text is read; when the text states more evaluated projects than it describes,
/// or says it chose them, they are marked a selection (schema 1.8, NarrativeReader.EvaluationSelection.cs: FA3009–FA3011
/// then do not check the list as the whole); more described than stated stays a note.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The first-level indicator names a prose evaluation scores (一级指标).</summary>
    private static readonly string[] ProseIndicatorLevels = ["产出指标", "效益指标", "满意度指标", "成本指标", "效果指标", "管理指标"];

    /// <summary>Labels of the full-year budget of a project, longest first.</summary>
    private static readonly string[] ProseBudgetWords =
        ["全年预算数", "全年预算", "年度预算数", "年度预算", "调整预算", "项目预算安排", "预算安排", "预算数", "项目资金", "项目预算"];

    /// <summary>Labels of the budget at the start of the year.</summary>
    private static readonly string[] ProseInitialBudgetWords = ["年初预算数", "年初预算"];

    /// <summary>Labels of what was executed.</summary>
    private static readonly string[] ProseExecutedWords =
        ["全年执行数", "执行数", "全年执行", "实际执行", "实际支出", "全年支出", "支出数", "执行金额", "执行"];   // "执行248.30万元" (blind 24)

    /// <summary>The evaluations read from prose, written by <see cref="PlaceProseEvaluations"/> once the text is read.</summary>
    private readonly List<ProseEvaluation> proseEvaluations = new();

    /// <summary>A figure of a prose evaluation: its text, where it stands, and its paragraph (null: the evaluation's).</summary>
    private readonly record struct ProseFigure(DraftNode Value, SourceSpan Span, string? Paragraph = null);

    /// <summary>An indicator of a prose evaluation (one first-level indicator: 产出指标 分值 50 分，得分 47 分).</summary>
    private sealed class ProseIndicator(string level1, SourceSpan span)
    {
        public string Level1 { get; } = level1;

        /// <summary>The second-level indicator of an indicator line (session 51), or empty.</summary>
        public string Level2 { get; init; } = string.Empty;

        /// <summary>The indicator's own name (an indicator line's 三级指标), or null: the first-level indicator's.</summary>
        public string? Name { get; init; }

        /// <summary>An indicator line's target (指标值) as written, or null.</summary>
        public (Model.Performance.IndicatorValue Value, SourceSpan Span)? Target { get; init; }

        /// <summary>An indicator line's actual (实际完成值) as written, or null.</summary>
        public (Model.Performance.IndicatorValue Value, SourceSpan Span)? Actual { get; init; }

        public SourceSpan Span { get; } = span;

        public ProseFigure? Weight { get; set; }

        public ProseFigure? Score { get; set; }
    }

    /// <summary>A project self-evaluation read from one paragraph.</summary>
    private sealed class ProseEvaluation(string name, SourceSpan span, string text)
    {
        public string Name { get; } = name;

        public SourceSpan Span { get; } = span;

        public string Text { get; } = text;

        public string? FundLabel { get; set; }

        public ProseFigure? InitialBudget { get; set; }

        public ProseFigure? FullYearBudget { get; set; }

        public ProseFigure? Executed { get; set; }

        public ProseFigure? Rate { get; set; }

        public ProseFigure? FundWeight { get; set; }

        public ProseFigure? FundScore { get; set; }

        public List<ProseIndicator> Indicators { get; } = new();

        /// <summary>Whether indicator lines were read (session 51: "三级指标:…;分值:15;得分:15").</summary>
        public bool HasIndicatorLines { get; set; }

        /// <summary>Whether an indicator line was not whole (no name, weight or score read): its indicators are not written.</summary>
        public bool IndicatorLineBroken { get; set; }

        /// <summary>The 一级指标 and 二级指标 open after the last indicator line read (the next paragraph's lines go on under them).</summary>
        public (string Level1, string Level2) OpenLevels { get; set; } = (string.Empty, string.Empty);

        public ProseFigure? TotalScore { get; set; }

        /// <summary>
        /// Session 61: whether the parts and the total were read from the part table after the paragraph (一级指标 | 分值 | 得分, every
        /// row known and a 合计 row): the list is whole, so FA3001 and FA3003 check it as it stands.
        /// </summary>
        public bool PartTableRead { get; set; }

        /// <summary>The total weight stated beside the total (总分值 100 分), if any.</summary>
        public ProseFigure? TotalWeight { get; set; }

        public (string Grade, SourceSpan Span)? Grade { get; set; }

        /// <summary>How many fund figures (budgets, execution, rate) were read.</summary>
        public int FundFigures => (InitialBudget is null ? 0 : 1) + (FullYearBudget is null ? 0 : 1) + (Executed is null ? 0 : 1)
            + (Rate is null ? 0 : 1);
    }

    /// <summary>
    /// Reads a paragraph of the 绩效 section as one project's self-evaluation when it is one: true when it was (nothing more of
    /// it is read), false to read it as any paragraph.
    /// </summary>
    private bool PerformanceProse(Fragment paragraph)
    {
        var text = paragraph.Text;
        if (section != Section.Performance)
        {
            return false;
        }

        if (!ProseProjectName(text, out var name, out var nameEnd))
        {
            if (HeadedProjectParagraph(paragraph))
            {
                return true;   // session 51: under "（一）某某项目" (NarrativeReader.IndicatorLines.cs)
            }

            StatedProjectCount(text);
            DepartmentBreakdown(paragraph);   // session 61: the department's whole score and its parts (DepartmentBreakdowns)
            ScoringRuleSentence(paragraph);   // session 60: "每个项目满分100分，其中预算执行率10分、…" (NarrativeReader.ScoringRules.cs)
            SelectionWorded(text);   // session 42 (NarrativeReader.EvaluationSelection.cs)
            var listedBefore = listedScores.Count;
            ScoreList(paragraph);   // session 42: "A、B、C…自评得分分别为…" (NarrativeReader.ScoreLists.cs)
            QuotedProjectScores(paragraph, listedBefore);   // session 49: "“X”项目自评得分 N 分" (NarrativeReader.QuotedProjectScores.cs)
            AverageScore(paragraph);   // session 42: "平均得分 92.3 分"; session 44: placed (NarrativeReader.ScoreLists.cs)
            GradeCounts(paragraph);   // session 44: "评为“优秀”的项目7个，“良好”的项目2个" (NarrativeReader.GradeCounts.cs)
            return false;
        }

        (headedProject, headedEvaluation) = (null, null);   // a paragraph naming its own project ends the headed one's
        var evaluation = new ProseEvaluation(name, b.Span(paragraph, 0, Math.Min(nameEnd, text.Length)), text);
        ProseFigures(paragraph, evaluation, nameEnd);
        evaluation.Grade = ProseGrade(paragraph, text);
        if (evaluation.FundFigures < 2 && !ScoresBreakTheTotal(evaluation))   // session 58: "自评得分91.3分，其中预算执行率9.6分、…"
        {
            LoneProjectTotal(paragraph, evaluation, nameEnd);   // session 61: "对某某项目开展绩效自评，项目资金…，自评得分95.3分" (a listed score)
            return false;   // a paragraph that names a project but states less than its funds: read as any paragraph
        }

        proseEvaluations.Add(evaluation);
        return true;
    }

    /// <summary>
    /// Reads the figures of <paramref name="paragraph"/> from <paramref name="from"/> into <paramref name="evaluation"/>: its
    /// indicator lines (session 51), then the fund figures, the scores of the fund line, the first-level indicators and the
    /// total by their labels.
    /// </summary>
    private void ProseFigures(Fragment paragraph, ProseEvaluation evaluation, int from)
    {
        ProseIndicator? indicator = null;
        var text = paragraph.Text;
        var lines = IndicatorLineRun(paragraph, evaluation);   // session 51: "三级指标:…;分值:15;得分:15" (NarrativeReader.IndicatorLines.cs)
        var at = from;
        while (Scanner.Next(text, ref at, out var token))
        {
            if (token.Start >= lines.Start && token.Start < lines.End)
            {
                continue;   // a figure of the indicator lines, read by IndicatorLineRun
            }

            var (label, span) = SegmentLabel(paragraph, token);
            if (token.IsMoney)
            {
                ProseFund(evaluation, label, token, span);
                continue;
            }

            if (token.Unit == FigureUnit.Percent)
            {
                if (ProseRateLabel(label) && evaluation.Rate is null)   // 执行率, 完成预算的 (session 41)
                {
                    evaluation.Rate = new ProseFigure(PercentNode(token), span);
                }

                continue;
            }

            if (token.Unit != FigureUnit.None || token.End >= text.Length || text[token.End] != '分' || token.Value < 0)
            {
                continue;
            }

            span = b.Span(paragraph, token.Start, token.End + 1);
            var weight = ScoreLabelIsWeight(label) || FullMarksTotal(label, text, token.End + 1);
            if (!weight && !label.Contains("得分") && !label.Contains("总分") && !ScoreVerbLabel(label)   // session 60: "得9.5分"
                && !BareBreakdownScore(evaluation, text, label, token.Start))
            {
                continue;
            }

            var group = BreakdownPartGroup(evaluation, text, label, token.Start, out var partGroup, out var level1)
                ? partGroup   // session 64: "其中决策得分14分、过程得分18分" — the part's own label (NarrativeReader.ScoreBreakdown.cs)
                : ProseGroup(text, SentencePartStart(text, token.Start), token.Start, out level1);
            var figure = new ProseFigure(DraftNode.Of(token.Digits), span, text);
            switch (group)
            {
                case ProseScoreGroup.Total when !weight:
                    evaluation.TotalScore ??= figure;
                    break;
                case ProseScoreGroup.Total:
                    evaluation.TotalWeight ??= figure;
                    break;
                case ProseScoreGroup.Fund when weight:
                    evaluation.FundWeight ??= figure;
                    break;
                case ProseScoreGroup.Fund:
                    evaluation.FundScore ??= figure;
                    break;
                case ProseScoreGroup.Indicator:
                    if (indicator is null || indicator.Level1 != level1 || (weight ? indicator.Weight : indicator.Score) is not null)
                    {
                        indicator = new ProseIndicator(level1!, span);
                        evaluation.Indicators.Add(indicator);
                    }

                    if (weight)
                    {
                        indicator.Weight = figure;
                    }
                    else
                    {
                        indicator.Score = figure;
                    }

                    break;
            }
        }

    }

    /// <summary>
    /// The number of projects a paragraph of the 绩效 section says were evaluated ("对 3 个项目开展了绩效自评", "共涉及项目 5 个"), or
    /// -1: the prose evaluations are kept only when they are all of them.
    /// </summary>
    private int statedProjectCount = -1;

    /// <summary>Notes a count of evaluated projects (N 个…项目 or 项目 N 个) in a paragraph that speaks of 自评 or 绩效评价.</summary>
    private void StatedProjectCount(string text)
    {
        if (text.IndexOf("自评", StringComparison.Ordinal) < 0 && text.IndexOf("绩效评价", StringComparison.Ordinal) < 0)
        {
            return;
        }

        var at = 0;
        while (Scanner.Next(text, ref at, out var token))
        {
            if (token.Unit == FigureUnit.Count && token.UnitText == "个" && token.Value > 0
                && (text.IndexOf("项目", token.End, Math.Min(8, text.Length - token.End), StringComparison.Ordinal) >= 0
                    || token.Start >= 2 && text.IndexOf("项目", token.Start - 2, 2, StringComparison.Ordinal) >= 0))
            {
                statedProjectCount = Math.Max(statedProjectCount, (int)Math.Min(int.MaxValue, token.Value));
            }
        }
    }

    /// <summary>Where a score's scoring group is decided.</summary>
    private enum ProseScoreGroup
    {
        None,
        Fund,
        Indicator,
        Total,
    }

    /// <summary>
    /// The group a score belongs to: the last group word before it in its part of the sentence (总分 / 自评得分 the total, a
    /// first-level indicator's name its indicator, 执行率 / 预算执行 the fund line).
    /// </summary>
    private static ProseScoreGroup ProseGroup(string text, int from, int to, out string? level1)
    {
        level1 = null;
        var best = -1;
        var group = ProseScoreGroup.None;
        foreach (var word in ProseIndicatorLevels)
        {
            var at = text.LastIndexOf(word, to - 1, to - from, StringComparison.Ordinal);
            if (at > best)
            {
                (best, group, level1) = (at, ProseScoreGroup.Indicator, word);
            }
        }

        foreach (var word in new[] { "总分", "总得分", "自评得分", "综合得分" })
        {
            var at = text.LastIndexOf(word, to - 1, to - from, StringComparison.Ordinal);
            if (at > best)
            {
                (best, group, level1) = (at, ProseScoreGroup.Total, null);
            }
        }

        foreach (var word in new[] { "执行率", "预算执行", "资金执行" })
        {
            var at = text.LastIndexOf(word, to - 1, to - from, StringComparison.Ordinal);
            if (at > best)
            {
                (best, group, level1) = (at, ProseScoreGroup.Fund, null);
            }
        }

        return group;
    }

    /// <summary>Places a money figure of a prose evaluation by its label (the first of each kind only).</summary>
    private void ProseFund(ProseEvaluation evaluation, string label, NumberToken token, SourceSpan span)
    {
        if (EndsWithAny(label, ProseInitialBudgetWords) is null && EndsWithAny(label, ProseExecutedWords) is null
            && EndsWithAny(label, ProseBudgetWords) is null)
        {
            return;
        }

        var figure = new ProseFigure(AmountNode(token, span), span);
        if (EndsWithAny(label, ProseInitialBudgetWords) is { } initial)
        {
            evaluation.InitialBudget ??= figure;
            evaluation.FundLabel ??= initial;
        }
        else if (EndsWithAny(label, ProseExecutedWords) is not null)
        {
            evaluation.Executed ??= figure;
        }
        else if (EndsWithAny(label, ProseBudgetWords) is { } budget)
        {
            evaluation.FullYearBudget ??= figure;
            evaluation.FundLabel ??= budget;
        }
    }

    /// <summary>The word of <paramref name="words"/> the label ends with (after "为", ":" and spaces), or null.</summary>
    private static string? EndsWithAny(string label, string[] words)
    {
        var end = label.Length;
        while (end > 0 && (label[end - 1] is ' ' or ':' or '为' or '是'))
        {
            end--;
        }

        foreach (var word in words)
        {
            if (end >= word.Length && string.CompareOrdinal(label, end - word.Length, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// The label of a figure of <paramref name="paragraph"/> — the words of its clause before it (from the last , ; 。 : or 、)
    /// — and the figure's span.
    /// </summary>
    private (string Label, SourceSpan Span) SegmentLabel(Fragment paragraph, NumberToken token)
    {
        var segment = SegmentStart(paragraph.Text, token.Start);
        return (paragraph.Text.Substring(segment, token.Start - segment), b.Span(paragraph, token.Start, token.End));
    }

    /// <summary>Where the clause of the figure at <paramref name="at"/> starts (after the last , ; 。 : or 、 before it).</summary>
    private static int SegmentStart(string text, int at)
    {
        var start = text.LastIndexOfAny([',', ';', '。', '、', ':'], Math.Max(0, at - 1));
        return start < 0 || at == 0 ? 0 : start + 1;
    }

    /// <summary>
    /// Review 24 (B), bug 2: whether a 总分 figure is the full marks, not the score — its label names 总分 but not 得分, and the
    /// rest of its sentence (from <paramref name="after"/> to the next '。' or ';') states a 得分: "项目自评总分100分，实际得分86分"
    /// (100 is the weight; before, it was read as the score and FA3007 weighed 100 against the grade 良). "自评总分为92分，评价等级为
    /// “优”" states no 得分 after it: its 总分 stays the score.
    /// </summary>
    private static bool FullMarksTotal(string label, string text, int after)
    {
        if (!label.Contains("总分") || label.Contains("得分") || after >= text.Length)
        {
            return false;
        }

        var end = text.IndexOfAny([';', '。'], after);
        var score = text.IndexOf("得分", after, StringComparison.Ordinal);
        return score >= 0 && (end < 0 || score < end);
    }

    /// <summary>Where the part of the sentence of <paramref name="at"/> starts (after the last ; or 。 before it).</summary>
    private static int SentencePartStart(string text, int at)
    {
        var start = text.LastIndexOfAny([';', '。'], Math.Max(0, at - 1));
        return start < 0 || at == 0 ? 0 : start + 1;
    }

    /// <summary>
    /// The one project a paragraph evaluates: "（一）一流学科建设项目。…" (a numbered entry whose title ends in 项目) or
    /// "…对 2022 年度城乡环卫一体化服务项目开展了绩效自评，…" — never a group ("等 5 个项目", "A、B 项目").
    /// </summary>
    internal static bool ProseProjectName(string text, out string name, out int end)
    {
        name = string.Empty;
        end = 0;
        var start = 0;
        if (ProseEntryNumber(text) is var contentStart && contentStart > 0)
        {
            start = contentStart;
            var close = text.IndexOfAny(['。', ':', ','], start);
            if (close > start + 2 && close - start <= 40
                && (text.AsSpan(start, close - start).EndsWith("项目".AsSpan(), StringComparison.Ordinal)
                    || ProjectTitle(text, start, close)))   // Blind24A: "（一）社区网格化管理服务经费。"
            {
                return ProjectName(text, start, close, out name, out end);
            }

            // "2.部门决算中项目绩效自评结果。某某项目自评综述：…" (session 41): a heading of no project run into one project's summary.
            return close > start && close - start <= 40 && text[close] is '。' or ':'
                && SummaryProjectName(text, close + 1, out name, out end);
        }

        if (SummaryProjectName(text, 0, out name, out end))
        {
            return true;   // "“某某项目”自评综述：…" (session 41, NarrativeReader.EvaluationSummaries.cs)
        }

        if (ColonHeadedProject(text, out name, out end))
        {
            return true;   // session 60: "某某项目：年度预算…" (NarrativeReader.ScoringRules.cs)
        }

        var evaluated = text.IndexOf("开展", StringComparison.Ordinal);
        var window = evaluated < 0 ? 0 : Math.Min(12, text.Length - evaluated);
        if (evaluated < 0 || evaluated > 80 || text.IndexOf("自评", evaluated, window, StringComparison.Ordinal) < 0
            && text.IndexOf("绩效评价", evaluated, window, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var projectEnd = evaluated - 1;
        while (projectEnd > 0 && text[projectEnd] == ' ')
        {
            projectEnd--;
        }

        if (projectEnd < 2 || text[projectEnd] != '目' || text[projectEnd - 1] != '项')
        {
            return false;
        }

        var of = text.LastIndexOf('对', projectEnd);
        if (of < 0)
        {
            return false;
        }

        start = of + 1;
        var afterYear = LabelNameStart(text.Substring(start, projectEnd + 1 - start));
        return ProjectName(text, start + afterYear, projectEnd + 1, out name, out end);
    }

    /// <summary>Endings of a numbered entry's title that name one project's funds (besides 项目).</summary>
    private static readonly string[] ProjectTitleEnds = ["经费", "资金", "补助", "补贴", "专项", "工程"];

    /// <summary>Words of a title that is no project's (the department's whole, a part of the report).</summary>
    private static readonly string[] NoProjectTitleWords = ["整体", "部门", "绩效", "自评", "评价", "情况", "总体", "合计"];

    /// <summary>
    /// Whether the numbered entry's title [<paramref name="start"/>, <paramref name="end"/>) names one project by its funds
    /// ("社区网格化管理服务经费", "老旧小区物业托管补助"; blind round 24): it ends in one of <see cref="ProjectTitleEnds"/> and
    /// holds none of <see cref="NoProjectTitleWords"/> ("部门整体支出绩效情况" is the department's).
    /// </summary>
    private static bool ProjectTitle(string text, int start, int end)
    {
        var title = text.AsSpan(start, end - start);
        foreach (var word in NoProjectTitleWords)
        {
            if (text.IndexOf(word, start, end - start, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        foreach (var word in ProjectTitleEnds)
        {
            if (title.EndsWith(word.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the text after an entry number starts ("(一)", "(1)", "一、", "1.", "1、"), or 0 without one.</summary>
    private static int ProseEntryNumber(string text)
    {
        var at = text.Length > 2 && text[0] == '('
            ? Math.Max(AfterNumerals(text, 1, BlockClassifier.IsChineseNumeral, static c => c == ')'),
                AfterNumerals(text, 1, Scanner.IsDigit, static c => c == ')'))
            : Math.Max(AfterNumerals(text, 0, BlockClassifier.IsChineseNumeral, static c => c == '、'),
                AfterNumerals(text, 0, Scanner.IsDigit, static c => c is '.' or '、'));
        while (at > 0 && at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>The project name in [start, end) when it names one project (no 等, 个, 、 or digit), with where it ends.</summary>
    private static bool ProjectName(string text, int start, int end, out string name, out int nameEnd)
    {
        name = text.Substring(start, end - start).Trim();
        nameEnd = end;
        return name.Length > 2 && name.IndexOfAny(['等', '个', '、', ',', ';']) < 0 && !HasDigit(name);
    }

    /// <summary>The stated grade ("评价等级为“优”", "等级为优", "自评等级：良好"), or null.</summary>
    private (string Grade, SourceSpan Span)? ProseGrade(Fragment paragraph, string text)
    {
        var at = text.IndexOf("等级", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var p = at + 2;
        while (p < text.Length && (text[p] is '为' or '是' or ':' or ' ' or '“' or '"'))
        {
            p++;
        }

        if (p >= text.Length)
        {
            return null;
        }

        var grade = text[p] switch
        {
            '优' => "excellent",
            '良' => "good",
            '中' => "fair",
            '差' => "poor",
            _ => null,
        };
        return grade is null ? null : (grade, b.Span(paragraph, p, p + 1));
    }

    /// <summary>
    /// After the whole text: writes the prose evaluations into <c>/performance/evaluations</c>, marked a selection when the text
    /// states more evaluated projects (session 42) — unless it states fewer (a note then: the count contradicts the prose).
    /// </summary>
    private void PlaceProseEvaluations()
    {
        if (proseEvaluations.Count == 0)
        {
            PlaceScoreList();   // session 42: the named projects' listed scores, when no summary was read
            return;
        }

        var count = b.Find("/performance/projectEvaluationCount") is { Kind: DraftKind.Number } stated ? stated.Number : statedProjectCount;
        if (count >= 0 && count < proseEvaluations.Count)
        {
            var (zh, en) = DisclosureMessages.PartialProseEvaluations(count, proseEvaluations.Count);
            b.Note(proseEvaluations[0].Span, zh, en, proseEvaluations[0].Text);
            return;
        }

        ApplyScoringRule();   // session 60: the weights of a rule stated once for all projects (NarrativeReader.ScoringRules.cs)
        MarkSelection(count);   // session 42: fewer summaries than the stated count, or a selection worded (schema 1.8)
        foreach (var e in proseEvaluations)
        {
            PlaceProseEvaluation(e, "project");
        }
    }

    /// <summary>
    /// Writes one prose evaluation of <paramref name="kind"/> (project, departmentOverall) into <c>/performance/evaluations</c>: its
    /// fund line, its first-level indicators when they are its whole list, its total and grade.
    /// </summary>
    private void PlaceProseEvaluation(ProseEvaluation e, string kind)
    {
        var pointer = b.Append("/performance/evaluations");
        b.SetUnder(pointer, "kind", DraftNode.Of(kind), e.Span);
        b.SetUnder(pointer, "name", DraftNode.Of(e.Name), e.Span);
        if (e.FundFigures > 0 || e.FundWeight is not null || e.FundScore is not null || !HasLevels(e, FrameworkLevels))
        {
            // Session 64: a breakdown of 决策, 过程, 产出 and 效益 states no fund figure: no empty fund line is written.
            var fund = b.Append(pointer + "/funds");
            b.SetUnder(fund, "kind", DraftNode.Of("total"), e.Span);
            b.SetUnder(fund, "label", DraftNode.Of(e.FundLabel ?? "项目资金"), e.Span);
            ProseSet(fund, "initialBudget", e.InitialBudget, ClaimKind.Amount, e.Text);
            ProseSet(fund, "fullYearBudget", e.FullYearBudget, ClaimKind.Amount, e.Text);
            ProseSet(fund, "executed", e.Executed, ClaimKind.Amount, e.Text);
            ProseSet(fund, "weight", e.FundWeight, ClaimKind.Quantity, e.Text);
            ProseSet(fund, "executionRate", e.Rate, ClaimKind.ExecutionRate, e.Text);
            ProseSet(fund, "score", e.FundScore, ClaimKind.Quantity, e.Text);
        }
        if (e.Indicators.Count > 0 && (e.IndicatorLineBroken
                || !e.PartTableRead && !WeightsComplete(e) && !IndicatorLinesCloseTheTotal(e) && !ScoresBreakTheTotal(e)))
        {
            // Only some first-level indicators read ("产出指标分值 50 分…效益指标分值 30 分", 满意度 not named): checked as a
            // whole list they would make FA3001 and FA3003 fail falsely, so neither they nor the total are written.
            var (zh, en) = e.HasIndicatorLines
                ? DisclosureMessages.IndicatorLinesNotWhole(e.Name)
                : DisclosureMessages.PartialProseIndicators(e.Name);
            b.Note(e.Indicators[0].Span, zh, en, e.Text);
            return;
        }

        foreach (var i in e.Indicators)
        {
            var indicator = b.Append(pointer + "/indicators");
            b.SetUnder(indicator, "level1", DraftNode.Of(i.Level1), i.Span);
            b.SetUnder(indicator, "level2", DraftNode.Of(i.Level2), i.Span);
            b.SetUnder(indicator, "name", DraftNode.Of(i.Name ?? i.Level1), i.Span);
            if (i.Target is { } target)
            {
                b.SetUnder(indicator, "target", DraftNode.Of(target.Value), target.Span);
            }

            if (i.Actual is { } actual)
            {
                b.SetUnder(indicator, "actual", DraftNode.Of(actual.Value), actual.Span);
            }

            ProseSet(indicator, "weight", i.Weight, ClaimKind.Quantity, e.Text);
            ProseSet(indicator, "score", i.Score, ClaimKind.Quantity, e.Text);
        }

        if (e.TotalScore is { } total)
        {
            // The total beside its parts, or alone ("自评得分 96.5 分，评价等级为“优”", blind round 24): with no indicator read,
            // FA3003 has no score to sum and cannot run (spec §4.1: a sum over an empty list is missing, not zero), and
            // FA3007 weighs the grade against the total.
            ProseSet(pointer, "totalScore", total, ClaimKind.Quantity, e.Text);
            ProseSet(pointer, "totalWeight", e.Indicators.Count > 0 ? e.TotalWeight : null, ClaimKind.Quantity, e.Text);
            if (e.Grade is { } grade)
            {
                b.SetUnder(pointer, "grade", DraftNode.Of(grade.Grade), grade.Span);
            }
        }
    }

    /// <summary>
    /// Whether the weights read of a prose evaluation are its whole list: every indicator has a weight, and the fund line's
    /// weight (if read) and the indicators' weights add up to the stated total weight, or to 100 when none is stated.
    /// </summary>
    private static bool WeightsComplete(ProseEvaluation e)
    {
        if (e.Indicators.Any(i => i.Weight is null))
        {
            return false;   // an indicator without its weight: the list cannot be shown whole
        }

        var sum = 0m;
        foreach (var figure in e.Indicators.Select(i => i.Weight).Append(e.FundWeight))
        {
            if (figure is { } f)
            {
                if (!TryProseNumber(f, out var weight))
                {
                    return false;
                }

                sum += weight;
            }
        }

        var whole = 100m;
        return (e.TotalWeight is not { } stated || TryProseNumber(stated, out whole)) && sum == whole;
    }

    /// <summary>The number a prose figure holds (its digits as written, invariant culture).</summary>
    private static bool TryProseNumber(ProseFigure figure, out decimal value)
        => decimal.TryParse(figure.Value.Text, System.Globalization.NumberStyles.Number,
            System.Globalization.CultureInfo.InvariantCulture, out value);

    /// <summary>Sets a member of a prose evaluation to a figure, claimed as <paramref name="kind"/> (nothing for null).</summary>
    private void ProseSet(string parent, string name, ProseFigure? figure, ClaimKind kind, string text)
    {
        if (figure is { } f)
        {
            b.SetUnder(parent, name, f.Value, f.Span, kind, f.Paragraph ?? text);
        }
    }
}
