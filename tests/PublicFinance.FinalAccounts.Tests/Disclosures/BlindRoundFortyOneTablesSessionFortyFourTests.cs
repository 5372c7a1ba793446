using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 44 (fix41b, blind round 41: tables as text), precision first. Every text is invented.
/// <list type="bullet">
/// <item>A space-aligned 收入支出决算总表 in 元 with 收入 and 支出 side by side on one row and 行次 columns
/// (<c>本年收入合计  28  5,120,040.30  本年支出合计  60  5,018,600.00</c>): its thousands commas made the row prose, the two
/// halves one clause, and the 支出 cell (converted from 元) was read as 本年收入 — false FA1201 / FA1211. A thousands comma
/// is no clause mark in a space-aligned row: the row is a table row, and the prose's own figures stand.</item>
/// <item>A <c>|</c> table run into a one-line web page (<c>… | 项目 | 预算数 | 决算数 | | 合计 | 12.00 | 10.40 | …</c>) made the
/// whole stretch — the table, the section's prose and the next section — one unread table row. It is cut into the heading,
/// the rows and the prose after the table.</item>
/// </list>
/// </summary>
public class BlindRoundFortyOneTablesSessionFortyFourTests
{
    private const string Overall = "/narrative/overall/";

    private const string ThreePublic = "/narrative/threePublic/";

    /// <summary>A 说明 whose 总表 in 元 stands before the overview's prose in 万元.</summary>
    private static string SideBySide(string rows, string prose = Prose) =>
        "某区档案馆2023年度部门决算说明\n一、部门基本情况\n本馆负责全区档案的收集、保管和利用。\n二、收入支出决算总体情况\n"
        + "收入支出决算总表\n单位：元\n收入                              支出\n"
        + "项目              行次        金额    项目              行次        金额\n" + rows + "\n" + prose;

    private const string Prose = "2023年度收入总计520.62万元，支出总计520.62万元。本年收入512.00万元，其中一般公共预算财政拨款收入"
        + "498.40万元，其他收入13.60万元；年初结转和结余8.62万元。本年支出501.86万元，年末结转和结余18.76万元。\n";

    private const string Rows =
        "一、一般公共预算财政拨款收入     1    4,984,000.30    一、一般公共服务支出      32    4,210,500.00\n"
        + "八、其他收入             8      136,040.00    八、社会保障和就业支出     39      808,100.00\n"
        + "本年收入合计             28    5,120,040.30    本年支出合计          60    5,018,600.00\n"
        + "年初结转和结余           30       86,200.00    年末结转和结余         62      187,640.30\n"
        + "总计                 31    5,206,240.30    总计              63    5,206,240.30";

    /// <summary>
    /// The t06 family: the side-by-side rows are table rows; the overview's figures are the prose's (万元), no 支出 cell is
    /// 本年收入, and no Error is raised.
    /// </summary>
    [Fact]
    public void SideBySideYuanRows_NeverReadTheExpenditureHalfAsIncome()
    {
        var (read, diagnostics) = Read(SideBySide(Rows));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("512.00", JsonAt(read, Overall + "currentYearIncome/amount"));
        Assert.Equal("501.86", JsonAt(read, Overall + "currentYearExpenditure/amount"));
        Assert.Equal("520.62", JsonAt(read, Overall + "incomeGrandTotal/amount"));
        Assert.Equal("8.62", JsonAt(read, Overall + "openingCarryOver/amount"));
        Assert.Equal("18.76", JsonAt(read, Overall + "closingCarryOver/amount"));
    }

    /// <summary>
    /// Near miss: a row whose halves have the same label word (总计 … 总计) and the 结转 row: neither half is placed (the
    /// income grand total is the prose's, not the right-hand cell's conversion), and no Error.
    /// </summary>
    [Fact]
    public void SideBySideRow_WithTheSameLabelOnBothHalves_PlacesNeither()
    {
        var rows = "年初结转和结余           30       86,200.00    年末结转和结余         62      187,640.30\n"
            + "总计                 31    5,206,240.30    总计              63    5,206,240.30";
        var (read, diagnostics) = Read(SideBySide(rows, "2023年度收入总计520.62万元，支出总计520.62万元。\n"));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("520.62", JsonAt(read, Overall + "incomeGrandTotal/amount"));
        Assert.Equal("520.62", JsonAt(read, Overall + "expenditureGrandTotal/amount"));
        Assert.Null(JsonAt(read, Overall + "openingCarryOver/amount"));
        Assert.Null(JsonAt(read, Overall + "closingCarryOver/amount"));
    }

