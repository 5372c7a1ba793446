namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A reason written before the figure whose change it explains (session 39, blind round 37, family 3): "由于严格执行公务接待
/// 标准，2024年度“三公”经费财政拨款支出 6.40 万元，比上年减少 1.10 万元，下降 14.67%。" Before, the change had no reason and
/// FA2106 warned. A leading clause is a reason with a marker of its own (由于, 因为, 因) at the sentence's start. Session 40:
/// without a marker, a lead-in of austerity words (<see cref="AusterityWords"/>: "本单位坚持过紧日子，严格控制一般性支出，“三公”
/// 经费支出 12.30 万元，比上年下降 12.69%") explains a <em>decrease</em> — and only a decrease: before an increase the same
/// words are a policy the figure went against, and a lead-in of other words may be a mere preamble, so the Warning stays
/// (precision first, issue 8). The reason goes to the sentence's change only when the sentence states exactly one and no
/// reason follows it.
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
        if (length == 0)
        {
            LeadingAusterityReason(f, from, to);   // session 40: "坚持过紧日子，…，比上年下降 12.69%"
            return;
        }

        if (changesOfSentence.Count != 1 || changesOfSentence[0] is not { } change || b.Has(change, "reason"))
        {
            return;
        }

        var clauseEnd = t.IndexOfAny([',', ';'], from, to - from);
        if (clauseEnd < 0 || HasDigitIn(t, from, clauseEnd) || HasAnyIn(t, from, clauseEnd, Directions)
            || !FigureIn(t, clauseEnd, to) || !Trimmed(t, from + length, clauseEnd, out var start, out var end))
        {
            return;   // a clause with a figure or a direction of its own is no lead-in reason
        }

        LeadingReason(f, change, start, end);
    }

    /// <summary>
    /// Words of austerity (厉行节约, 过紧日子, 压减／压缩开支, 严格控制支出, 中央八项规定) that, in a lead-in without a marker,
    /// explain a decrease (<see cref="LeadingAusterityReason"/>). Not reason markers: they are the reason's own words.
    /// </summary>
    private static readonly string[] AusterityWords =
        ["过紧日子", "厉行节约", "勤俭节约", "八项规定", "压减", "压缩", "严格控制", "从严控制", "严控", "节约开支", "节支"];

    /// <summary>
    /// Session 40: gives the decrease the sentence [<paramref name="from"/>, <paramref name="to"/>) stated the lead-in written
    /// before its first figure — the run of clauses from the sentence's start with no digit and no direction word — when that
    /// run names an austerity word (<see cref="AusterityWords"/>), a figure follows it, and the sentence stated exactly one
    /// change, a decrease without a reason. An increase keeps no reason (the Warning stays).
    /// </summary>
    private void LeadingAusterityReason(Fragment f, int from, int to)
    {
        if (changesOfSentence.Count != 1 || changesOfSentence[0] is not { } change || b.Has(change, "reason")
            || b.FindString(change, "direction") != "decrease")
        {
            return;
        }

        var t = f.Text;
        var runEnd = -1;
        for (var clauseStart = from; clauseStart < to;)
        {
            var clauseEnd = t.IndexOfAny([',', ';'], clauseStart, to - clauseStart);
            if (clauseEnd < 0 || HasDigitIn(t, clauseStart, clauseEnd) || HasAnyIn(t, clauseStart, clauseEnd, Directions))
            {
                break;   // the clause with the first figure (or a direction of its own) ends the lead-in
            }

            runEnd = clauseEnd;
            clauseStart = clauseEnd + 1;
        }

        if (runEnd < 0 || !HasAnyIn(t, from, runEnd, AusterityWords) || !FigureIn(t, runEnd, to)
            || !Trimmed(t, from, runEnd, out var start, out var end))
        {
            return;
        }

        LeadingReason(f, change, start, end);
    }

    /// <summary>Gives <paramref name="change"/> the lead-in [<paramref name="start"/>, <paramref name="end"/>) of
    /// <paramref name="f"/> as its reason, in the original characters, when it is more than one character.</summary>
    private void LeadingReason(Fragment f, string change, int start, int end)
    {
        var reason = f.Slice(start, end);
        var reasonText = b.Raw(reason, 0, reason.Length).Trim();
        if (reasonText.Length > 1)
        {
            b.SetUnder(change, "reason", DraftNode.Of(reasonText), b.Span(reason, 0, reason.Length));
        }
    }
}
