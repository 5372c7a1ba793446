namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 54 (precise54; blind round 50 t03): a 款 line's change explained by its 项 lines. "1．抚恤（款）9397.65万元，比上年增（减）
/// +431.20万元（+4.81%）。" is followed by its 项, each "（1）死亡抚恤（2080801）…，比上年增（减）+182.15万元…，主要原因是…": the text gives
/// the 款's change no sentence of its own, and FA2106 said it has no reason (×6 there). The 款's change is the sum of its 项's
/// changes, so when the 项 after the 款 line add up to it — their amounts to the 款's amount and their signed changes to its
/// signed change, each rounding of a printed figure allowed — and every one of them that moved gives its reason, those reasons
/// are the 款's: it takes them (the text's words, each once, joined by "；") with a located note. A 项 that moved without a
/// reason, a group that does not add up (a 项 missing, or items of another 款) or a 款 change with a reason of its own leaves
/// the 款 as it was, so FA2106 still asks where a reason is missing.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The general budget's item list.</summary>
    private const string GeneralBudgetItems = N + "generalBudget/items";

    /// <summary>One rounding of a printed amount (two decimals): the slack per figure of a sum.</summary>
    private const decimal PrintedRounding = 0.005m;

    /// <summary>
    /// Gives each 款 line of the general budget's items (an item without a code whose change has no reason) the reasons of the
    /// coded 项 right after it, when they add up to it and all that moved give one (see the type's summary).
    /// </summary>
    private void PlaceSectionReasonsFromItems()
    {
        if (b.Find(GeneralBudgetItems) is not { Kind: DraftKind.Array } items || items.Count < 2)
        {
            return;
        }

        for (var i = 0; i < items.Count - 1; i++)
        {
            var head = items.At(i);
            if (head.Member("code") is not null || head.Member("change") is not { } change || change.Member("reason") is not null
                || !SignedItemChange(head, out var headChange) || !TryDecimal(ReportBuilder.ItemString(items, i, "amount"), out var amount))
            {
                continue;
            }

            var reasons = ItemReasonsAddingUp(items, i + 1, amount, headChange);
            if (reasons is null)
            {
                continue;
            }

            var pointer = GeneralBudgetItems + "/" + i.ToString(CultureInfo.InvariantCulture) + "/change";
            var span = b.Spans.TryGetValue(pointer + "/amount", out var at) ? at : head.Span;
            b.SetUnder(pointer, "reason", DraftNode.Of(reasons), span);
            Note(span, DisclosureMessages.SectionChangeExplainedByItems, ReportBuilder.ItemString(items, i, "name") ?? pointer);
        }
    }

    /// <summary>
    /// The reasons of the coded items from <paramref name="first"/> on that add up to a 款 of <paramref name="amount"/> and
    /// signed change <paramref name="change"/> (each once, joined by "；"), or null when they do not add up, one of them moved
    /// without a reason or none moved.
    /// </summary>
    private static string? ItemReasonsAddingUp(DraftNode items, int first, decimal amount, decimal change)
    {
        var sum = 0m;
        var changes = 0m;
        var reasons = new List<string>();
        for (var j = first; j < items.Count; j++)
        {
            var item = items.At(j);
            if (item.Member("code") is null || !TryDecimal(ReportBuilder.ItemString(items, j, "amount"), out var part)
                || !SignedItemChange(item, out var moved))
            {
                return null;   // an item of no code (the next 款), or a 项 whose amount or change is not read
            }

            if (moved != 0m)
            {
                if (item.Member("change") is not { } own || own.Member("reason") is not { Kind: DraftKind.String } reason
                    || reason.Text.Length == 0)
                {
                    return null;
                }

                if (!reasons.Contains(reason.Text))
                {
                    reasons.Add(reason.Text);
                }
            }

            sum += part;
            changes += moved;
            var slack = PrintedRounding * (j - first + 2);
            if (Math.Abs(sum - amount) <= slack)
            {
                return Math.Abs(changes - change) <= slack && reasons.Count > 0 ? string.Join("；", reasons) : null;
            }

            if (sum > amount + slack)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The signed change of an item (a decrease negative, 持平 zero); false when it has no change with an amount.</summary>
    private static bool SignedItemChange(DraftNode item, out decimal value)
    {
        value = 0m;
        if (item.Member("change") is not { } change)
        {
            return false;
        }

        var direction = change.Member("direction") is { Kind: DraftKind.String } d ? d.Text : string.Empty;
        if (direction == "unchanged")
        {
            return true;
        }

        if (change.Member("amount") is not { Kind: DraftKind.String } a || !TryDecimal(a.Text, out value))
        {
            return false;
        }

        value = direction switch
        {
            "increase" => value,
            "decrease" => -value,
            _ => 0m,
        };
        return direction is "increase" or "decrease";
    }
}
