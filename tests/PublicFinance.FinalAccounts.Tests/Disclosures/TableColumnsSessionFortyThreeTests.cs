using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 43 (tables43, issue 8): tables as text read by their header's columns, precision first.
/// <list type="bullet">
/// <item>A space-aligned 三公 table run into a one-line web page (cells apart by runs of spaces, rows by one space) is cut
/// into its header and rows: the 上年 and 增减额 cells are no longer restatements of the current figure (FA8003), and the
/// 运行维护费 row is no longer the 购置费 item; a header the readers do not know places nothing.</item>
/// <item>A 三公 table's 数量/备注 column gives the counts (保有量N辆, N批次M人次); a tab row that loses its blank last cell
/// still lines up.</item>
/// <item>A comparison table's income and expenditure rows (一般公共预算财政拨款收入, 政府性基金预算财政拨款支出, 其他收入…) are
/// placed cell by cell: amount, prior year, change with the sign's direction, rate, budget; 合计 rows gain their prior
/// year.</item>
/// </list>
/// Every text is invented.
/// </summary>
public class TableColumnsSessionFortyThreeTests
{
    private const string ThreePublic = "/narrative/threePublic/";

    /// <summary>A one-line web page (breadcrumbs, inline headings) with a space-aligned 三公 table inside it.</summary>
    private static string OneLinePage(string header, string rows) =>
        "首页 > 信息公开 > 财政预决算 　 某县农业农村局2023年度部门决算说明 　 一、收入支出决算总体情况 "
        + "2023年度收入总计3125.40万元，支出总计3125.40万元，比上年增加96.20万元，增长3.18%，主要是高标准农田建设项目增加。"
        + "本年收入3080.00万元，本年支出3050.00万元。 二、“三公”经费支出情况 2023年度“三公”经费支出11.70万元，详见下表（单位：万元）： "
        + header + " " + rows + " 公务用车运行维护费减少的原因是严格执行定点维修制度。 三、机关运行经费支出情况 2023年度机关运行经费"
        + "126.50万元，比上年减少4.30万元，下降3.29%，主要是压减一般性支出。 四、政府采购支出情况 2023年度政府采购支出总额96.00万元，"
        + "其中货物类36.00万元、服务类60.00万元。\n";

    private const string KnownHeader = "项目        本年决算    上年决算    增减额    增减率";

    private const string Rows = "合计    11.70    13.10    -1.40    -10.69% 因公出国（境）费    0    0    0    — "
        + "公务用车购置费    0    0    0    — 公务用车运行维护费    7.40    8.60    -1.20    -13.95% "
        + "公务接待费    4.30    4.50    -0.20    -4.44%";

