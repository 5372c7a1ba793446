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
        var comma = word < 0 ? -1 : ScoreClauseAfterWhole(text, whole, word);
        if (among < 0 || text.IndexOf("项目", sentenceStart, sentenceEnd - sentenceStart, StringComparison.Ordinal) >= 0
            || text.IndexOf("平均", sentenceStart, sentenceEnd - sentenceStart, StringComparison.Ordinal) >= 0
            || comma < 0 && text.IndexOfAny([',', ';', ':'], whole, word - whole) >= 0)
        {
            return;   // "整体" and its score in one clause (session 64: or its 自评 clause, then the score's), then 其中
        }

        var head = text.Substring(sentenceStart, (comma < 0 ? word : comma) - sentenceStart);
        if (OfAnotherYear(head))
        {
            return;   // session 64: "上年部门整体支出绩效自评得分90.5分，其中…" — not this year's evaluation
        }

        var name = head.Substring(LabelNameStart(head)).Trim();
        if (comma >= 0)
        {
            // "本中心开展了单位整体支出绩效自评，自评得分93.8分": the name is what was evaluated, after the verb.
            var verb = name.LastIndexOf("开展", StringComparison.Ordinal);
            name = verb < 0 ? name : name.Substring(verb + 2).TrimStart('了', ' ');
        }

        foreach (var tail in new[] { "自评", "评价", "绩效" })
        {
            name = name.EndsWith(tail, StringComparison.Ordinal) ? name.Substring(0, name.Length - tail.Length) : name;
        }

        var sentence = paragraph.Slice(sentenceStart, sentenceEnd);
        var e = new ProseEvaluation(name.Length > 1 ? name : "部门整体支出", b.Span(paragraph, sentenceStart, word), sentence.Text)
        {
            FundLabel = "预算执行",
        };
        if (comma >= 0 && ScoreAfterWord(text, word + 2, out var scoreStart, out var scoreEnd))
        {
            // "…整体支出绩效自评，得分94.3分": a bare 得分 names no group (ProseGroup); the clause's score is the total.
            e.TotalScore = new ProseFigure(DraftNode.Of(text.Substring(scoreStart, scoreEnd - scoreStart)),
                b.Span(paragraph, scoreStart, scoreEnd + 1), sentence.Text);
        }

        ProseFigures(sentence, e, 0);
        e.Grade = ProseGrade(sentence, sentence.Text);
        var weighted = e.FundWeight is not null && e.Indicators.All(i => i.Weight is not null) && WeightsComplete(e);
        if (e.FundFigures > 0 || e.TotalScore is null || e.Indicators.Any(i => i.Score is null)
            || e.Indicators.GroupBy(i => i.Level1, StringComparer.Ordinal).Any(g => g.Count() > 1)
            || (weighted ? e.FundScore is null || !BreakdownLevels.All(level => e.Indicators.Any(i => i.Level1 == level))
                : !ScoresBreakTheTotal(e)))   // session 64: or no fund line and 决策, 过程, 产出, 效益 (ScoresBreakTheTotal)
        {
            return;
        }

        departmentBreakdown = e;
    }

    /// <summary>Words that may stand between the clause naming the department's whole and its score word 得分 (自评得分, 综合得分).</summary>
    private static readonly string[] ScoreWordLeads = ["", "自评", "评价", "综合", "总", "绩效自评", "绩效评价"];

    /// <summary>
    /// Session 64 (blind rounds 58 t06, 59 t07): where the clause naming the department's whole self-evaluation ends when its score
    /// is the next clause — "本部门开展部门整体支出绩效自评，得分94.3分", "…单位整体支出绩效自评，自评得分93.8分" — or -1: exactly one
    /// ',' between 整体 and the score word, the clause before it ending in 自评 or 评价, and only a lead of
    /// <see cref="ScoreWordLeads"/> between the ',' and 得分.
    /// </summary>
    private static int ScoreClauseAfterWhole(string text, int whole, int word)
    {
        var comma = text.IndexOf(',', whole, word - whole);
        if (comma < 0 || text.IndexOfAny([',', ';', ':'], comma + 1, word - comma - 1) >= 0
            || text.IndexOfAny([';', ':'], whole, comma - whole) >= 0
            || Array.IndexOf(ScoreWordLeads, text.Substring(comma + 1, word - comma - 1).Trim()) < 0)
        {
            return -1;
        }

        var clause = text.Substring(whole, comma - whole).TrimEnd();
        return clause.EndsWith("自评", StringComparison.Ordinal) || clause.EndsWith("评价", StringComparison.Ordinal) ? comma : -1;
    }

    /// <summary>Words of a sentence's head that make its score another year's.</summary>
    private static readonly string[] OtherYearWords = ["上年", "上一年", "去年", "以前年度", "往年"];

    /// <summary>
    /// Session 64: whether the head of a score's sentence names another year — a word of <see cref="OtherYearWords"/>, or a year
    /// (<c>2022年</c>) other than the report's fiscal year when that is known.
    /// </summary>
    private bool OfAnotherYear(string head)
    {
        if (OtherYearWords.Any(w => head.IndexOf(w, StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        var fiscal = b.Find("/entity/fiscalYear")?.Number ?? 0;
        for (var at = head.IndexOf('年'); at >= 0 && fiscal > 0; at = head.IndexOf('年', at + 1))
        {
            if (at >= 4 && head.Skip(at - 4).Take(4).All(Scanner.IsDigit) && (at < 5 || !Scanner.IsDigit(head[at - 5]))
                && int.Parse(head.Substring(at - 4, 4), System.Globalization.CultureInfo.InvariantCulture) != fiscal)
            {
                return true;
            }
        }

        return false;
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
