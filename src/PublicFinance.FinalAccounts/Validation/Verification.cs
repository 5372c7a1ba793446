namespace PublicFinance.FinalAccounts.Validation;

/// <summary>One arithmetic check that ran (校验明细): which rule, on which figures, with what result.</summary>
public sealed record Verification
{
    /// <summary>Rule id (规则编号).</summary>
    public required string RuleId { get; init; }

    /// <summary>Passed or failed (结果).</summary>
    public required CheckOutcome Outcome { get; init; }

    /// <summary>Pointers of the figures, the checked one first (涉及的数据位置).</summary>
    public IReadOnlyList<string> Pointers { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>Interval of the checked figure (声明值区间).</summary>
    public DecimalInterval? Stated { get; init; }

    /// <summary>Interval computed from the others (计算值区间).</summary>
    public DecimalInterval? Computed { get; init; }
}
