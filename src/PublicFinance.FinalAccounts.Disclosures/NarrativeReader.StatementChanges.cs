namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 37 (issue 8; session 36's probe, "Found and left"): whose change a comparison in the 财政拨款 section is. "财政拨款
/// 收入总计18200.50万元…。本年财政拨款支出17900.00万元，比上年增加900.00万元，增长5.29%" put the change on the statement
/// (<c>/narrative/appropriation/change</c>), which FA2104 divides by the grand total (900 / 17300.50 = 5.20 %: a false
/// Error). Session 36 withdrew a fix that gave it to the expenditure: the statement's change was then free, and a fund
/// part's change in the next sentence ("一般公共预算财政拨款本年收入800.00万元，比上年增加30.00万元") fell on it. Both owners are now
/// decided together, by the sentence's form:
/// <list type="bullet">
/// <item>a change stated in the sentence of 本年财政拨款收入 / 本年财政拨款支出 (the subject stated in it) is that figure's
/// (<c>…/currentYearIncome/change</c>, <c>…/currentYearExpenditure/change</c>), as the overview does for 本年收入 / 本年支出; the
/// grand totals' change ("收入总计…，比上年增加…") stays the statement's;</item>
/// <item>a change after a fund part of the appropriation (一般公共预算 / 政府性基金 / 国有资本经营…财政拨款收入 or 支出) stated in its
/// sentence is the part's own (<c>appropriation/generalBudgetIncome</c>, <c>generalBudget/total</c>, the fund statements'
/// current-year figures), whatever the statement's change holds — when no other amount stands between them and no second
/// part was stated before it without a change of its own (then the owner is not certain, and the statement keeps it as
/// before).</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The fund part of the appropriation stated last in the current sentence: the text and position its amount ends at, the
    /// sentence, and the change member it owns (null: not certain); or null.
    /// </summary>
    private (string Text, int End, int Sentence, string? Change)? fundPartOfChange;

    /// <summary>
    /// Called for an amount of the 财政拨款 section whose label resolved to the year's 财政拨款 income or expenditure
    /// (<paramref name="target"/>): when the label names one fund's part, it is remembered as the owner of the change stated
    /// after it in the sentence; any other such amount forgets the part.
    /// </summary>
    private void FundPartAmount(ClauseView clause, NumberToken token, string label, string? target)
    {
        if (section != Section.Appropriation || target is not ("appropriation/currentYearIncome" or "appropriation/currentYearExpenditure"))
        {
            return;
        }

        var income = target == "appropriation/currentYearIncome";
        var fund = NamesGeneralBudgetPart(label) ? Statements.StatementFund.GeneralBudget
            : label.Contains("政府性基金") ? Statements.StatementFund.GovernmentFund
            : label.Contains("国有资本经营") ? Statements.StatementFund.StateCapital : Statements.StatementFund.Appropriation;
        if (fund == Statements.StatementFund.Appropriation)
        {
            fundPartOfChange = null;   // the whole: the change after it is the whole's (StatementFigureChange)
            return;
        }

        var member = FieldOf(fund, income ? Statements.StatementFlow.Income : Statements.StatementFlow.Expenditure);
        var certain = !(fundPartOfChange is { } before && before.Sentence == sentenceStart && before.Change is { } change
            && !b.Has(change, "amount") && !b.Has(change, "rate"));
        fundPartOfChange = (clause.Sentence.Text, clause.Start + token.End, sentenceStart, certain ? member + "/change" : null);
    }

    /// <summary>
    /// The change a comparison in the 财政拨款 section belongs to, when the sentence's form says (see the type's summary), for
    /// <see cref="ChangeTarget()"/> whose ordinary owner is <paramref name="owner"/>; null: the ordinary one.
    /// </summary>
    private string? StatementFigureChange(string owner)
    {
        if (section != Section.Appropriation || owner != StatementPointer)
        {
            return null;
        }

        if (subject is null && FundPartChange() is { } part)
        {
            return part;
        }

        if (subject is { } stated && subjectSentence == sentenceStart && b.Has(stated, "amount")
            && (stated == N + "appropriation/currentYearIncome" || stated == N + "appropriation/currentYearExpenditure"))
        {
            return stated + "/change";
        }

        return null;
    }

    /// <summary>
    /// The change of the fund part stated last in this sentence, when only changes (amounts after a direction word, rates)
    /// stand between its amount and the clause being read; null otherwise or when the owner is not certain.
    /// </summary>
    private string? FundPartChange()
    {
        if (fundPartOfChange is not { } part || part.Sentence != sentenceStart || part.Change is null
            || !ReferenceEquals(part.Text, clauseView.Sentence.Text))
        {
            return null;
        }

        var t = part.Text;
        var next = part.End;
        var previousEnd = part.End;
        var to = Math.Max(part.End, clauseView.Start);   // in the part's own clause ("800 万元比上年增加…"), nothing between
        while (Scanner.NextIn(t, part.End, to, ref next, out var token))
        {
            if (token.IsMoney && !HasAnyIn(t, previousEnd, token.Start, Directions))
            {
                return null;   // another amount between: "…800.00 万元，其中基本支出 600.00 万元，比上年增加…"
            }

            previousEnd = token.End;
        }

        return part.Change;
    }
}
