namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (reasons49, blind round 45 t10): a reason written between a figure and the comparison it explains —
/// "初中教育（项）2612.47万元，因在校生增加两个班级，较年初预算2580.00万元超支；". The clause opens with a leading marker
/// (由于, 因为, 因: <see cref="LeadingReasonMarker"/>) after a ',' and has no digit; the clause right after it states, with its
/// figure, the comparison it reads (a budget named with 预算, or a change with a direction word) and is the last of its part
/// (a ';', a '。' or the sentence's end follows). Before, 因 opened a reason only after a direction or a budget relation, so
/// the clause was no one's and the comparison warned that no reason is given (a false FA2206). Only the comparison that
/// clause itself read, without a reason yet, takes it.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// After the clause [<paramref name="start"/>, <paramref name="end"/>) of the part ending at <paramref name="to"/> was
    /// read: when it read a comparison (the reason target moved from <paramref name="targetBefore"/>) and the clause before
    /// it, [<paramref name="previousStart"/>, <paramref name="previousEnd"/>), is a marked reason (see the type's summary),
    /// that clause is the comparison's reason.
    /// </summary>
    private void MidClauseReason(Fragment f, int previousStart, int previousEnd, int start, int end, int to, string? targetBefore)
    {
        if (previousStart < 0 || reasonTarget is not { } target || target == targetBefore || b.Has(target, "reason"))
        {
            return;
        }

        var t = f.Text;
        var next = end;
        while (next < to && t[next] == ' ')
        {
            next++;
        }

        if (next < to && t[next] is not (';' or '。') || previousEnd >= t.Length || t[previousEnd] != ','
            || !Trimmed(t, previousStart, previousEnd, out var reasonStart, out var reasonEnd)
            || LeadingReasonMarker(t, reasonStart, reasonEnd) is var length && length == 0
            || HasDigitIn(t, reasonStart, reasonEnd) || !FigureIn(t, start, end))
        {
            return;
        }

        var said = target.EndsWith("/budget", StringComparison.Ordinal) || target.EndsWith("/secondBudget", StringComparison.Ordinal)
            ? t.IndexOf("预算", start, end - start, StringComparison.Ordinal) >= 0
            : target.EndsWith("/change", StringComparison.Ordinal) && HasAnyIn(t, start, end, Directions);
        if (said && Trimmed(t, reasonStart + length, reasonEnd, out var from, out var stop))
        {
            LeadingReason(f, target, from, stop);
        }
    }
}
