namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (issue 8; blind round 36, "misreadings that raised nothing"): 主要用于 is a purpose (用途), not a reason. After a
/// change, "…比上年增加 10.00 万元，增长 10.00%，主要用于国有企业改革成本支出" says what the money went to, not why it moved:
/// taken as the change's reason, it hid the true FA2106 Warning of a text that gives none (round 36 t09), and where the text
/// does give one ("…主要用于…，增加原因是新增企业退休人员管理补助", or in the next sentence) the purpose was kept and the real
/// reason left unattached (t06). Now a sentence whose first reason marker is 主要用于 (<see cref="PurposeMarkers"/>) takes its
/// reason from the first marker after it that names a cause in words (<see cref="ExplicitReasonMarkers"/>: 原因是, 主要是由于,
/// 原因：…); with none, the sentence gives no reason — the purpose is still cut off from the sentence's figures as before, and
/// a reason sentence after it explains the change as any would. Issue 8 lists 主要用于 among the reason markers FA2106 missed;
/// docs/reader.md ("Session 39: fund flows and whose reason") argues why a purpose after a change explains nothing.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The markers of a purpose (<see cref="ReasonMarkerRoles.Purpose"/>: 主要用于).</summary>
    private static readonly string[] PurposeMarkers = ReasonMarkerTable.With(ReasonMarkerRoles.Purpose);

    /// <summary>The markers that name a cause in words (<see cref="ReasonMarkerRoles.Explicit"/>), longest first at a place.</summary>
    private static readonly string[] ExplicitReasonMarkers = ReasonMarkerTable.With(ReasonMarkerRoles.Explicit);

    /// <summary>Whether one of <see cref="PurposeMarkers"/> is written at <paramref name="at"/> of <paramref name="t"/>.</summary>
    private static bool IsPurposeAt(string t, int at, int to)
    {
        foreach (var marker in PurposeMarkers)
        {
            if (Scanner.Starts(t, at, marker, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// When the reason marker found at <paramref name="reasonAt"/> in the sentence that ends at <paramref name="to"/> is a
    /// purpose: the first marker that names a cause after it (its place, and its length in
    /// <paramref name="length"/>), or −1 when there is none (the sentence gives no reason; <paramref name="purposeAt"/> is then
    /// where the purpose starts, so the figures are read before it only). Any other marker is returned as found.
    /// </summary>
    private static int ReasonPastPurpose(string t, int to, int reasonAt, ref int length, out int purposeAt)
    {
        purposeAt = -1;
        if (reasonAt < 0 || !IsPurposeAt(t, reasonAt, to))
        {
            return reasonAt;
        }

        purposeAt = reasonAt;
        var best = -1;
        var bestLength = 0;
        foreach (var marker in ExplicitReasonMarkers)
        {
            var at = t.IndexOf(marker, reasonAt + length, to - reasonAt - length, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                bestLength = marker.Length;   // the table puts the longer first: at one place the first found is kept
            }
        }

        length = best >= 0 ? bestLength : 0;
        return best;
    }
}
