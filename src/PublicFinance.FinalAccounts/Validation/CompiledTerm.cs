namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A <see cref="ConditionTerm"/> compiled (编译后的加数): its reference, weight and condition.</summary>
/// <param name="Reference">The figure's reference.</param>
/// <param name="Weight">+1 or −1.</param>
/// <param name="When">The condition under which the term counts; null when it always does.</param>
internal sealed record CompiledTerm(ConditionReference Reference, int Weight, CompiledCondition? When);
