using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The 绩效自评 figures of schema 1.4: the count of projects evaluated in the phrasings that put it after the count ("对 12 个
/// 项目开展绩效自评", "共涉及项目 12 个"), the funds they cover (涉及资金 … 万元) and the department's score (自评得分 95.5 分,
/// 综合评分 92 分).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words that make a count in a 自评 sentence no count of evaluated projects.</summary>
    private static readonly string[] NotEvaluatedProjectWords = ["评级", "等级", "目标", "跟踪", "问题", "得分", "整体", "涉密", "SM", "重点"];

    /// <summary>
    /// Reads "对 N 个项目开展绩效自评" and "（开展绩效自评，）共涉及项目 N 个" as the count of evaluated projects: a count of 个 whose
    /// label ends with 项目 (after 涉及) or that is followed by 项目 (after 对 or 涉及: "本镇对2020年度全部 8 个项目"; session 41: also
    /// "14 个一般公共预算项目", and after a list of names "共涉及 A、B、C 等 12 个项目" in a sentence that says 涉及 and 自评; session 44:
    /// "开展绩效自评，共21个项目，…", a clause of 共 and the count alone in a sentence that says 开展), in a sentence that says 自评.
    /// Returns false otherwise.
    /// </summary>
    private bool TryEvaluatedProjectCount(NumberToken token, string label, SourceSpan span, string text)
    {
        var compact = label.Replace(" ", string.Empty);
        var projectsAfter = ProjectsAfterCount(text, token.End);
        countSentence = sentenceStart;
        if (token.UnitText != "个" || !(SentenceContains("自评") || SentenceContains("绩效评价")) || HasAny(compact, NotEvaluatedProjectWords)
            || !(projectsAfter && (compact.Length == 0 || compact.Contains("对") || compact.Contains("涉及"))
                || compact.EndsWith("项目", StringComparison.Ordinal) && compact.Contains("涉及")
                || projectsAfter && compact.EndsWith("等", StringComparison.Ordinal) && SentenceContains("涉及") && SentenceContains("自评")
                || projectsAfter && compact is "共" or "共计" or "共有" && SentenceContains("开展") && ClauseEndsAt(text, token.End + 2)))
        {
            return false;
        }

        performanceGroup = "project";
        b.Set("/performance/projectEvaluationCount", Int(token), span, ClaimKind.Count, text);
        return true;
    }

    /// <summary>
    /// Whether a clause ends at <paramref name="at"/> (end of text, or ',', ';', '。'): "开展绩效自评，共21个项目，涉及资金…" (session 44)
    /// names all the evaluated projects, "共3个项目评为优秀" does not.
    /// </summary>
    private static bool ClauseEndsAt(string text, int at) => at >= text.Length || text[at] is ',' or ';' or '。';

    /// <summary>
    /// The budget kinds a count of evaluated projects may name before 项目 ("对 14 个一般公共预算项目开展了绩效自评"; session 41).
    /// </summary>
    private static readonly string[] EvaluatedProjectKinds =
        ["一般公共预算", "政府性基金预算", "政府性基金", "国有资本经营预算", "财政拨款", "部门预算"];

    /// <summary>
    /// Whether 项目 follows a count at <paramref name="at"/>, right after it or after one of <see cref="EvaluatedProjectKinds"/>
    /// ("12 个项目", "14 个一般公共预算项目").
    /// </summary>
    private static bool ProjectsAfterCount(string text, int at)
    {
        foreach (var kind in EvaluatedProjectKinds)
        {
            if (string.CompareOrdinal(text, at, kind, 0, kind.Length) == 0)
            {
                at += kind.Length;
                break;
            }
        }

        return at + 2 <= text.Length && string.CompareOrdinal(text, at, "项目", 0, 2) == 0;
    }

    /// <summary>
    /// Reads "涉及资金 … 万元" after a count of evaluated projects in the same sentence ("共涉及项目 21 个，资金 … 万元" too) as the
    /// funds they cover — neither their budget nor their execution, which the text does not say. A 涉及资金 of another sentence
    /// ("同时对“某”项目开展部门评价，涉及资金 84.50 万元") is one project's: not placed here. Returns false otherwise.
    /// </summary>
    private bool TryProjectFunds(NumberToken token, string label, SourceSpan span, string text)
    {
        var compact = label.Replace(" ", string.Empty).TrimStart(',');
        if (FundScopedProjectAmount(compact, span, text))
        {
            return true;
        }

        if (performanceGroup != "project" || countSentence != sentenceStart || compact.Contains("预算") || compact.Contains("执行")
            || !(compact.Contains("涉及") || compact is "资金" or "金额" or "资金总额" && SentenceContains("涉及")))
        {
            return false;
        }

        b.Set("/performance/projectFunds", AmountNode(token, span), span, ClaimKind.Amount, text);
        return true;
    }

    /// <summary>The sentence of the last count of 个 read in a 绩效 paragraph (the funds after it are that count's).</summary>
    private int countSentence = -1;

    private static readonly string[] ScoreWords = ["自评得分", "综合得分", "综合评分", "自评分数", "总得分"];

    /// <summary>
    /// Words that make the sentence of a score one project's or one fund's ("A项目自评得分 88 分", "其中，学校营养餐专项资金绩效
    /// 自评得分 88 分"), unless it names the department's whole spending (整体).
    /// </summary>
    private static readonly string[] ProjectScoreWords = ["项目", "专项", "资金", "其中", "“", "《"];

    /// <summary>
    /// Reads the department's self-evaluation score of a 绩效 paragraph: "自评得分(为) 95.5 分", "综合评分 92 分" in a sentence
    /// about the department (整体, or none of the words of a project or fund), not an average (平均) or one project's; every
    /// occurrence of each score word is tried in turn (a project's score before the department's is passed over), and the
    /// first department score is the one placed.
    /// </summary>
    private void SelfEvaluationScore(Fragment body)
    {
        var text = body.Text;
        foreach (var word in ScoreWords)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0;
                at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                if (TryScoreAt(body, text, at, word.Length))
                {
                    return;
                }
            }
        }

        // Session 64 (blind round 58 t06): "本部门开展部门整体支出绩效自评，得分94.3分" — a bare 得分 opening the clause after the one
        // naming the department's whole self-evaluation (NarrativeReader.DepartmentBreakdowns.cs, ScoreClauseAfterWhole).
        for (var at = text.IndexOf(",得分", StringComparison.Ordinal); at >= 0; at = text.IndexOf(",得分", at + 3, StringComparison.Ordinal))
        {
            var whole = text.LastIndexOf("整体", at, StringComparison.Ordinal);
            if (whole >= 0 && text.IndexOf('。', whole, at - whole) < 0 && ScoreClauseAfterWhole(text, whole, at + 1) == at
                && TryScoreAt(body, text, at + 1, 2))
            {
                return;
            }
        }
    }

    /// <summary>Places the score after the score word at <paramref name="at"/> when it is the department's; false otherwise.</summary>
    private bool TryScoreAt(Fragment body, string text, int at, int length)
    {
        var from = at + length;
        while (from < text.Length && (text[from] is ' ' or ':' or '为' or '是' || text[from] == '达'))
        {
            from++;
        }

        var numbers = Scanner.Numbers(text.Substring(from, Math.Min(24, text.Length - from)));
        var unit = numbers.Count == 0 ? text.Length : from + numbers[0].End;
        while (unit < text.Length && text[unit] == ' ')
        {
            unit++;
        }

        if (numbers.Count == 0 || numbers[0].Start != 0 || unit >= text.Length || text[unit] != '分' || numbers[0].Value < 0
            || string.CompareOrdinal(text, unit + 1, "以上", 0, 2) == 0 || string.CompareOrdinal(text, unit + 1, "以下", 0, 2) == 0)
        {
            return false;   // no score, or a bound ("自评得分达 90 分以上")
        }

        var sentenceFrom = Math.Max(text.LastIndexOf('。', at) + 1, 0);
        var sentence = text.Substring(sentenceFrom, at - sentenceFrom);
        // Session 44: "…平均得分93.6分;部门整体支出绩效自评得分95.2分" — the clause after ';' names the department's whole spending.
        var clause = sentence.Substring(sentence.LastIndexOf(';') + 1);
        var department = clause.Contains("整体") && !clause.Contains("平均") && !HasAny(clause, ProjectScoreWords);
        if (!department && (sentence.Contains("平均") || HasAny(sentence, ProjectScoreWords) && !sentence.Contains("整体")))
        {
            return false;   // an average, or a project's or a fund's score: no field
        }

        var span = b.Span(body, from, unit + 1);
        b.Set("/performance/selfEvaluationScore", DraftNode.Of(numbers[0].Digits), span, ClaimKind.Quantity,
            text.Substring(sentenceFrom, unit + 1 - sentenceFrom));
        return true;
    }
}
