namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34, blind round 32 family W1: a reason sentence whose head names its subject — "“三公”经费减少的主要原因是…",
/// "财政拨款支出增加的原因主要是…" — after a list of items explains the figure it names (the total), not the item read last
/// (before, it went to the last item's change and the total warned that no reason is given, a false FA2106). A head that
/// names no figure is left to <see cref="HeadedReasonTarget"/> (a direction alone) and the other readers.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The change of the figure the head [<paramref name="from"/>, <paramref name="reasonAt"/>) of a reason sentence names,
    /// when the head has no figure and no clause break, names a figure (<see cref="SubjectFrom"/>) whose change was stated
    /// with a direction, has no reason yet, and goes the way the head says (if it says one); else null.
    /// </summary>
    private string? NamedReasonTarget(string t, int from, int reasonAt)
    {
        reasonAt = BeforeClauseBreak(t, from, reasonAt);   // session 49: "财政拨款收入较上年下降，主要是…" after a table
        if (reasonAt - from < 3 || Scanner.HasFigureIn(t, from, reasonAt))
        {
            return null;
        }

        var head = t.Substring(from, reasonAt - from).Trim();
        foreach (var c in head)
        {
            if (c is ',' or '，' or ';' or '；' or ':' or '：' or '。')
            {
                return null;   // more than a subject and a direction
            }
        }

        while (head.EndsWith("的", StringComparison.Ordinal) || head.EndsWith("了", StringComparison.Ordinal))
        {
            head = head.Substring(0, head.Length - 1);
        }

        if (head.Length < 2 || SubjectFrom(head) is not { } named)
        {
            return null;
        }

        var change = named + "/change";
        if (!b.Has(change, "direction") || b.Has(change, "reason"))
        {
            return null;
        }

        return DirectionOf(head) is not { } said
            || string.Equals(b.FindString(change, "direction"), said, StringComparison.Ordinal) ? change : null;
    }
}
