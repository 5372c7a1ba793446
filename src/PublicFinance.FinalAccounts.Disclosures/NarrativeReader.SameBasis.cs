namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (excerpts), family f3 (blindfixa): a comparison on an adjusted basis beside the plain one ("增加 200.00 万元，
/// 增长 20.00%；剔除机构改革划入职能因素后，同口径增长 5.00%", "按同口径（剔除职能划入增加的 100.00 万元）计算，增长 5.00%").
/// The plain comparison is the figure's change; the adjusted one — from the clause that names the adjustment (同口径, 可比口径,
/// 剔除, 扣除) to the next ';' or the end of the sentence, or to a plain comparison (上年, 同比, 相比) after its rate — is a
/// located note, in either order, and when it is the only comparison stated.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that open an adjusted comparison.</summary>
    internal static readonly string[] AdjustedBasisWords = ["同口径", "可比口径", "剔除", "扣除"];

    /// <summary>The first characters of <see cref="AdjustedBasisWords"/>: a clause without one has none of them.</summary>
    internal const string AdjustedBasisFirsts = "同可剔扣";

    /// <summary>The words of a plain comparison, which close an adjusted one once its rate was read.</summary>
    private static readonly string[] PlainComparisonWords = ["上年", "同比", "相比", "去年"];

    /// <summary>The sentence (its <see cref="sentenceStart"/>) in which an adjusted comparison is open; −1 when none is.</summary>
    private int adjustedSentence = -1;

    /// <summary>Whether the open adjusted comparison has stated its rate (a plain comparison after it closes it).</summary>
    private bool adjustedRateRead;

    /// <summary>
    /// Whether the clause [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="sentence"/> is part of an
    /// adjusted comparison (see the class): its figures are then noted (and never placed by the typed statements), and the
    /// clause is done.
    /// </summary>
    private bool AdjustedComparisonClause(Fragment sentence, int start, int end, List<NumberToken> figures, ClauseView clause)
    {
        var text = sentence.Text;
        // Session 34: one search for the words' first characters (同可剔扣) before four searches for the words.
        var opens = text.AsSpan(start, end - start).IndexOfAny(AdjustedBasisFirsts.AsSpan()) >= 0
            && HasAnyIn(text, start, end, AdjustedBasisWords);
        if (!opens)
        {
            if (adjustedSentence != sentenceStart)
            {
                return false;
            }

            if (start > 0 && text[start - 1] == ';' || adjustedRateRead && HasAnyIn(text, start, end, PlainComparisonWords))
            {
                adjustedSentence = -1;
                return false;
            }
        }
        else if (adjustedSentence != sentenceStart)
        {
            adjustedSentence = sentenceStart;
            adjustedRateRead = false;
        }

        foreach (var token in figures)
        {
            SetAside(b.Span(sentence, token.Start, token.End), DisclosureMessages.AdjustedComparison, clause);
            adjustedRateRead |= token.Unit == FigureUnit.Percent;
        }

        return true;
    }
}
