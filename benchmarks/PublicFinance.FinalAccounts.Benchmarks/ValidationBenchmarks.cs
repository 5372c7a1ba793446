using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using PublicFinance.FinalAccounts.Fuzz;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Benchmarks;

/// <summary>Validating the bundled sample report with every rule of the catalogue.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    /// <summary>
    /// Brings the sample's validation to its steady state (tier-1 code) before BenchmarkDotNet's pilot: its own warm-up is
    /// too short for it — docs/performance.md "Session 29: validation".
    /// </summary>
    [GlobalSetup(Target = nameof(ValidateSample))]
    public void SettleValidation() => SteadyState.Reach(ValidateSample);

    /// <summary>The same warm-up for the validation whose coverage is read.</summary>
    [GlobalSetup(Target = nameof(ValidateSampleWithCoverage))]
    public void SettleValidationWithCoverage() => SteadyState.Reach(ValidateSampleWithCoverage);

    /// <summary>The same warm-up for the deserialization, so that the two are compared in the same state.</summary>
    [GlobalSetup(Target = nameof(DeserializeSample))]
    public void SettleDeserialization() => SteadyState.Reach(DeserializeSample);

    private static readonly FinalAccountsReport Sample =
        FinalAccountsJson.Deserialize(
            File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.json")));

    /// <summary>All rules on the sample (narrative, performance tables; no disclosure tables).</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ValidationResult ValidateSample() => Validator.Default.Validate(Sample);

    /// <summary>
    /// All rules on the sample with the result's coverage read once, as the CLI and the renderer do: since session 35 the
    /// coverage entries are made on the first read of <see cref="ValidationResult.Coverage"/>, so this is the whole cost
    /// a caller that reports coverage pays.
    /// </summary>
    /// <returns>The number of coverage entries.</returns>
    [Benchmark]
    public int ValidateSampleWithCoverage() => Validator.Default.Validate(Sample).Coverage.Count;

    /// <summary>
    /// All rules on a report whose expenditure table has 108,911 rows (11 类 of 9,901 rows, a consistent hierarchy):
    /// the "100,000 table rows under 2 s" (the hierarchy and rollup checks index children by code).
    /// </summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ValidationResult Validate100kRows() => Validator.Default.Validate(LargeTable);

    private static readonly FinalAccountsReport LargeTable = LargeReports.ExpenditureTable(11);

    private static readonly FinalAccountsReport TenThousandRows = LargeReports.ExpenditureTable(1);

    private static readonly FinalAccountsReport FortyThousandRows = LargeReports.ExpenditureTable(4);

    /// <summary>
    /// All rules on 9,901 table rows (one 类): with <see cref="Validate40kRows"/> and <see cref="Validate100kRows"/> the linearity
    /// ratios.
    /// </summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ValidationResult Validate10kRows() => Validator.Default.Validate(TenThousandRows);

    /// <summary>All rules on 39,604 table rows (four 类).</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ValidationResult Validate40kRows() => Validator.Default.Validate(FortyThousandRows);

    /// <summary>
    /// Deserializing the sample, in the same run as <see cref="ValidateSample"/> so that their ratio is measured under one load.
    /// </summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public FinalAccountsReport DeserializeSample() => FinalAccountsJson.Deserialize(SampleUtf8);

    private static readonly byte[] SampleUtf8 =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.json"));

    /// <summary>Only building the fact index (JSON Pointer → value) that every rule reads.</summary>
    /// <returns>The index.</returns>
    [Benchmark]
    public ReportFacts IndexSample() => ReportFacts.Create(Sample);
}
