using System.Linq;
using System.Text.Json;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using Xunit;

namespace PublicFinance.FinalAccounts.Rendering.Tests;

public class PointerLabelTests
{
    [Theory]
    // Row 0 of table 2 is 201 一般公共服务支出; "total" is the 合计 column.
    [InlineData("/tables/income/rows/0/total", "表2 收入决算表 › 201 一般公共服务支出 › 合计")]
    // Table 6 rows are economic codes: row 3 is 302 商品和服务支出.
    [InlineData("/tables/basicExpenditure/rows/3/amount", "表6 一般公共预算财政拨款基本支出决算表 › 302 商品和服务支出 › 金额")]
    [InlineData("/narrative/threePublic/total/amount", "说明 九、财政拨款“三公”经费支出决算情况 › 合计 › 金额")]
    // An index beyond the list still gets a name.
    [InlineData("/tables/income/rows/99/total", "表2 收入决算表 › 第 100 项 › 合计")]
    [InlineData("", "整个报告 the whole report")]
    public void Describe_NamesThePlaceInTheDocumentsWords(string pointer, string expected)
    {
        using var doc = JsonDocument.Parse(FinalAccountsJson.Serialize(TestReports.WithErrors));
        Assert.Equal(expected, PointerLabel.Describe(doc.RootElement, pointer));
    }

    [Fact]
    public void Finding_LinkText_IsTheDescription_AndOtherFiguresInvolvedAreMarkedLighter()
    {
        var report = TestReports.WithErrors;
        var result = Validator.Default.Validate(report);
        var doc = TestReports.Parse(HtmlReportRenderer.Render(report, result, HtmlRenderOptions.Default));

        int number = result.Diagnostics.ToList().FindIndex(d => d.RuleId == "FA0201") + 1;
        var link = doc.QuerySelector("#f-" + number + " a.goto.primary")!;
        // FA0201 names the row total and its six source columns, each shown in its own cell: seven links, the first
        // (primary) to the checked figure.
        Assert.Equal("表2 收入决算表 › 201 一般公共服务支出 › 合计", link.TextContent);
        Assert.Equal(7, doc.QuerySelectorAll("#f-" + number + " a.goto").Length);
        Assert.Equal("/tables/income/rows/0/total", link.GetAttribute("data-pointer"));
        // The checked figure has a full mark; a source column (checked by no finding) is only "involved".
        Assert.DoesNotContain("involved", TestReports.ById(doc, "at-tables-income-rows-0-total")!.ClassList);
        Assert.Contains("involved", TestReports.ById(doc, "at-tables-income-rows-0-fiscalAppropriation")!.ClassList);
    }
}
