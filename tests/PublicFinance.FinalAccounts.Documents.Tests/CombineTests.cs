namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>Several files of one disclosure (a narrative PDF and a tables PDF or workbook) combine into one report.</summary>
public class CombineTests
{
    [Fact]
    public void NarrativePdf_AndTablesPdf_CombineInOrder()
    {
        var narrative = TestFiles.Read("budget/js-zxbgt-2018-budget.pdf");
        var tables = TestFiles.Read("budget/js-zxbgt-2018-budget-tables.pdf");
        var combined = PublishedDocumentReader.Combine(new[] { narrative, tables });
        Assert.Equal(2, combined.Documents.Count);
        Assert.Equal(narrative.Tables.Count + tables.Tables.Count, combined.Tables.Count);
        Assert.Equal("公开01表", combined.Tables[narrative.Tables.Count].Code); // the tables file's tables follow the narrative file's
        Assert.All(combined.Tables.Skip(narrative.Tables.Count), t => Assert.Equal("js-zxbgt-2018-budget-tables.pdf", t.Source));
    }

    [Fact]
    public void PdfNarrative_AndWorkbookTables_GiveOneReport()
    {
        var pdf = TestFiles.Read("pdf/shanghai-putuo-social-work-dept-2024.pdf");
        var workbook = TestFiles.Read("fixtures/general-budget-table.xlsx");
        var report = PublishedDocumentReader.Combine(new[] { workbook, pdf }).Report;
        // The narrative comes from the PDF; table 5 from the workbook, which comes first (the first table of a kind wins).
        Assert.Equal("中共上海市普陀区委社会工作部", report.Entity.Name);
        Assert.Equal(15m, report.Tables!.GeneralBudgetExpenditure!.Total!.Total!.Value.Value);
        Assert.NotNull(report.Tables.Summary); // table 1 from the PDF
    }
}
