using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>Table reconstruction from ruling lines on the real PDFs (expected values read off the rendered pages).</summary>
public class PdfTableTests
{
    [Fact]
    public void FinanceBureau_TheNineTablesAreFound_InOrder_WithTheirPagesAndUnit()
    {
        var doc = TestFiles.Read("pdf/shanghai-putuo-finance-bureau-2024.pdf");
        var titled = doc.Tables.Where(t => t.Title.Length > 0).ToList();
        // The table of contents (p.2) lists the nine tables in this order; the PDF prints them on pp.6-20.
        Assert.Equal(
            new[] { "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表",
                "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表" },
            titled.Select(t => t.Title).ToArray());
        Assert.Equal(
            [PublishedTableKind.Summary, PublishedTableKind.Income, PublishedTableKind.Expenditure, PublishedTableKind.AppropriationSummary,
                PublishedTableKind.GeneralBudgetExpenditure, PublishedTableKind.BasicExpenditure, PublishedTableKind.ThreePublic,
                PublishedTableKind.GovernmentFund, PublishedTableKind.StateCapital],
            titled.Select(t => t.Kind).ToArray());
        Assert.All(titled, t => Assert.Equal(AmountUnit.WanYuan, t.Unit)); // every page prints 单位：万元
        Assert.Equal(new[] { 6, 7 }, titled[0].Pages);                     // the summary continues on p.7 without a repeated header
        Assert.Equal(new[] { 12, 13, 14 }, titled[3].Pages);              // p.14 holds only an empty ruled row
    }

    [Fact]
    public void FinanceBureau_GeneralBudgetTable_RowsAndCellsAreLocated()
    {
        var doc = TestFiles.Read("pdf/shanghai-putuo-finance-bureau-2024.pdf");
        var table = doc.Tables.Single(t => t.Title == "一般公共预算财政拨款支出决算表");
        Assert.Equal(new[] { "项目/支出功能分类科目编码/类", "项目/支出功能分类科目编码/款", "项目/支出功能分类科目编码/项", "项目/科目名称", "合计", "基本支出", "项目支出" }, table.Columns);
        // p.15 row "201 06 01 行政运行 1,511.89 1,503.52 8.37" (1,503.52 + 8.37 = 1,511.89).
        var row = table.Rows.Single(r => r[3].Text == "行政运行");
        Assert.Equal(new[] { "201", "06", "01", "行政运行", "1,511.89", "1,503.52", "8.37" }, row.Select(c => c.Text).ToArray());
        Assert.Equal(15, row[5].Location!.Page);
        Assert.True(row[5].Location!.X > row[4].Location!.X); // 基本支出 is right of 合计
        // The 合计 label spans 类/款/项/科目名称 and is kept in the leftmost column.
        Assert.Equal(new[] { "合计", "", "", "", "2,940.05", "2,336.91", "603.14" }, table.Rows[^1].Select(c => c.Text).ToArray());
    }

    [Fact]
    public void FinanceBureau_BlankFundTable_HasItsStatement()
    {
        var doc = TestFiles.Read("pdf/shanghai-putuo-finance-bureau-2024.pdf");
        var table = doc.Tables.Single(t => t.Title == "政府性基金预算财政拨款收入支出决算表");
        Assert.Equal("注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。", table.EmptyStatement);
        Assert.DoesNotContain(table.Rows, r => r.Any(c => TablesHaveNumber(c.Text)));
    }

    private static bool TablesHaveNumber(string text) => text.Any(char.IsDigit);

    [Fact]
    public void Narrative_HasNoPageNumbersOrTableCells_AndKeepsReadingOrder()
    {
        var doc = TestFiles.Read("pdf/shanghai-putuo-finance-bureau-2024.pdf");
        // p.21: "本年支出合计2940.05万元，其中：基本支出…" precedes its wrapped continuation "603.14万元，占20.51%；"
        // (pdftotext's default mode prints them the other way round).
        var text = doc.Text;
        Assert.True(text.IndexOf("本年支出合计2940.05万元", System.StringComparison.Ordinal) < text.IndexOf("603.14万元，占20.51%",
            System.StringComparison.Ordinal));
        // Table cells are not narrative: the 行政运行 row of the tables is absent from the text.
        Assert.DoesNotContain("1,503.52", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain(text.Split('\n'), l => l.Trim().Length > 0 && l.Trim().All(char.IsDigit));
    }

    [Fact]
    public void RotatedPages_AreReadUpright_TablesAndText()
    {
        // fixtures/make-rotated-pdf.py: p.1 is a portrait page turned by /Rotate 90, p.2 the same content without
        // /Rotate (text running up the page). Both show a ruled table Code | Name | Amount with two rows, and a line
        // "Rotated page text" below it. Read upright, both give the same grid; the second page either starts a table
        // or continues the first with its header recognised as repeated — the rows are the same either way.
        var doc = TestFiles.Read("fixtures/rotated-pages.pdf");
        Assert.All(doc.Tables, t => Assert.Equal(new[] { "Code", "Name", "Amount" }, t.Columns));
        var rows = doc.Tables.SelectMany(t => t.Rows).Select(r => string.Join("|", r.Select(c => c.Text))).ToArray();
        Assert.Equal(new[] { "201|General|100.00", "20103|Office|60.00", "201|General|100.00", "20103|Office|60.00" }, rows);
        Assert.Equal([1, 2], [.. doc.Tables.SelectMany(t => t.Pages).Distinct().OrderBy(p => p)]);
        var pages = doc.Text.Split('\f');
        Assert.Equal(2, pages.Length);
        Assert.All(pages, p => Assert.Contains("Rotatedpagetext", p, System.StringComparison.Ordinal)); // glyphs joined without spaces
    }
}
