namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// What a ratio case's first test reads (比率检查的读数; session 35): the stated percentage, the numerator's value and whether
/// it lies in its exact interval, and the denominator as a figure (its value, its interval or the way to work it out).
/// Filled by a generated reader (<see cref="CompiledRatio"/>) as the typed run's general reads fill them.
/// </summary>
internal struct RatioReads
{
    /// <summary>The stated percentage.</summary>
    public Percent Percent;

    /// <summary>Σ weight·value of the numerator's terms, added as <c>ConditionRun.CombineValue</c> adds them.</summary>
    public decimal Numerator;

    /// <summary>Whether the numerator's value lies in its interval with exact bounds (<see cref="Figure.ValueInRange"/>).</summary>
    public bool NumeratorInRange;

    /// <summary>The denominator, as <c>ConditionRun.Combine</c> without locations gives it.</summary>
    public Figure Denominator;
}
