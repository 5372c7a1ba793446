namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 60 (prose60, blind round 56 t08): project self-evaluations (项目绩效自评) written one paragraph per project under a
/// scoring rule stated once for all of them (评分规则) — "每个项目满分100分，其中预算执行率10分、产出指标50分、效益指标30分、满意度指标
/// 10分。" then "某某项目：年度预算420.00万元，全年执行398.64万元，预算执行率94.91%，得9.5分；产出指标得46.5分，效益指标得27.5分，
/// 满意度指标得9.3分，自评总得分92.8分，评价等级为“优”。" Each paragraph is read as its project's evaluation (a head "…项目：",
/// scores "得 N 分", the total "总得分"), and the rule's weights (分值) are given to every evaluation that scores exactly the
/// parts the rule weighs, so that FA3001–FA3005 and FA3007 check it as a 绩效自评表 would be.
/// </summary>
/// <remarks>
/// Precision first: the rule is kept only when its sentence speaks of projects (项目 before 满分), names the fund line (执行率)
/// and the three first-level indicators every self-evaluation scores (产出, 效益, 满意度) once each by a part's name alone, and
/// its parts add up to its 满分. An evaluation takes the rule's weights only when it states none of its own and scores the
/// fund line and exactly the rule's indicators, once each.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The scoring rule of the projects (评分规则) read in the 绩效 section, or null.</summary>
    private ScoringRule? scoringRule;

    /// <summary>A scoring rule: the full marks, the fund line's weight and each first-level indicator's weight.</summary>
    private sealed class ScoringRule(ProseFigure total, ProseFigure fund, Dictionary<string, ProseFigure> indicators)
    {
        public ProseFigure Total { get; } = total;

        public ProseFigure Fund { get; } = fund;

        public Dictionary<string, ProseFigure> Indicators { get; } = indicators;
    }

    /// <summary>Reads the projects' scoring rule from a paragraph of the 绩效 section (see the type's remarks), once.</summary>
    private void ScoringRuleSentence(Fragment paragraph)
    {
        var text = paragraph.Text;
        var marks = text.IndexOf("满分", StringComparison.Ordinal);
        if (scoringRule is not null || marks < 0)
        {
            return;
        }

        var sentence = text.LastIndexOf('。', Math.Max(0, marks - 1)) + 1;
        var sentenceEnd = text.IndexOf('。', marks);
        sentenceEnd = sentenceEnd < 0 ? text.Length : sentenceEnd;
        var among = text.IndexOf("其中", marks, sentenceEnd - marks, StringComparison.Ordinal);
        if (text.IndexOf("项目", sentence, marks - sentence, StringComparison.Ordinal) < 0 || among < 0)
        {
            return;
        }

        ProseFigure? total = null;
        ProseFigure? fund = null;
        var indicators = new Dictionary<string, ProseFigure>(StringComparer.Ordinal);
        var sum = 0m;
        var at = marks;
        while (Scanner.Next(text, ref at, out var token) && token.Start < sentenceEnd)
        {
            if (token.Unit != FigureUnit.None || token.End >= text.Length || text[token.End] != '分' || token.Value < 0)
            {
                return;   // a figure that is no 分 weight: not a rule this reader knows
            }

            var figure = new ProseFigure(DraftNode.Of(token.Digits), b.Span(paragraph, token.Start, token.End + 1), text);
            if (total is null)
            {
                var head = text.Substring(marks + 2, token.Start - marks - 2).Trim();
                if (token.Start > among || head.Length > 0 && head != "为")
                {
                    return;   // "满分100分": the full marks right after 满分
                }

                total = figure;
                continue;
            }

            var name = RuleEntryName(text, token.Start);
            if (name is "预算执行率" or "资金执行率" or "执行率" && fund is null)
            {
                fund = figure;
            }
            else if (Array.IndexOf(ProseIndicatorLevels, name) >= 0 && !indicators.ContainsKey(name))
            {
                indicators[name] = figure;
            }
            else
            {
                return;   // a part of no known name, or named twice
            }

            sum += token.Value;
        }

        if (total is { } whole && fund is { } line && BreakdownLevels.All(indicators.ContainsKey)
            && TryProseNumber(whole, out var marksValue) && sum == marksValue)
        {
            scoringRule = new ScoringRule(whole, line, indicators);
        }
    }

    /// <summary>The name of a rule's entry before the figure at <paramref name="at"/> (its clause, without 其中 and 为).</summary>
    private static string RuleEntryName(string text, int at)
    {
        var start = SegmentStart(text, at);
        var name = text.Substring(start, at - start).Trim();
        if (name.StartsWith("其中", StringComparison.Ordinal))
        {
            name = name.Substring(2).Trim();
        }

        return name.EndsWith("为", StringComparison.Ordinal) ? name.Substring(0, name.Length - 1).Trim() : name;
    }

    /// <summary>
    /// Before the prose evaluations are placed: gives the scoring rule's weights to every evaluation that states no weight of
    /// its own and scores the fund line and exactly the rule's first-level indicators, once each.
    /// </summary>
    private void ApplyScoringRule()
    {
        if (scoringRule is not { } rule)
        {
            return;
        }

        foreach (var e in proseEvaluations)
        {
            if (e.HasIndicatorLines || e.FundScore is null || e.FundWeight is not null || e.TotalWeight is not null
                || e.Indicators.Count != rule.Indicators.Count
                || e.Indicators.Any(i => i.Weight is not null || i.Score is null || !rule.Indicators.ContainsKey(i.Level1))
                || e.Indicators.Select(i => i.Level1).Distinct(StringComparer.Ordinal).Count() != e.Indicators.Count)
            {
                continue;
            }

            e.FundWeight = rule.Fund;
            e.TotalWeight = rule.Total;
            foreach (var indicator in e.Indicators)
            {
                indicator.Weight = rule.Indicators[indicator.Level1];
            }
        }
    }

    /// <summary>
    /// Whether a 分 figure's label is a score given by the verb alone: "得9.5分", "产出指标得46.5分" (the label ends in 得).
    /// </summary>
    private static bool ScoreVerbLabel(string label)
        => label.TrimEnd().EndsWith("得", StringComparison.Ordinal);

    /// <summary>
    /// A paragraph headed by one project's name and a colon: "残疾儿童康复救助项目：年度预算…" — the head ends in 项目, names no
    /// count, digit or group, and is no unit's (<see cref="IsUnitsHead"/>, <see cref="AllProjectsHeadWords"/>).
    /// </summary>
    private static bool ColonHeadedProject(string text, out string name, out int end)
    {
        name = string.Empty;
        end = 0;
        var close = text.IndexOf(':');
        if (close < 4 || close > 40 || text.IndexOfAny(HeadEnds, 0, close) >= 0
            || string.CompareOrdinal(text, close - 2, "项目", 0, 2) != 0)
        {
            return false;
        }

        var head = text.Substring(0, close);
        return !AllProjectsHeadWords.Any(w => head.IndexOf(w, StringComparison.Ordinal) >= 0)
            && !IsUnitsHead(head.Substring(0, close - 2))
            && ProjectName(text, 0, close, out name, out end);
    }
}
