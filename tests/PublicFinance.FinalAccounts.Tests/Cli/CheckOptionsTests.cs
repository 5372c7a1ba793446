using System.Text.Json.Nodes;

namespace PublicFinance.FinalAccounts.Tests.Cli;

/// <summary>
/// The validation options of <c>check</c> (--catalogue, --previous, --scope, --unit-type) reach the validator, and each
/// bad value is bad input (exit 2) with a message naming the bad part.
/// </summary>
public sealed class CheckOptionsTests : CliTestBase
{
    public CheckOptionsTests()
        : base("finacct-options-")
    {
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static int Count(string json, string ruleId, string severity) =>
        JsonNode.Parse(json)!["files"]![0]!["diagnostics"]!.AsArray()
            .Count(d => d!["ruleId"]!.GetValue<string>() == ruleId && d["severity"]!.GetValue<string>() == severity);

    [Theory]
    [InlineData("--scope", "xml", "is not one of auto|fragment|narrative|complete")]
    [InlineData("--unit-type", "school", "is not one of unspecified|administrative|civil-service-managed|institution")]
    public void BadOptionValue_IsBadInput_NamingTheBadPart(string option, string value, string expected)
    {
        var (code, _, err) = Run("check", TestFiles.SampleJsonPath, option, value);
        Assert.Equal(2, code);
        Assert.Contains(expected, err);
        Assert.Contains(value, err);
    }

    [Fact]
    public void MissingCatalogueOrPrevious_IsBadInput()
    {
        Assert.Equal(2, Run("check", TestFiles.SampleJsonPath, "--catalogue", Path.Combine(Folder, "none.csv")).Code);
        Assert.Equal(2, Run("check", TestFiles.SampleJsonPath, "--previous", Path.Combine(Folder, "none.json")).Code);
        Assert.Equal(2, Run("check", TestFiles.SampleJsonPath, "--catalogue").Code);
    }

    [Fact]
    public void MalformedCatalogue_IsBadInput_WithItsLine()
    {
        var path = Write("bad.csv", "system,code,name\nfunctional,2x1,某支出\n");
        var (code, _, err) = Run("check", TestFiles.SampleJsonPath, "--catalogue", path);
        Assert.Equal(2, code);
        Assert.Contains("bad.csv", err);
    }

    [Fact]
    public void Catalogue_ReplacesTheBuiltInOne()
    {
        // The sample lists class 201 as 一般公共服务支出, the built-in name: no FA5003 name warning on it. A catalogue that
        // names 201 otherwise makes that name stale, so FA5003 warns about it.
        var (_, builtIn, _) = Run("check", TestFiles.SampleJsonPath, "--format", "json");
        var path = Write("cat.csv", "system,code,name,fromYear,toYear,aliases,evidence,note\nfunctional,201,某某公共服务支出,,,,S,test\n");
        var (code, replaced, err) = Run("check", TestFiles.SampleJsonPath, "--format", "json", "--catalogue", path);
        Assert.Equal(0, code);
        Assert.True(Count(replaced, "FA5003", "warning") > Count(builtIn, "FA5003", "warning"), err);
    }

    [Fact]
    public void Previous_RunsTheAcrossYearRules()
    {
        // Without last year's report the across-year rules have nothing to compare with; given one (here the sample
        // relabelled 2023: its figures equal this year's, so every stated change contradicts it), FA7003 recomputes the
        // changes from both reports and FA7001 compares the balances.
        static string Line(string coverage, string ruleId) => coverage.Split('\n')
            // the coverage line, not a diagnostic
            .Single(l => l.TrimStart().StartsWith(ruleId + " ", StringComparison.Ordinal) && !l.Contains(" /", StringComparison.Ordinal));
        var previous = Write("2023.json", File.ReadAllText(TestFiles.SampleJsonPath)
            .Replace("\"fiscalYear\": 2024", "\"fiscalYear\": 2023", StringComparison.Ordinal));
        var without = Run("check", TestFiles.SampleJsonPath, "--coverage").Out;
        var (code, with, _) = Run("check", TestFiles.SampleJsonPath, "--previous", previous, "--coverage");
        Assert.Equal(0, code);   // FA7003 is a Warning rule: findings, no errors
        Assert.Contains("无法检查 could not run", Line(without, "FA7003"));
        Assert.Contains("未通过 failed", Line(with, "FA7003"));
        Assert.Contains("通过 passed", Line(with, "FA7001"));
    }

    [Fact]
    public void ScopeComplete_MakesTheAbsentTablesFindings()
    {
        // The sample is a 说明 whose tables are attachments: in the default scope that is an Info; declared complete, each
        // absent table is an Error (FA6101).
        var (defaultCode, defaultOut, _) = Run("check", TestFiles.SampleJsonPath, "--format", "json");
        var (code, complete, _) = Run("check", TestFiles.SampleJsonPath, "--format", "json", "--scope", "complete");
        Assert.Equal(0, defaultCode);
        Assert.Equal(0, Count(defaultOut, "FA6101", "error"));
        Assert.Equal(1, code);
        Assert.Equal(9, Count(complete, "FA6101", "error"));
    }

    [Fact]
    public void PublishedPdf_IsReadByContent_AndTableFindingsNameTheCell()
    {
        // A PDF given a .txt name is still read as a PDF: the kind is decided by the bytes (%PDF), not the extension.
        var pdf = Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "shanghai-putuo-social-work-dept-2024.pdf");
        var renamed = Path.Combine(Folder, "disclosure.txt");
        File.Copy(pdf, renamed);
        var (code, output, err) = Run("check", renamed);
        Assert.Equal(0, code);
        Assert.StartsWith("中共上海市普陀区委社会工作部 2024 — 0 错误 errors", output, StringComparison.Ordinal);
        Assert.Contains(" — p.", output);   // a table figure located by page, table, row and column
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void WorkbookWithOnlySelfEvaluationTables_IsChecked_AndItsWrongTotalIsAnError()
    {
        // A 绩效自评表 workbook alone holds no figure of the nine tables or the narrative, but its evaluations are read:
        // it is checked rather than refused as "nothing read". The fixture prints 总分 94.40 where its scores add up to
        // 98.40 (make-performance-fixtures.py), so FA3003 is the one Error, located at the 总分 cell H20.
        var workbook = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "performance-wrong-total.xlsx");
        var (code, output, err) = Run("check", workbook);
        Assert.Equal(1, code);
        Assert.Contains("1 错误 errors", output);
        Assert.Contains("FA3003", output);
        Assert.Contains("H20", output);
        Assert.DoesNotContain("未读出任何决算表格或数字", err);
    }

    [Fact]
    public void SeveralFilesThatAreNotPublishedFiles_CannotBeCombined()
    {
        // Several inputs are each checked (CliInputsTests); --combine reads them as ONE disclosure, which published files and
        // texts can be (a text 说明 beside a workbook, BlindRoundTwentyFiveCTests): report JSON is refused, naming the file.
        var (code, _, err) = Run(
            "check", "--combine", TestFiles.SampleJsonPath,
            Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.txt"));
        Assert.Equal(2, code);
        Assert.Contains("--combine reads published files and texts only", err);
        Assert.Contains("urumqi-government-office-2024.json", err);
    }
}
