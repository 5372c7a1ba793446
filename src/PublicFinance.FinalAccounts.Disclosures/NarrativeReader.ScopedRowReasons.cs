namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (tables55, blind round 51 t10): the reasons of the rows a below-threshold scope names, one a clause, by their
/// name alone — "执行率低于95%的项目：重大公共卫生服务主要原因是…；老龄卫生健康事务主要原因是…。" under a coded item table. The name
/// has no "(项)" and no way of the difference is written (<see cref="NamedRowReason"/> asks for both): the scope gives the
/// way (below its threshold). A clause gives its reason to the one row whose name opens it (at the clause's start or after
/// the scope's colon) with a reason marker right after the name, only when that row's completion (决算 / 预算) is indeed
/// below the stated threshold — so the reason of an item the scope does not cover never silences its warning.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The markers that open a reason right after a row's name (longest first).</summary>
    private static readonly string[] ScopedReasonMarkers = ["主要原因是", "主要原因为", "主要原因:", "原因是", "主要是", "主要系"];

    /// <summary>
    /// The reason of the row named at the head of the clause [<paramref name="start"/>, <paramref name="end"/>) under a stated
    /// below-threshold scope (see the type's summary); true when one was given.
    /// </summary>
    private bool ScopedRowReason(Fragment fragment, string text, int start, int end, List<(string Code, string Pointer)> items)
    {
        if (budgetScopeThreshold <= 0m)
        {
            return false;
        }

        var head = start;
        while (head < end && text[head] is ' ' or ';')
        {
            head++;
        }

        var colon = text.IndexOf(':', head, end - head);
        string? found = null;
        var reasonAt = -1;
        foreach (var (_, item) in items)
        {
            if (b.FindString(item, "name") is not { Length: >= 2 } name)
            {
                continue;
            }

            foreach (var at in new[] { head, colon + 1 })
            {
                if (at <= 0 && at != head || at + name.Length > end || string.CompareOrdinal(text, at, name, 0, name.Length) != 0
                    || MarkerAt(text, at + name.Length, end) is not { } after)
                {
                    continue;
                }

                if (found is not null && found != item)
                {
                    return false;   // two rows open the clause (one name the start of another's): not certain whose
                }

                (found, reasonAt) = (item, after);
            }
        }

        if (found is null || !BelowScope(found))
        {
            return false;
        }

        var budgetPointer = found + "/budget";
        var reason = text.Substring(reasonAt, end - reasonAt).TrimEnd(';', '。').Trim();
        if (reason.Length < 2 || b.Has(budgetPointer, "reason"))
        {
            return false;
        }

        b.SetUnder(budgetPointer, "reason", DraftNode.Of(reason), b.Span(fragment, reasonAt, end));
        return true;
    }

    /// <summary>Where the reason starts when a reason marker stands at <paramref name="at"/>, or null.</summary>
    private static int? MarkerAt(string text, int at, int end)
    {
        foreach (var marker in ScopedReasonMarkers)
        {
            if (at + marker.Length <= end && string.CompareOrdinal(text, at, marker, 0, marker.Length) == 0)
            {
                return at + marker.Length;
            }
        }

        return null;
    }

    /// <summary>Whether the row at <paramref name="pointer"/> has a budget and its 决算 is below the scope's threshold of it.</summary>
    private bool BelowScope(string pointer)
    {
        var budgetPointer = pointer + "/budget";
        return b.FindString(pointer, "amount") is { } finalText && b.FindString(budgetPointer, "budgetAmount") is { } budgetText
            && TextChecks.TryParseAmount(finalText, out var final) && TextChecks.TryParseAmount(budgetText, out var budgetAmount)
            && budgetAmount > 0m && final * 100m < budgetAmount * budgetScopeThreshold;
    }
}