    /// <summary>
    /// A thousands comma inside a cell's number keeps a space-aligned row of two sides a row; a clause comma does not, and
    /// a row of one label and its numbers with thousands commas stays as it was (prose).
    /// </summary>
    [Theory]
    [InlineData("本年收入合计  28  5,120,040.30  本年支出合计  60  5,018,600.00", true)]
    [InlineData("年初结转和结余  30  86,200.00  年末结转和结余  62  187,640.30", true)]
    [InlineData("公务接待费        16,500.00     12,300.00    -4,200.00", false)]
    [InlineData("本年收入  1,234.56万元,其中  财政拨款  1,200.00万元", false)]
    [InlineData("收入合计  12,30  支出合计  45", false)]
    [InlineData("收入合计  1, 230.00  支出合计  45.00", false)]
    public void ThousandsComma_IsNoClauseMark(string line, bool row)
        => Assert.Equal(row, BlockClassifier.IsSpaceAlignedRow(line, 0, line.Length));

    /// <summary>
    /// Property: whatever the 元 amounts of the side-by-side rows (the right half differing from the left), the overview
    /// keeps the prose's 本年收入 and 本年支出 and no Error is raised.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool AnySideBySideAmounts_LeaveTheProseFigures(PositiveInt left, PositiveInt right)
    {
        var income = 1_000_000m + (left.Get % 9_000_000) + 0.25m;
        var expenditure = 1_000_000m + (right.Get % 9_000_000) + 0.75m;
        var rows = "本年收入合计             28    " + income.ToString("#,0.00", CultureInfo.InvariantCulture)
            + "    本年支出合计          60    " + expenditure.ToString("#,0.00", CultureInfo.InvariantCulture);
        var (read, diagnostics) = Read(SideBySide(rows));
        return JsonAt(read, Overall + "currentYearIncome/amount") == "512.00"
            && JsonAt(read, Overall + "currentYearExpenditure/amount") == "501.86"
            && Of(diagnostics, Severity.Error).Length == 0;
    }

    /// <summary>A one-line web page with a '|' 三公 table run into its section, then the next sections.</summary>
    private static string OneLinePage(string rows) =>
        "当前位置：首页 > 信息公开 > 部门决算 某区水务局2023年度部门决算公开说明 一、收入支出决算总体情况 "
        + "2023年度收入总计2210.40万元，支出总计2210.40万元。本年收入2150.00万元，本年支出2180.30万元。 "
        + "五、“三公”经费支出决算情况（单位：万元） | 项目 | 预算数 | 决算数 | 上年决算数 | " + rows
        + " 2023年度“三公”经费支出10.40万元，比上年减少0.70万元，下降6.31%，主要是压减公务接待。决算数小于预算数的原因同上 "
        + "六、机关运行经费 2023年度机关运行经费支出96.20万元，比上年增加2.10万元，增长2.23%，主要是办公用房维修 "
        + "七、政府采购情况 政府采购支出总额310.00万元，其中货物110.00万元，服务200.00万元 【打印本页】【关闭窗口】\n";

    private const string BarRows = "| 合计 | 12.00 | 10.40 | 11.10 | | 因公出国（境）费 | 0 | 0 | 0 | | 公务用车购置费 | 0 | 0 | 0 | "
        + "| 公务用车运行维护费 | 8.00 | 7.20 | 7.30 | | 公务接待费 | 4.00 | 3.20 | 3.80 |";

