using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Cli;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// Bulk checks stream (issue 11): inputs are checked in parallel, written in input order as each is done, only counts
/// kept; JSON and SARIF written piece by piece stay valid; an output that fails stops the run instead of hanging it.
/// </summary>
public sealed class CliStreamingTests : CliTestBase
{
    public CliStreamingTests()
        : base("finacct-stream-")
    {
    }

    /// <summary>
    /// 30 inputs named r00…r29 (directory order is ordinal), every 7th (r00, r07, r14, r21, r28: five) unreadable; the
    /// others copies of the sample report (0 errors, 4 warnings, 3 info each — CliInputsTests' two-input run has 8
    /// warnings and 6 info for the report and the text, and the sample's own run prints 4 and 3).
    /// </summary>
    private string WriteRun()
    {
        var report = File.ReadAllText(TestFiles.SampleJsonPath);
        for (var i = 0; i < 30; i++)
        {
            WriteFile($"run/r{i:00}.json", i % 7 == 0 ? "{\"entity\": " : report);
        }

        return Path.Combine(Folder, "run");
    }

    private IEnumerable<string> Names() => Enumerable.Range(0, 30).Select(i => Path.Combine(Folder, "run", $"r{i:00}.json"));

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public void Json_ManyInputsInParallel_InInputOrder_ValidAgainstTheSchema_TotalsAtTheEnd(string jobs)
    {
        var (code, output, err) = Run("check", "--format", "json", "--jobs", jobs, WriteRun());
        Assert.Equal(2, code);   // unreadable inputs
        CliOutputTests.AssertValid(output);
        var root = JsonNode.Parse(output)!;
        var files = root["files"]!.AsArray();
        Assert.Equal(Names(), files.Select(f => f!["file"]!.GetValue<string>()));
        Assert.Equal(
            new[] { 0, 7, 14, 21, 28 },
            files.Select((f, i) => (f, i)).Where(p => p.f!["status"]!.GetValue<string>() == "unreadable").Select(p => p.i));
        Assert.Equal(30, root["inputs"]!.GetValue<int>());
        Assert.Equal(5, root["unreadable"]!.GetValue<int>());
        Assert.Equal(0, root["errors"]!.GetValue<int>());
        Assert.Equal(25 * 4, root["warnings"]!.GetValue<int>());
        Assert.Equal(25 * 3, root["infos"]!.GetValue<int>());
        // Each unreadable input's reason is on standard error, in input order.
        var named = err.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal))
            .Select(l => Names().First(n => l.Contains(n, StringComparison.Ordinal))).Distinct().ToList();
        Assert.Equal(new[] { 0, 7, 14, 21, 28 }.Select(i => Names().ElementAt(i)), named);
    }

    [Fact]
    public void Json_OneRunOrManyJobs_GiveTheSameBytes()
    {
        var directory = WriteRun();
        var one = Run("check", "--format", "json", "--jobs", "1", directory);
        var four = Run("check", "--format", "json", "--jobs", "4", directory);
        Assert.Equal(one.Out, four.Out);
        Assert.Equal(one.Err, four.Err);
        Assert.EndsWith("}\n", one.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_Streamed_ListsTheUnreadableInputsInTheInvocation_AndEveryResult()
    {
        var (code, output, _) = Run("check", "--format", "sarif", "--jobs", "3", WriteRun());
        Assert.Equal(2, code);
        var run = JsonNode.Parse(output)!["runs"]![0]!;
        Assert.False(run["invocations"]![0]!["executionSuccessful"]!.GetValue<bool>());
        var notified = run["invocations"]![0]!["toolExecutionNotifications"]!.AsArray()
            .Select(n => n!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>()).ToList();
        Assert.Equal(new[] { 0, 7, 14, 21, 28 }.Select(i => SarifOutput.ToUri(Names().ElementAt(i))), notified);
        // 25 readable reports × (4 warnings + 3 info) results, in input order.
        var results = run["results"]!.AsArray();
        Assert.Equal(25 * 7, results.Count);
        var uris = results.Select(r => r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>()).ToList();
        Assert.Equal(uris.OrderBy(u => u, StringComparer.Ordinal), uris);
    }

    [Fact]
    public void Sarif_EveryRule_HelpUriIsItsAnchorInTheRuleCatalogue()
    {
        var (_, output, _) = Run("check", "--format", "sarif", TestFiles.SampleJsonPath);
        var rules = JsonNode.Parse(output)!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            var id = rule!["id"]!.GetValue<string>();
            Assert.Equal(
                "https://github.com/publicfinance/PublicFinance.FinalAccounts/blob/main/docs/rules.md#" + id.ToLowerInvariant(),
                rule["helpUri"]!.GetValue<string>());
        }
    }

    [Fact]
    public void RulesDescribe_PointsAtTheRulesAnchor()
    {
        var (code, output, _) = Run("rules", "describe", "FA1206");
        Assert.Equal(0, code);
        Assert.Contains(
            "说明 Documentation: https://github.com/publicfinance/PublicFinance.FinalAccounts/blob/main/docs/rules.md#fa1206\n", output);
    }

    [Fact]
    public void Text_ManyInputs_BlocksInInputOrder_ThenTheSummaryFromCountsOnly()
    {
        var (code, output, _) = Run("check", "--jobs", "4", WriteRun());
        Assert.Equal(2, code);
        var headers = output.Split('\n').Where(l => l.StartsWith("==> ", StringComparison.Ordinal)).ToList();
        // Unreadable inputs have no block: the 25 readable ones, in order.
        Assert.Equal(Names().Where((_, i) => i % 7 != 0).Select(n => "==> " + n + " <=="), headers);
        Assert.Contains("合计 Summary: 30 个输入 inputs — 25 已检查 checked, 5 无法读取 unreadable; 0 错误 errors, 100 警告 warnings, 75 提示 info", output);
        Assert.Contains("  " + Names().First() + ": 无法读取 unreadable\n", output);
    }

    [Fact]
    public void OutputThatFails_StopsTheRun_WithTheFailure_InsteadOfHanging()
    {
        // A writer that fails after the first block (say, a closed pipe): the workers waiting for the reorder window
        // must stop, and the failure must reach the caller.
        WriteRun();
        var sources = InputExpander.Expand([Path.Combine(Folder, "run")], null);
        var settings = new CheckSettings
        {
            Format = OutputFormat.Json,
            Jobs = 2,
            Checker = new InputChecker(ValidationOptions.Default, new HashSet<string>(), null),
        };
        var context = new CliContext(new FailingWriter(), new StringWriter(), null, false);
        var thrown = Assert.ThrowsAny<Exception>(() => CheckRunner.Run(sources, settings, context, new CheckJson()));
        var failure = thrown is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.OfType<IOException>().First() : thrown;
        Assert.IsType<IOException>(failure);
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(string? value)
        {
            if (GetStringBuilder().Length > 0)
            {
                throw new IOException("broken pipe");
            }

            base.Write(value);
        }
    }
}
