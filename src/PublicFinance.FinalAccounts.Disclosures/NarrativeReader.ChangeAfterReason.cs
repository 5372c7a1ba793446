namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A reason that ends at ';' before the next figure's change with a reason of its own (blind round 38, family 4): "财政拨款
/// 收入较上年增加 2112.33 万元，增长 6.40%，主要是人员经费标准提高；事业收入比上年减少 312.40 万元，下降 9.75%，主要是落实学费
/// 减免政策". Before, the first reason ran to the sentence's end and took the second change with it, so the second change had
/// no reason (a false FA2106). The clause after ';' must compare with the prior year (上年) and state a direction before its
/// amount, and a reason marker must follow later in the sentence: a reason that only names a change ("主要是事业收入比上年减少
/// 20.00 万元") goes on as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether <paramref name="rest"/> (the text after a ';' inside a reason) opens with a clause — ending at
    /// <paramref name="firstClauseEnd"/> — that states a subject's change from the prior year with its amount, and a reason
    /// marker (<see cref="CodedReasonMarkers"/>) follows that clause.
    /// </summary>
    private static bool ChangeWithItsOwnReason(string rest, int firstClauseEnd)
    {
        var next = 0;
        if (firstClauseEnd <= 0 || !Scanner.NextIn(rest, 0, firstClauseEnd, ref next, out var figure) || !figure.IsMoney
            || figure.Start < 4 || !HasAnyIn(rest, 0, figure.Start, Directions))
        {
            return false;
        }

        if (!PriorYearBasisAfterSubject(rest, figure.Start))
        {
            return false;   // "比上年"/"较上年"/"同比" after a subject of its own: "事业收入比上年减少…"
        }

        foreach (var marker in CodedReasonMarkers)
        {
            if (rest.IndexOf(marker, firstClauseEnd, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a prior-year basis word (<see cref="PriorYearBasisWords"/>: 比上年, 较上年, 同比 …) stands after a subject of at
    /// least two characters and before <paramref name="end"/> of <paramref name="rest"/> (session 42, blind round 39 t01:
    /// "…主要是 A；经营收入同比增加 X 万元，…，主要是 B" — 同比 was not a basis, so A ran on and took B's change with it).
    /// </summary>
    private static bool PriorYearBasisAfterSubject(string rest, int end)
    {
        foreach (var word in PriorYearBasisWords)
        {
            var at = rest.IndexOf(word, 0, end, StringComparison.Ordinal);
            if (at >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
