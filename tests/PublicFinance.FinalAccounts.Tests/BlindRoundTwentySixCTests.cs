using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The table families of the session 26 blind round C that lost whole tables, each on invented texts of its own (several
/// forms, and a near miss that must not be read): r3 — a Word export whose 合计 row dropped its empty code cell; r4 —
/// <c>pdftotext -raw</c> rows whose cells are apart by one space, with thousands separators, a label continued on the next
/// line and a page number between rows.
/// </summary>
public sealed class BlindRoundTwentySixCTests
{
    private static (PublishedDocument Document, FinalAccountsReport Report, List<Diagnostic> Diagnostics) Tables(string text)
        => BlindRoundTwentyFourBTests.Tables(text);

    private static string[] Errors(List<Diagnostic> diagnostics) => Disclosures.TextReading.RuleIds(diagnostics, Severity.Error);

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    // ---- r4: pdftotext -raw rows, one space between cells ----

    /// <summary>
    /// An invented 一般公共预算财政拨款支出决算表 (某市林业局 2023, 万元): 合计 2,650.00 = 208 250.00 + 213 2,400.00; 基本
    /// 1,450.00 = 250.00 + 1,200.00; 项目 1,200.00. The 2080505 name is broken onto the next line, a page number stands between
    /// rows (form 0: <c>- 9 -</c>; form 1: <c>第 9 页</c>).
    /// </summary>
    private static string RawTable(string pageNumber, string totalLabel = "合计", string broken = "缴费支出") => Lines(
        "某市林业局2023年度部门决算",
        "公开05表",
        "一般公共预算财政拨款支出决算表",
        "部门：某市林业局 单位：万元",
        "项目 本年支出",
        "功能分类科目编码 科目名称 小计 基本支出 项目支出",
        totalLabel + " 2,650.00 1,450.00 1,200.00",
        "208 社会保障和就业支出 250.00 250.00 0.00",
        "20805 行政事业单位养老支出 250.00 250.00 0.00",
        "2080505 机关事业单位基本养老保险 250.00 250.00 0.00",
        broken,
        pageNumber,
        "213 农林水支出 2,400.00 1,200.00 1,200.00",
        "21302 林业和草原 2,400.00 1,200.00 1,200.00",
        "2130201 行政运行 1,200.00 1,200.00 0.00",
        "2130205 森林资源培育 1,200.00 0.00 1,200.00",
        "注：本表反映部门本年度一般公共预算财政拨款支出情况。");

    /// <summary>
    /// Each form is read whole: 6 coded rows under 合计 2,650.00; the broken name joined (机关事业单位基本养老保险缴费支出),
    /// the page number skipped, 2130205's project 1,200.00 in its column; no Error (the figures add, as reasoned above).
    /// Before: the table was not read at all.
    /// </summary>
    [Theory]
    [InlineData("- 9 -", "合计")]
    [InlineData("第 9 页", "合 计")]
    public void SingleSpaceRows_AreReadAsATable(string pageNumber, string totalLabel)
    {
        var (_, report, diagnostics) = Tables(RawTable(pageNumber, totalLabel));

        var table = report.Tables?.GeneralBudgetExpenditure;
        Assert.NotNull(table);
        Assert.Equal(["208", "20805", "2080505", "213", "21302", "2130201", "2130205"], table.Rows.Select(r => r.Code.ToString()));
        Assert.Equal("2650.00", table.Total?.Total?.ToString());
        Assert.Equal("机关事业单位基本养老保险缴费支出", table.Rows.Single(r => r.Code.ToString() == "2080505").Name);
        Assert.Equal("1200.00", table.Rows.Single(r => r.Code.ToString() == "2130205").Project?.ToString());
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near miss: a row with two amounts under three columns (a blank cell pdftotext dropped) cannot be placed — the table is
    /// not read, and no figure of it meets a check.
    /// </summary>
    [Fact]
    public void ARowShortOfAnAmount_LeavesTheTableUnread()
    {
        var text = RawTable("- 9 -").Replace("2130201 行政运行 1,200.00 1,200.00 0.00", "2130201 行政运行 1,200.00 1,200.00",
            StringComparison.Ordinal);
        var (_, report, diagnostics) = Tables(text);

        Assert.Null(report.Tables?.GeneralBudgetExpenditure);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near miss: two lines of text under a row — which row or name they continue is a guess, so the table is not read.
    /// </summary>
    [Fact]
    public void TwoLinesOfTextBetweenRows_LeaveTheTableUnread()
    {
        var (_, report, diagnostics) = Tables(RawTable("- 9 -", broken: "缴费支出\n另行说明"));

        Assert.Null(report.Tables?.GeneralBudgetExpenditure);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The 支出决算表 form whose last header line names only the code and name columns, the amount columns named on the line
    /// above after 项目 (invented 某市林业局 2023, 万元): 合计 2,650.00 = 基本 1,450.00 + 项目 1,200.00 + 0.00; the 类 rows add to
    /// it (250.00 + 2,400.00). Read with the names from the line above; a line above that does not start with 项目 is no
    /// header of those columns, and the table stays unread.
    /// </summary>
    [Theory]
    [InlineData("项目 本年支出合计 基本支出 项目支出 上缴上级支出", true)]
    [InlineData("本年支出合计 基本支出 项目支出 上缴上级支出", false)]
    public void AmountNamesOnTheLineAbove_AreTheColumns(string names, bool read)
    {
        var text = Lines(
            "某市林业局2023年度部门决算",
            "支出决算表",
            "公开03表",
            "单位：万元",
            names,
            "功能分类科目编码 科目名称",
            "合计 2,650.00 1,450.00 1,200.00 0.00",
            "208 社会保障和就业支出 250.00 250.00 0.00 0.00",
            "213 农林水支出 2,400.00 1,200.00 1,200.00 0.00",
            "注：本表反映部门本年度各项支出情况。");
        var (_, report, diagnostics) = Tables(text);

        Assert.Equal(read, report.Tables?.Expenditure is not null);
        if (read)
        {
            Assert.Equal("2650.00", report.Tables?.Expenditure?.Total?.Total?.ToString());
            Assert.Equal(["208", "213"], report.Tables?.Expenditure?.Rows.Select(r => r.Code.ToString()));
        }

        Assert.Empty(Errors(diagnostics));
    }

    // ---- r3: a Word export whose 合计 row dropped its empty code cell ----

    /// <summary>
    /// An invented tab 一般公共预算财政拨款支出决算表 (某县气象局 2019, 万元): 合计 180.50 = 220 180.50; 基本 120.50, 项目 60.00.
    /// </summary>
    private static string TabTable(string total, string row = "2200501\t行政运行\t120.50\t120.50\t0.00") => Lines(
        "某县气象局2019年度部门决算",
        "一般公共预算财政拨款支出决算表",
        "公开05表",
        "单位：万元",
        "功能分类科目编码\t科目名称\t小计\t基本支出\t项目支出",
        total,
        "220\t自然资源海洋气象等支出\t180.50\t120.50\t60.00",
        "22005\t气象事务\t180.50\t120.50\t60.00",
        row,
        "2200509\t气象服务\t60.00\t0.00\t60.00",
        "注：本表反映部门本年度一般公共预算财政拨款支出情况。");

    /// <summary>
    /// The 合计 row one cell short (its empty code cell dropped), as 合计 or 总计, is aligned: the table is read with 合计
    /// 180.50 and its four rows, no Error. Before: the whole table was a note (该行单元格数与表头不同).
    /// </summary>
    [Theory]
    [InlineData("合计\t180.50\t120.50\t60.00")]
    [InlineData("总计\t180.50\t120.50\t60.00")]
    public void ATotalRowWithoutItsCodeCell_IsAligned(string total)
    {
        var (_, report, diagnostics) = Tables(TabTable(total));

        var table = report.Tables?.GeneralBudgetExpenditure;
        Assert.NotNull(table);
        Assert.Equal("180.50", table.Total?.Total?.ToString());
        Assert.Equal("60.00", table.Total?.Project?.ToString());
        Assert.Equal(["220", "22005", "2200501", "2200509"], table.Rows.Select(r => r.Code.ToString()));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Near miss: besides the 合计 row, a coded row lost a zero cell (2200501 with two amounts for three columns: basic or
    /// project is a guess) — the table stays unread, and no Error comes of it.
    /// </summary>
    [Fact]
    public void AnotherShortRow_StillLeavesTheTableUnread()
    {
        var (document, report, diagnostics) = Tables(TabTable("合计\t180.50\t120.50\t60.00", "2200501\t行政运行\t120.50\t120.50"));

        Assert.Null(report.Tables?.GeneralBudgetExpenditure);
        Assert.Contains(document.Notes, n => n.MessageZh.Contains("单元格数与表头不同", StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));
    }
}
