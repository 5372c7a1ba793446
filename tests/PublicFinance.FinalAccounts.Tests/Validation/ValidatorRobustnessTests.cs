using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The validator's reproducers of the fuzzing issue: every report the model can hold — any figure within the numeric
/// contract, any count up to int.MaxValue — validates without an exception, in every rounding mode.
/// </summary>
public class ValidatorRobustnessTests
{
    private static readonly Regex Figure = new("\"(?<name>[A-Za-z]+)\": \"-?[0-9]+(\\.[0-9]+)?\"", RegexOptions.CultureInvariant);
    private static readonly Regex CountValue = new("\"(?<name>[A-Za-z]*[cC]ount)\": [0-9]+", RegexOptions.CultureInvariant);

    public static TheoryData<string> Extremes => new()
    {
        "9999999999999999.999999999999",   // the largest admitted magnitude
        "-9999999999999999.999999999999",
        "0.000000000001",                  // the smallest positive figure: the tiniest divisor
        "9999999999999999",
        "0",
    };

    private static FinalAccountsReport SampleWithEveryFigure(string value)
    {
        // Every figure of the sample (not the codes) becomes the same extreme value; the result is schema-valid.
        var json = Figure.Replace(
            TestFiles.SampleJson,
            m => (m.Groups["name"].Value.EndsWith("ode", StringComparison.Ordinal) || m.Groups["name"].Value == "schemaVersion")
                ? m.Value
                : $"\"{m.Groups["name"].Value}\": \"{value}\"");
        // Magnitudes written without sign (change amounts and rates, weights, scores) keep only the magnitude.
        json = Regex.Replace(json, "(\"direction\": \"[a-z]+\",\\s*\"amount\": \")-", "$1");
        json = Regex.Replace(json, "\"(rate|difference|weight|score|totalWeight|totalScore)\": \"-", "\"$1\": \"");
        return FinalAccountsJson.Deserialize(json);
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void ExtremeFigures_ValidateWithoutException_InEveryRoundingMode(string value)
    {
        var report = SampleWithEveryFigure(value);
        foreach (var mode in new[] { RoundingMode.RoundToNearest, RoundingMode.Truncation, RoundingMode.Exact })
        {
            var result = Validator.Default.WithOptions(ValidationOptions.Default with { Rounding = mode }).Validate(report);
            Assert.NotEmpty(result.Coverage);
        }
    }

    [Fact]
    public void MixedExtremes_ValidateWithoutException()
    {
        // Alternate huge and tiny figures so ratios divide the largest by the smallest (2·10^28 before ×100).
        var i = 0;
        var json = Figure.Replace(
            TestFiles.SampleJson,
            m => (m.Groups["name"].Value.EndsWith("ode", StringComparison.Ordinal) || m.Groups["name"].Value == "schemaVersion")
                ? m.Value
                : $"\"{m.Groups["name"].Value}\": \"{(i++ % 2 == 0 ? "9999999999999999.999999999999" : "0.000000000001")}\"");
        var result = Validator.Default.Validate(FinalAccountsJson.Deserialize(json));
        // The sample's ratios cannot all hold with these figures: the validator reports, it does not throw.
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void CountsAtInt32Max_ValidateWithoutException()
    {
        // Reproducer: projectEvaluationCount and classifiedProjects.count both 2147483647 (the schema's maximum) made the
        // evaluation-count rule overflow int. Their sum is 4294967294 > 9 disclosed evaluations: an error, not a crash.
        var report = FinalAccountsJson.Deserialize(
            CountValue.Replace(TestFiles.SampleJson, m => $"\"{m.Groups["name"].Value}\": 2147483647"));
        report = report with
        {
            Performance = report.Performance! with { ProjectEvaluationCount = int.MaxValue },
            ClassifiedProjects = new ClassifiedProjects { Count = int.MaxValue },
        };
        var result = Validator.Default.Validate(report);
        Assert.Contains(result.Diagnostics, d => d.Pointers.Contains("/performance/projectEvaluationCount"));
    }

    [Fact]
    public void Percent27Decimals_FromText_IsNotAFigureAndDoesNotCrash()
    {
        // Reproducer percent-27-decimals.txt: 7.490000000000000000000000000% made Math.Round go beyond 28 decimals.
        // The percentage has 27 decimals, beyond the contract's 12, so it is not read as a figure.
        var read = DisclosureReader.Read(TestFiles.Data("fuzz-repros/percent-27-decimals.txt"));
        var result = Validator.Default.Validate(read.Report, read.Sources);
        Assert.DoesNotContain(FinalAccountsJson.Serialize(read.Report), "7.49", StringComparison.Ordinal);
        Assert.NotNull(result);
    }

    [Fact]
    public void Share27Decimals_IsNoLongerAReport_AndTwelveDecimalsValidate()
    {
        Assert.Throws<FinalAccountsJsonException>(
            () => FinalAccountsJson.Deserialize(TestFiles.Data("fuzz-repros/share-27-decimals.json")));
        // With 12 decimals the share is admitted: 1.00 / 100.00 × 100 = 1 %, stated as 1.000000000000 — it holds.
        var json = TestFiles.Data("fuzz-repros/share-27-decimals.json")
            .Replace("1.000000000000000000000000000", "1.000000000000", StringComparison.Ordinal);
        var result = Validator.Default.Validate(FinalAccountsJson.Deserialize(json));
        Assert.DoesNotContain(
            result.Diagnostics,
            d => d.Severity == Severity.Error && d.Pointers.Contains("/narrative/income/fiscalAppropriation/share"));
    }

    [Fact]
    public void Hierarchy_FindsChildrenByCode_AndReportsAWrongParent()
    {
        // 201 = 20101 + 20102 holds (3.00 = 1.00 + 2.00); 202 = 20201 does not (5.00 ≠ 4.00): exactly one hierarchy error.
        static ExpenditureRow Row(string code, string total) => new()
        {
            Code = PublicFinance.FinalAccounts.Classification.FunctionalCode.Parse(code, null), Name = "x", Total = Amount.Parse(total),
        };
        var report = FinalAccountsJson.Deserialize(TestFiles.Data("fuzz-repros/no-schemaVersion.json")) with
        {
            Tables = new DisclosureTables
            {
                Expenditure = new ExpenditureTable
                {
                    Rows = new[]
                    {
                        Row("201", "3.00"), Row("20101", "1.00"), Row("20102", "2.00"), Row("202", "5.00"), Row("20201", "4.00"),
                    },
                },
            },
        };
        var result = Validator.Default.WithRules("FA0302").Validate(report);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("/tables/expenditure/rows/3/total", error.Pointers[0]);
    }
}
