using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 59 (prose59, blind round 55 t08): an item written with three years, each in a clause of its own, then its change
/// against the prior year — "（1）行政运行（2010101）：本年1084.36万元，上年1052.18万元，上上年1019.40万元，较上年增加32.18万元。". The
/// model holds this year's figure and the prior year's (the change's <c>priorYearAmount</c>); the year before the prior one has
/// no member. Before, the prior clause was read as the change's prior-year amount only when the clause right after it stated the
/// change and the subject was made in the same sentence — after a colon it was not, and an older-year clause stood between —
/// so 上年 and 上上年 were both "未能归类". Now the prior clause's change may follow one clause of the year before the prior one
/// (上上年, 上上年度, 前年, or the written year two before the report's), and the subject's own amount stated in this sentence
/// is enough; the older clause is a located note (<see cref="DisclosureMessages.YearBeforePriorValue"/>), never a prior
/// figure, so nothing compares it with this year's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words a clause of the year before the prior one opens with, longest first.</summary>
    private static readonly string[] YearBeforePriorOpenings = ["上上年度", "上上一年", "上上年", "前年度", "前年"];

    /// <summary>The words that may follow such an opening before the figure.</summary>
    private static readonly string[] YearBeforePriorFillers = ["决算数为", "决算数", "决算为", "决算", "同期", "为", "是", ""];

    /// <summary>
    /// Whether an amount's <paramref name="label"/> is only a word of the year before the prior one
    /// (<see cref="YearBeforePriorOpenings"/> or "2023年" / "2023年度" in a 2025 report, then at most a filler), in a clause that
    /// is not its sentence's first, while a subject is read: then it is noted and not placed. True when noted.
    /// </summary>
    private bool YearBeforePriorClause(ClauseView clause, string label, SourceSpan span)
    {
        if (subject is null || clause.Start <= currentSentenceFrom || YearBeforePriorRest(Trimmed(label)) is not { } rest)
        {
            return false;
        }

        foreach (var filler in YearBeforePriorFillers)
        {
            if (string.Equals(rest, filler, StringComparison.Ordinal))
            {
                Note(span, DisclosureMessages.YearBeforePriorValue, clause);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="label"/> after its opening of the year before the prior one, or null when it opens with none. A written
    /// year counts only when the report's year is known and the label is that year alone (no other words before it).
    /// </summary>
    private string? YearBeforePriorRest(string label)
    {
        foreach (var opening in YearBeforePriorOpenings)
        {
            if (label.StartsWith(opening, StringComparison.Ordinal))
            {
                return label.Substring(opening.Length);
            }
        }

        if (year > 2 && label.Length >= 5 && label[4] == '年'
            && int.TryParse(label.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var written)
            && written == year - 2)
        {
            return label.Length > 5 && label[5] == '度' ? label.Substring(6) : label.Substring(5);
        }

        return null;
    }

    /// <summary>
    /// Whether the clause after <paramref name="clause"/> is one of the year before the prior one (its words before its first
    /// digit open as <see cref="YearBeforePriorRest"/> says) and the clause after that states a change.
    /// </summary>
    private bool ChangeFollowsPastOlderYear(ClauseView clause)
    {
        var text = clause.Sentence.Text;
        var from = clause.End;
        while (from < text.Length && text[from] is ',' or '，' or ' ')
        {
            from++;
        }

        var digit = from;
        while (digit < text.Length && !Scanner.IsDigit(text[digit]) && text[digit] is not (',' or '，' or ';' or '；' or '。'))
        {
            digit++;
        }

        if (digit == from || digit >= text.Length || !Scanner.IsDigit(text[digit])
            || YearBeforePriorRest(text.Substring(from, digit - from).Trim()) is not { } rest || rest.Length > 4)
        {
            return false;
        }

        var to = digit;
        while (to < text.Length && text[to] is not (',' or '，' or ';' or '；' or '。'))
        {
            to++;
        }

        return to < text.Length && text[to] is ',' or '，' && ChangeFollowsAt(text, to);
    }

    /// <summary>
    /// Whether the subject's own amount was stated in the sentence being read (its place at or after the sentence's start):
    /// a subject named before a colon that opens the sentence of its figures ("（1）名称（编码）：本年 X 万元，上年 Y 万元，…").
    /// </summary>
    private bool SubjectAmountInSentence()
        => subject is not null && b.FindMember(subject, "amount") is { Mapped: true } amount
            && b.Source.OffsetOf(amount.Span.StartLine, amount.Span.StartColumn) >= b.Source.StartOffset(sentenceStart);
}
