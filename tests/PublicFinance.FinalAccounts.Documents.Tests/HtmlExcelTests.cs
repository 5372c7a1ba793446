using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>Web pages and workbooks: the same tables, located by HTML table/row/column and by sheet and cell.</summary>
public class HtmlExcelTests
{
    [Fact]
    public void Html_TableWithMergedHeader_IsReadAndMapped()
    {
        var doc = TestFiles.Read("fixtures/expenditure-table.html");
        Assert.Equal(DocumentKind.Html, doc.Kind);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("公开03表", table.Code);
        Assert.Equal("支出决算表", table.Title);
        Assert.Equal(AmountUnit.WanYuan, table.Unit);
        // 项目 spans 科目编码 and 科目名称; the three amount headers span both header rows.
        Assert.Equal(new[] { "项目/科目编码", "项目/科目名称", "本年支出合计", "基本支出", "项目支出" }, table.Columns);
        Assert.Equal(5, table.Rows.Count); // 合计 + four code rows
        var row = table.Rows.Single(r => r[0].Text == "2010301");
        Assert.Equal("table 1 row 6 column 4", row[3].Location!.ToString()); // 6th <tr>, 4th column = 基本支出 60.00
        Assert.Contains("本页为测试用自编网页", doc.Text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("一般行政管理事务", doc.Text, System.StringComparison.Ordinal); // table cells are not narrative

        var disclosure = PublishedDocumentReader.Combine(new[] { doc });
        var expenditure = disclosure.Report.Tables!.Expenditure!;
        // 合计 100.00 = 基本支出 60.00 + 项目支出 40.00, as printed.
        Assert.Equal(Amount.Parse("100.00"), expenditure.Total!.Total);
        Assert.Equal(new[] { "201", "20103", "2010301", "2010302" }, expenditure.Rows.Select(r => r.Code.ToString()).ToArray());
        Assert.Equal(Amount.Parse("0.00"), expenditure.Rows[2].Project); // an empty cell of a printed row is 0 at the table's precision
        Assert.Null(expenditure.Rows[2].Business);                         // a column the table does not have is absent
    }

    [Fact]
    public void Xlsx_WorksheetInYuan_IsConvertedToTheReportUnit_AndCellsCarrySheetReferences()
    {
        var doc = TestFiles.Read("fixtures/general-budget-table.xlsx");
        Assert.Equal(DocumentKind.Xlsx, doc.Kind);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("公开05表", table.Code);
        Assert.Equal("一般公共预算财政拨款支出决算表", table.Title);
        Assert.Equal(AmountUnit.Yuan, table.Unit);
        Assert.Equal(new[] { "项目/类", "项目/款", "项目/项", "项目/科目名称", "本年支出/合计", "本年支出/基本支出", "本年支出/项目支出" }, table.Columns);
        var row = table.Rows.Single(r => r[3].Text == "行政运行");
        Assert.Equal("公开05表!F7", row[5].Location!.ToString()); // row 7 of the sheet, column F = 基本支出

        var report = PublishedDocumentReader.Combine(new[] { doc }).Report;
        var t5 = report.Tables!.GeneralBudgetExpenditure!;
        Assert.Equal(AmountUnit.Yuan, t5.Unit);
        // 150,000.00 元 = 15.000000 万元 (the report's unit; two decimals in 元 are six in 万元).
        Assert.Equal(15m, t5.Total!.Total!.Value.Value);
        Assert.Equal("2010301", t5.Rows[2].Code.ToString());
    }

    [Fact]
    public void Xls_LegacyWorkbook_IsRead()
    {
        var doc = TestFiles.Read("budget/sh-pt-2026-budget-unit-TEMPLATE.xls");
        Assert.Equal(DocumentKind.Xls, doc.Kind);
        Assert.Equal(16, doc.PageCount); // SOURCES.md: 16 sheets
        Assert.Contains(doc.Tables, t => t.Columns.Count >= 4 && t.Rows.Count > 0);
    }
}
