namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 38 (issue 8; left by sessions 36 and 37): whose change a comparison in the 财政拨款 section is. A change there goes
/// to the statement (<c>/narrative/appropriation/change</c>), which FA2104 and FA2105 check against the statement's income
/// grand total. After a stated grand total ("财政拨款收入支出总计 18200.50 万元"), "本年财政拨款支出 17900.00 万元，比上年增加
/// 900.00 万元，增长 5.29%" states the change of the year's expenditure, not of the totals: divided by the grand total
/// (900 / 17300.50 = 5.20 %) it was a false Error. Now, as the overview does for 本年收入 / 本年支出, such a change is the
/// stated figure's own (<c>…/currentYearIncome/change</c>, <c>…/currentYearExpenditure/change</c>), checked on its amount —
/// only when the figure was stated in the change's sentence, the statement's income grand total is stated and differs from
/// that figure (so the two bases are not the same), and the figure holds no change yet. Without a stated grand total the
/// change stays the statement's, as earlier decisions state (StructureSectionsAndCodes, PhrasingFamily,
/// GeneralisationRoundTen, ChangesLevelAndReasons): the statement then has no base of another figure to divide it by.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The change of the year's 财政拨款 income or expenditure stated in this sentence, when the statement's change
    /// (<paramref name="owner"/>) would otherwise be checked against a different grand total (see the type's summary); else
    /// null.
    /// </summary>
    private string? AppropriationFigureChange(string owner)
    {
        if (section != Section.Appropriation || owner != StatementPointer || subjectSentence != sentenceStart
            || subject is not { } stated
            || stated != N + "appropriation/currentYearIncome" && stated != N + "appropriation/currentYearExpenditure"
            || AmountAt(stated) is not { } figure
            || AmountAt(owner + "/incomeGrandTotal") is not { } grandTotal || grandTotal == figure)
        {
            return null;
        }

        var change = stated + "/change";
        if (figureChangeOfSentence is { } chosen && chosen.Sentence == sentenceStart && chosen.Change == change)
        {
            return change;   // the rate after the amount ("…增加 900.00 万元，增长 5.29%"): the same change
        }

        if (b.Has(stated, "change"))
        {
            return null;   // the figure's change was stated before: this one is as before
        }

        figureChangeOfSentence = (change, sentenceStart);
        return change;
    }

    /// <summary>
    /// Session 40: the change of a fund's expenditure stated in this sentence of the 财政拨款 section ("财政拨款收入支出总计
    /// 950.00 万元。一般公共预算财政拨款支出 900.00 万元，比上年减少 100.00 万元，下降 10.00%；政府性基金预算财政拨款支出 50.00
    /// 万元，比上年增加 10.00 万元…"): that fund's own change, not the statement's (<paramref name="owner"/>), which FA2104 checked
    /// against the statement's grand total (100 / 1050 = 9.52%, a false Error). The fund's figure is noted there as a part, not
    /// the whole (<c>FundPartStated</c>), and placed on the fund's member by the typed statements (<c>FieldOf</c>); its change
    /// goes to that member. Null when this sentence stated no such part.
    /// </summary>
    private string? FundPartChange(string owner)
    {
        if (section != Section.Appropriation || owner != StatementPointer || subject is not null || FundPartBudgetOwner is not { } part)
        {
            return null;
        }

        return part == N + "generalBudget/total" ? part + "/change" : part + "/currentYearExpenditure/change";
    }

    /// <summary>The figure's change <see cref="AppropriationFigureChange"/> chose last, and the sentence it chose it in.</summary>
    private (string Change, int Sentence)? figureChangeOfSentence;
}
