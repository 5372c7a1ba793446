using System.IO;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>Every real budget PDF (20 files, many producers) is read and its tables are found as grids.</summary>
public class BudgetPdfTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestFiles.Path("budget"), "*.pdf").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryBudgetPdf_IsRead_AndEveryTableIsARectangularGrid(string file)
    {
        var doc = TestFiles.Read("budget/" + file);
        Assert.True(doc.PageCount > 0);
        Assert.True(doc.Text.Length > 0 || doc.Tables.Count > 0, file + ": nothing read");
        foreach (var table in doc.Tables)
        {
            Assert.True(table.Columns.Count >= 2, file + " " + table + ": fewer than two columns");
            Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Count));
        }

        // Every table of these files is ruled: no block of free text is offered as a rule-less table (precision).
        Assert.DoesNotContain(doc.Notes, n => n.MessageEn.Contains("without ruling lines", System.StringComparison.Ordinal));
    }

    [Theory]
    // Files with the tables (the narrative-only files print none): at least this many titled tables, each listed in the
    // PDF's own table of contents or printed 公开NN表 numbers.
    [InlineData("js-zxbgt-2018-budget-tables.pdf", 12)]
    [InlineData("js-swbgt-2018-budget-tables.pdf", 12)]
    [InlineData("js-rdbgt-2018-budget.pdf", 10)]
    [InlineData("sh-pt-qzfbgs-2025-budget-dept.pdf", 9)]
    [InlineData("sh-pt-sww-2025-budget-dept.pdf", 9)]
    [InlineData("sh-pt-wanli-2023-budget-dept.pdf", 9)]
    [InlineData("sh-pt-wanli-2024-budget-dept.pdf", 9)]
    [InlineData("sh-pt-wanli-2025-budget-dept.pdf", 9)]
    public void TablesFiles_TheirTablesAreFoundWithTitles(string file, int atLeast)
    {
        var doc = TestFiles.Read("budget/" + file);
        Assert.True(doc.Tables.Count(t => t.Title.Contains('表', System.StringComparison.Ordinal)) >= atLeast,
            file + ": " + string.Join(", ", doc.Tables.Select(t => t.ToString())));
    }

    [Fact]
    public void JiangsuTables_PrintedNumbersAreRead_公开01To12()
    {
        var doc = TestFiles.Read("budget/js-zxbgt-2018-budget-tables.pdf");
        Assert.Equal(Enumerable.Range(1, 12).Select(i => "公开" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "表")
            .ToArray(), doc.Tables.Select(t => t.Code).ToArray());
        // 公开01表 收支预算总表: two sides, the expenditure side split into 功能分类 and 支出用途 (a two-level header).
        Assert.Equal("支出/功能分类/功能科目名称", doc.Tables[0].Columns[2]);
    }

    [Theory]
    [InlineData("sh-pt-wanli-2025-budget-dept.pdf", "2025年部门一般公共预算支出功能分类预算表")]
    [InlineData("sh-pt-sww-2025-budget-dept.pdf", "2025年部门收入预算总表")]
    public void MultiPageTables_AreOneTable_WithTheirTotalRow(string file, string title)
    {
        var doc = TestFiles.Read("budget/" + file);
        var table = doc.Tables.Single(t => t.Title == title);
        Assert.True(table.Pages.Count >= 2, title + " pages " + string.Join(",", table.Pages));
        Assert.Contains(table.Rows,
            r => r.Any(c => c.Text.StartsWith("合计", System.StringComparison.Ordinal)
            || c.Text.StartsWith("总计", System.StringComparison.Ordinal)));
        // A repeated header on the continuation page is not a data row.
        Assert.DoesNotContain(table.Rows.Skip(1), r => r.Any(c => c.Text == "科目编码" || c.Text == "功能分类科目编码"));
    }
}
