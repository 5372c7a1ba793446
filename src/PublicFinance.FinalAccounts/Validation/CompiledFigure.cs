namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A <see cref="NamedFigure"/> compiled (编译后的命名数字): the first present of its candidates, or a sum.</summary>
/// <param name="FirstOf">The candidates, in order (empty for a sum).</param>
/// <param name="Sum">The terms of a sum (empty otherwise).</param>
internal sealed record CompiledFigure(ConditionReference[] FirstOf, CompiledTerm[] Sum)
{
    /// <summary>Whether the figure is a sum.</summary>
    public bool IsSum => Sum.Length > 0;
}
