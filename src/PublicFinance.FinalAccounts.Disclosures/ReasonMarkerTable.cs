namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 35: the reason markers (原因标记) of the narrative reader in one table — before, <c>ReasonMarkers</c>,
/// <c>WeakReasonMarkers</c>, <c>SentenceReasonMarkers</c>, <c>LeadingReasonMarkers</c> and <c>DifferenceReasonMarkers</c> were
/// five lists of largely the same words, written apart. Each list is the table's markers of one role, in the table's order.
/// Every reader takes, at one place, the first marker of its list that is written there; the table puts a marker before
/// any marker that is its prefix ("主要原因是:" before "主要原因是", "主要是由于" before "主要是"), so the first written is the
/// longest, whatever the list (<c>ReasonMarkerTableTests</c> pins the words of each list and this order).
/// </summary>
internal static class ReasonMarkerTable
{
    private const ReasonMarkerRoles In = ReasonMarkerRoles.InSentence;
    private const ReasonMarkerRoles Weak = ReasonMarkerRoles.InSentence | ReasonMarkerRoles.Weak;
    private const ReasonMarkerRoles Opens = ReasonMarkerRoles.OpensSentence;
    private const ReasonMarkerRoles Leads = ReasonMarkerRoles.Leading;
    private const ReasonMarkerRoles Differs = ReasonMarkerRoles.Difference;

    /// <summary>Every marker with its roles; normalised punctuation (':' for '：').</summary>
    private static readonly (string Marker, ReasonMarkerRoles Roles)[] Entries =
    [
        ("主要原因是:", In | Opens), ("主要原因是", In | Opens), ("主要原因为:", In | Opens), ("主要原因为", Opens),
        ("主要原因:", In | Opens), ("原因是:", In | Opens), ("原因为:", In | Opens), ("差异原因是:", In),
        ("原因是", In | Opens), ("原因为", In | Opens),
        ("主要是由于", Opens | Leads | Differs), ("主要是因为", Opens | Leads | Differs),
        ("主要是", Weak | Opens | Leads | Differs), ("主要用于", Weak), ("主要系", Weak | Opens | Leads | Differs),
        ("系因", Weak | Leads), ("主要由于", Weak | Opens | Leads | Differs), ("是由于", Weak | Opens | Leads | Differs),
        ("主要原因如下:", In), ("原因如下:", In), ("原因主要是:", In), ("原因主要是", In), ("原因主要为", In),
        ("变动原因是:", In), ("变动原因是", In), ("变动原因:", In), ("变化原因是", In), ("变化原因:", In),
        ("原因系", In), ("原因在于", In),
        ("主要原因一是", In), ("原因一是", In),   // "降低的主要原因一是…；二是…" (session 22)
        ("原因:", Weak | Opens),   // Session 32 (D): "下降的原因：一是…", "减少原因：…" — weak, or opening its sentence
    ];

    /// <summary>The markers that have every role of <paramref name="roles"/>, in the table's order.</summary>
    public static string[] With(ReasonMarkerRoles roles)
        => [.. Entries.Where(e => (e.Roles & roles) == roles).Select(e => e.Marker)];
}