    /// <summary>The t07 family: each cell by its column; no FA8003; 运行维护费 is vehicleOperation, 购置费 stays 0.</summary>
    [Fact]
    public void InlineSpaceTable_OnAOneLinePage_IsReadByItsColumns()
    {
        var (read, diagnostics) = Read(OneLinePage(KnownHeader, Rows));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("7.40", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("8.60", JsonAt(read, ThreePublic + "vehicleOperation/change/priorYearAmount"));
        Assert.Equal("1.20", JsonAt(read, ThreePublic + "vehicleOperation/change/amount"));
        Assert.Equal("13.95", JsonAt(read, ThreePublic + "vehicleOperation/change/rate"));
        Assert.Equal("decrease", JsonAt(read, ThreePublic + "vehicleOperation/change/direction"));
        Assert.Equal("0", JsonAt(read, ThreePublic + "vehiclePurchase/amount"));
        Assert.Equal("4.30", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("4.50", JsonAt(read, ThreePublic + "reception/change/priorYearAmount"));
        Assert.Equal("11.70", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Equal("13.10", JsonAt(read, ThreePublic + "total/change/priorYearAmount"));
        Assert.Equal("1.40", JsonAt(read, ThreePublic + "total/change/amount"));
    }

    /// <summary>
    /// Near miss: a header whose columns the readers do not know (本年数 / 上年数 / 差额 / 比例, 2023年 / 2022年 alone): the
    /// table is still cut out of the prose, but no cell is placed — never the row's current figure four times (FA8003).
    /// </summary>
    [Theory]
    [InlineData("项目        本年数    上年数    差额    比例")]
    [InlineData("项目        2023年    2022年    差额    比例")]
    public void InlineSpaceTable_UnknownHeader_PlacesNothing(string header)
    {
        var (read, diagnostics) = Read(OneLinePage(header, Rows));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("11.70", JsonAt(read, ThreePublic + "total/amount"));   // the prose's total
        Assert.Null(JsonAt(read, ThreePublic + "total/change/priorYearAmount"));
        Assert.Null(JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "vehiclePurchase/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "reception/amount"));
    }

    /// <summary>
    /// Near miss: a row with one cell fewer than the header is a row the readers leave unread — not prose whose cells would
    /// be restatements; the rows that line up are read.
    /// </summary>
    [Fact]
    public void InlineSpaceTable_RowShorterThanTheHeader_IsNotRead()
    {
        var rows = "合计    11.70    13.10    -1.40    -10.69% 公务接待费    4.30    4.50    -0.20";
        var (read, diagnostics) = Read(OneLinePage(KnownHeader, rows));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("13.10", JsonAt(read, ThreePublic + "total/change/priorYearAmount"));
        Assert.Null(JsonAt(read, ThreePublic + "reception/change/priorYearAmount"));
        Assert.Null(JsonAt(read, ThreePublic + "reception/amount"));
    }

    /// <summary>The twin: a row whose 增减额 disagrees with its two years is an Error of the row's change, not a restatement.</summary>
    [Fact]
    public void InlineSpaceTable_WrongChange_IsTheRowsError()
    {
        var rows = Rows.Replace("7.40    8.60    -1.20", "7.40    8.60    -1.60", StringComparison.Ordinal);
        var (_, diagnostics) = Read(OneLinePage(KnownHeader, rows));

        var errors = Of(diagnostics, Severity.Error);
        Assert.Contains(errors, e => e.Contains("vehicleOperation/change", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.StartsWith("FA8003", StringComparison.Ordinal));
    }

    /// <summary>The inline layout with a budget column and a 数量 column of counts: budgets, counts, no Error.</summary>
    [Fact]
    public void InlineSpaceTable_WithBudgetAndCountColumns_ReadsThem()
    {
        var header = "项目    年初预算    本年决算    上年决算    数量";
        var rows = "合计    14.00    11.70    13.10    — 公务用车运行维护费    9.00    7.40    8.60    保有量6辆 "
            + "公务接待费    5.00    4.30    4.50    15批次98人次";
        var (read, diagnostics) = Read(OneLinePage(header, rows));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("14.00", JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.Equal("9.00", JsonAt(read, ThreePublic + "vehicleOperation/budget/budgetAmount"));
        Assert.Equal("7.40", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("4.30", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("6", JsonAt(read, ThreePublic + "vehiclesHeld"));
        Assert.Equal("15", JsonAt(read, ThreePublic + "domesticReceptionBatches"));
        Assert.Equal("98", JsonAt(read, ThreePublic + "domesticReceptionPersonTrips"));
        Assert.Null(JsonAt(read, ThreePublic + "vehiclePurchase/amount"));
    }

    private const string SingleSpaceHead = "某局2022年度部门决算说明\n二、“三公”经费支出情况\n"
        + "2022年度“三公”经费支出12.50万元，具体如下（单位：万元）：\n";

    private const string SingleSpaceRows = "合计 12.50 14.00 -1.50 -10.71%\n因公出国（境）费 0 0 0 —\n公务用车购置费 0 0 0 —\n"
        + "公务用车运行维护费 8.20 9.50 -1.30 -13.68%\n公务接待费 4.30 4.50 -0.20 -4.44%\n";

    /// <summary>
    /// Cells apart by one space (a PDF's text layer): the header and rows are table rows, read by column. Before, each
    /// row was prose stating its figure four times (six FA8003) and 运行维护费 ran into the 购置费 line before it.
    /// </summary>
    [Fact]
    public void SingleSpaceTable_IsReadByItsColumns()
    {
        var (read, diagnostics) = Read(SingleSpaceHead + "项目 本年决算 上年决算 增减额 增减率\n" + SingleSpaceRows);

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("8.20", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("9.50", JsonAt(read, ThreePublic + "vehicleOperation/change/priorYearAmount"));
        Assert.Equal("0", JsonAt(read, ThreePublic + "vehiclePurchase/amount"));
        Assert.Equal("4.50", JsonAt(read, ThreePublic + "reception/change/priorYearAmount"));
        Assert.Equal("1.50", JsonAt(read, ThreePublic + "total/change/amount"));
    }

    /// <summary>
    /// Near miss: the same rows under a header the readers do not know (本年数 / 上年数 / 差额 / 比例) place nothing — no
    /// restatement, no Error; a prose line with one figure and its unit stays prose.
    /// </summary>
    [Fact]
    public void SingleSpaceTable_UnknownHeader_PlacesNothing()
    {
        var (read, diagnostics) = Read(SingleSpaceHead + "项目 本年数 上年数 差额 比例\n" + SingleSpaceRows
            + "其中公务接待费 4.30 万元，主要用于上级检查接待。\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("12.50", JsonAt(read, ThreePublic + "total/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "vehiclePurchase/amount"));
        Assert.Equal("4.30", JsonAt(read, ThreePublic + "reception/amount"));   // the prose line's
    }

    private const string ThreePublicHead = "某区文化馆2024年度部门决算说明\n七、财政拨款“三公”经费支出决算情况说明\n"
        + "2024年度“三公”经费财政拨款支出决算数为21.50万元，较上年减少1.60万元，下降6.93%。具体情况见下表（单位：万元）：\n";

    /// <summary>The items' changes, stated after the table (they give the rows' prior-year cells their direction).</summary>
    private const string ItemChanges = "公务用车运行维护费较上年减少1.20万元，公务接待费较上年减少0.40万元，主要是厉行节约。\n";

    /// <summary>A `|` 三公 table with 年初预算, 决算数, 上年决算 and a 数量 column: budgets, prior years and counts.</summary>
    [Fact]
    public void PipeTable_WithCountColumn_ReadsBudgetsPriorYearsAndCounts()
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + "| 项目 | 年初预算（万元） | 决算数（万元） | 上年决算（万元） | 数量 |\n"
            + "| 合计 | 26.00 | 21.50 | 23.10 | — |\n"
            + "| 因公出国（境）费 | 0 | 0 | 0 | 0人次 |\n"
            + "| 公务用车购置费 | 0 | 0 | 0 | 0辆 |\n"
            + "| 公务用车运行维护费 | 18.00 | 15.20 | 16.40 | 保有量9辆 |\n"
            + "| 公务接待费 | 8.00 | 6.30 | 6.70 | 27批次185人次 |\n" + ItemChanges);

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("26.00", JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.Equal("23.10", JsonAt(read, ThreePublic + "total/change/priorYearAmount"));
        Assert.Equal("18.00", JsonAt(read, ThreePublic + "vehicleOperation/budget/budgetAmount"));
        Assert.Equal("15.20", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Equal("16.40", JsonAt(read, ThreePublic + "vehicleOperation/change/priorYearAmount"));
        Assert.Equal("6.30", JsonAt(read, ThreePublic + "reception/amount"));
        Assert.Equal("9", JsonAt(read, ThreePublic + "vehiclesHeld"));
        Assert.Equal("27", JsonAt(read, ThreePublic + "domesticReceptionBatches"));
        Assert.Equal("185", JsonAt(read, ThreePublic + "domesticReceptionPersonTrips"));
        Assert.Equal("0", JsonAt(read, ThreePublic + "overseasPersonTrips"));
    }

    /// <summary>A tab table with a 备注 column whose blank cells the rows lose at their end (the line trimmed).</summary>
    [Fact]
    public void TabTable_WithRemarksColumn_BlankLastCellLost_StillLinesUp()
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + "项目\t年初预算数\t决算数\t上年决算数\t备注\n"
            + "合计\t26.00\t21.50\t23.10\t\n"
            + "因公出国（境）费\t0.00\t0.00\t0.00\t\n"
            + "公务用车购置费\t0.00\t0.00\t0.00\t\n"
            + "公务用车运行维护费\t18.00\t15.20\t16.40\t年末保有量9辆\n"
            + "公务接待费\t8.00\t6.30\t6.70\t27批次185人次\n" + ItemChanges);

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("26.00", JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.Equal("23.10", JsonAt(read, ThreePublic + "total/change/priorYearAmount"));
        Assert.Equal("8.00", JsonAt(read, ThreePublic + "reception/budget/budgetAmount"));
        Assert.Equal("6.70", JsonAt(read, ThreePublic + "reception/change/priorYearAmount"));
        Assert.Equal("9", JsonAt(read, ThreePublic + "vehiclesHeld"));
        Assert.Equal("185", JsonAt(read, ThreePublic + "domesticReceptionPersonTrips"));
    }

    /// <summary>Near miss: a 备注 cell of words, or a count on a row it does not belong to, places no count.</summary>
    [Fact]
    public void RemarksColumn_WordsOrAnotherRowsCount_PlaceNoCount()
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + "项目\t年初预算数\t决算数\t上年决算数\t备注\n"
            + "合计\t26.00\t21.50\t23.10\t含结转资金\n"
            + "公务用车运行维护费\t18.00\t15.20\t16.40\t报废2辆\n"
            + "公务接待费\t8.00\t6.30\t6.70\t压减开支\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("15.20", JsonAt(read, ThreePublic + "vehicleOperation/amount"));
        Assert.Null(JsonAt(read, ThreePublic + "vehiclesHeld"));
        Assert.Null(JsonAt(read, ThreePublic + "vehiclesPurchased"));
        Assert.Null(JsonAt(read, ThreePublic + "domesticReceptionBatches"));
    }

    private const string OverviewHead = "某乡人民政府2022年度部门决算说明\n（二）收入支出决算总体情况\n"
        + "2022年度收入总计1830.00万元，支出总计1830.00万元。本年收支与上年对比如下（单位：万元）：\n";

    /// <summary>The comparison table's rows, in the order 项目 / 本年 / 上年 / 增减额 / 增减率.</summary>
    private static readonly string[][] SummaryRows =
    [
        ["一般公共预算财政拨款收入", "1250.40", "1180.20", "70.20", "5.95%"],
        ["政府性基金预算财政拨款收入", "310.00", "360.00", "-50.00", "-13.89%"],
        ["其他收入", "24.60", "20.50", "4.10", "20.00%"],
        ["本年收入合计", "1585.00", "1560.70", "24.30", "1.56%"],
        ["一般公共预算财政拨款支出", "1236.80", "1195.30", "41.50", "3.47%"],
        ["政府性基金预算财政拨款支出", "300.00", "352.00", "-52.00", "-14.77%"],
        ["其他资金支出", "24.60", "20.50", "4.10", "20.00%"],
    ];

    private static string SummaryTable(string separator, string[] header, IReadOnlyList<int> order)
    {
        string Line(string[] cells) => string.Join(separator, new[] { cells[0] }.Concat(order.Select(i => cells[i])));
        return Line(header) + "\n" + string.Join("\n", SummaryRows.Select(Line)) + "\n";
    }

    private static readonly string[] SummaryHeader = ["项目", "2022年决算数", "2021年决算数", "增减额", "增减率"];

    private static readonly int[] InOrder = [1, 2, 3, 4];

    /// <summary>The t04 family in each layout: each row by its columns, a negative 增减额 a decrease.</summary>
    [Theory]
    [InlineData("\t")]
    [InlineData(" | ")]
    [InlineData("    ")]
    public void SummaryTable_IncomeAndFundRows_AreReadByColumn(string separator)
    {
        var (read, diagnostics) = Read(OverviewHead + SummaryTable(separator, SummaryHeader, InOrder));

        Assert.Empty(Of(diagnostics, Severity.Error));
        const string General = "/narrative/appropriation/generalBudgetIncome/";
        Assert.Equal("1250.40", JsonAt(read, General + "amount"));
        Assert.Equal("1180.20", JsonAt(read, General + "change/priorYearAmount"));
        Assert.Equal("70.20", JsonAt(read, General + "change/amount"));
        Assert.Equal("5.95", JsonAt(read, General + "change/rate"));
        Assert.Equal("increase", JsonAt(read, General + "change/direction"));
        const string Fund = "/narrative/governmentFund/currentYearIncome/";
        Assert.Equal("310.00", JsonAt(read, Fund + "amount"));
        Assert.Equal("decrease", JsonAt(read, Fund + "change/direction"));
        Assert.Equal("50.00", JsonAt(read, Fund + "change/amount"));
        Assert.Equal("13.89", JsonAt(read, Fund + "change/rate"));
        Assert.Equal("24.60", JsonAt(read, "/narrative/income/otherIncome/amount"));
        Assert.Equal("1236.80", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("1195.30", JsonAt(read, "/narrative/generalBudget/total/change/priorYearAmount"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Equal("1585.00", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("1560.70", JsonAt(read, "/narrative/overall/currentYearIncome/change/priorYearAmount"));
    }

    /// <summary>
    /// The same table under the income section's heading: each row by its exact name — 一般公共预算财政拨款收入 the
    /// 一般公共预算 part, 政府性基金预算财政拨款支出 the fund's expenditure, never 财政拨款收入 (the section's label table matches
    /// 财政拨款 by containment: a false FA1202 before, the income's sources summed with an expenditure).
    /// </summary>
    [Fact]
    public void SummaryTable_UnderTheIncomeHeading_PriorYearWhereTheAmountWent()
    {
        var (read, diagnostics) = Read("某中心2022年度单位决算说明\n三、收入决算情况说明\n本年收入与上年对比如下（单位：万元）：\n"
            + SummaryTable("\t", SummaryHeader, InOrder));

        Assert.Empty(Of(diagnostics, Severity.Error));
        const string General = "/narrative/appropriation/generalBudgetIncome/";
        Assert.Equal("1250.40", JsonAt(read, General + "amount"));
        Assert.Equal("1180.20", JsonAt(read, General + "change/priorYearAmount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/change/priorYearAmount"));
        Assert.Equal("20.50", JsonAt(read, "/narrative/income/otherIncome/change/priorYearAmount"));
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Equal("1585.00", JsonAt(read, "/narrative/income/total/amount"));
    }

    /// <summary>
    /// Near miss: under a 基本支出 heading a 基本支出 row is that section's own figure, never all funds' basic expenditure
    /// (<c>expenditure/basic</c>); the comparison rows are placed only in the overview, income, expenditure and 财政拨款 sections.
    /// </summary>
    [Fact]
    public void BasicExpenditureRow_UnderTheBasicHeading_IsNotAllFundsBasic()
    {
        var (read, diagnostics) = Read("某中心2022年度部门决算说明\n六、一般公共预算财政拨款基本支出决算情况说明\n"
            + "基本支出与上年对比如下（单位：万元）：\n" + "项目\t2022年决算数\t2021年决算数\t增减额\t增减率\n"
            + "人员经费\t820.00\t800.00\t20.00\t2.50%\n公用经费\t130.00\t125.00\t5.00\t4.00%\n"
            + "基本支出\t950.00\t925.00\t25.00\t2.70%\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/basic/change/priorYearAmount"));
    }

    /// <summary>Near miss: a row of an unknown label (其他资金支出) is a note; nothing is placed for it.</summary>
    [Fact]
    public void SummaryTable_UnknownLabel_IsANote()
    {
        var (read, _) = Read(OverviewHead + SummaryTable("\t", SummaryHeader, InOrder));

        Assert.True(Noted(read, "其他资金支出"));
        Assert.DoesNotContain(read.Claims, c => c.Pointer.Contains("otherExpenditure", StringComparison.Ordinal));
    }

    /// <summary>
    /// Near miss: a header the reader must not trust (本年数 / 上年数 / 差额, or two years that are not consecutive) places
    /// no row.
    /// </summary>
    [Theory]
    [InlineData("项目", "本年数", "上年数", "差额", "比例")]
    [InlineData("项目", "2022年决算数", "2020年决算数", "增减额", "增减率")]
    public void SummaryTable_UntrustedHeader_PlacesNoRow(string corner, string a, string b, string c, string d)
    {
        var (read, diagnostics) = Read(OverviewHead + SummaryTable("\t", [corner, a, b, c, d], InOrder));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total/change/priorYearAmount"));
    }

    /// <summary>The twin: a row whose 增减额 disagrees with its years is an Error of that row's change.</summary>
    [Fact]
    public void SummaryTable_WrongChangeAmount_IsTheRowsError()
    {
        var table = SummaryTable("\t", SummaryHeader, InOrder).Replace("1180.20\t70.20", "1180.20\t72.20", StringComparison.Ordinal);
        var (_, diagnostics) = Read(OverviewHead + table);

        Assert.Contains(Of(diagnostics, Severity.Error),
            e => e.Contains("/narrative/appropriation/generalBudgetIncome/change", StringComparison.Ordinal));
    }

    /// <summary>
    /// Permuting the non-current columns (上年, 增减额, 增减率 in any order, header and rows alike) never changes the current
    /// figures read, nor what each column gives; and raises no Error.
    /// </summary>
    [Property(MaxTest = 12)]
    public bool SummaryTable_PermutedColumns_SameFigures(byte seed, bool spaces)
    {
        var others = new List<int> { 2, 3, 4 };
        var order = new List<int> { 1 };
        var s = seed;
        while (others.Count > 0)
        {
            var k = s % others.Count;
            order.Insert(1 + s % order.Count, others[k]);
            others.RemoveAt(k);
            s = (byte)(s / 3 + 7);
        }

        var (read, diagnostics) = Read(OverviewHead + SummaryTable(spaces ? "    " : "\t", SummaryHeader, order));
        return Of(diagnostics, Severity.Error).Length == 0
            && JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount") == "1250.40"
            && JsonAt(read, "/narrative/appropriation/generalBudgetIncome/change/priorYearAmount") == "1180.20"
            && JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount") == "300.00"
            && JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/change/amount") == "52.00"
            && JsonAt(read, "/narrative/generalBudget/total/amount") == "1236.80"
            && JsonAt(read, "/narrative/overall/currentYearIncome/amount") == "1585.00";
    }

    /// <summary>
    /// The inline 三公 table: permuting its non-current columns never makes a 上年 or 增减额 cell the current figure.
    /// </summary>
    [Property(MaxTest = 12)]
    public bool InlineSpaceTable_PermutedColumns_CurrentFiguresUnchanged(byte seed)
    {
        string[] header = ["项目", "本年决算", "上年决算", "增减额", "增减率"];
        string[][] rows =
        [
            ["合计", "11.70", "13.10", "-1.40", "-10.69%"],
            ["公务用车运行维护费", "7.40", "8.60", "-1.20", "-13.95%"],
            ["公务接待费", "4.30", "4.50", "-0.20", "-4.44%"],
        ];
        var order = new List<int> { 1, 2, 3, 4 };
        var r = seed % 4;
        order = [.. order.Skip(r), .. order.Take(r)];
        if (seed / 4 % 2 == 1)
        {
            order.Reverse();
        }

        string Line(string[] cells) => string.Join("    ", new[] { cells[0] }.Concat(order.Select(i => cells[i])));
        var (read, diagnostics) = Read(OneLinePage(Line(header), string.Join(" ", rows.Select(Line))));
        return Of(diagnostics, Severity.Error).Length == 0
            && JsonAt(read, ThreePublic + "vehicleOperation/amount") == "7.40"
            && JsonAt(read, ThreePublic + "vehicleOperation/change/priorYearAmount") == "8.60"
            && JsonAt(read, ThreePublic + "reception/amount") == "4.30"
            && JsonAt(read, ThreePublic + "total/amount") == "11.70"
            && JsonAt(read, ThreePublic + "vehiclePurchase/amount") is null;
    }
}
