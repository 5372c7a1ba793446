using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34, blind round 32 (miss 1): the prior year's figure stated in a clause of its own between the year's figure and its
/// change — "本年支出合计 512.36 万元，上年支出合计 464.16 万元，比上年增加 46.20 万元，增长 10.38%，主要原因是…", with "上年为",
/// "上年决算数为", "2019年为", "2019年度支出合计" as variants. The clause is the prior-year amount of the figure the sentence
/// stated (the subject), so that the change, its rate and its reason after it are that figure's and are checked (FA2104,
/// FA2105) as in "比上年（464.16 万元）增加…". Before, the prior figure was "a figure of another kind" for the same field, the
/// subject was dropped, and the change, the rate and the reason were lost (a planted wrong change went unchecked).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words a prior-year clause may open with, longest first.</summary>
    private static readonly string[] PriorYearOpenings = ["上年度", "上一年度", "上一年", "上年", "去年"];

    /// <summary>The words that may stand between the prior-year opening and the figure, without naming another figure.</summary>
    private static readonly string[] PriorYearFillers = ["决算数为", "决算数", "决算为", "决算", "同期", "为", "是"];

    /// <summary>
    /// Whether the amount <paramref name="token"/>, not the sentence's first clause, opens with a prior-year word
    /// (<see cref="PriorYearOpenings"/>, or the year before the fiscal year) and names nothing but the sentence's subject —
    /// no name ("上年为"), or a name resolving to the subject's own figure ("上年支出合计") — while the subject's amount was
    /// stated in this sentence, its change has no prior amount nor amount yet, and the clause after this one states a change
    /// (增加, 减少, 增长, 下降, or a neutral word with a sign: 增减-1.45): then it is that change's prior-year amount.
    /// </summary>
    private bool PriorClauseOfSubject(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (subject is null || (subjectSentence != sentenceStart && !SubjectAmountInSentence()) || clause.Start <= currentSentenceFrom
            || !b.Has(subject, "amount"))
        {
            return false;
        }

        var rest = AfterPriorYearOpening(Trimmed(label));
        var changeFollows = ChangeFollows(clause) || ChangeFollowsPastOlderYear(clause);
        if (rest is null || !changeFollows && !BarePriorClauseClosingItsPart(clause, rest))
        {
            return false;
        }

        foreach (var filler in PriorYearFillers)
        {
            if (rest.EndsWith(filler, StringComparison.Ordinal))
            {
                rest = rest.Substring(0, rest.Length - filler.Length);
                break;
            }
        }

        rest = rest.Trim();
        if (rest.Length > 0 && !string.Equals(N + Resolve(rest), subject, StringComparison.Ordinal) && !BareFlowOfSubject(rest))
        {
            return false;   // "上年基本支出 300.00 万元": another figure of the prior year
        }

        if (SubjectPriorChange() is not { } change || b.Has(change, "priorYearAmount") || b.Has(change, "amount"))
        {
            return false;
        }

        b.SetUnder(change, "priorYearAmount", AmountNode(token, span), span, ClaimKind.PriorYearAmount, clause.Text);
        return true;
    }

    /// <summary>
    /// <paramref name="label"/> after its prior-year opening (上年, 上年度, 去年…, or "2019年" / "2019年度" when the fiscal year is
    /// 2020); null when it opens with none.
    /// </summary>
    private string? AfterPriorYearOpening(string label)
    {
        foreach (var opening in PriorYearOpenings)
        {
            if (label.StartsWith(opening, StringComparison.Ordinal))
            {
                return label.Substring(opening.Length);
            }
        }

        if (year > 0)
        {
            var prior = (year - 1).ToString(CultureInfo.InvariantCulture) + "年";
            if (label.StartsWith(prior + "度", StringComparison.Ordinal))
            {
                return label.Substring(prior.Length + 1);
            }

            if (label.StartsWith(prior, StringComparison.Ordinal))
            {
                return label.Substring(prior.Length);
            }
        }

        return null;
    }

    /// <summary>Whether the clause after <paramref name="clause"/> in its sentence states a direction (a change).</summary>
    private static bool ChangeFollows(ClauseView clause) => ChangeFollowsAt(clause.Sentence.Text, clause.End);

    /// <summary>Whether the clause after index <paramref name="from"/> of <paramref name="text"/> states a direction (a change).</summary>
    private static bool ChangeFollowsAt(string text, int from)
    {
        while (from < text.Length && text[from] is ',' or '，' or ';' or '；' or ' ')
        {
            from++;
        }

        var to = ClauseEndAt(text, from);
        return ChangeWordIn(text, from, to)
            || SignedNeutralChangeIn(text, from, to);   // session 52: "上年13.45万元，增减-1.45万元" (the sign is the direction)
    }

    /// <summary>The direction words of a change clause.</summary>
    private static readonly string[] ChangeWords = ["增加", "减少", "增长", "下降"];

    /// <summary>The end of the clause starting at <paramref name="from"/> of <paramref name="text"/>: the next ',' ';' or '。'.</summary>
    private static int ClauseEndAt(string text, int from)
    {
        var to = from;
        while (to < text.Length && text[to] is not (',' or '，' or ';' or '；' or '。'))
        {
            to++;
        }

        return to;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/> holds a direction word.</summary>
    private static bool ChangeWordIn(string text, int from, int to)
    {
        foreach (var word in ChangeWords)
        {
            if (text.IndexOf(word, from, to - from, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 61 (prose61, blind round 56 t04): whether a prior-year clause with no change after it is the item's prior amount
    /// alone — "其中：公务用车运行维护费2.84万元，上年3.12万元；公务接待费0.46万元，上年0.71万元" — its words after the opening
    /// only a filler (上年, 上年为, 上年决算数; <paramref name="rest"/> is what follows the opening) and the clause the last of its
    /// part of the sentence (';' or the sentence's end after it). Then it is the subject's prior-year amount, which the report
    /// keeps as the figure's own (<c>priorYearAmount</c>) when no change is stated for it.
    /// </summary>
    private static bool BarePriorClauseClosingItsPart(ClauseView clause, string rest)
    {
        var words = rest.Trim();
        if (words.Length > 0 && Array.IndexOf(PriorYearFillers, words) < 0)
        {
            return false;
        }

        var text = clause.Sentence.Text;
        var at = clause.End;
        while (at < text.Length && text[at] is ' ' or '\u3000')
        {
            at++;
        }

        return at >= text.Length || text[at] is ';' or '；' or '。'
            || text[at] is ',' or '，' && NoAmountNorChangeAt(text, at + 1);   // session 63: "，上年9.38万元，年末…保有量3辆"
    }

    /// <summary>
    /// Session 63 (prose63, blind rounds 59 t07 and 58 t02): whether the clause at <paramref name="from"/> of
    /// <paramref name="text"/> (to the next ',' ';' or '。') states no amount and no change — "年末公务用车保有量3辆", "接待7批次45
    /// 人次", "主要是…" — so that the bare prior-year clause before it still closes its item's part of the sentence
    /// ("公务用车运行维护费8.46万元，上年9.38万元，年末公务用车保有量3辆"). A clause with an amount or a direction word
    /// ("上年9.38万元，减少0.92万元") is the prior's change (<see cref="PriorClauseOfSubject"/>) or another figure, never this.
    /// </summary>
    private static bool NoAmountNorChangeAt(string text, int from)
    {
        var to = ClauseEndAt(text, from);
        if (ChangeWordIn(text, from, to))
        {
            return false;
        }

        var next = from;
        while (Scanner.NextIn(text, from, to, ref next, out var figure))
        {
            if (figure.IsMoney || figure.Unit == FigureUnit.Percent)
            {
                return false;
            }
        }

        return !SignedNeutralChangeIn(text, from, to);
    }
}
