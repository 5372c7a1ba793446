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
    /// Whether the scores read of a prose evaluation are its total's breakdown (see the type's remarks): the fund score and one
    /// unweighted score of each of <see cref="BreakdownLevels"/> (other first-level indicators once each at most), adding up to
    /// the stated total score or more.
    /// </summary>
    private static bool ScoresBreakTheTotal(ProseEvaluation e)
    {
        if (e.HasIndicatorLines || e.TotalScore is not { } total || !TryProseNumber(total, out var stated)
            || e.FundScore is not { } fund || !TryProseNumber(fund, out var sum)
            || e.Indicators.Any(i => i.Weight is not null || i.Score is null)
            || e.Indicators.GroupBy(i => i.Level1, StringComparer.Ordinal).Any(g => g.Count() > 1)
            || !BreakdownLevels.All(level => e.Indicators.Any(i => i.Level1 == level)))
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

    /// <summary>The words a part of a total's breakdown is named by when it has no 得分 (the fund line's and the indicators').</summary>
    private static readonly string[] BareBreakdownWords = ["预算执行率", "资金执行率", "执行率", "产出指标", "效益指标", "满意度指标", "成本指标"];

    /// <summary>
    /// Session 58 (prose58, blind round 54 t07): whether a score whose label has no 得分 is a part of the total's breakdown —
    /// "自评得分91.3分，其中预算执行率9.6分、产出指标45.5分、效益指标27.0分、满意度指标9.2分": the total score is read before it in the
    /// paragraph, 其中 stands between the start of its sentence and the score, and the label is only the part's name
    /// (<see cref="BareBreakdownWords"/>, after 其中). Such a paragraph states no fund figure; it is kept as an evaluation only
    /// when <see cref="ScoresBreakTheTotal"/> holds (<see cref="PerformanceProse"/>).
    /// </summary>
    private static bool BareBreakdownScore(ProseEvaluation e, string text, string label, int at)
    {
        if (e.TotalScore is null || at <= 0)
        {
            return false;
        }

        var sentence = text.LastIndexOf('。', at - 1) + 1;
        var among = text.IndexOf("其中", sentence, at - sentence, StringComparison.Ordinal);
        if (among < 0)
        {
            return false;
        }

        var name = label.Trim();
        if (name.StartsWith("其中", StringComparison.Ordinal))
        {
            name = name.Substring(2).Trim();
        }

        foreach (var word in BareBreakdownWords)
        {
            if (string.Equals(name, word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
