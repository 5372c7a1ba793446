namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 50 (blind round 47, t01 and t03): a change in the 财政拨款 section whose label names the year's 财政拨款 expenditure or
/// income ("财政拨款支出总计 4982.35 万元。其中：…本年财政拨款支出 4815.27 万元，年末…。与上年相比，财政拨款支出增加 224.61 万元，增长
/// 4.89%"). Before, it went to the statement and FA2104 divided it by the grand total less the change (224.61 / 4757.74: a false
/// Error). A change's base is the prior-year figure of the same subject: "财政拨款支出" without 总计 names the year's expenditure,
/// as a bare "收入增加" does in the overview (<c>BareFlowTarget</c>), so the change is that figure's own when the figure was
/// stated, differs from the grand total (else the two bases are one) and holds no change yet. A label naming a 总计
/// ("财政拨款收入、支出总计各增加…") stays the statement's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The change of the stated year's 财政拨款 expenditure or income that <paramref name="label"/> names (see the type's summary);
    /// null otherwise.
    /// </summary>
    private string? AppropriationNamedChange(string label)
    {
        if (section != Section.Appropriation || SubjectIsItem || LabelHas(label, "总计")
            || Resolve(StripDirection(label)) is not { } figure
            || figure is not ("appropriation/currentYearExpenditure" or "appropriation/currentYearIncome")
            || AmountAt(N + figure) is not { } amount
            || AmountAt(N + "appropriation/incomeGrandTotal") is not { } grandTotal || grandTotal == amount
            || b.Has(N + figure, "change"))
        {
            return null;
        }

        NamedFigureIsSubject(figure);
        var change = N + figure + "/change";
        figureChangeOfSentence = (change, sentenceStart);   // the rate after it is the same change (AppropriationFigureChange)
        return change;
    }
}
