using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 32, blind round 30 family F: one reason after both a budget comparison and a year-on-year change of the same figure,
/// in one sentence with nothing between them — "…支出决算为 812.40 万元，完成年初预算的 96.30%，比上年减少 40.16 万元，下降 4.71%，
/// 主要原因是…" — explains both: the change (or the budget) read last takes it as before, and the other one takes it too (before:
/// the budget kept none and FA2206 said "no reason"). A reason whose head names what it explains ("减少的原因是…",
/// "决算数小于预算数的主要原因是…") stays with that one, and so does one after a ';' that separates the two statements. The
/// other one takes the reason once the whole text is read, and only if it has none of its own by then (a later sentence that
/// gives the budget its own reason keeps it, and nothing is stated twice).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The budget comparisons or changes that share a reason read with the other, placed at the end when still without one.
    /// </summary>
    private readonly List<(string Target, string Reason, SourceSpan Span)> sharedBudgetReasons = [];

    /// <summary>
    /// After the reason <paramref name="reasonText"/> was given to <paramref name="target"/> (a <c>…/change</c> or a
    /// <c>…/budget</c>) by the marker at <paramref name="reasonAt"/> of the sentence from <paramref name="from"/> in
    /// <paramref name="t"/>: keeps it for the other statement of the same figure when the sentence stated both before the
    /// marker, with no ';' between, and the marker opens its clause (nothing names what the reason explains).
    /// </summary>
    private void BudgetAndChangeReason(string t, int from, int reasonAt, string target, string reasonText, SourceSpan span)
    {
        // Session 34 (F4): only the part after the last ';' before the marker counts — "其中：…；公务接待费 5.57 万元，比年初预算
        // 减少…，比上年减少…，主要原因是…" states both of 公务接待费 after the list's other items; a ';' between the two
        // statements still keeps the reason with the one after it.
        var semicolon = reasonAt > from ? t.LastIndexOf(';', reasonAt - 1, reasonAt - from) : -1;
        from = semicolon >= 0 ? semicolon + 1 : from;

        // Session 47: the text's own tests first — most reasons state no budget and no direction before them, and the other
        // statement's pointer is joined only for one that does (the same answer: every test is a pure one).
        if (reasonAt <= from || t.IndexOf("预算", from, reasonAt - from, StringComparison.Ordinal) < 0
            || !HasAnyIn(t, from, reasonAt, Directions) || !OpensItsClause(t, from, reasonAt))
        {
            return;
        }

        string? other = null;
        if (target.EndsWith("/change", StringComparison.Ordinal))
        {
            other = target.Substring(0, target.Length - "change".Length) + "budget";
        }
        else if (target.EndsWith("/budget", StringComparison.Ordinal))
        {
            other = target.Substring(0, target.Length - "budget".Length) + "change";
        }

        if (other is null || !b.Has(other) || b.Has(other, "reason")
            || other.EndsWith("/budget", StringComparison.Ordinal) && budget != other
            || other.EndsWith("/change", StringComparison.Ordinal) && !changesOfSentence.Contains(other))
        {
            return;
        }

        sharedBudgetReasons.Add((other, reasonText, span));
    }

    /// <summary>Whether the marker at <paramref name="reasonAt"/> follows a clause break (',' or ':') directly (spaces aside).</summary>
    private static bool OpensItsClause(string t, int from, int reasonAt)
    {
        var at = reasonAt - 1;
        while (at >= from && char.IsWhiteSpace(t[at]))
        {
            at--;
        }

        return at >= from && t[at] is ',' or ':';
    }

    /// <summary>At the end: the shared reasons of <see cref="BudgetAndChangeReason"/> whose statement still has none.</summary>
    private void PlaceSharedBudgetReasons()
    {
        foreach (var (target, reason, span) in sharedBudgetReasons)
        {
            if (b.Has(target) && !b.Has(target, "reason"))
            {
                b.SetUnder(target, "reason", DraftNode.Of(reason), span);
            }
        }
    }
}
