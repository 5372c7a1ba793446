using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 45 (tables45, blind round 41 t06 and t08: tables as text), precision first. Every text is invented.
/// <list type="bullet">
/// <item>A side-by-side 收入支出决算总表 in 元 aligned by spaces, titled with its year (<c>收入支出决算总表（2023年度）</c>), whose
/// first header line names only its sides (<c>收入 … 支出</c>, 支出 set over no column of its half): the title was no title
/// and the group line made the columns irregular, so the table was a note and none of its cells was read. It is now read
/// into <c>/tables/summary</c> in its own unit (元, converted exactly) and compared with the prose's 万元 figures at the
/// prose's precision (FA1101: within rounding an Info, beyond it an Error).</item>
/// <item>A tab 一般公共预算财政拨款支出决算明细表 whose header spans two lines (基本支出 over 人员经费 / 公用经费, no 小计) with an
/// empty spacer column: the 明细表 title was not known, the spacer column named by no header line; and once read, the
/// mapping took 基本支出/人员经费 as the rows' 基本支出 (every 合计 a false FA0501). The spacer column is dropped, the
/// 合计 and 项目支出 columns read, and a 基本支出 that the table prints only as its parts is not read.</item>
/// <item>The same figure stated in 元 and in 万元 in the prose (FA8003) is compared at the coarser precision stated.</item>
/// </list>
/// </summary>
public class TablesSessionFortyFiveTests
{
    private const string Summary = "/tables/summary/";

    private const string GeneralBudget = "/tables/generalBudgetExpenditure/";

