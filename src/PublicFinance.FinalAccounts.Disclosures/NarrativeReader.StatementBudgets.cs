using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The final amount of a statement's budget stated before the budget (blind round 33, M1): "本部门 2023 年度财政拨款支出
/// 13758.26 万元，年初预算 11250.00 万元，完成年初预算的 112.30%" kept the budget and the rate at
/// <c>/narrative/appropriation/budget</c> but no final amount (the statement has no <c>amount</c> of its own: the expenditure is
/// <c>currentYearExpenditure</c>), so FA2201 could not run and a wrong rate went unreported. And the fund lines under it,
/// "（1）一般公共预算财政拨款支出 5214.60 万元，年初预算 4850.00 万元，完成年初预算的 107.52%" and "（2）政府性基金预算财政拨款支出…",
/// lost their budget and rate (noted as another kind of the appropriation's budget).
/// </summary>
/// <remarks>
/// Only when the amount opens the sentence's comparison: the statement's (or the fund part's) expenditure was stated in the
/// same sentence before the budget, and it is the subject the budget opens on. Income ("财政拨款收入 X 万元，年初预算…") is
/// left as it was: a budget of the appropriation is of its expenditure in the templates, and precision comes first.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The span of the amount that made the current <see cref="subject"/> (set with it).</summary>
    private SourceSpan subjectAmountSpan;

    /// <summary>
    /// The fund part of the appropriation stated in the current sentence ("（1）一般公共预算财政拨款支出 5214.60 万元"): the
    /// budget opened after it in that sentence is the part's (its owner and the amount's span), or null.
    /// </summary>
    private (int Sentence, string Owner, SourceSpan Span, DraftNode Amount)? fundPartOfSentence;

    /// <summary>
    /// Records the fund part <paramref name="label"/> names (noted as not the whole appropriation) as the owner of a budget
    /// stated after it in the sentence.
    /// </summary>
    private void FundPartStated(string label, NumberToken token, SourceSpan span)
    {
        fundPartOfSentence = null;
        if (!LabelEnds(label, "支出") && !LabelEnds(label, "支出为") && !LabelEnds(label, "支出决算") && !LabelEnds(label, "支出决算为"))
        {
            return;   // an income part or a label that names more than the fund's expenditure
        }

        var owner = NamesGeneralBudgetPart(label) ? N + "generalBudget/total"
            : label.Contains("政府性基金") ? N + "governmentFund"
            : label.Contains("国有资本经营") ? N + "stateCapital" : null;
        if (owner is not null)
        {
            fundPartOfSentence = (sentenceStart, owner, span, AmountNode(token, span));
        }
    }

    /// <summary>
    /// The owner a budget opened now belongs to when a fund part was stated before it in this sentence, else null (the
    /// ordinary owner).
    /// </summary>
    private string? FundPartBudgetOwner
        => fundPartOfSentence is { } part && part.Sentence == sentenceStart && section == Section.Appropriation ? part.Owner : null;

    /// <summary>The text of the sentence being read.</summary>
    private string SentenceText => currentSentence.Substring(currentSentenceFrom, currentSentenceTo - currentSentenceFrom);

    /// <summary>
    /// Called once <paramref name="pointer"/> (a budget of <paramref name="owner"/>) is open: its final amount is the
    /// statement's expenditure, or the fund part's, stated before it in this sentence.
    /// </summary>
    private void StatementBudgetFinal(string owner, string pointer)
    {
        if (b.Has(pointer, "finalAmount"))
        {
            return;
        }

        if (fundPartOfSentence is { } part && part.Sentence == sentenceStart && part.Owner == owner)
        {
            // The part's amount is placed here (the typed statements would pass over a span claimed by the final), and its
            // note ("…的部分，不是财政拨款支出总数") no longer holds.
            var field = owner.EndsWith("/total", StringComparison.Ordinal) ? owner : owner + "/currentYearExpenditure";
            if (!b.Has(field, "amount"))
            {
                b.SetUnder(field, "amount", DraftNode.Of(part.Amount.Text), part.Span, ClaimKind.Amount, SentenceText);
                b.RemoveNotesAt(part.Span);
            }

            b.SetUnder(pointer, "finalAmount", part.Amount, part.Span, ClaimKind.FinalAmount, SentenceText);
            StatementBudgetOpened(pointer);
            return;
        }

        if (section is Section.Appropriation or Section.GovernmentFund or Section.StateCapital && owner == StatementPointer
            && subject == owner + "/currentYearExpenditure" && (subjectSentence == sentenceStart || FundBudgetAfterExpenditure(owner))
            && b.Find(subject + "/amount") is { Kind: DraftKind.String } amount)
        {
            b.SetUnder(pointer, "finalAmount", DraftNode.Of(amount.Text), subjectAmountSpan, ClaimKind.FinalAmount, SentenceText);
            StatementBudgetOpened(pointer);
        }
    }

    /// <summary>
    /// The statement budgets given their final here, in the current section, with the sentence that opened each: a reason
    /// sentence of its own after them ("决算数大于年初预算数，主要原因：一是…") explains each that went the same way.
    /// </summary>
    private readonly List<(Section Section, string Budget, int Sentence)> statementBudgetRun = new();

    /// <summary>Adds <paramref name="pointer"/> to <see cref="statementBudgetRun"/> (a run of another section is dropped).</summary>
    private void StatementBudgetOpened(string pointer)
    {
        if (statementBudgetRun.Count > 0 && statementBudgetRun[0].Section != section)
        {
            statementBudgetRun.Clear();
        }

        statementBudgetRun.Add((section, pointer, sentenceStart));
    }

    /// <summary>
    /// A reason given to one budget of <see cref="statementBudgetRun"/> in a sentence that opened none of them (a reason
    /// sentence after the 财政拨款 line and its fund lines) explains every budget of the run whose final is on the same side
    /// of its budget and that has no reason yet; a reason inside one line's own sentence stays that line's.
    /// </summary>
    private void SharedStatementBudgetReason(string target, string reasonText, SourceSpan span)
    {
        // Loops, not FindIndex/Exists with lambdas: a closure over the target and a delegate at every call (session 37).
        var index = -1;
        var openedHere = false;
        for (var i = 0; i < statementBudgetRun.Count; i++)
        {
            index = index < 0 && string.Equals(statementBudgetRun[i].Budget, target, StringComparison.Ordinal) ? i : index;
            openedHere |= statementBudgetRun[i].Sentence == sentenceStart;
        }

        if (index < 0 || statementBudgetRun[index].Section != section || openedHere || FinalSide(target) is not { } side || side == 0)
        {
            return;
        }

        foreach (var (_, other, _) in statementBudgetRun)
        {
            if (other != target && !b.Has(other, "reason") && FinalSide(other) == side)
            {
                b.SetUnder(other, "reason", DraftNode.Of(reasonText), span);
            }
        }
    }

    /// <summary>The sign of final − budget of the comparison <paramref name="budgetPointer"/>, or null when either is
    /// missing.</summary>
    private int? FinalSide(string budgetPointer)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        const System.Globalization.NumberStyles Styles = System.Globalization.NumberStyles.Number;
        return decimal.TryParse(b.FindString(budgetPointer, "finalAmount"), Styles, culture, out var final)
            && decimal.TryParse(b.FindString(budgetPointer, "budgetAmount"), Styles, culture, out var amount)
            ? Math.Sign(final - amount) : null;
    }
}
