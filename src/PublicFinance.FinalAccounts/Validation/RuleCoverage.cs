namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Per-rule coverage (规则覆盖情况): how many checks passed, failed, did not apply or could not run.</summary>
public sealed record RuleCoverage
{
    /// <summary>The rule (规则).</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>
    /// Overall outcome: <see cref="CheckOutcome.Failed"/> if any check failed, else <see cref="CheckOutcome.Passed"/>
    /// if any passed, else <see cref="CheckOutcome.CouldNotRun"/> if any could not run, else not applicable (总体结果).
    /// </summary>
    public CheckOutcome Outcome => Failed > 0 ? CheckOutcome.Failed
        : Passed > 0 ? CheckOutcome.Passed
        : CouldNotRun > 0 ? CheckOutcome.CouldNotRun
        : CheckOutcome.NotApplicable;

    /// <summary>Checks that held (通过次数).</summary>
    public int Passed { get; init; }

    /// <summary>Checks that failed (未通过次数).</summary>
    public int Failed { get; init; }

    /// <summary>Checks whose obligation does not exist here (不适用次数).</summary>
    public int NotApplicable { get; init; }

    /// <summary>Checks that lacked data (无法检查次数).</summary>
    public int CouldNotRun { get; init; }

    /// <summary>Why checks could not run, e.g. the missing pointers (无法检查的原因); at most a few entries.</summary>
    public IReadOnlyList<string> Missing { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();
}
