using System.Text;
using System.Text.Json.Nodes;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// Many inputs in one call (issue 11): files, directories, patterns and standard input, kind by content, one bad input
/// reported while the others are checked, output in input order whatever the parallelism, and the options that shape
/// the validation (--disable, --severity, --fail-on, rounding) reaching it.
/// </summary>
public sealed class CliInputsTests : CliTestBase
{
    public CliInputsTests()
        : base("finacct-inputs-")
    {
    }

    private const string BrokenText = "# 测试局 2023 年度部门决算公开说明\n\n## 二、收入决算情况说明\n\n"
        + "本年收入 100.00 万元，其中：财政拨款收入 90.00 万元，占 80.00%；其他收入 10.00 万元，比上年减增加 1.00 万元。\n";

    private static JsonArray Diagnostics(string json, int file = 0) => JsonNode.Parse(json)!["files"]![file]!["diagnostics"]!.AsArray();

    private static int Count(string json, string ruleId, string severity) =>
        Diagnostics(json).Count(d => d!["ruleId"]!.GetValue<string>() == ruleId && d["severity"]!.GetValue<string>() == severity);

    [Fact]
    public void Directory_IsSearchedRecursively_InPathOrder_LeavingMarkdownAndHiddenFoldersOut()
    {
        WriteFile("d/b/second.txt", File.ReadAllText(SampleTextPath));
        WriteFile("d/a.json", File.ReadAllText(TestFiles.SampleJsonPath));
        WriteFile("d/README.md", "# 说明\n本目录存放决算。\n");          // not a disclosure: left out of a directory
        WriteFile("d/.git/x.json", "{ not read }");                    // hidden folder: left out
        WriteFile("d/notes.docx", "binary-ish");                       // unknown extension: left out
        var (code, output, err) = Run("check", Path.Combine(Folder, "d"));
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        var headers = output.Split('\n').Where(l => l.StartsWith("==> ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new[] { "==> " + Path.Combine(Folder, "d", "a.json") + " <==", "==> " + Path.Combine(Folder, "d", "b", "second.txt") + " <==" },
            headers);
        // The plain summary (standard output is not a terminal): totals, then one line per input.
        Assert.Contains("合计 Summary: 2 个输入 inputs — 2 已检查 checked, 0 无法读取 unreadable; 0 错误 errors, 8 警告 warnings, 6 提示 info", output);
    }

    [Fact]
    public void FileNamedExplicitly_IsReadWhateverItsName_KindByContent()
    {
        // A report JSON named .md and a text without extension: the kind is decided by the first characters.
        var json = WriteFile("report.md", File.ReadAllText(TestFiles.SampleJsonPath));
        var text = WriteFile("disclosure", File.ReadAllText(SampleTextPath));
        var (code, output, _) = Run("check", "--format", "json", json, text);
        Assert.Equal(0, code);
        var files = JsonNode.Parse(output)!["files"]!.AsArray();
        Assert.Equal("reportJson", files[0]!["kind"]!.GetValue<string>());
        Assert.Equal("text", files[1]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public void Glob_MatchesFiles_AndABadOrEmptyGlobIsReported_WhileTheOthersAreChecked()
    {
        WriteFile("g/x/one.txt", File.ReadAllText(SampleTextPath));
        WriteFile("g/y/z/two.txt", File.ReadAllText(SampleTextPath));
        WriteFile("g/y/skip.json", "{}");
        var pattern = Path.Combine(Folder, "g", "**", "*.txt");
        var (code, output, err) = Run("check", pattern, Path.Combine(Folder, "g", "*.pdf"), Path.Combine(Folder, "g", "a**b", "*.txt"));
        Assert.Equal(2, code);   // two patterns are bad input …
        Assert.Contains("no file matches", err);
        Assert.Contains("'**' must be a whole path segment", err);
        // … and both texts the good pattern matched are still checked, in path order.
        var headers = output.Split('\n').Where(l => l.StartsWith("==> ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, headers.Count);
        Assert.EndsWith(Path.Combine("x", "one.txt") + " <==", headers[0]);
        Assert.EndsWith(Path.Combine("y", "z", "two.txt") + " <==", headers[1]);
        Assert.Contains(": 无法读取 unreadable", output);
    }

    [Fact]
    public void Glob_InAMissingDirectory_IsBadInput()
    {
        var (code, _, err) = Run("check", Path.Combine(Folder, "none", "*.txt"));
        Assert.Equal(2, code);
        Assert.Contains("directory not found", err);
    }

    [Fact]
    public void Stdin_IsReadByContent_AndNamedDash()
    {
        var (code, output, _) = RunWithStdin(Encoding.UTF8.GetBytes(File.ReadAllText(SampleTextPath)), "check", "-");
        Assert.Equal(0, code);
        Assert.StartsWith("乌鲁木齐市人民政府办公室 2024 — " + SampleCounts, output);
        Assert.Contains($"  -:{SampleBasicTotal.Line}:{SampleBasicTotal.StartColumn}: FA1206 ", output);
    }

    [Fact]
    public void Stdin_Empty_Twice_OrMissing_IsBadInput()
    {
        var (empty, _, emptyErr) = RunWithStdin([], "check", "-");
        Assert.Equal(2, empty);
        Assert.Contains("standard input is empty", emptyErr);

        var (twice, output, twiceErr) = RunWithStdin(File.ReadAllBytes(TestFiles.SampleJsonPath), "check", "-", "-");
        Assert.Equal(2, twice);
        Assert.Contains("more than once", twiceErr);
        Assert.Contains("==> - <==", output);   // the first is still checked

        var (none, _, noneErr) = RunWithStdin(null, "check", "-");
        Assert.Equal(2, none);
        Assert.Contains("standard input is not available", noneErr);
    }

    [Fact]
    public void OneBadFile_IsReported_AndTheOthersStillChecked_ExitTwo()
    {
        var good = WriteFile("good.txt", File.ReadAllText(SampleTextPath));
        var bad = WriteFile("bad.json", "{\"entity\": ");
        var (code, output, err) = Run("check", "--format", "json", bad, good);
        Assert.Equal(2, code);
        Assert.Contains("error: " + bad + ": ", err);
        var root = JsonNode.Parse(output)!;
        Assert.Equal(1, root["unreadable"]!.GetValue<int>());
        Assert.Equal("unreadable", root["files"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("checked", root["files"]![1]!["status"]!.GetValue<string>());
        Assert.Equal(4, root["warnings"]!.GetValue<int>());
    }

    [Fact]
    public void Parallelism_DoesNotChangeTheOutput()
    {
        for (var i = 0; i < 6; i++)
        {
            WriteFile($"p/{i}-text.txt", i % 2 == 0 ? File.ReadAllText(SampleTextPath) : BrokenText);
            WriteFile($"p/{i}-report.json", File.ReadAllText(TestFiles.SampleJsonPath));
        }

        WriteFile("p/7-broken.json", "{ \"entity\": 1 }");
        var directory = Path.Combine(Folder, "p");
        var serial = Run("check", directory, "--jobs", "1");
        var parallel = Run("check", directory, "--jobs", "4");
        Assert.Equal(2, serial.Code);
        Assert.Equal(serial, parallel);
        var json = Run("check", directory, "--jobs", "3", "--format", "json").Out;
        Assert.Equal(json, Run("check", directory, "--jobs", "1", "--format", "json").Out);
    }

    [Fact]
    public void Combine_ReadsPublishedFilesAsOneDisclosure()
    {
        var pdf = Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "shanghai-putuo-social-work-dept-2024.pdf");
        var (code, output, _) = Run("check", "--combine", pdf, "--format", "json");
        Assert.Equal(0, code);
        var file = JsonNode.Parse(output)!["files"]![0]!;
        Assert.Equal("published", file["kind"]!.GetValue<string>());
        Assert.Equal("中共上海市普陀区委社会工作部", file["entity"]!.GetValue<string>());
    }

    [Fact]
    public void FailOnWarning_MakesWarningsFail()
    {
        // The sample has warnings and no error (SampleCounts): exit 0 by default, 1 with --fail-on warning.
        Assert.Equal(0, Run("check", TestFiles.SampleJsonPath).Code);
        Assert.Equal(1, Run("check", TestFiles.SampleJsonPath, "--fail-on", "warning").Code);
    }

    [Fact]
    public void Disable_RemovesRules_RepeatableAndCommaSeparated()
    {
        // The sample's warnings: FA2009 once and FA3006 twice (and one more rule); disabling removes them and their coverage.
        var all = Run("check", TestFiles.SampleJsonPath, "--format", "json").Out;
        Assert.Equal(1, Count(all, "FA2009", "warning"));
        Assert.Equal(2, Count(all, "FA3006", "warning"));
        var (code, without, _) = Run(
            "check", TestFiles.SampleJsonPath, "--format", "json", "--disable", "FA2009,fa3006", "--disable", "FA1206");
        Assert.Equal(0, code);
        Assert.Equal(0, Count(without, "FA2009", "warning") + Count(without, "FA3006", "warning"));
        Assert.DoesNotContain(Diagnostics(without), d => d!["ruleId"]!.GetValue<string>() == "FA1206");
        var coverage = JsonNode.Parse(without)!["files"]![0]!["coverage"]!.AsArray();
        Assert.DoesNotContain(coverage, c => c!["ruleId"]!.GetValue<string>() is "FA2009" or "FA3006" or "FA1206");
    }

    [Fact]
    public void Severity_OverridesRules_OfTheValidatorAndOfTheTextReader()
    {
        // FA2009 is a Warning rule: as an error the sample fails. FA3006 as info: its two warnings become infos.
        var (code, json, _) = Run(
            "check", TestFiles.SampleJsonPath, "--format", "json", "--severity", "FA2009=error", "--severity", "FA3006=info");
        Assert.Equal(1, code);
        Assert.Equal(1, Count(json, "FA2009", "error"));
        Assert.Equal(2, Count(json, "FA3006", "info"));

        // The broken text fails FA2001 (90/100 is not 80%) and FA8001 (减增加, a text-reader rule). Disabling the one and
        // lowering the other leaves no error.
        var text = WriteFile("broken.txt", BrokenText);
        var (textCode, textJson, _) = Run("check", text, "--format", "json", "--disable", "FA2001", "--severity", "FA8001=warning");
        Assert.Equal(0, textCode);
        Assert.Equal(0, Count(textJson, "FA2001", "error"));
        Assert.Equal(1, Count(textJson, "FA8001", "warning"));
    }

    [Fact]
    public void NoRoundingNotes_RemovesTheRoundingInfos()
    {
        // The sample's 3 infos are 2 rounding notes (FA1206 and one other relation that holds only within rounding) and
        // FA6101 (tables not in the input); without rounding notes only FA6101 remains.
        var with = JsonNode.Parse(Run("check", TestFiles.SampleJsonPath, "--format", "json").Out)!;
        var without = JsonNode.Parse(Run("check", TestFiles.SampleJsonPath, "--format", "json", "--no-rounding-notes").Out)!;
        Assert.Equal(3, with["infos"]!.GetValue<int>());
        Assert.Equal(1, without["infos"]!.GetValue<int>());
        Assert.Equal(
            "FA6101",
            without["files"]![0]!["diagnostics"]!.AsArray().Single(d => d!["severity"]!.GetValue<string>() == "info")!["ruleId"]!
                .GetValue<string>());
    }

    [Fact]
    public void NoTruncatedPercentages_MakesATruncatedShareAFailure()
    {
        // The Putuo social work text states 9.55% for a computed 9.5575%: consistent only if truncated. By default that
        // is an Info (FA2004); with --no-truncated-percentages it is the rule's failure at its own severity.
        var text = Path.Combine(AppContext.BaseDirectory, "TestData", "real", "shanghai-putuo-social-work-dept-2024.txt");
        var lenient = Run("check", text, "--format", "json").Out;
        var strict = Run("check", text, "--format", "json", "--no-truncated-percentages").Out;
        Assert.Equal(1, Count(lenient, "FA2004", "info"));
        Assert.Equal(0, Count(strict, "FA2004", "info"));
        Assert.Equal(1, Diagnostics(strict).Count(d => d!["ruleId"]!.GetValue<string>() == "FA2004"));
    }

    [Fact]
    public void Verifications_AreRecordedInJson_AndClaimsSayWhichChecksVerifiedThem()
    {
        var plain = JsonNode.Parse(Run("check", SampleTextPath, "--format", "json").Out)!["files"]![0]!;
        Assert.Null(plain["verifications"]);
        Assert.Null(plain["claims"]![0]!["outcome"]);
        var recorded = JsonNode.Parse(Run("check", SampleTextPath, "--format", "json", "--verifications").Out)!["files"]![0]!;
        Assert.NotEmpty(recorded["verifications"]!.AsArray());
        // 115:42 “占 98.37%” (fiscal appropriation share) is verified by FA2001 (see CommandLineTests.Check_WithClaims).
        var share = recorded["claims"]!.AsArray()
            .Single(c => c!["pointer"]!.GetValue<string>() == "/narrative/income/fiscalAppropriation/share");
        Assert.Equal("passed", share!["outcome"]!.GetValue<string>());
        Assert.Contains("FA2001", share["checkedBy"]!.AsArray().Select(r => r!.GetValue<string>()));
    }
}
