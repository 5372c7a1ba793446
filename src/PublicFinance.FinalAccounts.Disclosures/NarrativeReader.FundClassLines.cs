using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 36 (issue 8; blind round 33's miss M2, second form): a 类 with its fund in brackets before the amount under a
/// 一般公共预算 heading — "城乡社区支出（政府性基金）486.60 万元，占 11.0%". The class is the 政府性基金's (or the 国有资本经营's),
/// not the 一般公共预算's, so it is none of the section's classes; and the model's place for a fund's classes (the fund's
/// statement) is not the section being read, nor is the share's base written (of the fund, of 财政拨款, of all expenditure?).
/// Precision first: the amount and its share are one located note each
/// (<see cref="DisclosureMessages.FundClassUnderGeneralBudget"/>), instead of "an amount the reader could not place" and "a
/// share without a figure", and nothing after them is read as the class's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The sentence (<c>sentenceStart</c>) of the last fund's class noted, whose share is noted with it; -1 when none.</summary>
    private int fundClassSentence = -1;

    /// <summary>The funds a bracket after a class name may name (not the 一般公共预算's own).</summary>
    private static readonly string[] OtherFundNames = ["政府性基金", "国有资本经营"];

    /// <summary>
    /// Whether <paramref name="token"/> is a fund's class amount under the 一般公共预算 section ("城乡社区支出（政府性基金）X 万元"),
    /// or the share right after one in its sentence ("，占 11.0%"), and was noted.
    /// </summary>
    private bool FundClassFigure(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (fundClassSentence >= 0)
        {
            if (fundClassSentence == sentenceStart && token.Unit == FigureUnit.Percent
                && label.TrimStart(',', ' ', '\u3000').StartsWith("占", StringComparison.Ordinal))
            {
                fundClassSentence = -1;
                Note(span, DisclosureMessages.FundClassShareUnderGeneralBudget, clause);
                return true;
            }

            fundClassSentence = -1;
        }

        if (!token.IsMoney || section != Section.GeneralBudget)
        {
            return false;
        }

        var name = Trimmed(label);
        var open = name.LastIndexOf('(');
        if (open < 4 || !name.EndsWith(")", StringComparison.Ordinal) || !NamesFunctionalClass(name.Substring(0, open)))
        {
            return false;
        }

        // The bracket's words asked in place: a lambda over a substring made a closure at every call of this method (every
        // figure's, session 37), before any test.
        var named = false;
        foreach (var other in OtherFundNames)
        {
            named |= string.CompareOrdinal(name, open + 1, other, 0, other.Length) == 0 && name.Length - open - 2 >= other.Length;
        }

        if (!named)
        {
            return false;
        }

        Note(span, DisclosureMessages.FundClassUnderGeneralBudget, clause);
        subject = null;
        budget = null;
        fundClassSentence = sentenceStart;
        return true;
    }
}
