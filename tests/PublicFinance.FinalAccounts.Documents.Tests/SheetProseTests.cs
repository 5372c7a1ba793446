namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Session 29: the 说明 written in worksheet cells is the workbook's narrative (<c>SheetProse</c>), the tables stay tables.
/// Invented rows (MinimalXlsx writes one sheet of inline strings).
/// </summary>
public sealed class SheetProseTests
{
    /// <summary>
    /// A paragraph in one cell with Alt+Enter breaks, a sentence per row, and a table below: the one-text rows are the
    /// narrative line for line (the breaks kept as lines, a blank row or the table's rows end a paragraph); the table's own
    /// rows are not in it, and the table is still read (its 合计 2.50 = 1.20 + 1.30).
    /// </summary>
    [Fact]
    public void OneTextRows_OfASheetWithSentences_AreTheNarrative()
    {
        var bytes = MinimalXlsx.Write("决算", [
            ["某中心2024年度部门决算说明"],
            ["一、收入支出决算总体情况说明\n2024年度收入总计2.50万元。"],
            [],
            ["本年支出合计2.50万元。", ""],
            ["支出决算表"],
            ["科目编码", "科目名称", "合计"],
            ["合计", "", "2.50"],
            ["2010301", "行政运行", "1.20"],
            ["2010302", "一般行政管理事务", "1.30"],
        ]);

        var document = PublishedDocumentReader.Read(bytes, "说明.xlsx");

        Assert.Equal("某中心2024年度部门决算说明\n一、收入支出决算总体情况说明\n2024年度收入总计2.50万元。\n\n本年支出合计2.50万元。\n支出决算表\n",
            document.Text);
        Assert.Contains(document.Tables, t => t.Title == "支出决算表" && t.Rows.Count == 3);
    }

    /// <summary>A sheet of tables whose only sentence is a table's 注 gives no narrative (as before session 29).</summary>
    [Fact]
    public void ASheetWhoseOnlySentenceIsANote_GivesNoNarrative()
    {
        var bytes = MinimalXlsx.Write("公开08表", [
            ["政府性基金预算财政拨款收入支出决算表"],
            ["项目", "合计"],
            ["合计", ""],
            ["注：本单位无政府性基金收支，故本表无数据。"],
        ]);

        Assert.Equal(string.Empty, PublishedDocumentReader.Read(bytes, "表.xlsx").Text);
    }
}
