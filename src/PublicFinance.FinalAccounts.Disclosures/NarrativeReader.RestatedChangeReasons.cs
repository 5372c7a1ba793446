namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 41, t01): one change stated in two sections, with its reason in one of them only — "本年支出减少
/// 184.83 万元，主要原因是…" in the overview, "本年支出合计 6903.57 万元，较上年度减少 184.83 万元，下降 2.61%" in 支出决算情况.
/// The restated change had no reason (a false FA2106). It is the same figure's change (本年收入 and the 收入 section's
/// total, 本年支出 and the 支出 section's), in the same direction and of the same amount: it takes the reason given for it,
/// with a note — whether the overview's change was kept for a total it did not state (<see cref="PendNamedChange"/>) or
/// placed at its own figure. A change of another amount or direction, or of figures stated differently, takes nothing.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The figures that are one figure stated in two sections (relative to /narrative/).</summary>
    private static readonly (string Overview, string Section)[] RestatedFigures =
    [
        ("overall/currentYearIncome", "income/total"),
        ("overall/currentYearExpenditure", "expenditure/total"),
    ];

    /// <summary>After the text: a change of a figure stated in two sections takes the reason the other statement gives.</summary>
    private void PlaceRestatedChangeReasons()
    {
        foreach (var (overview, own) in RestatedFigures)
        {
            if (!RestatedChangeReason(N + overview, N + own))
            {
                RestatedChangeReason(N + own, N + overview);
            }
        }
    }

    /// <summary>
    /// Gives the change of <paramref name="to"/> the reason of the change of <paramref name="from"/> when it has none, and the
    /// two figures and their changes agree (amount, direction, amount of the change, and the rate where both state one);
    /// false when nothing was carried over.
    /// </summary>
    private bool RestatedChangeReason(string from, string to)
    {
        var fromChange = from + "/change";
        var toChange = to + "/change";
        if (b.FindString(fromChange, "reason") is not { Length: > 0 } reason || b.Find(toChange) is null || b.Has(toChange, "reason")
            || b.Find(fromChange + "/reason") is not { Mapped: true } stated)
        {
            return false;
        }

        if (AmountAt(fromChange) is not { } amount || AmountAt(toChange) != amount
            || !string.Equals(b.FindString(fromChange, "direction"), b.FindString(toChange, "direction"), StringComparison.Ordinal)
            || AmountAt(from) is { } x && AmountAt(to) is { } y && x != y
            || b.FindString(fromChange, "rate") is { } rate && b.FindString(toChange, "rate") is { } restated
            && !SameValue(rate, restated))
        {
            return false;
        }

        b.SetUnder(toChange, "reason", DraftNode.Of(reason), stated.Span);
        Note(stated.Span, DisclosureMessages.ReasonOfRestatedChange, reason);
        return true;
    }

    /// <summary>
    /// The parts [<paramref name="from"/>, <paramref name="to"/>) of a change kept for an unstated named total
    /// (<see cref="PlaceNamedTotalChange"/>), when the total's figure already holds a <paramref name="change"/> of its own:
    /// that change takes the parts' reason when it has none and the parts state the same change — the same direction, an
    /// amount of the same value, and a rate of the same value where both state one.
    /// </summary>
    private void RestatedNamedChangeReason(string change, int from, int to)
    {
        if (b.Has(change, "reason") || b.FindString(change, "direction") is not { } direction)
        {
            return;
        }

        PendingChangePart? reason = null;
        var sameAmount = false;
        for (var i = from; i < to; i++)
        {
            var part = pendingNamedChanges![i];
            if (part.Kind is not { } kind)
            {
                reason ??= part;
                continue;
            }

            var stated = b.FindString(change, kind == ClaimKind.ChangeAmount ? "amount" : "rate");
            if (!string.Equals(part.Direction, direction, StringComparison.Ordinal)
                || stated is null && kind == ClaimKind.ChangeAmount || stated is not null && !SameValue(stated, part.Value.Text))
            {
                return;
            }

            sameAmount |= kind == ClaimKind.ChangeAmount;
        }

        if (reason is { } given && sameAmount && given.Value.Text is { Length: > 0 } text)
        {
            b.SetUnder(change, "reason", given.Value, given.Span);
            Note(given.Span, DisclosureMessages.ReasonOfRestatedChange, text);
        }
    }

    /// <summary>Whether two figures as written have the same value ("184.83" and "184.830").</summary>
    private static bool SameValue(string first, string? second)
        => decimal.TryParse(first, NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
            && decimal.TryParse(second, NumberStyles.Number, CultureInfo.InvariantCulture, out var y) && x == y;
}
