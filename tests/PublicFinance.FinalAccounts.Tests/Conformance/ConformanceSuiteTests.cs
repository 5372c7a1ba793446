using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Cli;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Validation.Conformance;

namespace PublicFinance.FinalAccounts.Tests.Conformance;

/// <summary>
/// The public runner <see cref="ConformanceSuite"/> and <c>finacct conformance</c> on the committed suite and on broken copies.
/// </summary>
public class ConformanceSuiteTests
{
    private static readonly ConformanceSuite Suite = ConformanceSuite.Load(ConformanceManifestTests.SuiteDirectory);

    [Fact]
    public void WholeSuite_PassesWithTheValidator()
    {
        var run = Suite.Run(Validator.Default);
        Assert.True(
            run.AllPassed,
            string.Join("\n", run.Results.Where(r => !r.Passed).Select(r => r.Case.File + ": " + string.Join("; ", r.Differences))));
        Assert.Equal(Suite.Cases.Count, run.PassedCount);
        Assert.Equal(0, run.SkippedCount);
        Assert.True(Suite.Cases.Count > 150, Suite.Cases.Count.ToString());
        Assert.Contains(Suite.Cases, c => !c.Required && c.Features.Contains("previousReport"));
        Assert.Contains(Suite.Cases, c => c.File.StartsWith("invalid/", StringComparison.Ordinal));
    }

    [Fact]
    public void RelationsOnly_RunsTheCasesOfItsRulesAndPassesThem()
    {
        // A relations-only tool: the validator restricted to the rules implemented as relations. It skips the cases
        // whose scope holds none of them and must match, among its rules, exactly the expected diagnostics.
        var catalogue = JsonNode.Parse(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "rules", "catalogue.json")))!;
        var relations = catalogue["rules"]!.AsArray()
            .Where(r => r!["implementation"]!.GetValue<string>() == "relations")
            .Select(r => r!["id"]!.GetValue<string>())
            .ToArray();
        var run = Suite.Run(Validator.Default.WithRules(relations));
        Assert.True(
            run.AllPassed,
            string.Join(
                "\n",
                run.Results.Where(r => r.Ran && !r.Passed).Select(r => r.Case.File + ": " + string.Join("; ", r.Differences))));
        Assert.True(run.SkippedCount > 0);
        Assert.True(run.PassedCount > 50);
    }

    [Fact]
    public void ChangedExpectation_FailsWithItsDifferences()
    {
        using var copy = new SuiteCopy();
        var file = Path.Combine(copy.Directory, "cases", "FA0101-income-total.json");
        var root = JsonNode.Parse(File.ReadAllText(file))!;
        root["expected"]!.AsArray().Clear();
        File.WriteAllText(file, root.ToJsonString());
        var badDocument = Path.Combine(copy.Directory, "invalid", "enum-case.json");
        var bad = JsonNode.Parse(File.ReadAllText(badDocument))!;
        bad["expectedError"]!["pointer"] = "/entity";
        File.WriteAllText(badDocument, bad.ToJsonString());

        var run = ConformanceSuite.Load(copy.Directory).Run(Validator.Default);
        var failed = run.Results.Where(r => !r.Passed).ToList();
        Assert.Equal(
            new[] { "cases/FA0101-income-total.json", "invalid/enum-case.json" },
            failed.Select(r => r.Case.File).OrderBy(f => f, StringComparer.Ordinal));
        Assert.StartsWith(
            "unexpected: FA0101 error ",
            failed.Single(r => r.Case.File.StartsWith("cases/", StringComparison.Ordinal)).Differences[0],
            StringComparison.Ordinal);
        Assert.Equal(
            "error location: expected /entity, was /unit",
            failed.Single(r => r.Case.File.StartsWith("invalid/", StringComparison.Ordinal)).Differences.Single());

        var stdout = new StringWriter();
        Assert.Equal(1, ConformanceCommand.Run(copy.Directory, stdout, new StringWriter()));
        Assert.Contains("FAIL cases/FA0101-income-total.json", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Command_ExitCodes()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, ConformanceCommand.Run(ConformanceManifestTests.SuiteDirectory, stdout, new StringWriter()));
        Assert.Contains($"{Suite.Cases.Count} passed, 0 failed", stdout.ToString(), StringComparison.Ordinal);

        var stderr = new StringWriter();
        Assert.Equal(
            2,
            ConformanceCommand.Run(
                Path.Combine(Path.GetTempPath(), "no-such-suite-" + Guid.NewGuid().ToString("N")), new StringWriter(), stderr));
        Assert.Contains("manifest.json", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ManifestNamingAMissingFile_IsABadSuite()
    {
        using var copy = new SuiteCopy();
        var manifest = Path.Combine(copy.Directory, "manifest.json");
        var root = JsonNode.Parse(File.ReadAllText(manifest))!;
        root["cases"]![0]!["file"] = "cases/does-not-exist.json";
        File.WriteAllText(manifest, root.ToJsonString());
        var ex = Assert.Throws<ConformanceSuiteException>(() => ConformanceSuite.Load(copy.Directory));
        Assert.Contains("cases/does-not-exist.json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.a.b[0].c", "/a/b/0/c")]
    [InlineData("$", "")]
    [InlineData("$['x/y']", "/x~1y")]
    public void ReaderPaths_BecomeJsonPointers(string path, string pointer)
        => Assert.Equal(pointer, ConformanceSuite.ToPointer(path));

    /// <summary>A temporary copy of the committed suite.</summary>
    private sealed class SuiteCopy : IDisposable
    {
        public SuiteCopy()
        {
            Directory = Path.Combine(Path.GetTempPath(), "conformance-" + Guid.NewGuid().ToString("N"));
            foreach (var file in System.IO.Directory.GetFiles(ConformanceManifestTests.SuiteDirectory, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Directory, Path.GetRelativePath(ConformanceManifestTests.SuiteDirectory, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Directory { get; }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
