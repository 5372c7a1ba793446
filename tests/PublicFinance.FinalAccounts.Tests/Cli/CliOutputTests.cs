using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Json.Schema;
using PublicFinance.FinalAccounts.Cli;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// The machine outputs of <c>check</c> (issue 11): JSON valid against the published check-output schema, and SARIF 2.1.0
/// with the rule catalogue, physical and logical locations — validated by the SARIF Multitool when it is installed
/// (.ci/run installs it and sets FINACCT_SARIF_MULTITOOL, so there the validation always runs).
/// </summary>
public sealed class CliOutputTests : CliTestBase
{
    private static readonly JsonSchema CheckOutputSchema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "check-output.v1.schema.json")));

    public CliOutputTests()
        : base("finacct-output-")
    {
    }

    private static string PdfPath => Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "shanghai-putuo-social-work-dept-2024.pdf");

    /// <summary>A run with every kind of entry: report JSON, a text with claims and verifications, a PDF, an unreadable file.</summary>
    private (int Code, string Out, string Err) RunEverything(string format)
    {
        var bad = WriteFile("bad.json", "{\"entity\": ");
        return Run("check", "--format", format, "--claims", TestFiles.SampleJsonPath, SampleTextPath, PdfPath, bad);
    }

    /// <summary>Asserts the output is valid against the published check-output schema (loaded once per process).</summary>
    internal static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = CheckOutputSchema.Evaluate(
            document.RootElement, new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value));
        Assert.True(result.IsValid, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void Json_IsValidAgainstThePublishedSchema_ForEveryKindOfEntry()
    {
        var (code, output, _) = RunEverything("json");
        Assert.Equal(2, code);   // the unreadable file
        AssertValid(output);
        var root = JsonNode.Parse(output)!;
        Assert.Equal(4, root["inputs"]!.GetValue<int>());
        Assert.Equal(
            new[] { "reportJson", "text", "published" }, root["files"]!.AsArray().Take(3).Select(f => f!["kind"]!.GetValue<string>()));
        var text = root["files"]![1]!;
        Assert.Equal("乌鲁木齐市人民政府办公室", text["entity"]!.GetValue<string>());
        Assert.Equal(2024, text["fiscalYear"]!.GetValue<int>());
        Assert.NotEmpty(text["claims"]!.AsArray());
        Assert.NotEmpty(text["readerNotes"]!.AsArray());   // the sample's one note, 199:140 (CommandLineTests.Extract)
        Assert.Equal(438, text["figures"]!["read"]!.GetValue<int>());
    }

    [Fact]
    public void Json_WithAnUnknownYear_IsValid_AndTheYearIsNull()
    {
        var path = WriteFile("noyear.txt", "测试局决算说明\n二、收入决算情况说明\n本年收入合计200.00万元，其中：财政拨款收入150.00万元，其他收入50.00万元。\n");
        var (_, output, _) = Run("check", "--format", "json", path);
        AssertValid(output);
        Assert.Equal(
            JsonValueKind.Null, JsonDocument.Parse(output).RootElement.GetProperty("files")[0].GetProperty("fiscalYear").ValueKind);
    }

    [Fact]
    public void Json_ReportInputs_AreLocatedAtTheirValue()
    {
        // FA1206 is reported on /narrative/basicExpenditure/total/amount; its span is where that value is written.
        var output = Run("check", "--format", "json", TestFiles.SampleJsonPath).Out;
        var d = JsonNode.Parse(output)!["files"]![0]!["diagnostics"]!.AsArray().First(x => x!["ruleId"]!.GetValue<string>() == "FA1206")!;
        var line = d["span"]!["startLine"]!.GetValue<int>();
        var column = d["span"]!["startColumn"]!.GetValue<int>();
        var written = File.ReadAllLines(TestFiles.SampleJsonPath)[line - 1][(column - 1)..];
        Assert.StartsWith("\"2926.12\"", written);   // the stated basic expenditure (the FA1206 message: 声明 2926.12)
    }

    [Fact]
    public void Sarif_HasTheRuleCatalogue_AndPhysicalAndLogicalLocations()
    {
        var (_, output, _) = RunEverything("sarif");
        var run = JsonNode.Parse(output)!["runs"]![0]!;
        Assert.Equal("2.1.0", JsonNode.Parse(output)!["version"]!.GetValue<string>());
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(RuleIndex.All.Count, rules.Count);
        var fa1206 = rules.Single(r => r!["id"]!.GetValue<string>() == "FA1206")!;
        Assert.True(RuleIndex.TryGet("FA1206", out var descriptor));
        Assert.Contains(descriptor.Formula, fa1206["fullDescription"]!["text"]!.GetValue<string>());
        Assert.Contains(descriptor.TitleZh, fa1206["help"]!["text"]!.GetValue<string>());

        var results = run["results"]!.AsArray();
        // The text's FA1206 on "2,926.12 万元" (SampleBasicTotal, last column inclusive): SARIF's end column is exclusive, so +1.
        var inText = results.Single(r => r!["ruleId"]!.GetValue<string>() == "FA1206"
            && r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>()
                .EndsWith(".txt", StringComparison.Ordinal))!;
        var region = inText["locations"]![0]!["physicalLocation"]!["region"]!;
        var at = SampleBasicTotal;
        Assert.Equal(
            new[] { at.Line, at.StartColumn, at.Line, at.EndColumn + 1 },
            new[] { "startLine", "startColumn", "endLine", "endColumn" }.Select(k => region[k]!.GetValue<int>()));
        Assert.Equal(
            "/narrative/basicExpenditure/total/amount",
            inText["locations"]![0]!["logicalLocations"]![0]!["fullyQualifiedName"]!.GetValue<string>());
        Assert.Equal("note", inText["level"]!.GetValue<string>());
        Assert.Equal(rules.IndexOf(fa1206), inText["ruleIndex"]!.GetValue<int>());

        // The unreadable file is a tool execution notification, not a result.
        var invocation = run["invocations"]![0]!;
        Assert.False(invocation["executionSuccessful"]!.GetValue<bool>());
        Assert.EndsWith(
            "bad.json",
            invocation["toolExecutionNotifications"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!
                .GetValue<string>());
    }

    [Theory]
    [InlineData("samples/a b/说明.txt", "samples/a%20b/%E8%AF%B4%E6%98%8E.txt")]
    [InlineData("./x.json", "x.json")]
    [InlineData("-", "stdin")]
    public void Sarif_Uris_AreEscapedRelativeReferences(string file, string uri) => Assert.Equal(uri, SarifOutput.ToUri(file));

    [Fact]
    public async Task Sarif_PassesTheSarifMultitoolValidation()
    {
        var tool = MultitoolPath();
        if (tool is null)
        {
            // Not installed on this machine; .ci/run installs it, and there FINACCT_SARIF_MULTITOOL makes a missing tool a failure.
            return;
        }

        var (_, output, _) = RunEverything("sarif");
        var sarif = Path.Combine(Folder, "check.sarif");
        File.WriteAllText(sarif, output);
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "validate", sarif, "-o", Path.Combine(Folder, "validation.sarif"), "--log", "ForceOverwrite" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var report = await stdout + await stderr;
        // The Multitool exits 0 even when the file is invalid: its findings are lines ": error XXXX:".
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("1 files scanned", report);
        Assert.DoesNotMatch(@":\s*error\s", report);
        Assert.DoesNotMatch(@":\s*warning\s", report);
    }

    /// <summary>FINACCT_SARIF_MULTITOOL (must exist when set), else the repository's .tools/sarif install, else null.</summary>
    private static string? MultitoolPath()
    {
        var configured = Environment.GetEnvironmentVariable("FINACCT_SARIF_MULTITOOL");
        if (!string.IsNullOrEmpty(configured))
        {
            Assert.True(File.Exists(configured), "FINACCT_SARIF_MULTITOOL names a missing file: " + configured);
            return configured;
        }

        var local = Path.Combine(
            TestFiles.RepositoryRoot, ".tools", "sarif", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

        return OperatingSystem.IsLinux() && File.Exists(local) ? local : null;
    }
}
