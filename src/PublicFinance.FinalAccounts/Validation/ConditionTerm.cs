namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A weighted figure in a condition's sum or ratio (条件检查中的项), spec §4.15.</summary>
public sealed record ConditionTerm
{
    /// <summary>The reference: a pointer relative to the anchor, an absolute pointer, or <c>$name</c>.</summary>
    public required string Pointer { get; init; }

    /// <summary>+1 to add, −1 to subtract.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>When given, the term takes part only if this holds (否则不计入).</summary>
    public Condition? When { get; init; }
}
