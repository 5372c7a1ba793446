using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Budgets stated before the final amount (预算在前, issue 8): "年初预算为 480.00 万元，全年预算为 520.00 万元，支出决算为 499.20
/// 万元，完成年初预算的 104.00%，完成全年预算的 96.00%" and "调整预算 520.00 万元，实际支出 499.20 万元". The final amount (决算数,
/// 实际支出) is one figure whatever the basis: after both budgets it is the <c>finalAmount</c> of both comparisons (and the
/// figure's amount when the text stated none before), and after one budget opened in its sentence a 实际支出 / 实际执行数 label
/// is that budget's final, as 支出决算 already was. Which budget is which never depends on the order: the first stated is
/// <c>budget</c>, the other <c>secondBudget</c>, each with its own kind. Hook: one line before the final's branch in
/// <c>Figure</c> (NarrativeReader.Figures.cs).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The labels of an actual spending (实际支出) that are a budget's final only right after that budget.</summary>
    internal static readonly string[] ActualSpendingWords = ["实际支出数为", "实际执行数为", "实际支出数", "实际支出为", "实际支出", "实际执行数", "实际执行为", "实际执行"];

    /// <summary>
    /// Places a final amount stated after the budgets (see the class): true when placed here; false when the ordinary way
    /// applies (the final of one open budget labelled 决算, a figure with no budget in its sentence, or a final the comparisons
    /// already hold).
    /// </summary>
    private bool FinalAfterBudgets(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var actual = IsActualSpendingLabel(label) || BareThreePublicSpending(label);   // session 63: "…预算18.00万元，支出16.30万元"
        if (!actual && !IsFinalLabel(label) || !SentenceContains("预算"))
        {
            return false;
        }

        if (budget is not null)
        {
            if (!actual || b.Has(budget, "finalAmount"))
            {
                return false;   // "年初预算 45.00 万元，决算支出 38.60 万元": the ordinary branch places it
            }

            PlaceFinal(budget, clause, token, span);
            return true;
        }

        // Both bases held: the clause start closed the open comparison (CloseBudgetOfTwoBases), since a rate or relation
        // must name its basis; the final amount is of both.
        if (secondBudgets is null || BudgetOwner is not { } owner || !secondBudgets.Contains(owner + SecondBudgetMember)
            || b.Has(owner + BudgetMember, "finalAmount") || b.Has(owner + SecondBudgetMember, "finalAmount"))
        {
            return false;
        }

        PlaceFinal(owner + BudgetMember, clause, token, span);
        PlaceFinal(owner + SecondBudgetMember, clause, token, span);
        return true;
    }

    /// <summary>
    /// The final amount of <paramref name="comparison"/>, and its figure's amount when the figure had none ("年初预算为 A 万元，
    /// 支出决算为 B 万元": B is the figure itself) — never a statement's (the 总体 or 财政拨款 section's whole).
    /// </summary>
    private void PlaceFinal(string comparison, ClauseView clause, NumberToken token, SourceSpan span)
    {
        b.SetUnder(comparison, "finalAmount", AmountNode(token, span), span, ClaimKind.FinalAmount, clause.Text);
        var owner = BudgetOwnerOf(comparison);
        if (owner.StartsWith(N, StringComparison.Ordinal) && !owner.EndsWith("/overall", StringComparison.Ordinal)
            && owner != StatementPointer && !b.Has(owner, "amount"))
        {
            b.SetUnder(owner, "amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        }
    }

    /// <summary>Whether <paramref name="label"/> names the final amount (决算数, 决算为, 支出决算, 决算支出, 决算).</summary>
    internal bool IsFinalLabel(string label) => LabelMay(label, FinalTrigger)   // Session 36: every word holds 决算 (the dispatch)
        && (LabelEnds(label, "决算数") || LabelEnds(label, "决算为") || LabelHas(label, "决算数为")
            || LabelEnds(label, "决算支出") || LabelEnds(label, "支出决算") || LabelEnds(label, "决算"));

    /// <summary>
    /// Whether <paramref name="label"/> is only an actual spending ("实际支出", "，实际执行数为"): the word at its end and nothing
    /// naming another figure before it (at most one character, such as a leading 其 or 的).
    /// </summary>
    internal bool IsActualSpendingLabel(string label)
    {
        if (!LabelMay(label, ActualSpendingTrigger))
        {
            return false;   // Session 36: every word holds 实际 (the label's dispatch)
        }

        foreach (var word in ActualSpendingWords)
        {
            if (LabelEnds(label, word))
            {
                return label.Length - word.Length <= 1;
            }
        }

        return false;
    }
}
