namespace PublicFinance.FinalAccounts.Validation;

/// <summary>One case of a <see cref="ConditionRelation"/> (情形): when the condition holds, the outcome decides.</summary>
public sealed record ConditionCase
{
    /// <summary>The condition; null always holds.</summary>
    public Condition? When { get; init; }

    /// <summary>What is recorded.</summary>
    public required ConditionOutcome Then { get; init; }
}
