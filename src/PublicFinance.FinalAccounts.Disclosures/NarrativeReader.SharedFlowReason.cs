using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A reason that names both flows (收支共用原因, issue 8): "本年收入合计…增加 100.00 万元。本年支出合计…增加 50.00 万元。收支增加的
/// 主要原因是…". The reason sentence's lead (收支, 收入和支出, 收入、支出, 收入支出) says it explains the income change and the
/// expenditure change of its paragraph, so each of them without a reason of its own takes it — not only the last change
/// before it. A bare "主要原因是…" after the second change sentence names neither and stays the last change's (the first keeps
/// FA2106's Warning: the wording does not make it shared). A lead whose direction (增加, 减少) contradicts a change leaves that
/// change without it. Hook: one call before the reason is placed in <c>Sentence</c> (NarrativeReader.cs).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words of a lead that name the income and the expenditure together.</summary>
    private static readonly string[] BothFlowsWords = ["收支", "收入和支出", "收入、支出", "收入及支出", "收入与支出", "收入支出", "收、支"];

    /// <summary>The figures whose changes are the income side's (本年收入, 收入总计).</summary>
    private static readonly string[] IncomeFlowFigures = ["income/total", "overall/currentYearIncome", "overall/incomeGrandTotal"];

    /// <summary>The figures whose changes are the expenditure side's (本年支出, 支出总计).</summary>
    private static readonly string[] ExpenditureFlowFigures =
        ["expenditure/total", "overall/currentYearExpenditure", "overall/expenditureGrandTotal"];

    /// <summary>
    /// Gives <paramref name="reasonText"/> to the paragraph's income and expenditure changes when the lead of the sentence
    /// [<paramref name="from"/>, <paramref name="reasonAt"/>) of <paramref name="t"/> names both flows, holds no figure, and
    /// the paragraph left at least one change of each side without a reason. True when given (the sentence's reason is
    /// then placed); false otherwise (the ordinary way).
    /// </summary>
    private bool BothFlowsReason(string t, int from, int reasonAt, string reasonText, SourceSpan span)
    {
        if (reasonText.Length == 0 || reasonAt <= from || !HasAnyIn(t, from, reasonAt, BothFlowsWords) || HasDigitIn(t, from, reasonAt))
        {
            return false;
        }

        return BothFlowsReasonPlaced(t, from, reasonAt, reasonText, span);
    }

    /// <summary>
    /// <see cref="BothFlowsReason"/> past its first test. Session 36: a method of its own, so that the closure of its queries
    /// (made on entry to the method that declares what they capture) is made only for a sentence that gets this far.
    /// </summary>
    private bool BothFlowsReasonPlaced(string t, int from, int reasonAt, string reasonText, SourceSpan span)
    {
        var direction = DirectionOf(t.Substring(from, reasonAt - from));
        var open = paragraphChanges.Where(c => !b.Has(c, "reason")
            && (direction is null || string.Equals(b.FindString(c, "direction"), direction, StringComparison.Ordinal))).ToList();
        var income = open.Where(c => IsChangeOf(c, IncomeFlowFigures)).ToList();
        var expenditure = open.Where(c => IsChangeOf(c, ExpenditureFlowFigures)).ToList();
        if (income.Count == 0 || expenditure.Count == 0)
        {
            return false;
        }

        foreach (var change in income.Concat(expenditure))
        {
            b.SetUnder(change, "reason", DraftNode.Of(reasonText), span);
        }

        return true;
    }

    /// <summary>Whether <paramref name="change"/> is the <c>/change</c> of one of <paramref name="figures"/>.</summary>
    private static bool IsChangeOf(string change, string[] figures)
        => figures.Any(f => string.Equals(change, N + f + "/change", StringComparison.Ordinal));
}
