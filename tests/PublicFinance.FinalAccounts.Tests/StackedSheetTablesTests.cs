using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Documents.Tests;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// Several tables stacked on one worksheet (blind round 27 C, cause 1): each title row (…表, 公开0N表) after the rows of a
/// table starts the next table, so each is read on its own — with blank rows between the tables or without, with the 说明
/// in column A above them. Before: the first table ran on through the next titles and headers (false FA0101–FA0104, the
/// other tables lost). Invented workbooks.
/// </summary>
public class StackedSheetTablesTests
{
    private static readonly string[] Blank = [""];

    /// <summary>An invented 公开01表 (总计 100.00 = 本年支出 90.00 + 年末 10.00), ending in a 注 line.</summary>
    private static IEnumerable<string[]> Summary(bool codeLine)
    {
        yield return ["收入支出决算总表"];
        if (codeLine)
        {
            yield return ["公开01表"];
        }

        yield return ["编制单位：某县某局", "", "单位：万元"];
        yield return ["项目", "决算数", "项目", "决算数"];
        yield return ["一、一般公共预算财政拨款收入", "100.00", "一、一般公共服务支出", "90.00"];
        yield return ["本年收入合计", "100.00", "本年支出合计", "90.00"];
        yield return ["年初结转和结余", "0.00", "年末结转和结余", "10.00"];
        yield return ["总计", "100.00", "总计", "100.00"];
        yield return ["注：本表反映部门本年度的总收支和年末结转结余情况。"];
    }

    /// <summary>An invented 公开02表: 合计 120.00 = 财政拨款 100.00 + 事业 20.00, one 类 / 款 / 项 line.</summary>
    private static IEnumerable<string[]> Income(bool codeLine)
    {
        yield return ["收入决算表"];
        if (codeLine)
        {
            yield return ["公开02表"];
        }

        yield return ["编制单位：某县某局", "", "", "", "", "", "", "", "单位：万元"];
        yield return ["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"];
        yield return ["", "合计", "120.00", "100.00", "0.00", "20.00", "0.00", "0.00", "0.00"];
        yield return ["201", "一般公共服务支出", "120.00", "100.00", "0.00", "20.00", "0.00", "0.00", "0.00"];
        yield return ["20101", "人大事务", "120.00", "100.00", "0.00", "20.00", "0.00", "0.00", "0.00"];
        yield return ["2010101", "行政运行", "120.00", "100.00", "0.00", "20.00", "0.00", "0.00", "0.00"];
    }

    /// <summary>An invented 公开03表: 合计 110.00 = 基本 80.00 + 项目 30.00.</summary>
    private static IEnumerable<string[]> Expenditure()
    {
        yield return ["支出决算表", "公开03表"];
        yield return ["编制单位：某县某局", "", "", "", "单位：万元"];
        yield return ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"];
        yield return ["", "合计", "110.00", "80.00", "30.00"];
        yield return ["201", "一般公共服务支出", "110.00", "80.00", "30.00"];
        yield return ["20101", "人大事务", "110.00", "80.00", "30.00"];
        yield return ["2010101", "行政运行", "110.00", "80.00", "30.00"];
    }

    private static PublishedDocument Read(IEnumerable<string[]> rows, string? numberFormat = null)
        => PublishedDocumentReader.Read(MinimalXlsx.Write("部门决算表", rows, numberFormat), "决算表.xlsx");

    /// <summary>
    /// Three tables stacked, two blank rows between them, with or without the 公开0N表 line, numbers as text or as numbers:
    /// three tables, each with its own rows — the summary's last row is its 总计 (4 rows and the 注 line at most), the income
    /// table's 4 rows, the expenditure table's 4 — and located at their own first rows (A12 is the 收入决算表 title with code
    /// lines: 9 summary rows + 2 blank = row 12).
    /// </summary>
    [Theory]
    [InlineData(true, null)]
    [InlineData(false, null)]
    [InlineData(true, "#,##0.00")]
    public void TablesStackedWithBlankRows_AreReadOneByOne(bool codeLines, string? numberFormat)
    {
        var rows = Summary(codeLines).Concat([Blank, Blank]).Concat(Income(codeLines)).Concat([Blank, Blank]).Concat(Expenditure());

        var document = Read(rows, numberFormat);

        Assert.Equal(new[] { "收入支出决算总表", "收入决算表", "支出决算表" }, document.Tables.Select(t => t.Title));
        Assert.Equal(4, document.Tables[1].Rows.Count);
        Assert.Equal(4, document.Tables[2].Rows.Count);
        Assert.DoesNotContain(document.Tables[0].Rows, r => r.Any(c => c.Text.Contains("科目", StringComparison.Ordinal)));
        Assert.Equal(codeLines ? "部门决算表!A12" : "部门决算表!A11", document.Tables[1].Location?.ToString());

        var report = PublishedDocumentReader.Combine([document]).Report;
        Assert.Equal(120.00m, report.Tables?.Income?.Total?.Total?.Value);
        Assert.Equal(110.00m, report.Tables?.Expenditure?.Total?.Total?.Value);
        Assert.NotNull(report.Tables?.Summary);
    }

    /// <summary>No blank row between the tables: the title row after the 注 line (or after the last figure row) still starts
    /// the next table.</summary>
    [Fact]
    public void TablesStackedWithoutBlankRows_AreReadOneByOne()
    {
        var document = Read(Summary(true).Concat(Income(true)).Concat(Expenditure()));

        Assert.Equal(new[] { "收入支出决算总表", "收入决算表", "支出决算表" }, document.Tables.Select(t => t.Title));
        Assert.Equal(4, document.Tables[2].Rows.Count);
    }

    /// <summary>
    /// The 说明 in column A above the tables (one paragraph a row, its part heading 第二部分 …决算表 before the first title):
    /// the paragraphs are a block of their own and the tables are read as without them.
    /// </summary>
    [Fact]
    public void ParagraphsAboveTheTables_DoNotHideThem()
    {
        string[][] narrative =
        [
            ["某县某局2024年度部门决算"], ["第一部分 部门概况"], ["一、主要职能"], ["负责全县市场监督管理工作。"],
            ["2024年度收入、支出总计均为100.00万元。"], Blank, ["第二部分 2024年度部门决算表"], Blank,
        ];

        var document = Read(narrative.Concat(Summary(true)).Concat([Blank]).Concat(Income(true)));

        Assert.Contains(document.Tables, t => t.Title == "收入支出决算总表");
        var income = Assert.Single(document.Tables, t => t.Title == "收入决算表");
        Assert.Equal(4, income.Rows.Count);
    }

    /// <summary>
    /// Near misses: one table a sheet stays one table — a 注 line naming a table (注：本表…, 详见公开08表) and a label row without
    /// figures inside the table start nothing.
    /// </summary>
    [Fact]
    public void OneTableWithNotes_StaysOneTable()
    {
        var rows = Income(true).Concat([["其中：", ""], ["2010102", "一般行政管理事务", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"]])
            .Concat([["注：政府性基金预算财政拨款收入详见公开08表"]]);

        var document = Read(rows);

        var table = Assert.Single(document.Tables);
        Assert.Equal("收入决算表", table.Title);
        Assert.True(table.Rows.Count >= 5);
    }
}
