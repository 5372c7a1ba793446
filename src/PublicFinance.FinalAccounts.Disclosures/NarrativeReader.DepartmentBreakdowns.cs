namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (perf61, blind round 57 t05): the department's whole self-evaluation (部门整体支出绩效自评) stated with its parts —
/// "2020年度部门整体支出绩效自评得分93.5分，等级为“优”，其中：1.预算执行率得分9.2分（满分10分）；2.产出指标得分46.8分（满分50分）；
/// 3.效益指标得分28.0分（满分30分）；4.满意度指标得分9.5分（满分10分）。" The total stays <c>/performance/selfEvaluationScore</c>
/// (<see cref="SelfEvaluationScore"/>, read as before); the sentence is also one evaluation of kind departmentOverall — its fund
/// line's score and weight, each first-level indicator's score and weight (满分, 分值), the total and the grade — so that FA3001,
/// FA3002, FA3003 and FA3007 check it as a 部门整体支出绩效自评表.
/// </summary>
/// <remarks>
/// Precision first: the sentence names the department's whole (整体) and no project (项目) nor an average (平均), states 其中 after
/// the total, states no amount, and its parts are the fund line and each of 产出, 效益 and 满意度 once with a score; either every
/// part states its weight and the weights add up to 100 (<see cref="WeightsComplete"/>), or no part states one and the scores
/// add up to the total or more (<see cref="ScoresBreakTheTotal"/>). One such sentence per text.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The department's whole evaluation read from a sentence (null: none).</summary>
    private ProseEvaluation? departmentBreakdown;

    /// <summary>Reads the department's whole score and its parts from a 绩效 paragraph (see the type's remarks), once.</summary>
    private void DepartmentBreakdown(Fragment paragraph)
    {
        var text = paragraph.Text;
        var whole = text.IndexOf("整体", StringComparison.Ordinal);
        if (departmentBreakdown is not null || whole < 0)
        {
            return;
        }

        var sentenceStart = whole == 0 ? 0 : text.LastIndexOf('。', whole - 1) + 1;
        var sentenceEnd = text.IndexOf('。', whole);
        sentenceEnd = sentenceEnd < 0 ? text.Length : sentenceEnd;
        var word = text.IndexOf("得分", whole, sentenceEnd - whole, StringComparison.Ordinal);
        var among = word < 0 ? -1 : text.IndexOf("其中", word, sentenceEnd - word, StringComparison.Ordinal);
        if (among < 0 || text.IndexOf("项目", sentenceStart, sentenceEnd - sentenceStart, StringComparison.Ordinal) >= 0
            || text.IndexOf("平均", sentenceStart, sentenceEnd - sentenceStart, StringComparison.Ordinal) >= 0
            || text.IndexOfAny([',', ';', ':'], whole, word - whole) >= 0)
        {
            return;   // "整体" and its score in one clause, then 其中
        }

        var head = text.Substring(sentenceStart, word - sentenceStart);
        var name = head.Substring(LabelNameStart(head)).Trim();
        foreach (var tail in new[] { "自评", "绩效" })
        {
            name = name.EndsWith(tail, StringComparison.Ordinal) ? name.Substring(0, name.Length - tail.Length) : name;
        }

        var sentence = paragraph.Slice(sentenceStart, sentenceEnd);
        var e = new ProseEvaluation(name.Length > 1 ? name : "部门整体支出", b.Span(paragraph, sentenceStart, word), sentence.Text)
        {
            FundLabel = "预算执行",
        };
        ProseFigures(sentence, e, 0);
        e.Grade = ProseGrade(sentence, sentence.Text);
        var weighted = e.FundWeight is not null && e.Indicators.All(i => i.Weight is not null) && WeightsComplete(e);
        if (e.FundFigures > 0 || e.TotalScore is null || e.FundScore is null || e.Indicators.Any(i => i.Score is null)
            || e.Indicators.GroupBy(i => i.Level1, StringComparer.Ordinal).Any(g => g.Count() > 1)
            || !BreakdownLevels.All(level => e.Indicators.Any(i => i.Level1 == level))
            || !weighted && !ScoresBreakTheTotal(e))
        {
            return;
        }

        departmentBreakdown = e;
    }

    /// <summary>After the text: writes the department's whole evaluation read from a sentence, if any.</summary>
    private void PlaceDepartmentBreakdown()
    {
        if (departmentBreakdown is { } e)
        {
            PlaceProseEvaluation(e, "departmentOverall");
        }
    }
}
