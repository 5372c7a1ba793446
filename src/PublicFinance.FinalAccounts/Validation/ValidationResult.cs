namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The outcome of validating one report (校验结果): every diagnostic, sorted by rule id then by the order the rule
/// found them, and the coverage of every rule that ran, in rule-id order.
/// </summary>
public sealed record ValidationResult
{
    /// <summary>All diagnostics (诊断信息).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init => field = ValueList.From(value); } = ValueList.Empty<Diagnostic>();

    /// <summary>
    /// Every arithmetic check with its figures, when <see cref="ValidationOptions.RecordVerifications"/> is on (校验明细).
    /// </summary>
    public IReadOnlyList<Verification> Verifications { get; init => field = ValueList.From(value); } = ValueList.Empty<Verification>();

    /// <summary>Per-rule coverage (规则覆盖情况).</summary>
    public IReadOnlyList<RuleCoverage> Coverage { get; init => field = ValueList.From(value); } = ValueList.Empty<RuleCoverage>();

    /// <summary>Number of errors (错误数).</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Number of warnings (警告数).</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Number of Info diagnostics (提示数).</summary>
    public int InfoCount => Diagnostics.Count(d => d.Severity == Severity.Info);

    /// <summary>Whether any error was found (是否有错误).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The coverage entry of a rule, or null when it did not run.</summary>
    /// <param name="ruleId">Rule id.</param>
    /// <returns>The coverage or null.</returns>
    public RuleCoverage? CoverageOf(string ruleId) =>
        Coverage.FirstOrDefault(c => string.Equals(c.Rule.Id, ruleId, StringComparison.Ordinal));
}
