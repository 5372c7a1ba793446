using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (schema 1.11): the evaluations beyond the self-evaluations (<c>/performance/keyEvaluations</c>: 重点绩效评价, 部门评价,
/// 财政评价) and the evaluation coverage (<c>/performance/evaluationCoverage</c> with its base). A sentence naming a key evaluation
/// makes one entry: its count ("重点评价项目2个", "等3个项目开展了部门评价"), the funds after the name ("涉及资金60.00万元"), its
/// score ("评价得分87.5分") and grade ("等级为“良”"). A count of key projects monitored (绩效监控) stays a note; a department's whole
/// self-evaluation score stays <c>selfEvaluationScore</c>.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words naming an evaluation beyond the self-evaluations, longest first, with its kind.</summary>
    private static readonly (string Word, string Kind)[] KeyEvaluationWords =
    [
        ("财政重点绩效评价", "fiscal"), ("财政重点评价", "fiscal"), ("财政评价", "fiscal"), ("部门评价", "department"),
        ("重点绩效评价", "key"), ("重点评价", "key"),
    ];

    /// <summary>The sentence (its <see cref="sentenceStart"/>) of the last key evaluation placed, and its pointer.</summary>
    private (int Sentence, string Pointer)? keyEvaluationOfSentence;

    /// <summary>
    /// The kind of the key evaluation the current sentence names before <paramref name="upTo"/> characters of the clause
    /// <paramref name="text"/> (the clause located in the sentence), or null.
    /// </summary>
    private string? KeyEvaluationKindBefore(string text, int upTo)
    {
        var clauseAt = currentSentence.IndexOf(text, currentSentenceFrom, StringComparison.Ordinal);
        var end = clauseAt < 0 || clauseAt > currentSentenceTo ? currentSentenceTo : Math.Min(currentSentenceTo, clauseAt + upTo);
        var length = Math.Max(0, end - currentSentenceFrom);
        foreach (var (word, kind) in KeyEvaluationWords)
        {
            if (currentSentence.IndexOf(word, currentSentenceFrom, length, StringComparison.Ordinal) >= 0)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The key evaluation of the current sentence (made, with its kind and quoted name, on first use).</summary>
    private string KeyEvaluationOfSentence(string kind, SourceSpan span)
    {
        if (keyEvaluationOfSentence is { } held && held.Sentence == sentenceStart)
        {
            return held.Pointer;
        }

        var pointer = b.Append("/performance/keyEvaluations");
        b.SetUnder(pointer, "kind", DraftNode.Of(kind), span);
        var sentence = currentSentence.Substring(currentSentenceFrom, Math.Max(0, currentSentenceTo - currentSentenceFrom));
        var open = sentence.IndexOf('“');
        var close = open < 0 ? -1 : sentence.IndexOf('”', open + 1);
        if (close > open + 1)
        {
            b.SetUnder(pointer, "name", DraftNode.Of(sentence.Substring(open + 1, close - open - 1)), span);
        }

        keyEvaluationOfSentence = (sentenceStart, pointer);
        return pointer;
    }

    /// <summary>
    /// The number of projects of a key evaluation: "开展重点绩效评价项目2个" (the word before the count) or "等3个项目开展了部门评价"
    /// (项目 after the count, the word in its clause). True when placed; a count of monitored key projects is not.
    /// </summary>
    private bool KeyEvaluationProjects(NumberToken token, string label, SourceSpan span, string text)
    {
        var after = token.End <= text.Length ? text.Substring(token.End) : string.Empty;
        var clauseEnd = after.IndexOfAny(ClauseEnds);
        var rest = clauseEnd < 0 ? after : after.Substring(0, clauseEnd);
        var compact = label.Replace(" ", string.Empty);
        var before = compact.EndsWith("项目", StringComparison.Ordinal) ? KeyEvaluationKindBefore(text, label.Length) : null;
        var kind = before ?? (rest.StartsWith("项目", StringComparison.Ordinal) || rest.StartsWith("重点项目", StringComparison.Ordinal)
            ? KeyEvaluationWords.FirstOrDefault(w => rest.Contains(w.Word)).Kind : null);
        if (kind is null || HasAny(compact, ["自评", "等级", "得分", "指标"]))
        {
            return false;
        }

        var pointer = KeyEvaluationOfSentence(kind, span);
        b.SetUnder(pointer, "projectCount", Int(token), span, ClaimKind.Count, text);
        return true;
    }

    /// <summary>The ends of a clause inside a sentence.</summary>
    private static readonly char[] ClauseEnds = [',', ';', '。', '，', '；'];

    /// <summary>
    /// The funds of a key evaluation: "涉及资金60.00万元" / "涉及金额…" after the evaluation's word in the sentence. True when placed.
    /// </summary>
    private bool KeyEvaluationFunds(NumberToken token, string label, SourceSpan span, string text)
    {
        var compact = label.Replace(" ", string.Empty).TrimStart(',');
        if (!compact.Contains("涉及") || compact.Contains("自评") || KeyEvaluationKindBefore(text, label.Length) is not { } kind)
        {
            return false;
        }

        var pointer = KeyEvaluationOfSentence(kind, span);
        b.SetUnder(pointer, "funds", AmountNode(token, span), span, ClaimKind.Amount, text);
        return true;
    }

    /// <summary>
    /// The score of a key evaluation: "评价得分87.5分" (not 自评得分, not a bound 90分以上) after the evaluation's word in the sentence,
    /// with the grade the sentence states ("等级为“良”", "评价等级为优秀"). True when placed.
    /// </summary>
    private bool KeyEvaluationScore(NumberToken token, string label, SourceSpan span, string text)
    {
        var compact = label.Replace(" ", string.Empty).TrimStart(',').TrimEnd('为', ':');
        if (!compact.EndsWith("评价得分", StringComparison.Ordinal) && compact != "得分" || token.Value < 0
            || KeyEvaluationKindBefore(text, label.Length) is not { } kind
            || token.End + 2 <= text.Length && (string.CompareOrdinal(text, token.End, "以上", 0, 2) == 0
                || string.CompareOrdinal(text, token.End, "以下", 0, 2) == 0))
        {
            return false;
        }

        var pointer = KeyEvaluationOfSentence(kind, span);
        b.SetUnder(pointer, "score", DraftNode.Of(token.Digits), span, ClaimKind.Quantity, text);
        var sentence = currentSentence.Substring(currentSentenceFrom, Math.Max(0, currentSentenceTo - currentSentenceFrom));
        var at = sentence.IndexOf("等级为", StringComparison.Ordinal);
        if (at >= 0)
        {
            var word = sentence.Substring(at + 3).TrimStart('“', '"', '「');
            foreach (var (name, grade) in GradeNames)
            {
                if (word.StartsWith(name, StringComparison.Ordinal))
                {
                    b.SetUnder(pointer, "grade", DraftNode.Of(grade), span);
                    break;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The evaluation coverage stated as a rate or a share of a base: "项目自评覆盖率100%" (base unknown: of the projects or of
    /// their funds, the text does not say), "覆盖项目支出的85.3%", "占一般公共预算项目支出总额的100%" (the base named). A coverage of
    /// indicators (指标覆盖率) or of anything but the evaluations is not read. True when placed.
    /// </summary>
    private bool EvaluationCoverage(NumberToken token, string label, SourceSpan span, string text)
    {
        var compact = label.Replace(" ", string.Empty).TrimStart(',').TrimEnd('为', '达', '到', ':');
        if (section != Section.Performance || token.UnitText != "%" || compact.Contains("指标"))
        {
            return false;
        }

        string baseKind;
        if (compact.EndsWith("自评覆盖率", StringComparison.Ordinal) || compact.EndsWith("评价覆盖率", StringComparison.Ordinal))
        {
            baseKind = "unknown";
        }
        else
        {
            var share = Math.Max(compact.LastIndexOf('占'), compact.LastIndexOf("覆盖", StringComparison.Ordinal));
            if (share < 0 || !compact.EndsWith("的", StringComparison.Ordinal) || !(SentenceContains("评价") || SentenceContains("自评")))
            {
                return false;
            }

            var whole = compact.Substring(share);
            baseKind = whole.Contains("项目支出") ? (whole.Contains("一般公共预算") ? "generalBudgetProjectExpenditure" : "projectExpenditure")
                : whole.Contains("全部项目") ? "allProjects"
                : HasAny(whole, ProjectExpenditureBases) ? "unknown" : string.Empty;
            if (baseKind.Length == 0)
            {
                return false;
            }
        }

        b.Set("/performance/evaluationCoverage", DraftNode.Of(token.Digits), span, ClaimKind.Share, text);
        b.Set("/performance/evaluationCoverageBase", DraftNode.Of(baseKind), span);
        return true;
    }
}
