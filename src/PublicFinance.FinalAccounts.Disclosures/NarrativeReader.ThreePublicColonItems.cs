using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (fam40, issue 8): a 三公 item named before a colon whose amount has a final's words of its own after the
/// colon — "因公出国（境）费：支出决算为 12.30 万元，完成预算的 98.46％", "公务接待费：决算数 8.00 万元，为年初预算的 80.0%".
/// <see cref="ColonItem"/> made the item the subject, but the amount's label (支出决算为) names no item and no other member,
/// so the amount was "an amount the reader could not place", and the item's completion rate after it was dropped with the
/// item (a part without its amount). Now a final's label (<see cref="IsFinalLabel"/>) in the sentence whose colon made the
/// item the subject places the item's amount (<see cref="ColonItemFinal"/>) while no budget is open and the item has none:
/// the rate after it is the item's budget comparison's, as when the name is written in the label ("因公出国（境）费支出决算为…").
/// A budget's words after the colon ("公务接待费：年初预算为…") were read before (the budget opens on the subject).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The sentence (its start) in which an item's name before a colon made the item the subject, or −1.</summary>
    private int colonItemSentence = -1;

    /// <summary>
    /// The item's amount after its colon and a final's words ("因公出国（境）费：支出决算为 12.30 万元"): placed on the item the
    /// colon made the subject in this sentence, when no budget is open and the item has no amount yet. True when placed.
    /// </summary>
    private bool ColonItemFinal(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (colonItemSentence != sentenceStart || section != Section.ThreePublic || subject is null
            || !subject.StartsWith(N + "threePublic/", StringComparison.Ordinal) || b.Has(subject, "amount"))
        {
            return false;
        }

        if (budget is not null)
        {
            return ColonItemSpendingAfterBudget(clause, token, label, span);   // session 45 (NarrativeReader.ColonItemBudgetFirst.cs)
        }

        if (!IsFinalLabel(label))
        {
            return false;
        }

        b.SetUnder(subject, "amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }
}
