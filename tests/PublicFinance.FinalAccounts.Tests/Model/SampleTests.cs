using System.Text.Json;
using System.Text.RegularExpressions;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Model;

public class SampleTests
{
    private static readonly PublicFinance.FinalAccounts.Model.FinalAccountsReport Report =
        FinalAccountsJson.Deserialize(TestFiles.SampleJson);

    private static HashSet<string> JsonStrings()
    {
        var result = new HashSet<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) { Walk(p.Value); } break;
                case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) { Walk(i); } break;
                case JsonValueKind.String: result.Add(e.GetString()!); break;
                case JsonValueKind.Number: result.Add(e.GetRawText()); break;
            }
        }

        using var doc = JsonDocument.Parse(TestFiles.SampleJson);
        Walk(doc.RootElement);
        return result;
    }

    [Fact]
    public void EveryAmountAndPercentOfTheNarrative_IsInTheSample()
    {
        var text = TestFiles.SampleText;
        var narrative = text.Substring(0, text.IndexOf("\n部门整体支出绩效自评表", System.StringComparison.Ordinal))
            + text.Substring(text.LastIndexOf("十二、其他需说明的事项", System.StringComparison.Ordinal));
        var strings = JsonStrings();
        var amounts = Regex.Matches(narrative, @"(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?:万元|%)")
            .Select(m => m.Groups[1].Value.Replace(",", string.Empty)).Distinct().ToList();
        Assert.True(amounts.Count > 60, $"found only {amounts.Count} figures");
        var missing = amounts.Where(a => !strings.Contains(a)).ToList();
        Assert.True(missing.Count == 0, "figures of the text missing from the sample: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryFigureOfThePerformanceTables_IsInTheSample()
    {
        var text = TestFiles.SampleText;
        var tablesStart = text.IndexOf("\n部门整体支出绩效自评表", System.StringComparison.Ordinal);
        var tables = text.Substring(tablesStart, text.LastIndexOf("十二、其他需说明的事项", System.StringComparison.Ordinal) - tablesStart);
        var strings = JsonStrings();
        var cells = tables.Split('\n').Where(l => l.Contains('\t')).SelectMany(l => l.Split('\t'))
            .Select(c => c.Trim().Replace(",", string.Empty).Replace(" 分", string.Empty).TrimEnd('%'))
            .Where(c => Regex.IsMatch(c, @"^[0-9]+(\.[0-9]+)?$")).Distinct().ToList();
        Assert.True(cells.Count > 20);
        var missing = cells.Where(c => !strings.Contains(c) && !strings.Any(s => s.Contains(c, System.StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "table figures missing: " + string.Join(", ", missing));
    }

    /// <summary>The part of the seed text from <paramref name="start"/> up to <paramref name="end"/> (exclusive).</summary>
    private static string Section(string start, string end)
    {
        var text = TestFiles.SampleText;
        var from = text.IndexOf(start, System.StringComparison.Ordinal);
        Assert.True(from >= 0, start);
        var to = text.IndexOf(end, from + start.Length, System.StringComparison.Ordinal);
        Assert.True(to > from, end);
        return text.Substring(from, to - from);
    }

    private static int Stated(string pattern)
        => int.Parse(Regex.Match(TestFiles.SampleText, pattern).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Sample_HasTheSeedsStructure()
    {
        // Every count below is read from the seed text by its own pattern (the oracle), not copied from the JSON or a run.
        Assert.Equal("乌鲁木齐市人民政府办公室", Report.Entity.Name);

        // 主要职能: the numbered paragraphs "1." … "12." of section 一 (one paragraph wraps onto an unnumbered line).
        var functions = Regex.Count(Section("### 一、主要职能", "## 二、机构设置"), @"(?m)^[0-9]+\. ");
        Assert.Equal(12, functions);
        Assert.Equal(functions, Report.Entity.Functions.Count);

        // 内设机构: "下设 16 个科室，分别是：" followed by the 16 names separated by 、.
        var divisions = Regex.Match(TestFiles.SampleText, @"下设 ([0-9]+) 个科室，分别是：\s*([^\n]+)");
        Assert.Equal(16, divisions.Groups[2].Value.TrimEnd('。').Split('、').Length);
        Assert.Equal(
            int.Parse(divisions.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Report.Entity.InternalDivisions.Count);

        Assert.Equal(-379, Report.Personnel!.Retired!.Change);

        // 绩效自评表: one 部门整体支出绩效自评表 and eight 项目支出绩效自评表 headings.
        var overall = Regex.Count(TestFiles.SampleText, @"(?m)^部门整体支出绩效自评表");
        var projects = Regex.Count(TestFiles.SampleText, @"(?m)^项目支出绩效自评表");
        Assert.Equal((1, 8), (overall, projects));
        Assert.Equal(overall + projects, Report.Performance!.Evaluations.Count);
        Assert.Equal(EvaluationKind.DepartmentOverall, Report.Performance.Evaluations[0].Kind);

        // 一般公共预算财政拨款支出决算具体情况: items "1." … "10." up to the next section.
        var items = Regex.Count(Section("## **(三) 一般公共预算财政拨款支出决算具体情况**", "\n## "), @"(?m)^[0-9]+\. ");
        Assert.Equal(10, items);
        Assert.Equal(items, Report.Narrative!.GeneralBudget!.Items.Count);

        // 公务用车保有量 36 辆; 固定资产车辆 10 辆 split by category (其他用车 10 辆).
        Assert.Equal(Stated(@"公务用车保有量 ([0-9]+) 辆"), Report.Narrative.ThreePublic!.VehiclesHeld);
        Assert.Equal(Stated(@"车辆 ([0-9]+) 辆，价值"), Report.Narrative.Assets!.Vehicles!.Categories.Sum(c => c.Count));

        // 专业名词解释: the bold entries **一、 … **十四、 of the explanation part (the second "第三部分" heading;
        // the first is the table of contents).
        var text = TestFiles.SampleText;
        var glossaryStart = text.LastIndexOf("第三部分 专业名词解释", System.StringComparison.Ordinal);
        var glossary = text.Substring(glossaryStart, text.IndexOf("第四部分", glossaryStart, System.StringComparison.Ordinal) - glossaryStart);
        var terms = Regex.Count(glossary, @"(?m)^\*\*[一二三四五六七八九十]+、");
        Assert.Equal(14, terms);
        Assert.Equal(terms, Report.Glossary.Count);

        // 预算绩效评价项目 12 个, of which 8 have a published 项目支出绩效自评表: the other 4 are classified (涉密).
        Assert.Equal(Stated(@"预算绩效评价项目 ([0-9]+) 个") - projects, Report.ClassifiedProjects!.Count);
        Assert.Equal("98.95", Report.Performance.Evaluations.Single(e => e.Name == "市政府办公室总值班室业务专项经费").TotalScore.ToString());
        // 8 disclosed project budgets + 4 classified (177.30) = 项目支出 727.18
        var disclosed = Report.Performance.Evaluations.Where(e => e.Kind == EvaluationKind.Project)
            .Sum(e => e.Funds.Single(f => f.Kind == FundLineKind.Total).FullYearBudget!.Value.Value);
        Assert.Equal(549.88m, disclosed);
        Assert.Equal(Report.Narrative.Expenditure!.Project!.Amount.Value, disclosed + Report.ClassifiedProjects.Budget!.Value.Value);
    }

    [Fact]
    public void IndicatorValues_AreTheParseOfTheirText()
    {
        foreach (var indicator in Report.Performance!.Evaluations.SelectMany(e => e.Indicators))
        {
            Assert.Equal(PublicFinance.FinalAccounts.Utility.IndicatorValueText.Parse(indicator.Target!.Text), indicator.Target);
            Assert.Equal(PublicFinance.FinalAccounts.Utility.IndicatorValueText.Parse(indicator.Actual!.Text), indicator.Actual);
        }
    }

    [Theory]
    [InlineData(">=4 次", Comparator.GreaterOrEqual, "4", "次")]
    [InlineData("≤37.49 万 元", Comparator.LessOrEqual, "37.49", "万元")]
    [InlineData("=100%", Comparator.Equal, "100", "%")]
    [InlineData("＞＝95％", Comparator.GreaterOrEqual, "95", "%")]
    [InlineData("14 次", null, "14", "次")]
    public void IndicatorValue_Parse_Quantitative(string text, Comparator? comparator, string value, string unit)
    {
        var parsed = PublicFinance.FinalAccounts.Utility.IndicatorValueText.Parse(text);
        Assert.Equal(comparator, parsed.Comparator);
        Assert.Equal(value, parsed.Value.ToString());
        Assert.Equal(unit, parsed.Unit);
        Assert.Equal(text.Trim(), parsed.Text);
    }

    [Theory]
    [InlineData("有效提升", null)]
    [InlineData("<=2023 年 6 月 1 日 -2024 年 5 月 31 日", Comparator.LessOrEqual)]
    public void IndicatorValue_Parse_Qualitative(string text, Comparator? comparator)
    {
        var parsed = PublicFinance.FinalAccounts.Utility.IndicatorValueText.Parse(text);
        Assert.Equal(comparator, parsed.Comparator);
        Assert.Null(parsed.Value);
        Assert.Null(parsed.Unit);
    }
}
