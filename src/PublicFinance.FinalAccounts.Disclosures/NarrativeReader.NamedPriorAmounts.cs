using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A change of the year's income or expenditure named in its own sentence, in the overview (blind round 27, family F1):
/// "2022年度本年支出合计比2021年度的 1986.52 万元增加 161.55 万元，增长 8.13%" under a heading of its own (四、与上年对比情况), or
/// "与2022年度相比，本年收入合计增加 1212.56 万元，增长 5.72%；本年支出合计增加 675.88 万元，增长 3.55%". The figure the
/// sentence names is the subject of its prior amount, change and rate — never the grand total (收入总计) stated before, whose
/// change was then checked against the wrong base (a false FA2105 and FA2104), nor the income when the expenditure is named.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// In the overview, whether a prior-year amount's label ("2022年度本年支出合计比2021年度的") names, before its 比 or 较, the
    /// year's income or expenditure, and was read as that figure's: its prior amount when the text stated the figure (which
    /// becomes the sentence's subject, so that the change and rate after it are its too), else a located note with the
    /// sentence marked as a change of an unstated figure (never the grand total's). False for any other label.
    /// </summary>
    private bool PriorOfNamedFigure(string label, NumberToken token, SourceSpan span, ClauseView clause)
    {
        if (section != Section.Overall)
        {
            return false;
        }

        var cut = Math.Max(label.LastIndexOf('比'), label.LastIndexOf('较'));
        var figure = cut <= 2 ? null : Resolve(label.Substring(0, cut));
        if (figure is not ("overall/currentYearIncome" or "overall/currentYearExpenditure"))
        {
            return false;
        }

        if (!b.Has(N + figure + "/amount"))
        {
            unstatedChangeSentence = sentenceStart;
            unstatedChangeFigure = null;
            reasonTarget = null;
            Note(span, DisclosureMessages.ChangeOfUnstatedFigure, clause);
            return true;
        }

        NamedFigureIsSubject(figure);
        b.SetUnder(N + figure + "/change", "priorYearAmount", AmountNode(token, span), span, ClaimKind.PriorYearAmount, clause.Text);
        return true;
    }

    /// <summary>Makes the overview figure <paramref name="figure"/> the subject of the sentence being read (its rate follows).</summary>
    private void NamedFigureIsSubject(string figure)
    {
        subject = N + figure;
        subjectSentence = sentenceStart;
        budget = null;
    }
}
