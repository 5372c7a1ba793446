using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Conformance;
using Xunit;

namespace PublicFinance.FinalAccounts.NetStandard.Tests;

/// <summary>
/// The netstandard2.0 assemblies at work (issue 11): the conformance suite, the sample report's JSON round trip and
/// checks, and the sample 说明 text read and checked — the same answers the net10.0 build gives in the main suite.
/// </summary>
public sealed class NetStandardBuildTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    [Theory]
    [InlineData(typeof(Validator))]
    [InlineData(typeof(DisclosureReader))]
    public void TheAssemblyUnderTest_IsTheNetStandardBuild(Type type)
    {
        // Without SetTargetFramework the reference would resolve to the net10.0 build and this would say .NETCoreApp.
        var framework = type.Assembly.GetCustomAttribute<TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
    }

    [Fact]
    public void ConformanceSuite_PassesEveryCase()
    {
        var suite = ConformanceSuite.Load(Path.Combine(AppContext.BaseDirectory, "conformance"));
        var run = suite.Run(Validator.Default);
        Assert.True(
            run.AllPassed,
            string.Join("\n", run.Results.Where(r => !r.Passed).Select(r => r.Case.File + ": " + string.Join("; ", r.Differences))));
        Assert.Equal(suite.Cases.Count, run.PassedCount);
        Assert.True(suite.Cases.Count > 150, suite.Cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SampleReport_RoundTrips_AndChecksAsDocumented()
    {
        var json = File.ReadAllText(Sample("urumqi-government-office-2024.json"));
        var report = FinalAccountsJson.Deserialize(json);
        Assert.Equal("乌鲁木齐市人民政府办公室", report.Entity.Name);
        Assert.Equal(2024, report.Entity.FiscalYear);
        // Writing, reading and writing again gives the same text: nothing (no decimal place) is lost on the way.
        var written = FinalAccountsJson.Serialize(report);
        Assert.Equal(written, FinalAccountsJson.Serialize(FinalAccountsJson.Deserialize(written)));
        // The sample is the README's clean example: `finacct check` prints "0 错误 errors, 4 警告 warnings, 3 提示 info"
        // for it (docs/cli.md, CliInputsTests), and that run is this validator with default options.
        var result = Validator.Default.Validate(report);
        Assert.Equal((0, 4, 3), (result.ErrorCount, result.WarningCount, result.InfoCount));
    }

    [Fact]
    public void BrokenReportJson_IsALocatedError_NotACrash()
    {
        Assert.False(FinalAccountsJson.TryDeserialize("{\"entity\": ", out var report, out var error));
        Assert.Null(report);
        Assert.NotNull(error);
        Assert.False(string.IsNullOrWhiteSpace(error!.Message));
    }

    [Fact]
    public void SampleText_IsRead_AndHasNoErrors()
    {
        var read = DisclosureReader.Read(File.ReadAllText(Sample("urumqi-government-office-2024.txt")));
        Assert.Equal("乌鲁木齐市人民政府办公室", read.Report.Entity.Name);
        Assert.Equal(2024, read.FiscalYear);
        Assert.True(read.FigureCount > 100, read.FigureCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The seed disclosure is consistent: no error from the reader nor from the validator (the CLI's sample run).
        var result = Validator.Default.Validate(read.Report, read.Sources);
        Assert.Equal(0, result.ErrorCount + read.TextFindings.Count(d => d.Severity == Severity.Error));
    }
}
