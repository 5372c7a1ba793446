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

    // The coverage as given or as made from the tally on its first read; null until then when a tally was given.
    private IReadOnlyList<RuleCoverage>? coverage = ValueList.Empty<RuleCoverage>();
    private CoverageTally? tally;

    /// <summary>Per-rule coverage (规则覆盖情况).</summary>
    /// <remarks>
    /// A validation keeps its coverage as counts and makes these entries on the first read (session 35): most callers of
    /// the validator read only the diagnostics. The entries are the same whenever they are made.
    /// </remarks>
    public IReadOnlyList<RuleCoverage> Coverage
    {
        get => coverage ?? MakeCoverage();
        init
        {
            coverage = ValueList.From(value);
            tally = null;
        }
    }

    /// <summary>The validator's coverage counts, made into <see cref="Coverage"/> when it is first read.</summary>
    internal CoverageTally Tally
    {
        init
        {
            tally = value;
            coverage = null;
        }
    }

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

    /// <summary>Whether two results hold equal diagnostics, verifications and coverage (值相等), as a record compares them.</summary>
    /// <param name="other">The other result.</param>
    /// <returns>Whether they are equal.</returns>
    /// <remarks>Written out (session 35) so that a coverage still held as counts compares by its entries.</remarks>
    public bool Equals(ValidationResult? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && EqualityComparer<IReadOnlyList<Diagnostic>>.Default.Equals(Diagnostics, other.Diagnostics)
            && EqualityComparer<IReadOnlyList<Verification>>.Default.Equals(Verifications, other.Verifications)
            && EqualityComparer<IReadOnlyList<RuleCoverage>>.Default.Equals(Coverage, other.Coverage));

    /// <summary>A hash of the diagnostics, verifications and coverage (equal results hash alike).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = EqualityComparer<IReadOnlyList<Diagnostic>>.Default.GetHashCode(Diagnostics);
            hash = (hash * -1521134295) + EqualityComparer<IReadOnlyList<Verification>>.Default.GetHashCode(Verifications);
            return (hash * -1521134295) + EqualityComparer<IReadOnlyList<RuleCoverage>>.Default.GetHashCode(Coverage);
        }
    }

    /// <summary>Makes the coverage entries from the tally, once (the first read; an empty list when there is none).</summary>
    private IReadOnlyList<RuleCoverage> MakeCoverage()
    {
        var made = tally?.Build() ?? ValueList.Empty<RuleCoverage>();
        // Two threads reading at once both make equal entries; the first stored is the one every read returns.
        return System.Threading.Interlocked.CompareExchange(ref coverage, made, null) ?? made;
    }
}
