namespace PublicFinance.FinalAccounts.Validation;

/// <summary><c>percent = numerator / denominator × 100</c>, checked with interval arithmetic (占比关系).</summary>
public sealed record RatioRelation : Relation
{
    /// <summary>Pointer template of the stated percentage.</summary>
    public required string Percent { get; init; }

    /// <summary>Pointer template of the part.</summary>
    public required string Numerator { get; init; }

    /// <summary>Pointer template of the whole.</summary>
    public required string Denominator { get; init; }

    /// <summary>
    /// Pointer template of the whole used when <see cref="Denominator"/> has no figure (备用基数; spec §4.14); null for none.
    /// </summary>
    public string? DenominatorFallback { get; init; }
}
