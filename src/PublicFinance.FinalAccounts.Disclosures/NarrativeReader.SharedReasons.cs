using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (excerpts), the reader's precision families (blindfixa): w1 — the income and the expenditure change in
/// one sentence, with one reason after both ("本年收入合计增加 X 万元，增长 a%；本年支出合计增加 Y 万元，增长 b%。主要原因是…"):
/// each change is its own total's, and the reason covers both. The period families (f1, f2) are in
/// <c>NarrativeReader.YearSeries.cs</c>, the adjusted comparison (f3) in <c>NarrativeReader.SameBasis.cs</c>.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// w1: keeps the reason of a sentence whose changes of unstated named totals were kept (<see cref="PendNamedChange"/>)
    /// for each total the sentence named, not only the last: "…本年收入合计增加 50.00 万元，增长 10.00%；本年支出合计增加 40.00
    /// 万元，增长 8.00%。主要原因是…" explains both changes (as a reason after a total and its classes does, FA2106) — in the
    /// sentence of the changes or in a sentence right after it that opens with the reason (<paramref name="from"/> to
    /// <paramref name="reasonAt"/> of the sentence being read holds no figure).
    /// </summary>
    private void PendNamedChangeReasons(string reason, SourceSpan span, int from, int reasonAt)
    {
        if (pendingNamedChanges is not { Count: > 0 } pending)
        {
            return;
        }

        var sentence = pending[pending.Count - 1].Sentence;
        if (!UnstatedChangeNoted
            && !(reasonAt >= from && !FigureIn(currentSentence, from, reasonAt) && SentenceRightAfter(sentence, sentenceStart)))
        {
            return;
        }

        // From the end back over the sentence's parts: the reason goes right after the last part of each total, so that the
        // parts of one total stay together (PlaceNamedTotalChanges places them total by total).
        string? done = null;
        for (var i = pending.Count - 1; i >= 0 && pending[i].Sentence == sentence; i--)
        {
            var part = pending[i];
            if (part.Kind is null || part.Figure == done)
            {
                continue;
            }

            done = part.Figure;
            pending.Insert(i + 1, part with { Kind = null, Direction = null, Value = DraftNode.Of(reason), Span = span });
        }
    }

    /// <summary>
    /// w1: where the sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> (at
    /// <paramref name="at"/> in the normalised text) opens with a weak reason ("主要系…", "主要是…") right after a sentence whose
    /// changes of unstated named totals were kept: the reason of those changes (placed with them), with the marker's length;
    /// −1 otherwise. A strong marker (主要原因是) is found before this, as for any sentence.
    /// </summary>
    private int PendedChangesReasonAt(string t, int from, int to, int at, out int length)
    {
        length = 0;
        if (reasonTarget is not null || pendingNamedChanges is not { Count: > 0 } pending
            || !SentenceRightAfter(pending[pending.Count - 1].Sentence, at))
        {
            return -1;
        }

        foreach (var marker in LeadingReasonMarkers)
        {
            if (Scanner.Starts(t, from, marker, to))
            {
                var clauseEnd = t.IndexOfAny([',', ';'], from, to - from);
                if (FigureIn(t, from + marker.Length, clauseEnd < 0 ? to : clauseEnd))
                {
                    return -1;   // "主要是项目支出 X 万元": a figure of its own
                }

                length = marker.Length;
                return from;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the sentence at <paramref name="current"/> is the one right after the sentence that starts at
    /// <paramref name="previous"/> in the normalised text: only blanks stand between the first 。 after it and this one.
    /// </summary>
    private bool SentenceRightAfter(int previous, int current)
    {
        var text = b.Text;
        if (previous < 0 || previous >= current || current > text.Length)
        {
            return false;
        }

        var end = text.IndexOf('。', previous, current - previous);
        return end >= 0 && IsBlank(text.AsSpan(end + 1, current - end - 1));
    }
}
