namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A <see cref="ConditionCase"/> compiled (编译后的分支).</summary>
/// <param name="When">The condition; null for <c>otherwise</c>.</param>
/// <param name="Then">The outcome.</param>
internal sealed record CompiledCase(CompiledCondition? When, CompiledOutcome Then);