    /// <summary>
    /// The t10 family: the table is read by its header, the 三公 prose after it and the sections after it are read (a
    /// heading inline without a heading word, 六、机关运行经费, is still not one: its figure stays unplaced — left).
    /// </summary>
    [Fact]
    public void InlineBarTable_OnAOneLinePage_KeepsTheProseAfterIt()
    {
        var (read, diagnostics) = Read(OneLinePage(BarRows));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("10.40", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("12.00", JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.Equal("0.70", JsonAt(read, ThreePublic + "total/change/amount"));
        Assert.Equal("7.20", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("3.20", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("310.00", JsonAt(read, "/narrative/procurement/total/amount"));
    }

    /// <summary>
    /// Near miss: a row whose label is no 三公 item (办公设备购置费) places nothing, while the prose after the table is still
    /// read (the total and its change).
    /// </summary>
    [Fact]
    public void InlineBarTable_UnknownRowLabel_PlacesNothing()
    {
        var rows = "| 合计 | 12.00 | 10.40 | 11.10 | | 办公设备购置费 | 3.00 | 2.50 | 2.80 |";
        var (read, diagnostics) = Read(OneLinePage(rows));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("10.40", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("0.70", JsonAt(read, ThreePublic + "total/change/amount"));
    }

    /// <summary>The cut: heading, one piece per row (a blank cell before a number stays in its row), the prose.</summary>
    [Fact]
    public void Cut_GivesHeadingRowsAndProse()
    {
        var line = "五、“三公”经费情况（单位：万元） | 项目 | 预算数 | 决算数 | | 合计 | | 10.40 | | 公务接待费 | 4.00 | 3.20 | "
            + "2023年度“三公”经费支出10.40万元，比上年减少0.70万元。";
        var pieces = new List<(int Start, int End)>();

        Assert.True(InlineBarTable.Cut(line, 0, line.Length, pieces));
        var texts = pieces.Select(p => line[p.Start..p.End]).ToArray();
        Assert.Equal(
            ["五、“三公”经费情况（单位：万元）", "| 项目 | 预算数 | 决算数 |", "| 合计 | | 10.40 |", "| 公务接待费 | 4.00 | 3.20 |",
                "2023年度“三公”经费支出10.40万元，比上年减少0.70万元。"],
            texts);
    }

    /// <summary>
    /// Near misses that are not cut: rows of different widths, a single row, no prose after the last bar, a footer's links,
    /// a sentence between the bars.
    /// </summary>
    [Theory]
    [InlineData("标题 | 项目 | 预算数 | 决算数 | | 合计 | 10.40 | 2023年度“三公”经费支出10.40万元，比上年减少0.70万元。")]
    [InlineData("标题 | 项目 | 预算数 | 决算数 | 2023年度“三公”经费支出10.40万元，比上年减少0.70万元。")]
    [InlineData("标题 | 项目 | 预算数 | 决算数 | | 合计 | 12.00 | 10.40 |")]
    [InlineData("网站地图 | 联系我们 | 版权所有，某区人民政府办公室主办，未经许可不得转载")]
    [InlineData("标题 | 项目 | 预算数 | 决算数 | | 合计。说明 | 12.00 | 10.40 | 2023年度“三公”经费支出10.40万元，比上年减少。")]
    public void Cut_NearMisses_AreNotCut(string line)
    {
        var pieces = new List<(int Start, int End)>();

        Assert.False(InlineBarTable.Cut(line, 0, line.Length, pieces));
        Assert.Empty(pieces);
    }

    /// <summary>
    /// Property: whatever the rows' values and the prose, a cut gives ordered, disjoint pieces inside the line; every row
    /// piece opens and closes with a bar and the last piece (the prose) holds none.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool Cut_PiecesAreOrderedRowsAndProse(PositiveInt rows, NonNegativeInt seed)
    {
        var count = 2 + (rows.Get % 5);
        var line = "四、“三公”经费情况 | 项目 | 预算数 | 决算数 |";
        for (var k = 0; k < count; k++)
        {
            var blank = (seed.Get >> k & 1) == 1 ? " " : (k + seed.Get % 97).ToString(CultureInfo.InvariantCulture) + "." + k + "0";
            line += $" | 第{k}项 | {blank} | {k}.50 |";
        }

        line += " 本年度“三公”经费支出比上年减少，主要是压减公务接待。";
        var pieces = new List<(int Start, int End)>();
        if (!InlineBarTable.Cut(line, 0, line.Length, pieces))
        {
            return false;
        }

        var ordered = pieces.Zip(pieces.Skip(1), (a, b) => a.End <= b.Start).All(x => x) && pieces[0].Start >= 0
            && pieces[^1].End == line.Length;
        var rowsOk = pieces.Skip(1).Take(pieces.Count - 2).All(p => line[p.Start] == '|' && line[p.End - 1] == '|');
        var prose = pieces[^1];
        return ordered && rowsOk && pieces.Count == count + 3 && line.IndexOf('|', prose.Start, prose.End - prose.Start) < 0;
    }
}
