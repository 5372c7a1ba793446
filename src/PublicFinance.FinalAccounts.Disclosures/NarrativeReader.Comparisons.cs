using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A figure written inside a comparison phrase (session 21, issue 8): "与2013年度14.28万元相比，增加2.10万元", "与上年的14.28万元
/// 相比" — the compared year's figure, never this year's. The prior year's is the change's prior-year amount; another year's
/// is a note, and the change after it in the sentence is not the year-over-year one.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that close a comparison phrase after its figure ("与…X万元相比").</summary>
    private static readonly string[] ComparisonClosers = ["相比", "比较", "对比"];

    /// <summary>
    /// Whether the amount is the compared figure of a "与…X 相比" phrase: its label holds 与 (or 同) and no budget word, and
    /// 相比, 比较 or 对比 follows the figure in its clause.
    /// </summary>
    private static bool InComparisonPhrase(ClauseView clause, NumberToken token, string label)
    {
        if (label.IndexOf('与') < 0 && label.IndexOf('同') < 0 || MentionsBudget(label))
        {
            return false;
        }

        var text = clause.Sentence.Text;
        var at = clause.Start + token.End;
        while (at < clause.End && text[at] == ' ')
        {
            at++;
        }

        foreach (var closer in ComparisonClosers)
        {
            if (Scanner.Starts(text, at, closer, clause.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the amount is the prior year's figure inside a comparison phrase: "与上年 X 万元相比", "与去年的 X 万元相比", or
    /// "与2013年度 X 万元相比" in a 2014 text (see <see cref="IsPriorYearLabel"/> for "比上年 X").
    /// </summary>
    private bool PriorYearInComparison(ClauseView clause, NumberToken token, string label)
    {
        if (!LabelMayAny(label, ComparisonChars) || !InComparisonPhrase(clause, token, label))
        {
            return false;
        }

        return LabelHas(label, "上年") || LabelHas(label, "去年") || LabelHas(label, "上一年")
            || year > 0 && label.Contains((year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "年");
    }

    /// <summary>
    /// An amount inside a comparison phrase with a named year other than the prior one ("与2012年度 X 万元相比" in a 2014 text):
    /// a note, and the change after it in the sentence is not against the prior year (<see cref="otherYearBasis"/>). False
    /// (nothing done) for any other amount.
    /// </summary>
    private bool OtherYearInComparison(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (year == 0 || !LabelMayAny(label, ComparisonChars) || !InComparisonPhrase(clause, token, label))
        {
            return false;
        }

        for (var at = label.IndexOf('年'); at >= 4; at = label.IndexOf('年', at + 1))
        {
            if (int.TryParse(label.Substring(at - 4, 4), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var named) && named != year - 1)
            {
                otherYearBasis = named != year;
                Note(span, DisclosureMessages.FigureOfComparedYear, clause);
                return true;
            }
        }

        return false;
    }
}
