using PublicFinance.FinalAccounts.Documents.Pdf;
using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>The small decisions of the layout reader, each on invented input.</summary>
public class LayoutUnitTests
{
    [Theory]
    [InlineData("3", true)]
    [InlineData("- 12 -", true)]
    [InlineData("第 3 页", true)]
    [InlineData("第3页 共25页", true)]
    [InlineData("3/25", true)]
    [InlineData("2024年度部门决算", false)]
    [InlineData("2,940.05", false)]
    public void PageNumbers(string line, bool expected) => Assert.Equal(expected, PdfDocumentReader.IsPageNumber(line));

    [Theory]
    [InlineData("公开05表一般公共预算财政拨款支出决算表", "公开05表", "一般公共预算财政拨款支出决算表")]
    [InlineData("收入决算表公开02表", "公开02表", "收入决算表")]
    [InlineData("附表3项目支出决算表", "附表3", "项目支出决算表")]
    [InlineData("收入支出决算总表", null, "收入支出决算总表")]
    public void TableCodes(string line, string? code, string rest)
    {
        var (found, remainder) = TableAssembler.TableCode(line);
        Assert.Equal(code, found);
        Assert.Equal(rest, remainder);
    }

    [Theory]
    [InlineData("收入支出决算总表", "Summary")]
    [InlineData("财政拨款收入支出决算总表", "AppropriationSummary")]
    [InlineData("一般公共预算财政拨款基本支出决算表", "BasicExpenditure")]
    [InlineData("财政拨款“三公”经费支出决算表", "ThreePublic")]
    [InlineData("政府性基金预算财政拨款收入支出决算表", "GovernmentFund")]
    [InlineData("2025年部门收入预算总表", "None")]
    [InlineData("一般公共预算财政拨款收入支出决算表", "GeneralBudgetExpenditure")] // Yunnan variant of table 5
    [InlineData("“三公”经费及会议费、培训费支出决算表", "ThreePublic")]
    [InlineData("2024年度某局支出决算表", "Expenditure")]
    // Beside the nine: recognised, never taken for table 3 although they end in 支出决算表.
    [InlineData("项目支出决算表", "ProjectExpenditure")]
    [InlineData("一般公共预算财政拨款项目支出决算表", "ProjectExpenditure")]
    [InlineData("行政参公单位机关运行经费支出决算表", "OperatingExpenses")]
    [InlineData("政府采购支出决算表", "Procurement")]
    [InlineData("国有资产使用情况表", "Assets")]
    [InlineData("项目支出绩效自评表", "PerformanceEvaluation")]
    [InlineData("部门整体支出绩效自评表", "PerformanceEvaluation")]
    [InlineData("2025年项目支出预算表", "None")]
    public void TableKinds(string title, string kind) => Assert.Equal(kind, NineTables.Kind(title).ToString());
}
