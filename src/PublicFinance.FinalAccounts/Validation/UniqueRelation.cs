namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// No two rows of a list have the same key (唯一性), e.g. a code listed twice in one table. Spec §4.11.
/// </summary>
public sealed record UniqueRelation : Relation
{
    /// <summary>Pointer of the list.</summary>
    public required string List { get; init; }

    /// <summary>Member of a row holding the key (default <c>code</c>).</summary>
    public string Key { get; init; } = "code";

    /// <summary>Whether a finding points at the rows (true) rather than at their key members (false, the default).</summary>
    public bool PointAtRow { get; init; }
}
