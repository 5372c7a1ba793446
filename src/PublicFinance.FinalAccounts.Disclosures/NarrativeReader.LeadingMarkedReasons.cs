namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A reason written before the figure whose change it explains (session 39, blind round 37, family 3): "由于严格执行公务接待
/// 标准，2024年度“三公”经费财政拨款支出 6.40 万元，比上年减少 1.10 万元，下降 14.67%。" Before, the change had no reason and
/// FA2106 warned. A leading clause is a reason only with a marker of its own (由于, 因为, 因) at the sentence's start: a
/// lead-in without one ("本单位坚持过紧日子，…下降 12.69%") may be a reason, a policy or a mere preamble, and the Warning — a
/// prompt to look — is cheaper than a silence that a wrong reading would give (precision first, issue 8). The reason goes
/// to the sentence's change only when the sentence states exactly one and no reason follows it.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The markers that open a leading reason clause (因 not as in 因公, 因此, 因而: <see cref="LeadingReasonMarker"/>).</summary>
    private static readonly string[] LeadingClauseReasonMarkers = ["由于", "因为", "因"];

    /// <summary>
    /// The length of the marker of <see cref="LeadingClauseReasonMarkers"/> written at <paramref name="from"/> of
    /// <paramref name="t"/>; 0 when none is (因公出国, 因此, 因而 are no reason's marker).
    /// </summary>
    private static int LeadingReasonMarker(string t, int from, int to)
    {
        foreach (var marker in LeadingClauseReasonMarkers)
        {
            if (Scanner.Starts(t, from, marker, to))
            {
                var next = from + marker.Length;
                return marker == "因" && next < to && t[next] is '公' or '此' or '而' or '素' ? 0 : marker.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Gives the change the sentence [<paramref name="from"/>, <paramref name="to"/>) stated the reason written in its first
    /// clause, when that clause opens with a marker (<see cref="LeadingReasonMarker"/>) and holds no digit, and the sentence
    /// goes on with figures and stated exactly one change, which has no reason yet. Asked only of a sentence without a
    /// reason marker after its figures.
    /// </summary>
    private void LeadingMarkedReason(Fragment f, int from, int to)
    {
        var t = f.Text;
        var length = LeadingReasonMarker(t, from, to);
        if (length == 0 || changesOfSentence.Count != 1 || changesOfSentence[0] is not { } change || b.Has(change, "reason"))
        {
            return;
        }

        var clauseEnd = t.IndexOfAny([',', ';'], from, to - from);
        if (clauseEnd < 0 || HasDigitIn(t, from, clauseEnd) || HasAnyIn(t, from, clauseEnd, Directions)
            || !FigureIn(t, clauseEnd, to) || !Trimmed(t, from + length, clauseEnd, out var start, out var end))
        {
            return;   // a clause with a figure or a direction of its own is no lead-in reason
        }

        var reason = f.Slice(start, end);
        var reasonText = b.Raw(reason, 0, reason.Length).Trim();
        if (reasonText.Length > 1)
        {
            b.SetUnder(change, "reason", DraftNode.Of(reasonText), b.Span(reason, 0, reason.Length));
        }
    }
}
