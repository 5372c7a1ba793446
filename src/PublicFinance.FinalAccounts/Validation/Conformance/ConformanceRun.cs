namespace PublicFinance.FinalAccounts.Validation.Conformance;

/// <summary>The results of running a conformance suite (一致性测试结果).</summary>
public sealed record ConformanceRun
{
    /// <summary>One result per case of the manifest, in manifest order.</summary>
    public required IReadOnlyList<ConformanceCaseResult> Results { get; init; }

    /// <summary>The number of cases that ran and passed.</summary>
    public int PassedCount => Results.Count(r => r.Passed);

    /// <summary>The number of cases that ran and failed.</summary>
    public int FailedCount => Results.Count(r => r.Ran && !r.Passed);

    /// <summary>The number of cases not run (outside the validator's rules).</summary>
    public int SkippedCount => Results.Count(r => !r.Ran);

    /// <summary>Whether every case that ran passed.</summary>
    public bool AllPassed => FailedCount == 0;
}
