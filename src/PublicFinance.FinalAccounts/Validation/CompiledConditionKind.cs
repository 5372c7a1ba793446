namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The form of a <see cref="CompiledCondition"/> (条件的形式), tried in this order as the spec reads a condition.</summary>
internal enum CompiledConditionKind
{
    /// <summary>Every child holds.</summary>
    AllOf,

    /// <summary>Some child holds.</summary>
    AnyOf,

    /// <summary>The inner condition does not hold.</summary>
    Not,

    /// <summary>A run option has a value.</summary>
    Option,

    /// <summary>A test of a reference.</summary>
    Test,
}
