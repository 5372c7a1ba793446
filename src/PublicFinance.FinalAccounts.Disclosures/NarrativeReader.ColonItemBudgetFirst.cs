using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (issue 8, blind round 41 t05): a 三公 item numbered with a colon whose budget comes first and whose amount is
/// written with a bare spending word — "3.公务接待费：预算 3.50 万元，支出 1.86 万元，较上年减少 0.66 万元，下降 26.19%",
/// "2.公务用车购置及运行费：预算 9.00 万元，执行 7.20 万元". The colon made the item the subject (<see cref="ColonItem"/>) and
/// 预算 opened the item's budget, but 支出 / 执行 is no final's label (<see cref="IsFinalLabel"/> needs 决算), so the amount was
/// "an amount the reader could not place" and the item, without its amount, was dropped with its budget and its change.
/// Now, in the sentence whose colon made the item the subject, a label that is only a spending word
/// (<see cref="LineExecutedWords"/>: 支出, 支出数, 执行, 执行数, 实际支出…; nothing else in it) right after the item's own
/// budget is that budget's final and the item's amount (<see cref="PlaceFinal"/>), as 决算数 after 预算数 already was.
/// A label naming anything else ("其中公务用车运行维护费支出 X") and an item with only a budget are left as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The item's amount written with a bare spending word after the item's own budget opened in the colon's sentence (see the
    /// class); true when placed. Called by <see cref="ColonItemFinal"/> with a budget open and the item without an amount.
    /// </summary>
    private bool ColonItemSpendingAfterBudget(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (budget is null || BudgetOwnerOf(budget) != subject || b.Has(budget, "finalAmount") || !IsBareSpendingWord(label))
        {
            return false;
        }

        PlaceFinal(budget, clause, token, span);
        return true;
    }

    /// <summary>Whether <paramref name="label"/> (trimmed, without a leading clause mark) is one spending word and nothing else.</summary>
    private static bool IsBareSpendingWord(string label)
    {
        var word = label.Trim().TrimStart(',', ';', '、');
        return Array.IndexOf(LineExecutedWords, word) >= 0 || Array.IndexOf(LineExecutedWords, word.TrimEnd('为')) >= 0;
    }
}
