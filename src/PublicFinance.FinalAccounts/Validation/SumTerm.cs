namespace PublicFinance.FinalAccounts.Validation;

/// <summary>One addend of a <see cref="SumRelation"/> (加项).</summary>
public sealed record SumTerm
{
    /// <summary>Pointer template of the addend.</summary>
    public required string Pointer { get; init; }

    /// <summary>+1 to add, −1 to subtract.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>
    /// Whether the addend may be absent (not disclosed) without stopping the check; absent counts as not reported,
    /// as in XBRL. Non-optional absent addends make the check "could not run".
    /// </summary>
    public bool Optional { get; init; }

    /// <summary>
    /// Whether the addend is the residual part that closes its list (其他收入, session 36): when it is stated, the list is
    /// read as complete, and a <see cref="SumRelation.LowerBoundWhenPartial"/> sum checks equality even with another optional
    /// addend absent (that one is then none).
    /// </summary>
    public bool ClosesList { get; init; }

    /// <summary>When summing over a list: only rows whose <c>code</c> is one of these (empty: no filter).</summary>
    public IReadOnlyList<string> Codes { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>When summing over a list: skip rows whose <c>code</c> is one of these.</summary>
    public IReadOnlyList<string> ExcludeCodes { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>When summing over a list: only rows whose <c>code</c> has this many digits (0: any).</summary>
    public int CodeLength { get; init; }
}