    /// <summary>The text read as <c>finacct check</c> reads a .txt file: the 说明 and the tables pasted in it.</summary>
    private static (FinalAccountsReport Report, List<Diagnostic> Diagnostics) ReadDocument(string text)
    {
        var disclosure = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(text), "t.txt")],
            RoundingMode.RoundToNearest);
        return (disclosure.Report,
            [.. disclosure.Read.TextFindings.Concat(Validator.Default.Validate(disclosure.Report, disclosure.Sources).Diagnostics)]);
    }

    private static string[] RulesOf(IEnumerable<Diagnostic> diagnostics, Severity severity)
        => [.. diagnostics.Where(d => d.Severity == severity).Select(d => d.RuleId).Distinct().Order(StringComparer.Ordinal)];

    // ---- Family 1: the side-by-side summary table in 元 ----

    /// <summary>A 说明 whose 总表 in 元 (title, group line and header as given) stands before the overview's prose in 万元.</summary>
    private static string SideBySide(string title = "收入支出决算总表（2023年度）",
        string group = "收入                                      支出", string rows = Rows, string prose = Prose) =>
        "某县气象服务中心2023年度部门决算说明\n一、部门基本情况\n本中心负责全县气象监测预警服务。\n二、收入支出决算总体情况\n"
        + title + "\n单位：元\n" + group + "\n"
        + "项目                  行次              金额    项目                行次              金额\n" + rows + "\n" + prose;

    // Columns as in blind round 41 t06's layout: label, 行次 right-aligned, 金额 right-aligned, twice; blank cells and a …… row.
    private const string Rows =
          "一、一般公共预算财政拨款收入       1    3,516,204.70    一、一般公共服务支出        32    2,904,310.25\n"
        + "二、政府性基金预算财政拨款收入      2                    二、外交支出            33                \n"
        + "三、事业收入               3                    ……                                  \n"
        + "四、其他收入               4       52,300.00    八、社会保障和就业支出       39      411,020.60\n"
        + "本年收入合计              28    3,568,504.70    本年支出合计            60    3,315,330.85\n"
        + "年初结转和结余             30       40,100.00    年末结转和结余           62      293,273.85\n"
        + "总计                  31    3,608,604.70    总计                63    3,608,604.70";

    private const string Prose = "2023年度收入总计360.86万元，支出总计360.86万元。本年收入356.85万元，其中一般公共预算财政拨款收入"
        + "351.62万元，其他收入5.23万元；年初结转和结余4.01万元。本年支出331.53万元，年末结转和结余29.33万元。\n";

    /// <summary>
    /// The t06 family: both halves are read by their own 项目 column, in 元 converted exactly to 万元 (the table's unit kept),
    /// and the prose's rounded 万元 figures agree with them (FA1101 Infos, no Error nor FA8003).
    /// </summary>
    [Fact]
    public void SideBySideYuanTable_WithYearTitleAndGroupLine_IsReadByEachHalf()
    {
        var (report, diagnostics) = ReadDocument(SideBySide());

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("yuan", JsonAt(report, Summary + "unit"));
        Assert.Equal("351.620470", JsonAt(report, Summary + "income/generalBudgetAppropriation"));
        Assert.Equal("5.230000", JsonAt(report, Summary + "income/otherIncome"));
        Assert.Equal("356.850470", JsonAt(report, Summary + "income/currentYearTotal"));
        Assert.Equal("4.010000", JsonAt(report, Summary + "income/openingCarryOver"));
        Assert.Equal("360.860470", JsonAt(report, Summary + "income/grandTotal"));
        Assert.Equal("一般公共服务支出", JsonAt(report, Summary + "expenditure/classes/0/name"));
        Assert.Equal("290.431025", JsonAt(report, Summary + "expenditure/classes/0/amount"));
        Assert.Equal("331.533085", JsonAt(report, Summary + "expenditure/currentYearTotal"));
        Assert.Equal("29.327385", JsonAt(report, Summary + "expenditure/closingCarryOver"));
        Assert.Equal("360.860470", JsonAt(report, Summary + "expenditure/grandTotal"));
        Assert.Equal("356.85", JsonAt(report, "/narrative/overall/currentYearIncome/amount"));
        Assert.Contains("FA1101", RulesOf(diagnostics, Severity.Info));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
    }

    /// <summary>The same table titled without its year, or with the group line over its halves' label columns, reads the same.</summary>
    [Theory]
    [InlineData("收入支出决算总表", "收入                                      支出")]
    [InlineData("收入支出决算总表(2023年)", "收入                                              支出")]
    [InlineData("收入支出决算总表（2023年度）", "")]
    public void SideBySideYuanTable_OtherTitlesAndGroupLines_ReadTheSame(string title, string group)
    {
        var text = group.Length == 0 ? SideBySide(title).Replace("单位：元\n\n", "单位：元\n", StringComparison.Ordinal)
            : SideBySide(title, group);
        var (report, diagnostics) = ReadDocument(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("356.850470", JsonAt(report, Summary + "income/currentYearTotal"));
        Assert.Equal("331.533085", JsonAt(report, Summary + "expenditure/currentYearTotal"));
    }

    /// <summary>
    /// Near miss: the 元 table's 本年支出合计 differs from the prose's 万元 figure by more than rounding (3,325,330.85 元 is
    /// 332.53 万元, the prose says 331.53): FA1101 reports that figure — agreement is at the coarser precision only. Session 59:
    /// the table's blank cells (二、外交支出) are zero at the converted precision (0.000000 万元, as every 元 cell), so the class sum
    /// 331.533085 is exact and the Error is the table's own (FA0103 at the changed 本年支出合计 cell); the prose's 331.53 agrees
    /// with that sum, so its FA1101 is the consequence, a Warning (at the base, with blanks of 0.00 万元, it was an Error too).
    /// </summary>
    [Fact]
    public void SideBySideYuanTable_DifferingBeyondRounding_StillConflicts()
    {
        var rows = Rows.Replace("本年支出合计            60    3,315,330.85", "本年支出合计            60    3,325,330.85",
            StringComparison.Ordinal);
        var (report, diagnostics) = ReadDocument(SideBySide(rows: rows));

        Assert.Equal("332.533085", JsonAt(report, Summary + "expenditure/currentYearTotal"));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.RuleId == "FA0103"
            && d.Pointers.Contains(Summary + "expenditure/currentYearTotal"));
        Assert.Contains(diagnostics, d => d.Severity is Severity.Error or Severity.Warning && d.RuleId == "FA1101"
            && d.Pointers.Contains("/narrative/overall/currentYearExpenditure/amount"));
    }

    /// <summary>
    /// Near misses: a title whose bracket is no year (（2023年度预算）, a prose line ending in 表's bracket) names no table,
    /// and a first line that is prose (the two side words inside a sentence) is no group line: nothing of the table is read
    /// into <c>/tables/summary</c> (it stays unread, never guessed), and no Error comes from it.
    /// </summary>
    [Theory]
    [InlineData("收入支出决算总表（2023年度预算）", "收入                                      支出")]
    [InlineData("收入支出决算总表（2023年度）", "收入和支出按项目列示如下，其中支出                                      按功能分类")]
    [InlineData("收入支出决算总表（2023年度）", "收入                  其他                    支出")]
    public void SideBySideNearMisses_ReadNoSummaryTable(string title, string group)
    {
        var (report, diagnostics) = ReadDocument(SideBySide(title, group));

        Assert.Null(JsonAt(report, Summary + "income/currentYearTotal"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("356.85", JsonAt(report, "/narrative/overall/currentYearIncome/amount"));
    }

    /// <summary>A row whose label no side knows (a 行次 row of the 支出 half named 其他事项) places nothing of it.</summary>
    [Fact]
    public void SideBySideRow_WithAnUnknownLabel_PlacesNothing()
    {
        var rows = Rows.Replace("二、外交支出            33                ", "其他事项              33        9,999.00",
            StringComparison.Ordinal);
        var (report, _) = ReadDocument(SideBySide(rows: rows));

        Assert.DoesNotContain("0.9999", JsonAt(report, "/tables/summary") ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("9999", JsonAt(report, "/narrative") ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("331.533085", JsonAt(report, Summary + "expenditure/currentYearTotal"));
    }

    /// <summary>
    /// A list number opening a cell (二、, 二十一、) is no clause mark in a space-aligned row of two sides, as a thousands
    /// comma is not; anywhere else (a 、 between words, a row of one side, a line of labels only) the line is as it was.
    /// </summary>
    [Theory]
    [InlineData("二、政府性基金预算财政拨款收入      2                    其他事项              33        9,999.00", true)]
    [InlineData("八、其他收入               8       36,400.00    二十一、住房保障支出        52      201,466.00", true)]
    [InlineData("一、一般公共服务支出        32    3,702,118.44", false)]
    [InlineData("人员经费、公用经费    120.00    130.00", false)]
    [InlineData("一、收入    二、支出    三、结余", false)]
    [InlineData("主要用于:一、人员经费  2  二、公用经费  3", false)]
    public void CellListNumber_IsNoClauseMarkInARowOfTwoSides(string line, bool row)
        => Assert.Equal(row, BlockClassifier.IsSpaceAlignedRow(line, 0, line.Length));

    // ---- Family 2: a tab 明细表 with a two-line header and an empty spacer column ----

    /// <summary>The t08 family's table: 科目 / 基本支出 / 项目支出 / 合计 over 编码 / 名称 / 人员经费 / 公用经费, a spacer column.</summary>
    private static string DetailTable(string header1 = "科目\t\t\t基本支出\t\t项目支出\t合计",
        string header2 = "编码\t名称\t\t人员经费\t公用经费\t\t", string firstRow = "201\t一般公共服务支出\t\t520.40\t86.30\t140.00\t746.70") =>
        "某市档案服务中心2020年度部门决算说明\n（三）一般公共预算财政拨款支出决算情况\n"
        + "2020年度一般公共预算财政拨款支出806.70万元，其中人员经费580.40万元，公用经费86.30万元，项目支出140.00万元。明细如下（单位：万元）：\n\n"
        + "一般公共预算财政拨款支出决算明细表\n"
        + header1 + "\n" + header2 + "\n"
        + "\t合计\t\t580.40\t86.30\t140.00\t806.70\n"
        + firstRow + "\n"
        + "20103\t　　政府办公厅（室）及相关机构事务\t\t520.40\t86.30\t140.00\t746.70\n"
        + "2010350\t　　　　事业运行\t\t520.40\t86.30\t140.00\t746.70\n"
        + "221\t住房保障支出\t\t60.00\t\t\t60.00\n"
        + "22102\t　　住房改革支出\t\t60.00\t\t\t60.00\n"
        + "2210201\t　　　　住房公积金\t\t60.00\t\t\t60.00\n"
        + "\n（四）其他说明\n本单位无其他需说明的事项。\n";

    /// <summary>
    /// The t08 family: each row's 合计 and 项目支出 are read by their header's words across the two lines (blank cells
    /// blank, never a shift); 基本支出, printed only as its 人员经费 and 公用经费 parts, is not read — so no false FA0501.
    /// </summary>
    [Fact]
    public void DetailTable_WithTwoLineHeaderAndSpacerColumn_IsReadByItsWords()
    {
        var (report, diagnostics) = ReadDocument(DetailTable());

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("806.70", JsonAt(report, GeneralBudget + "total/total"));
        Assert.Equal("140.00", JsonAt(report, GeneralBudget + "total/project"));
        Assert.Null(JsonAt(report, GeneralBudget + "total/basic"));
        Assert.Equal("201", JsonAt(report, GeneralBudget + "rows/0/code"));
        Assert.Equal("746.70", JsonAt(report, GeneralBudget + "rows/0/total"));
        Assert.Equal("2010350", JsonAt(report, GeneralBudget + "rows/2/code"));
        Assert.Equal("事业运行", JsonAt(report, GeneralBudget + "rows/2/name"));
        Assert.Equal("60.00", JsonAt(report, GeneralBudget + "rows/5/total"));
        Assert.Equal("0.00", JsonAt(report, GeneralBudget + "rows/5/project"));
        Assert.Null(JsonAt(report, GeneralBudget + "rows/0/basic"));
    }

    /// <summary>With a 小计 under 基本支出 (before its parts), the 小计 is each row's 基本支出 and FA0501 runs and holds.</summary>
    [Fact]
    public void DetailTable_WithABasicSubtotal_ReadsTheSubtotalAsBasic()
    {
        var text = DetailTable("科目\t\t\t基本支出\t\t\t项目支出\t合计", "编码\t名称\t\t小计\t人员经费\t公用经费\t\t")
            .Replace("\t合计\t\t580.40\t86.30\t140.00\t806.70", "\t合计\t\t666.70\t580.40\t86.30\t140.00\t806.70", StringComparison.Ordinal)
            .Replace("\t520.40\t86.30\t140.00\t746.70", "\t606.70\t520.40\t86.30\t140.00\t746.70", StringComparison.Ordinal)
            .Replace("\t60.00\t\t\t60.00", "\t60.00\t60.00\t\t\t60.00", StringComparison.Ordinal);
        var (report, diagnostics) = ReadDocument(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("666.70", JsonAt(report, GeneralBudget + "total/basic"));
        Assert.Equal("606.70", JsonAt(report, GeneralBudget + "rows/0/basic"));
        Assert.Equal("60.00", JsonAt(report, GeneralBudget + "rows/5/basic"));
    }

    /// <summary>
    /// Near miss: a row that lost a cell (its spacer cell gone, the amounts one column left) is no regular row: the table is
    /// a note and none of its figures is placed, never shifted.
    /// </summary>
    [Fact]
    public void DetailTable_WithAShiftedRow_IsNotRead()
    {
        var (report, diagnostics) = ReadDocument(DetailTable(firstRow: "201\t一般公共服务支出\t520.40\t86.30\t140.00\t746.70"));

        Assert.Null(JsonAt(report, GeneralBudget + "total/total"));
        Assert.Empty(Errors(diagnostics));
    }

    // ---- Family 2b: a table introduced at the end of a prose line (…如下（单位：万元）：) ----

    /// <summary>A paragraph whose last clause introduces the 总表, its <c>|</c> rows right under it (blind round 39 t09's family).</summary>
    private static string Introduced(string lead) =>
        "某区图书馆2021年度部门决算说明\n【收入支出决算总体情况】\n2021年度收入总计、支出总计均为1296.40万元。其中本年收入1250.10万元，"
        + "本年支出1231.60万元。" + lead + "\n"
        + "| 收入项目 | 决算数 | 支出项目 | 决算数 |\n| --- | --- | --- | --- |\n"
        + "| 一、一般公共预算财政拨款收入 | 1210.10 | 一、文化旅游体育与传媒支出 | 1105.20 |\n"
        + "| 二、其他收入 | 40.00 | 二、社会保障和就业支出 | 126.40 |\n"
        + "| 本年收入合计 | 1250.10 | 本年支出合计 | 1231.60 |\n"
        + "| 年初结转和结余 | 46.30 | 年末结转和结余 | 64.80 |\n"
        + "| 总计 | 1296.40 | 总计 | 1296.40 |\n\n【收入决算情况】\n本年收入1250.10万元。\n";

    /// <summary>The introduced table is read as a titled one: each half by its 项目 column, in the unit the line declares.</summary>
    [Theory]
    [InlineData("收入支出决算总表如下（单位：万元）：")]
    [InlineData("具体情况如下，收入支出决算总表如下（单位：万元）：")]
    public void TableIntroducedAtTheEndOfAProseLine_IsRead(string lead)
    {
        var (report, diagnostics) = ReadDocument(Introduced(lead));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1210.10", JsonAt(report, Summary + "income/generalBudgetAppropriation"));
        Assert.Equal("46.30", JsonAt(report, Summary + "income/openingCarryOver"));
        Assert.Equal("126.40", JsonAt(report, Summary + "expenditure/classes/1/amount"));
        Assert.Equal("64.80", JsonAt(report, Summary + "expenditure/closingCarryOver"));
        Assert.Equal("1296.40", JsonAt(report, Summary + "expenditure/grandTotal"));
    }

    /// <summary>
    /// Near misses: a line that names no table (…情况如下：), one that names a table but does not introduce the rows (…见收入支出
    /// 决算总表。), and one whose bracket is no unit: none of them titles the rows, which stay unread.
    /// </summary>
    [Theory]
    [InlineData("收支情况如下（单位：万元）：")]
    [InlineData("详见收入支出决算总表。")]
    [InlineData("收入支出决算总表如下（节选）：")]
    public void LinesThatIntroduceNoTable_TitleNothing(string lead)
    {
        var (report, diagnostics) = ReadDocument(Introduced(lead));

        Assert.Null(JsonAt(report, Summary + "income/generalBudgetAppropriation"));
        Assert.Empty(Errors(diagnostics));
    }

    // ---- Family 3: the same figure in 元 and in 万元 (FA8003 at the coarser precision) ----

    private static string MixedUnits(string yuan, string wan) =>
        "某镇文化站2023年度部门决算说明\n一、收入支出决算总体情况说明\n2023年度本年收入" + yuan + "元，本年支出3,280,400.00元。"
        + "全年本年收入" + wan + "万元，本年支出328.04万元。\n";

    /// <summary>4,320,015.20 元 and 432.00 万元 are one figure at the 万元's precision: no FA8003, the first statement kept.</summary>
    [Fact]
    public void YuanAndWanYuan_OfOneFigure_DoNotConflict()
    {
        var (read, diagnostics) = Read(MixedUnits("4,320,015.20", "432.00"));

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Equal("432.001520", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
    }

    /// <summary>Near miss: 432.01 万元 beside 4,320,015.20 元 (432.00 rounded) is a different figure: FA8003 stays an Error.</summary>
    [Fact]
    public void YuanAndWanYuan_DifferingBeyondRounding_Conflict()
    {
        var (_, diagnostics) = Read(MixedUnits("4,320,015.20", "432.01"));

        Assert.Contains(diagnostics, d => d.RuleId == "FA8003" && d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("432.00", "432.001520", true)]
    [InlineData("432.001520", "432.00", true)]
    [InlineData("432.01", "432.001520", false)]
    [InlineData("68.3", "68.30", true)]
    [InlineData("0.00", "0.004900", true)]
    [InlineData("0.01", "0.005000", true)]
    [InlineData("0.00", "0.005000", false)]
    [InlineData("0", "0.30", false)]
    [InlineData("5", "5.40", true)]
    [InlineData("5", "5.50", false)]
    [InlineData("437.82", "437.83", false)]
    public void CoarserPrecision_AgreesOnlyWithinTheCoarserRounding(string a, string b, bool agree)
        => Assert.Equal(agree, CoarserPrecision.Agree(decimal.Parse(a, CultureInfo.InvariantCulture),
            decimal.Parse(b, CultureInfo.InvariantCulture)));

    /// <summary>
    /// Property: x 元 and round(x / 10000, 2) 万元 never conflict; a 万元 figure that differs from the rounded one by 0.01 or
    /// more always does — in the comparison itself and in the reader (FA8003).
    /// </summary>
    [Property(MaxTest = 40)]
    public bool YuanAndItsRoundedWanYuan_NeverConflict_AndADifferenceAlwaysDoes(PositiveInt whole, byte cents, PositiveInt off)
    {
        var yuan = 100_000m + (whole.Get % 90_000_000) + (cents % 100) / 100m;
        var exact = yuan / 10_000m;
        var wan = Math.Round(exact, 2, MidpointRounding.AwayFromZero);
        var other = wan + ((off.Get % 500) + 1) / 100m * (off.Get % 2 == 0 ? 1 : -1);
        var agreeing = CoarserPrecision.Agree(wan, exact) && !CoarserPrecision.Agree(other, exact);
        if (off.Get % 8 != 0)
        {
            return agreeing;   // the reader is run on one case in eight (each read takes a while)
        }

        string Yuan() => yuan.ToString("#,0.00", CultureInfo.InvariantCulture);
        string Wan(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);
        var (_, same) = Read(MixedUnits(Yuan(), Wan(wan)));
        var (_, differing) = Read(MixedUnits(Yuan(), Wan(other)));
        return agreeing && !same.Exists(d => d.RuleId == "FA8003") && differing.Exists(d => d.RuleId == "FA8003");
    }
}
