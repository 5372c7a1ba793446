using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Model;

/// <summary>
/// <c>entity.fiscalYear</c> is optional (issue 8): an unknown year (年度未知) stays unknown through the model, JSON, the
/// schema, the reader and validation — no placeholder year is ever written.
/// </summary>
public class UnknownFiscalYearTests
{
    private static readonly FinalAccountsReport Sample = FinalAccountsJson.Deserialize(TestFiles.SampleJson);

    private static string SampleJsonWithoutYear()
    {
        var root = JsonNode.Parse(TestFiles.SampleJson)!.AsObject();
        Assert.True(root["entity"]!.AsObject().Remove("fiscalYear"));
        return root.ToJsonString();
    }

    [Fact]
    public void ReportWithoutYear_RoundTripsWithoutWritingAYear()
    {
        var report = FinalAccountsJson.Deserialize(SampleJsonWithoutYear());
        Assert.Null(report.Entity.FiscalYear);

        var written = FinalAccountsJson.Serialize(report);
        var entity = JsonNode.Parse(written)!["entity"]!.AsObject();
        Assert.False(entity.ContainsKey("fiscalYear"), "an unknown year is written as no member, not as null or a placeholder");
        Assert.Equal(report, FinalAccountsJson.Deserialize(written));

        // Everything else is the sample's: only the year differs.
        Assert.Equal(Sample with { Entity = Sample.Entity with { FiscalYear = null } }, report);
    }

    [Fact]
    public void ReportWithoutYear_IsSchemaValid()
    {
        var result = SchemaTests.Evaluate(SampleJsonWithoutYear());
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData(FiscalYearRange.First - 1)]
    [InlineData(FiscalYearRange.Last + 1)]
    public void YearOutsideTheRange_IsStillRejected_WithTheCatalogueMessage(int year)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingEntity { Name = "部门", FiscalYear = year });
        Assert.StartsWith(PublicFinance.FinalAccounts.Utility.Messages.FiscalYearOutOfRange, error.Message, StringComparison.Ordinal);
        Assert.Contains("决算年度", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportWithoutYear_Validates_WithNoErrorTheYearCouldHaveCaused()
    {
        // With 2024 the sample has 0 errors. An unknown year only relaxes the year-aware checks (a classification name
        // of any year is accepted; a required part bounded by years is not asked for), so it cannot add an Error.
        var withYear = Validator.Default.Validate(Sample);
        var withoutYear = Validator.Default.Validate(Sample with { Entity = Sample.Entity with { FiscalYear = null } });
        Assert.Equal(0, withYear.ErrorCount);
        Assert.Equal(0, withoutYear.ErrorCount);
        Assert.True(withoutYear.WarningCount <= withYear.WarningCount, $"{withoutYear.WarningCount} > {withYear.WarningCount} warnings");
        Assert.Equal(withYear.Coverage.Count, withoutYear.Coverage.Count);
    }

    [Theory]
    [InlineData(null, 2023, "/entity/fiscalYear")]
    [InlineData(2024, null, AcrossYearPrefix + "/entity/fiscalYear")]
    [InlineData(null, null, "/entity/fiscalYear")]
    public void AcrossYearRules_CouldNotRun_WhenAYearIsUnknown(int? year, int? previousYear, string missing)
    {
        // Whether the two reports are consecutive years cannot be known, so FA7001–FA7003 compare nothing, say which
        // year is missing, and raise no finding (not even the "previous report is of another year" one).
        var report = Sample with { Entity = Sample.Entity with { FiscalYear = year } };
        var previous = Sample with { Entity = Sample.Entity with { FiscalYear = previousYear } };
        var result = Validator.Default.WithRules("FA7001", "FA7002", "FA7003").Validate(report, previous);
        Assert.Empty(result.Diagnostics);
        foreach (var coverage in result.Coverage)
        {
            Assert.Equal(0, coverage.Passed);
            Assert.True(coverage.CouldNotRun > 0, coverage.Rule.Id);
            Assert.Contains(missing, coverage.Missing);
        }
    }

    private const string AcrossYearPrefix = "previous#";

    [Fact]
    public void Catalogue_WithUnknownYear_AcceptsAnyYearsName_AndFlagsOnlyANameOfNoYear()
    {
        // One code renamed in 2021: "旧名称" up to 2020, "新名称" from 2021.
        var catalogue = new ClassificationCatalogue(
        [
            new ClassificationEntry { System = ClassificationSystem.Functional, Code = "2010301", Name = "旧名称", ToYear = 2020 },
            new ClassificationEntry { System = ClassificationSystem.Functional, Code = "2010301", Name = "新名称", FromYear = 2021 },
        ]);
        var code = FunctionalCode.Parse("2010301");

        // A known year keeps its year-specific answers.
        Assert.Equal(NameMatch.OtherYear, catalogue.MatchName(code, 2024, "旧名称"));
        Assert.Equal(NameMatch.Exact, catalogue.MatchName(code, 2024, "新名称"));

        // Unknown year: both names are some year's name; a third name is no year's name, a certain mismatch.
        Assert.Equal(NameMatch.Exact, catalogue.MatchName(code, null, "旧名称"));
        Assert.Equal(NameMatch.Exact, catalogue.MatchName(code, null, "新名称"));
        Assert.Equal(NameMatch.Mismatch, catalogue.MatchName(code, null, "别的名称"));
        Assert.Equal([code], catalogue.FindFunctionalByName("旧名称", null));
        Assert.Empty(catalogue.FindFunctionalByName("旧名称", 2024));
    }

    [Fact]
    public void Reader_OnATextWithNoYear_WritesNoYear()
    {
        // Invented text: a title and one sentence, no year anywhere.
        const string Text = "某某局部门决算说明\n一、收入决算情况说明\n本年收入合计100.00万元。";
        var read = DisclosureReader.Read(Text);
        Assert.Null(read.FiscalYear);
        Assert.Null(read.Report.Entity.FiscalYear);
        var entity = JsonNode.Parse(FinalAccountsJson.Serialize(read.Report))!["entity"]!.AsObject();
        Assert.False(entity.ContainsKey("fiscalYear"), entity.ToJsonString());
        Assert.DoesNotContain(
            read.Notes,
            n => n.MessageZh.Contains(
                FiscalYearRange.First.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
