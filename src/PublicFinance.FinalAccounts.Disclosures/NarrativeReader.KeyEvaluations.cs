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

    /// <summary>
    /// The key evaluation of the current sentence (made on first use, with its kind and its name: the sentence's first quoted
    /// text, else the words between 选取 and 开展).
    /// </summary>
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
        var selected = sentence.IndexOf("选取", StringComparison.Ordinal);
        var conducts = selected < 0 ? -1 : sentence.IndexOf("开展", selected, StringComparison.Ordinal);
        if (close > open + 1)
        {
            b.SetUnder(pointer, "name", DraftNode.Of(sentence.Substring(open + 1, close - open - 1)), span);
        }
        else if (conducts - selected is > 3 and <= 42 && sentence.IndexOfAny(ClauseEnds, selected, conducts - selected) < 0)
        {
            // "另选取乡村护林补助资金开展部门评价": the project or fund selected, unquoted.
            b.SetUnder(pointer, "name", DraftNode.Of(sentence.Substring(selected + 2, conducts - selected - 2)), span);
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
    /// The score of a key evaluation in a clause of the 绩效 section: "评价得分87.5分" (not 自评得分, not a bound 90分以上) after the
    /// evaluation's word in the sentence, with the grade the sentence states ("等级为“良”", "评价等级为优秀"). The score has no unit
    /// the clause's figures know, so the clause's text is searched (<paramref name="source"/> from <paramref name="start"/> to
    /// <paramref name="end"/>).
    /// </summary>
    private void KeyEvaluationScore(Fragment sentence, string source, int start, int end)
    {
        var at = section == Section.Performance ? source.IndexOf("评价得分", start, end - start, StringComparison.Ordinal) : -1;
        if (at < 0)
        {
            return;
        }

        var from = at + 4;
        while (from < end && source[from] is ' ' or ':' or '为')
        {
            from++;
        }

        var numbers = Scanner.Numbers(source.Substring(from, Math.Min(16, end - from)));
        var unit = numbers.Count == 0 ? end : from + numbers[0].End;
        if (numbers.Count == 0 || numbers[0].Start != 0 || unit >= source.Length || source[unit] != '分' || numbers[0].Value < 0
            || string.CompareOrdinal(source, unit + 1, "以上", 0, 2) == 0 || string.CompareOrdinal(source, unit + 1, "以下", 0, 2) == 0)
        {
            return;
        }

        var clauseText = source.Substring(start, end - start);
        if (KeyEvaluationKindBefore(clauseText, at - start) is not { } kind)
        {
            return;
        }

        var span = b.Span(sentence, from, unit + 1);
        var pointer = KeyEvaluationOfSentence(kind, span);
        b.SetUnder(pointer, "score", DraftNode.Of(numbers[0].Digits), span, ClaimKind.Quantity, clauseText);
        var sentenceText = currentSentence.Substring(currentSentenceFrom, Math.Max(0, currentSentenceTo - currentSentenceFrom));
        var grade = sentenceText.IndexOf("等级为", StringComparison.Ordinal);
        if (grade >= 0)
        {
            var word = sentenceText.Substring(grade + 3).TrimStart('“', '"', '「');
            foreach (var (name, value) in GradeNames)
            {
                if (word.StartsWith(name, StringComparison.Ordinal))
                {
                    b.SetUnder(pointer, "grade", DraftNode.Of(value), span);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The evaluation coverage stated as a rate or a share of a base: "项目自评覆盖率100%" (base unknown: of the projects or of
    /// their funds, the text does not say), "覆盖项目支出的85.3%", "占一般公共预算项目支出总额的100%" (the base named). A coverage of
    /// indicators (指标覆盖率) or of anything but the evaluations is not read. True when placed.
    /// </summary>
    private bool EvaluationCoverage(NumberToken token, string label, SourceSpan span, string text)
    {
        var compact = label.Replace(" ", string.Empty).TrimStart(',').TrimEnd('为', '达', '到', ':');
        if (section != Section.Performance || token.Unit != FigureUnit.Percent || compact.Contains("指标"))
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
            // 公共财政预算: the 一般公共预算's name before 2015.
            var general = whole.Contains("一般公共预算") || whole.Contains("公共财政预算");
            baseKind = whole.Contains("项目支出") ? (general ? "generalBudgetProjectExpenditure" : "projectExpenditure")
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
