namespace PublicFinance.FinalAccounts.Validation.Conformance;

/// <summary>The outcome of one conformance case (用例结果): passed, or the differences from what the case expects.</summary>
public sealed record ConformanceCaseResult
{
    /// <summary>The case.</summary>
    public required ConformanceCase Case { get; init; }

    /// <summary>Whether the case was run (false when its scope holds none of the validator's rules).</summary>
    public required bool Ran { get; init; }

    /// <summary>
    /// Each difference in words ("missing: FA0101 error /a,/b", "unexpected: …", "coverage FA0101: expected failed, was
    /// passed"); empty when the case passed.
    /// </summary>
    public required IReadOnlyList<string> Differences { get; init; }

    /// <summary>Whether the case passed (it ran and showed no difference).</summary>
    public bool Passed => Ran && Differences.Count == 0;
}
