using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 52 (r49fix; blind round 49 t09, issue 8, precision first): amounts written 分别为 after figures named without them
/// (outside the 采购, 资产, 绩效 and 人员 sections, whose readers take their own lists) —
/// "其中财政拨款收入、其他收入分别为15,570.56万元、46.80万元", "基本支出、项目支出分别为…", "因公出国（境）费、公务用车购置费、
/// 公务用车运行维护费、公务接待费分别为0万元、0万元、36.48万元、5.12万元". The names (split at 、 and the last one's 和 / 及 / 以及 /
/// 与, as session 46's <c>PairedShares</c> splits them) pair with the run's amounts in order: each amount is read as if its
/// own name were written right before it. Only when the names and the amounts (up to the next ，；。) are as many, all amounts
/// are money, and every name is a distinct model figure of the section (<see cref="NamedShareTarget"/>); otherwise every
/// amount of the run is a located note (<see cref="DisclosureMessages.AmountsOfNamedFigures"/>). Before, the label
/// "…其他收入分别为" named the last figure for every amount of the run: the second amount was read as the first one's figure
/// stated again (a false FA8003 per list) and the first amount went to the last name.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The sentence of the last 分别为 run of amounts (its <see cref="sentenceStart"/>), or -1.</summary>
    private int respectiveAmountsSentence = -1;

    /// <summary>The amounts of the last 分别为 run, where they stand (reused).</summary>
    private readonly List<SourceSpan> respectiveSpans = [];

    /// <summary>The names the amounts of the last run pair with, in order; null when they do not pair (each a note).</summary>
    private List<string>? respectiveNames;

    /// <summary>The figures of a run being read (reused).</summary>
    private readonly List<NumberToken> respectiveFigures = [];

    /// <summary>
    /// For an amount of a 分别为 run after named figures (see the type): true when it was noted (the run does not pair);
    /// else, paired, <paramref name="label"/> becomes its own name and the amount is read on. False, the label unchanged,
    /// for any other amount.
    /// </summary>
    private bool RespectiveAmount(ClauseView clause, ref string label, SourceSpan span)
    {
        if (respectiveAmountsSentence != sentenceStart || respectiveSpans.IndexOf(span) < 0)
        {
            if (label.IndexOf("分别", StringComparison.Ordinal) < 0)
            {
                return false;   // no 分别为/分别是 in the label (RespectiveWordEnd): no copy of the label per amount
            }

            var written = Trimmed(label);
            var at = RespectiveWordEnd(written);
            var lead = at < 0 ? string.Empty : ListLeadOf(clause);   // "A、B分别为…" cut at 、: the names before the clause
            if (at < 0 || !StartRespectiveRun(clause, lead + written, at + lead.Length, span))
            {
                return false;
            }
        }

        var k = respectiveSpans.IndexOf(span);
        if (respectiveNames is null)
        {
            Note(span, DisclosureMessages.AmountsOfNamedFigures, clause);
            return true;
        }

        label = respectiveNames[k];
        return false;
    }

    /// <summary>
    /// Where "分别为" / "分别是" ends <paramref name="written"/> (a colon after it allowed): the index of its 为 / 是; else -1.
    /// </summary>
    private static int RespectiveWordEnd(string written)
    {
        var end = written.TrimEnd(':', '：', ' ');
        return end.Length > 3 && (end.EndsWith("分别为", StringComparison.Ordinal) || end.EndsWith("分别是", StringComparison.Ordinal))
            ? end.Length - 1 : -1;
    }

    /// <summary>
    /// Starts the run whose first amount is at <paramref name="span"/>: its amounts (to the next ，；。) and, when they pair,
    /// its names (<paramref name="written"/> names them before 分别, which ends at <paramref name="at"/>). False when the
    /// label names fewer than two figures (not this family).
    /// </summary>
    private bool StartRespectiveRun(ClauseView clause, string written, int at, SourceSpan span)
    {
        if (RespectiveNames(written, at, bracketsInNames: true) is not { } names)
        {
            return false;
        }

        var sentence = clause.Sentence;
        var source = sentence.Text;
        respectiveFigures.Clear();
        ClauseFigures(source, clause.Start, RespectiveRunEnd(source, clause.Start, currentSentenceTo), respectiveFigures);
        respectiveSpans.Clear();
        var first = -1;
        foreach (var figure in respectiveFigures)
        {
            var figureSpan = b.Span(sentence, figure.Start, figure.End);
            first = first < 0 && figureSpan == span ? respectiveSpans.Count : first;
            if (first >= 0)
            {
                respectiveSpans.Add(figureSpan);
            }
        }

        if (first < 0)
        {
            return false;   // the amount is not among the clause's figures (read elsewhere): not a run
        }

        respectiveAmountsSentence = sentenceStart;
        respectiveNames = PairedNames(names, first) ? names : null;
        return true;
    }

    /// <summary>
    /// Where the amounts of a run that starts at <paramref name="from"/> end: at the next ，；。 or a half-width ',' / ';' that
    /// is no thousands separator (a digit on both sides: "1,400.00"), else <paramref name="to"/>.
    /// </summary>
    private static int RespectiveRunEnd(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (text[i] is '，' or '；' or '。' or ';'
                || text[i] == ',' && !(i > from && i + 1 < text.Length && Scanner.IsDigit(text[i - 1]) && Scanner.IsDigit(text[i + 1])))
            {
                return i;
            }
        }

        return Math.Min(to, text.Length);
    }

    /// <summary>
    /// Whether the run's amounts (from <paramref name="first"/> on in <see cref="respectiveFigures"/>) pair one by one with
    /// <paramref name="names"/>: as many, all money, each name a distinct figure of the section.
    /// </summary>
    private bool PairedNames(List<string> names, int first)
    {
        if (respectiveFigures.Count - first != names.Count)
        {
            return false;
        }

        var targets = new List<string>(names.Count);
        for (var k = 0; k < names.Count; k++)
        {
            if (!respectiveFigures[first + k].IsMoney || RefersBack(names[k]) || NamesAProject(names[k])
                || NamedShareTarget(names[k]) is not { } target || target.IndexOf('*') >= 0 || targets.Contains(target))
            {
                return false;
            }

            targets.Add(target);
        }

        return true;
    }
}
