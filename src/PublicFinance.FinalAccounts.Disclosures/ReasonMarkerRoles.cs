namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Where the narrative reader takes a reason marker (原因标记) as one (<see cref="ReasonMarkerTable"/>).</summary>
[Flags]
internal enum ReasonMarkerRoles
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Inside a sentence, after its figures (<c>ReasonMarkers</c>: "…增加 X 万元，主要原因是…").</summary>
    InSentence = 1,

    /// <summary>
    /// Weak inside a sentence (<c>WeakReasonMarkers</c>): a reason only after a direction word or a budget relation, else a
    /// use ("主要用于…") or a composition.
    /// </summary>
    Weak = 2,

    /// <summary>Opening the sentence after a typed 财政拨款 change (<c>SentenceReasonMarkers</c>: "。主要原因是…").</summary>
    OpensSentence = 4,

    /// <summary>A weak marker opening the sentence after its change (<c>LeadingReasonMarkers</c>: "。主要是…").</summary>
    Leading = 8,

    /// <summary>A weak marker after a budget difference (<c>DifferenceReasonMarkers</c>: "…的差异，主要是…").</summary>
    Difference = 16,

    /// <summary>
    /// A purpose (用途), not a reason, where the sentence or its change gives no reason in words (<c>PurposeMarkers</c>:
    /// "…比上年减少 X 万元，主要用于…"; session 39): kept in the sentence's markers so that the purpose is cut off from the
    /// figures, never attached as the change's reason.
    /// </summary>
    Purpose = 32,

    /// <summary>
    /// A marker that names a cause in words (原因, 由于, 因为: <c>ExplicitReasonMarkers</c>; session 39): after a purpose in
    /// the same sentence it opens the change's reason ("主要用于…，增加原因是…").
    /// </summary>
    Explicit = 64,
}
