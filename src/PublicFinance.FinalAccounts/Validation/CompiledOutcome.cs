namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A <see cref="ConditionOutcome"/> with its references parsed (编译后的结果).</summary>
internal sealed class CompiledOutcome
{
    /// <summary>What happens.</summary>
    public required ConditionOutcomeKind Kind { get; init; }

    /// <summary>The places a finding or a "could not run" names; a ratio's figures.</summary>
    public ConditionReference[] Pointers { get; init; } = [];

    /// <summary>The two figures whose difference a failure states.</summary>
    public ConditionReference[] Difference { get; init; } = [];

    /// <summary>The checked figure: a sum's total, the lesser figure, the stated percentage.</summary>
    public ConditionReference? Checked { get; init; }

    /// <summary>The bound of a comparison.</summary>
    public ConditionReference? Greater { get; init; }

    /// <summary>A sum's items or a ratio's numerator.</summary>
    public CompiledTerm[] Items { get; init; } = [];

    /// <summary>For a sum: whether its items are a lower bound when an item is left out by its <c>when</c>.</summary>
    public bool LowerBoundWhenPartial { get; init; }

    /// <summary>A ratio's denominator.</summary>
    public CompiledTerm[] Denominator { get; init; } = [];
}
