using PublicFinance.FinalAccounts.Cli;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Cli;

public class CommandLineTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Summary_OfTheSample_ShowsTheKeyFigures()
    {
        var (code, output, _) = Run("summary", TestFiles.SampleJsonPath);
        Assert.Equal(0, code);
        Assert.Contains("乌鲁木齐市人民政府办公室 — 2024 年度部门决算", output);
        Assert.Contains("收入总计 Income total: 3,653.30 万元", output);
        Assert.Contains("财政拨款收入 Appropriations: 3,593.65 万元，占 98.37%", output);
        Assert.Contains("比上年 vs prior year: 减少 down 23,053.86 万元 (86.32%)", output);
        Assert.Contains("公务用车保有量 Vehicles held: 36", output);
        Assert.Contains("市政府办公室总值班室业务专项经费: 7 项指标 indicators, 得分 score 98.95", output);
        Assert.Contains("决算表 Tables present: none 无", output);
    }

    [Fact]
    public void Check_OfTheSample_HasNoErrors_AndGroupsBySeverity()
    {
        var (code, output, _) = Run("check", TestFiles.SampleJsonPath);
        Assert.Equal(0, code);
        Assert.StartsWith("乌鲁木齐市人民政府办公室 2024 — " + CliTestBase.SampleCounts + "\n", output);
        Assert.Contains("警告 Warnings (4)", output);
        Assert.Contains("提示 Info (3)", output);   // 2 rounding notes + FA6101: the tables are not in the input
        Assert.DoesNotContain("错误 Errors (", output);
        // Located at the value in the report JSON: file:line:col (issue 11: text diagnostics name the file).
        Assert.Matches(@"  [^\n]*urumqi-government-office-2024\.json:\d+:\d+: FA1206 /narrative/basicExpenditure/total/amount\n", output);
        Assert.Contains("声明 2926.12，各项合计 2926.11，差额 0.01，在舍入误差范围（±0.015）内。", output);
        Assert.True(
            output.IndexOf("警告 Warnings", System.StringComparison.Ordinal) < output.IndexOf("提示 Info", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WithErrors_ExitsWithOne_AndJsonFormatIsValidJson()
    {
        var broken = TestFiles.SampleJson.Replace("\"amount\": \"2644.72\"", "\"amount\": \"2644.00\"");
        var path = Path.Combine(Path.GetTempPath(), "finacct-check-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, broken);
        try
        {
            var (code, output, _) = Run("check", path);
            Assert.Equal(1, code);
            Assert.Contains("错误 Errors (1)", output);
            Assert.Contains("FA1206", output);

            var (jsonCode, json, _) = Run("check", path, "--format", "json");
            Assert.Equal(1, jsonCode);
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            Assert.Equal(1, doc.RootElement.GetProperty("errors").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_RoundingOption_AndBadInput()
    {
        Assert.Equal(1, Run("check", TestFiles.SampleJsonPath, "--rounding", "exact").Code);
        Assert.Equal(2, Run("check").Code);
        Assert.Equal(2, Run("check", "no-such-file.json").Code);
        Assert.Equal(2, Run("check", TestFiles.SampleJsonPath, "--format", "xml").Code);
        // A second input is checked too (issue 11); a missing one is bad input, named, and the first is still checked.
        var (code, output, err) = Run("check", TestFiles.SampleJsonPath, "extra.json");
        Assert.Equal(2, code);
        Assert.Contains("file not found: extra.json", err);
        Assert.Contains("乌鲁木齐市人民政府办公室 2024 — 0 错误 errors", output);
    }

    private static string SampleTextPath
        => System.IO.Path.Combine(System.AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.txt");

    [Fact]
    public void Extract_PrintsReportJson_ValidAgainstTheSchema()
    {
        var (code, output, err) = Run("extract", SampleTextPath);
        Assert.Equal(0, code);
        Assert.True(Serialization.SchemaTests.Evaluate(output).IsValid);
        Assert.Contains("\"incomeGrandTotal\"", output);
        Assert.Contains("note: ", err);                 // what could not be placed is reported, with its line:column
        Assert.Contains(":199:", err);
    }

    [Fact]
    public void Check_OnText_LocatesDiagnosticsInTheText()
    {
        var (code, output, _) = Run("check", SampleTextPath);
        Assert.Equal(0, code);
        Assert.Contains(CliTestBase.SampleCounts, output);   // + FA6101: the tables are attachments
        var at = CliTestBase.SampleBasicTotal;
        Assert.Contains(
            $"urumqi-government-office-2024.txt:{at.Line}:{at.StartColumn}: FA1206 /narrative/basicExpenditure/total/amount", output);

        var (jsonCode, json, _) = Run("check", SampleTextPath, "--format", "json");
        Assert.Equal(0, jsonCode);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var info = System.Linq.Enumerable.First(
            doc.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("ruleId").GetString() == "FA1206");
        Assert.Equal(at.Line, info.GetProperty("span").GetProperty("startLine").GetInt32());
        Assert.Equal(at.StartColumn, info.GetProperty("span").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Check_OnBrokenText_ReportsTextFindingsAndErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), "finacct-text-" + System.Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(
            path,
            "# 测试局 2023 年度部门决算公开说明\n\n## 二、收入决算情况说明\n\n"
            + "本年收入 100.00 万元，其中：财政拨款收入 90.00 万元，占 80.00%；其他收入 10.00 万元，比上年减增加 1.00 万元。\n");
        try
        {
            var (code, output, _) = Run("check", path);
            Assert.Equal(1, code);
            Assert.Matches(@":5:\d+: FA2001 ", output);   // 90.00 / 100.00 is not 80.00%
            Assert.Matches(@":5:\d+: FA8001\b", output);   // 减增加
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_WithClaims_ListsEveryClaimWithTheChecksThatVerifiedIt()
    {
        var (code, output, _) = Run("check", SampleTextPath, "--claims");
        Assert.Equal(0, code);
        Assert.Contains("  115:42-115:47 Share /narrative/income/fiscalAppropriation/share 98.37 ✓ FA2001 [98.3669, 98.3676]", output);
        Assert.Contains("ChangeAmount /personnel/active/change -132 –", output);   // nothing checks a single personnel change
        Assert.Matches(@"陈述 Claims \((\d+), (\d+) 已核对 checked\)", output);
    }

    [Fact]
    public void Check_WithCoverage_ListsEveryRuleOutcome()
    {
        var (code, output, _) = Run("check", TestFiles.SampleJsonPath, "--coverage");
        Assert.Equal(0, code);
        Assert.Contains("  FA1206 通过 passed (1/0/0/0) 说明：基本支出等于人员经费加公用经费", output);
        Assert.Contains("  FA0101 无法检查 could not run (0/0/0/1) 收入支出决算总表：本年收入合计等于各项收入之和 — 缺 missing: /tables/summary/income", output);
        Assert.Equal(
            PublicFinance.FinalAccounts.Validation.RuleCatalogue.Rules.Count,
            output.Split('\n').Count(l => l.StartsWith("  FA", System.StringComparison.Ordinal) && l.Contains(" (")));
    }

    [Fact]
    public void Extract_BadUsage()
    {
        Assert.Equal(2, Run("extract").Code);
        Assert.Equal(2, Run("extract", "missing.txt").Code);
    }

    [Fact]
    public void Schema_PrintsThePublishedSchema()
    {
        var (code, output, _) = Run("schema");
        Assert.Equal(0, code);
        Assert.Equal(FinalAccountsSchema.GetText(), output);
    }

    [Fact]
    public void BadInput_Exits2_WithALocatedMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), "finacct-bad-" + System.Guid.NewGuid() + ".json");
        File.WriteAllText(path, "{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"unit\":\"万元\"}");
        try
        {
            var (code, _, err) = Run("summary", path);
            Assert.Equal(2, code);
            Assert.Contains("$.unit", err);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(2, Run("summary", "/no/such/file.json").Code);
        Assert.Equal(2, Run("frobnicate").Code);
        Assert.Equal(2, Run().Code);
        Assert.Equal(0, Run("--help").Code);
    }
}
