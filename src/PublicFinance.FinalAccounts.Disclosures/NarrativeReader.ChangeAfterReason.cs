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

        var basis = rest.IndexOf("上年", 0, figure.Start, StringComparison.Ordinal);
        if (basis < 3 || rest[basis - 1] is not ('比' or '较'))
        {
            return false;   // "比上年"/"较上年" after a subject of its own: "事业收入比上年减少…"
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
}
