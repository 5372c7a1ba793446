namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The outcome of a case of a <see cref="ConditionRelation"/> (情形结果), spec §4.15.</summary>
public sealed record ConditionOutcome
{
    /// <summary>What is recorded.</summary>
    public required ConditionOutcomeKind Kind { get; init; }

    /// <summary>
    /// The pointers named by a failure or a "could not run"; for a ratio, when given, the pointers after the percentage
    /// in the diagnostic.
    /// </summary>
    public IReadOnlyList<string> Pointers { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>A failure's difference: the printed value of the first reference minus that of the second (差额; optional).</summary>
    public IReadOnlyList<string> Difference { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>The total of a sum, the lesser figure, or the percentage of a ratio.</summary>
    public string? Checked { get; init; }

    /// <summary>The greater figure of a <see cref="ConditionOutcomeKind.LessOrEqual"/> check.</summary>
    public string? Greater { get; init; }

    /// <summary>The items of a sum, or the numerator terms of a ratio.</summary>
    public IReadOnlyList<ConditionTerm> Items { get; init => field = ValueList.From(value); } = ValueList.Empty<ConditionTerm>();

    /// <summary>
    /// For a sum: whether its items are only a lower bound of the total when an item with a <c>when</c> is left out
    /// (部分列示为下限, session 36; as <see cref="SumRelation.LowerBoundWhenPartial"/>). Every item's weight is +1.
    /// </summary>
    public bool LowerBoundWhenPartial { get; init; }

    /// <summary>The denominator terms of a ratio.</summary>
    public IReadOnlyList<ConditionTerm> Denominator { get; init => field = ValueList.From(value); } = ValueList.Empty<ConditionTerm>();
}
