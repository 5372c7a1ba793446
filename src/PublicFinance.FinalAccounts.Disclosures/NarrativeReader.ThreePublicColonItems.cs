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
/// Session 64 (fix61, blind round 61): a bare 支出 after the colon is the item's amount too ("（3）公务用车运行维护费：支出5.87万元，
/// 完成年初预算的90.31%" — before, the amount was not placed and the item, holding a rate and a change, was dropped as a part
/// without its amount), and so is a final's word or a bare 支出 opening the sentence right after a heading sentence that is only
/// the item's name ("2.公务用车购置及运行维护费。支出决算3.86万元…", <see cref="HeadedItemSentence"/>).
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
        var headed = colonItemSentence != sentenceStart && HeadedItemSentence(label);   // session 64 (fix61): "2.…费。支出决算…"
        if (colonItemSentence != sentenceStart && !headed || section != Section.ThreePublic || subject is null
            || !subject.StartsWith(N + "threePublic/", StringComparison.Ordinal) || b.Has(subject, "amount"))
        {
            return false;
        }

        if (budget is not null)
        {
            // session 45 (NarrativeReader.ColonItemBudgetFirst.cs); after a heading the budget's own readings place the final
            return !headed && ColonItemSpendingAfterBudget(clause, token, label, span);
        }

        if (!IsFinalLabel(label) && !IsBareSpendingWord(label))
        {
            return false;   // session 64 (fix61): "公务接待费：支出 1.36 万元" — a bare 支出 is the item's amount too
        }

        b.SetUnder(subject, "amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>The start of the last sentence that was only a 三公 item's heading ("2.公务接待费。"), or −1.</summary>
    private int threePublicHeadingSentence = -1;

    /// <summary>
    /// Session 64 (fix61, blind round 61 t01): whether the sentence being read comes right after a sentence that was only a
    /// 三公 item's heading ("2.公务用车购置及运行维护费。支出决算3.86万元，完成预算的85.78%，较上年减少0.35万元") and
    /// <paramref name="label"/> names no 三公 figure of its own: the heading's item (the subject) owns the amount.
    /// </summary>
    private bool HeadedItemSentence(string label)
        => threePublicHeadingSentence >= 0 && threePublicHeadingSentence == previousSentenceStart && sentenceStart != previousSentenceStart
            && SubjectFrom(label) is null;
}
