using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The 财政拨款 expenditure restated under a 一般公共预算 heading (blind round 33, M4): "二、一般公共预算财政拨款支出决算情况说明
/// （一）总体情况 2018 年度财政拨款支出 4403.9 万元，比上年减少 386.2 万元，下降 8.1%" — the sentence names the whole 财政拨款
/// expenditure, which the 一般公共预算 section has no field for: the amount was an unplaced note and its change and rate were
/// lost.
/// </summary>
/// <remarks>
/// Precision first: only a bare (or this year's) "财政拨款支出" label, naming no fund and no part, whose amount is the
/// 财政拨款 expenditure already read (the same value) — the figure restated; it becomes the subject, so the change and the
/// rate after it are that figure's. Any other amount under the heading stays a note, as before.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The labels of the whole 财政拨款 expenditure (the label's end).</summary>
    private static readonly string[] RestatedAppropriationKeys = ["财政拨款支出决算", "财政拨款支出"];

    /// <summary>
    /// Whether the amount labelled <paramref name="label"/> in the 一般公共预算 section is the 财政拨款 expenditure restated
    /// (see the class): true when it was taken as it.
    /// </summary>
    private bool RestatedAppropriationExpenditure(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (section != Section.GeneralBudget || NamesFundPart(label) || NamesAppropriationPart(label))
        {
            return false;
        }

        var key = Array.Find(RestatedAppropriationKeys, k => label.EndsWith(k, StringComparison.Ordinal));
        if (key is null || !IsBareOrThisYear(label.AsSpan(0, label.Length - key.Length)))
        {
            return false;
        }

        var whole = N + "appropriation/currentYearExpenditure";
        var amount = AmountNode(token, span);
        if (b.Find(whole + "/amount") is not { Kind: DraftKind.String } held || !DraftNode.SameValue(held, amount))
        {
            return false;
        }

        b.SetUnder(whole, "amount", amount, span, ClaimKind.Amount, clause.Text);
        subject = whole;
        subjectSentence = sentenceStart;
        subjectAmountSpan = span;
        budget = null;
        return true;
    }
}
