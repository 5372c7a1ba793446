namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The family of a <see cref="ConditionTest"/> (条件测试的类别): what the test reads, and so which method decides it — in
/// the interpreter and in the compiled conditions alike (<see cref="ConditionRelationEvaluator"/>).
/// </summary>
internal enum ConditionTestFamily
{
    /// <summary>A test the evaluator does not know (it throws when a case reaches it).</summary>
    Unknown,

    /// <summary>A place: present, non-blank text, a non-empty list, an amount below, its name or an ancestor's.</summary>
    Place,

    /// <summary>A figure's value as written: zero, non-zero, its sign, a constant, less than another.</summary>
    Value,

    /// <summary>A value's text: equal to a constant or another's, its start, its length.</summary>
    Text,

    /// <summary>A value's text looked up among a list's rows: a code prefix, a code, a name.</summary>
    List,

    /// <summary>A figure's interval: meets another's, its bounds against a constant, covers a constant.</summary>
    Range,
}
