namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 57 (evals57, blind round 53 t08): a project's self-evaluation whose total is broken into scores without the
/// indicators' weights — "自评得分93.51分。其中：预算执行率得分9.81分（分值10分），产出指标得分48分，效益指标得分28分，满意度指标得分
/// 9.5分。" The weights of 产出, 效益 and 满意度 are not stated, so <see cref="WeightsComplete"/> cannot show the list whole and the
/// indicators were a note; read as a breakdown of the total they let FA3003 weigh the total against its parts.
/// </summary>
/// <remarks>
/// Precision first: the breakdown is read only when the fund line's score is read, the three first-level indicators every
/// project self-evaluation scores (产出, 效益, 满意度) are each read once with a score, no indicator states a weight (a weighted list
/// is <see cref="WeightsComplete"/>'s) and the listed scores add up to the stated total or more. Scores are not negative, so a
/// part the text leaves out (a 成本指标) can only make the listed sum smaller than the total: a sum above the total is wrong
/// whatever was left out, while a sum below it stays a note (it may be such an omission).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The first-level indicators a project self-evaluation always scores (一级指标: 产出, 效益, 满意度).</summary>
    private static readonly string[] BreakdownLevels = ["产出指标", "效益指标", "满意度指标"];

    /// <summary>
    /// Session 64: the first-level indicators of the scoring framework that has no fund line (决策, 过程, 产出, 效益: the 2020 framework
    /// of 项目支出绩效评价 and of most 部门整体支出 evaluations), by their stems (without 指标).
    /// </summary>
    private static readonly string[] FrameworkLevels = ["决策", "过程", "产出", "效益"];

    /// <summary>
    /// Whether the scores read of a prose evaluation are its total's breakdown (see the type's remarks): the fund score and one
    /// unweighted score of each of <see cref="BreakdownLevels"/> — or, session 64, no fund figure and one unweighted score of each of
    /// <see cref="FrameworkLevels"/> ("自评得分93.8分，其中决策14.0分，过程18.6分，产出37.4分，效益23.8分") — other first-level
    /// indicators once each at most, adding up to the stated total score or more.
    /// </summary>
    private static bool ScoresBreakTheTotal(ProseEvaluation e)
    {
        if (e.HasIndicatorLines || e.TotalScore is not { } total || !TryProseNumber(total, out var stated)
            || e.Indicators.Any(i => i.Weight is not null || i.Score is null)
            || e.Indicators.GroupBy(i => LevelStem(i.Level1), StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            return false;
        }

        var sum = 0m;
        if (e.FundScore is { } fund)
        {
            if (!TryProseNumber(fund, out sum) || !HasLevels(e, BreakdownLevels))
            {
                return false;
            }
        }
        else if (e.FundWeight is not null || e.FundFigures > 0 || !HasLevels(e, FrameworkLevels))
        {
            return false;
        }

        foreach (var indicator in e.Indicators)
        {
            if (!TryProseNumber(indicator.Score!.Value, out var score) || score < 0)
            {
                return false;
            }

            sum += score;
        }

        return sum >= stated;
    }

    /// <summary>Whether each of <paramref name="levels"/> is a first-level indicator read of <paramref name="e"/> (by stem).</summary>
    private static bool HasLevels(ProseEvaluation e, string[] levels)
        => levels.All(level => e.Indicators.Any(i => LevelStem(i.Level1) == LevelStem(level)));

    /// <summary>A first-level indicator's name without its trailing 指标 (产出指标 → 产出).</summary>
    private static string LevelStem(string level1)
        => level1.EndsWith("指标", StringComparison.Ordinal) && level1.Length > 2 ? level1.Substring(0, level1.Length - 2) : level1;

    /// <summary>The words a part of a total's breakdown is named by when it has no 得分 (the fund line's and the indicators').</summary>
    /// <remarks>Session 64: 预算执行 and 资金执行 (blind round 58 t01 / t06), and the framework's bare 决策, 过程, 产出, 效益, 满意度.</remarks>
    private static readonly string[] BareBreakdownWords =
    [
        "预算执行率", "资金执行率", "执行率", "预算执行", "资金执行", "产出指标", "效益指标", "满意度指标", "成本指标", "决策指标", "过程指标",
        "决策", "过程", "产出", "效益", "满意度",
    ];

    /// <summary>The words of <see cref="BareBreakdownWords"/> that name the fund line (预算执行).</summary>
    private static readonly string[] BareFundWords = ["预算执行率", "资金执行率", "执行率", "预算执行", "资金执行"];

    /// <summary>
    /// Session 58 (prose58, blind round 54 t07): whether a score whose label has no 得分 is a part of the total's breakdown —
    /// "自评得分91.3分，其中预算执行率9.6分、产出指标45.5分、效益指标27.0分、满意度指标9.2分": the total score is read before it in the
    /// paragraph, 其中 stands between the start of its sentence and the score, and the label is only the part's name
    /// (<see cref="BareBreakdownWords"/>, after 其中). Such a paragraph states no fund figure; it is kept as an evaluation only
    /// when <see cref="ScoresBreakTheTotal"/> holds (<see cref="PerformanceProse"/>).
    /// </summary>
    private static bool BareBreakdownScore(ProseEvaluation e, string text, string label, int at)
        => BreakdownPartName(e, text, label, at) is { } name && Array.IndexOf(BareBreakdownWords, name) >= 0;

    /// <summary>
    /// The name of a part of the total's breakdown a score's label is — the label after 其中 or an entry number, without a trailing
    /// 得分 (决策得分 → 决策) — when the total score is read before it and 其中 stands between the start of its sentence and the score;
    /// null otherwise.
    /// </summary>
    private static string? BreakdownPartName(ProseEvaluation e, string text, string label, int at)
    {
        if (e.TotalScore is null || at <= 0)
        {
            return null;
        }

        var sentence = text.LastIndexOf('。', at - 1) + 1;
        if (text.IndexOf("其中", sentence, at - sentence, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var name = label.Substring(LabelNameStart(label)).Trim();
        foreach (var tail in new[] { "为", ":", "得分" })
        {
            name = name.EndsWith(tail, StringComparison.Ordinal) ? name.Substring(0, name.Length - tail.Length).Trim() : name;
        }

        return name;
    }

    /// <summary>
    /// Session 64: the group and first-level indicator a score of the total's breakdown belongs to by its own label — "其中决策得分14分、
    /// 过程得分18分" (<see cref="ProseGroup"/> would take the total's 自评得分 before them) — or false when the label names no part
    /// (<see cref="BareBreakdownWords"/>, with or without 得分). A part named so is its own group whatever words stand before it.
    /// </summary>
    private static bool BreakdownPartGroup(
        ProseEvaluation e, string text, string label, int at, out ProseScoreGroup group, out string? level1)
    {
        (group, level1) = (ProseScoreGroup.None, null);
        if (BreakdownPartName(e, text, label, at) is not { } name || Array.IndexOf(BareBreakdownWords, name) < 0)
        {
            return false;
        }

        (group, level1) = Array.IndexOf(BareFundWords, name) >= 0 ? (ProseScoreGroup.Fund, null) : (ProseScoreGroup.Indicator, name);
        return true;
    }
}
