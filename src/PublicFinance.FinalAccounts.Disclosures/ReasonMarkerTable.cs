namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 35: the reason markers (原因标记) of the narrative reader in one table — before, <c>ReasonMarkers</c>,
/// <c>WeakReasonMarkers</c>, <c>SentenceReasonMarkers</c>, <c>LeadingReasonMarkers</c> and <c>DifferenceReasonMarkers</c> were
/// five lists of largely the same words, written apart. Each list is the table's markers of one role, in the table's order.
/// Every reader takes, at one place, the first marker of its list that is written there; the table puts a marker before
/// any marker that is its prefix ("主要原因是:" before "主要原因是", "主要是由于" before "主要是"), so the first written is the
/// longest, whatever the list (<c>ReasonMarkerTableTests</c> pins the words of each list and this order). Session 39: 主要用于
/// is also a purpose (<see cref="ReasonMarkerRoles.Purpose"/>), and the markers that name a cause in words (原因, 由于, 因为) are
/// <see cref="ReasonMarkerRoles.Explicit"/> — the reason of a change whose sentence also says what the money was used for.
/// </summary>
internal static class ReasonMarkerTable
{
    private const ReasonMarkerRoles In = ReasonMarkerRoles.InSentence;
    private const ReasonMarkerRoles Weak = ReasonMarkerRoles.InSentence | ReasonMarkerRoles.Weak;
    private const ReasonMarkerRoles Opens = ReasonMarkerRoles.OpensSentence;
    private const ReasonMarkerRoles Leads = ReasonMarkerRoles.Leading;
    private const ReasonMarkerRoles Differs = ReasonMarkerRoles.Difference;
    private const ReasonMarkerRoles Use = ReasonMarkerRoles.Purpose;
    private const ReasonMarkerRoles Cause = ReasonMarkerRoles.Explicit;

    /// <summary>Every marker with its roles; normalised punctuation (':' for '：').</summary>
    private static readonly (string Marker, ReasonMarkerRoles Roles)[] Entries =
    [
        ("主要原因是:", In | Opens | Cause), ("主要原因是", In | Opens | Cause), ("主要原因为:", In | Opens | Cause),
        ("主要原因为", Opens | Cause), ("主要原因:", In | Opens | Cause), ("原因是:", In | Opens | Cause),
        ("原因为:", In | Opens | Cause), ("差异原因是:", In | Cause), ("差异原因:", In | Cause),
        ("原因是", In | Opens | Cause), ("原因为", In | Opens | Cause),
        ("主要是由于", Opens | Leads | Differs | Cause), ("主要是因为", Opens | Leads | Differs | Cause),
        ("主要是", Weak | Opens | Leads | Differs), ("主要用于", Weak | Use), ("主要系", Weak | Opens | Leads | Differs),
        ("系因", Weak | Leads), ("主要由于", Weak | Opens | Leads | Differs | Cause), ("是由于", Weak | Opens | Leads | Differs | Cause),
        ("主要原因如下:", In | Cause), ("原因如下:", In | Cause), ("原因主要是:", In | Cause), ("原因主要是", In | Cause),
        ("原因主要为", In | Cause), ("变动原因是:", In | Cause), ("变动原因是", In | Cause), ("变动原因:", In | Cause),
        ("变化原因是", In | Cause), ("变化原因:", In | Cause), ("原因系", In | Cause), ("原因在于", In | Cause),
        ("主要原因一是", In | Cause), ("原因一是", In | Cause), ("原因,一是", In | Cause),   // "降低的主要原因一是…；二是…" (session 22)
        ("原因:", Weak | Opens | Cause),   // Session 32 (D): "下降的原因：一是…", "减少原因：…" — weak, or opening its sentence
    ];

    /// <summary>The markers that have every role of <paramref name="roles"/>, in the table's order.</summary>
    public static string[] With(ReasonMarkerRoles roles)
        => [.. Entries.Where(e => (e.Roles & roles) == roles).Select(e => e.Marker)];
}
