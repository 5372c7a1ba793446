using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 41 (tables41, blind round 38's table families), on invented texts of our own wording and numbers: table 6 (the
/// 基本支出 by 经济分类) pasted under its 说明 heading without a title; the old wordings of the balances (上年结转, 上年结余,
/// 结转下年, 结转下年使用) beside the year's flows; and an all-sources 本年收入 whose 其中 lists 财政拨款收入 and 事业收入 in the
/// 财政拨款 section. Each with a near miss that must stay as it was.
/// </summary>
public class TableFamiliesSessionFortyOneTests
{
    // ---- Family 1: table 6 under its section heading ----

    /// <summary>A 说明 heading naming the appropriation's basic expenditure, a paragraph, then table 6's rows (no title).</summary>
    private static string BasicSection(string heading, char separator, string wage = "80.00", string firstCode = "301")
    {
        string Row(string code, string name, string amount) => separator == '|'
            ? $"| {code} | {name} | {amount} |\n"
            : code + separator + name + separator + amount + "\n";
        return "某县农机服务中心2019年度部门决算说明\n" + heading + "\n"
            + "2019年度一般公共预算财政拨款基本支出300.00万元，其中：人员经费260.00万元，公用经费40.00万元。按经济分类科目明细如下（单位：万元）：\n\n"
            + Row("科目编码", "科目名称", "决算数")
            + Row(string.Empty, "合计", "300.00")
            + Row(firstCode, "工资福利支出", "230.00")
            + Row(firstCode + "01", "　基本工资", "150.00")
            + Row(firstCode + "02", "　津贴补贴", wage)
            + Row("302", "商品和服务支出", "35.00")
            + Row("30201", "　办公费", "20.00")
            + Row("30211", "　差旅费", "15.00")
            + Row("303", "对个人和家庭的补助", "30.00")
            + Row("30302", "　退休费", "30.00")
            + Row("310", "资本性支出", "5.00")
            + Row("31002", "　办公设备购置", "5.00")
            + "\n（四）其他重要事项的情况说明\n本单位无其他重要事项。\n";
    }

    private const string BasicHeading = "（三）一般公共预算财政拨款基本支出决算情况说明";

    /// <summary>The text read as <c>finacct check</c> reads a .txt file: the 说明 and the tables pasted in it.</summary>
    internal static (FinalAccountsReport Report, List<Diagnostic> Diagnostics) ReadDocument(string text)
    {
        var disclosure = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(text), "t.txt")],
            RoundingMode.RoundToNearest);
        return (disclosure.Report,
            [.. disclosure.Read.TextFindings.Concat(Validator.Default.Validate(disclosure.Report, disclosure.Sources).Diagnostics)]);
    }

    /// <summary>
    /// Table 6 under "（三）一般公共预算财政拨款基本支出决算情况说明", tab or <c>|</c> cells: its 合计 is the table's total, each coded
    /// row a row (类 and 款, the full-width indent dropped from the name), in 万元; every class adds up, so no Error.
    /// </summary>
    [Theory]
    [InlineData('\t')]
    [InlineData('|')]
    public void TableSix_UnderItsSectionHeading_IsRead(char separator)
    {
        var (report, diagnostics) = ReadDocument(BasicSection(BasicHeading, separator));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("300.00", JsonAt(report, "/tables/basicExpenditure/total"));
        Assert.Equal("301", JsonAt(report, "/tables/basicExpenditure/rows/0/code"));
        Assert.Equal("230.00", JsonAt(report, "/tables/basicExpenditure/rows/0/amount"));
        Assert.Equal("30101", JsonAt(report, "/tables/basicExpenditure/rows/1/code"));
        Assert.Equal("基本工资", JsonAt(report, "/tables/basicExpenditure/rows/1/name"));
        Assert.Equal("150.00", JsonAt(report, "/tables/basicExpenditure/rows/1/amount"));
        Assert.Equal("31002", JsonAt(report, "/tables/basicExpenditure/rows/9/code"));
        Assert.Equal("5.00", JsonAt(report, "/tables/basicExpenditure/rows/9/amount"));
        Assert.Null(JsonAt(report, "/tables/basicExpenditure/rows/10"));
        Assert.Equal("300.00", JsonAt(report, "/narrative/basicExpenditure/total/amount"));
    }

    /// <summary>A 款 that does not add to its 类 (30102 津贴补贴 90.00: 150.00 + 90.00 = 240.00 ≠ 230.00) is FA0601, the only Error.</summary>
    [Fact]
    public void TableSix_PlantedSectionRow_IsTheClasssError()
    {
        var (_, diagnostics) = ReadDocument(BasicSection(BasicHeading, '\t', wage: "90.00"));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA0601", error.RuleId);
        Assert.Contains("/tables/basicExpenditure/rows/0", error.Pointers[0], StringComparison.Ordinal);
    }

    /// <summary>
    /// Near misses leave the rows unread: the same table under a heading of another section (机关运行经费, or 基本支出 without
    /// 财政拨款), or under the right heading with functional codes (201…) in the code column.
    /// </summary>
    [Theory]
    [InlineData("（三）机关运行经费支出情况说明", "301")]
    [InlineData("（三）基本支出决算情况说明", "301")]
    [InlineData(BasicHeading, "201")]
    public void TableSix_NearMisses_AreNotRead(string heading, string firstCode)
    {
        var (report, diagnostics) = ReadDocument(BasicSection(heading, '\t', firstCode: firstCode));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(report, "/tables/basicExpenditure"));
    }

    // ---- Family 3: the old wordings of the balances ----

    private static string Balances(string total, string opening, string closing, string openingName = "上年结转", string closingName = "结转下年")
        => "某市方志办2015年度部门决算说明\n一、收入支出决算总体情况说明\n"
            + $"2015年度收入总计{total}万元，支出总计{total}万元，较上年增加12.00万元。"
            + $"本年收入600.10万元，{openingName}{opening}万元；本年支出590.00万元，{closingName}{closing}万元。\n";

    /// <summary>
    /// 上年结转 / 上年结余 beside 本年收入 and 结转下年 / 结转下年使用 beside 本年支出, each closing its side exactly (600.10 + 20.30 =
    /// 590.00 + 30.40 = 620.40): 年初结转和结余 and 年末结转和结余 of the overview; no Error. A paragraph that names a 结余 after
    /// its 支出总计 (here 上年结余) keeps 结转下年 a note, as session 26's guard has it (it may be a part beside a 年末结余).
    /// </summary>
    [Theory]
    [InlineData("上年结转", "结转下年", "30.40")]
    [InlineData("上年结转", "结转下年使用", "30.40")]
    [InlineData("上年结余", "结转下年", null)]
    public void OldBalanceWordings_ClosingTheSums_AreTheBalances(string openingName, string closingName, string? closing)
    {
        var (read, diagnostics) = Read(Balances("620.40", "20.30", "30.40", openingName, closingName));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("620.40", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("20.30", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal(closing, JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
    }

    /// <summary>A balance that does not close its side (600.10 + 20.30 ≠ 630.40; 590.00 + 30.40 ≠ 630.40) may be a part: a note.</summary>
    [Fact]
    public void OldBalanceWordings_NotClosingTheSums_StayNotes()
    {
        var (read, diagnostics) = Read(Balances("630.40", "20.30", "30.40"));

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
    }

    /// <summary>
    /// Any opening and closing balances: each is placed exactly when it closes its side (the grand total off by a cent on one
    /// side leaves that side's balance unplaced), and a placed one raises no Error.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property OldBalanceWordings_PlacedExactlyWhenTheSumCloses(PositiveInt openingFen, bool off)
    {
        var opening = openingFen.Get % 100_000 / 100m + 0.01m;
        var total = 600.10m + opening;
        var closing = total - 590.00m;
        string W(decimal v) => v.ToString("F2", CultureInfo.InvariantCulture);
        var (read, diagnostics) = Read(Balances(W(total), W(opening + (off ? 0.01m : 0m)), W(closing)));
        var placed = JsonAt(read, "/narrative/overall/openingCarryOver/amount");
        var closed = JsonAt(read, "/narrative/overall/closingCarryOver/amount");
        return (placed == (off ? null : W(opening)) && closed == W(closing) && Errors(diagnostics).Length == 0)
            .Label($"opening={placed} closing={closed} errors={string.Join(";", Errors(diagnostics))}");
    }

    // ---- Family 4: an all-sources 本年收入 in the 财政拨款 section ----

    private const string AppropriationHead = "某县文化馆2021年度部门决算说明\n三、财政拨款收入支出决算总体情况说明\n";

    /// <summary>
    /// "本年收入 X，其中财政拨款收入 Y，事业收入 Z" in the 财政拨款 section: X is all sources' 本年收入, Z the income section's 事业收入,
    /// Y the appropriation's income; no Error (FA8006 is not weighed against X).
    /// </summary>
    [Fact]
    public void AllSourcesIncome_PartsGoToTheirOwnSections()
    {
        var (read, diagnostics) = Read(AppropriationHead
            + "2021年度本年收入1234.56万元，其中财政拨款收入1100.00万元，事业收入134.56万元。"
            + "财政拨款收入中，一般公共预算财政拨款收入1000.00万元，政府性基金预算财政拨款收入100.00万元。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1234.56", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("134.56", JsonAt(read, "/narrative/income/serviceIncome/amount"));
        Assert.Equal("1100.00", JsonAt(read, "/narrative/appropriation/currentYearIncome/amount"));
    }

    /// <summary>
    /// Near misses: 事业收入 in the 财政拨款 section with no all-sources 本年收入 before it in its sentence, or after a 本年收入 whose
    /// 其中 names no 财政拨款收入, is not the income section's 事业收入.
    /// </summary>
    [Theory]
    [InlineData("2021年度财政拨款收入1100.00万元，事业收入134.56万元。\n")]
    [InlineData("2021年度本年收入1234.56万元，其中事业收入134.56万元。\n")]
    public void AllSourcesIncome_NearMisses_LeaveTheIncomeSection(string sentence)
    {
        var (read, _) = Read(AppropriationHead + sentence);

        Assert.Null(JsonAt(read, "/narrative/income/serviceIncome/amount"));
    }

    private const string PartsHead = "某县水文站2018年度部门决算说明\n";

    /// <summary>
    /// "一般公共预算财政拨款支出 X。其中：基本支出 B，项目支出 P" in the 一般公共预算 section: B is the 一般公共预算财政拨款 基本支出,
    /// the 基本支出 section's total (the same figure there raises nothing); P has no member (a note).
    /// </summary>
    [Fact]
    public void GeneralBudgetBasicPart_IsTheBasicSectionsTotal()
    {
        var (read, diagnostics) = Read(PartsHead + "（一）一般公共预算财政拨款支出决算情况说明\n"
            + "2018年度一般公共预算财政拨款支出860.40万元，比上年增加20.40万元，增长2.43%，主要原因是人员增加。其中：基本支出410.25万元，项目支出450.15万元。\n"
            + "（二）一般公共预算财政拨款基本支出决算情况说明\n"
            + "2018年度一般公共预算财政拨款基本支出410.25万元，其中：人员经费360.05万元，公用经费50.20万元。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("410.25", JsonAt(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Equal("360.05", JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.True(Noted(read, "项目支出"));
    }

    /// <summary>Near miss: the same 其中 list under the 政府性基金 heading is that fund's, not table 6's: nothing is placed.</summary>
    [Fact]
    public void GeneralBudgetBasicPart_InAnotherFundsSection_IsNotPlaced()
    {
        var (read, _) = Read(PartsHead + "（三）政府性基金预算财政拨款支出决算情况说明\n"
            + "2018年度政府性基金预算财政拨款支出120.00万元。其中：基本支出20.00万元，项目支出100.00万元。\n");

        Assert.Null(JsonAt(read, "/narrative/basicExpenditure/total/amount"));
    }

    // ---- Family 2: a coded table with two budget columns ----

    private static string TwoBudgetTable(string rateHeader, string firstRate = "97.89")
        => "某市港航中心2022年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n"
            + "2022年度一般公共预算财政拨款支出150.00万元，调整预算155.00万元，完成调整预算的96.77%。具体见下表（单位：万元）：\n"
            + $"| 科目编码 | 科目名称 | 年初预算数 | 调整预算数 | 决算数 | {rateHeader} |\n| --- | --- | --- | --- | --- | --- |\n"
            + "| | 合计 | 140.00 | 155.00 | 150.00 | 96.77 |\n"
            + $"| 2140101 | 行政运行 | 90.00 | 95.00 | 93.00 | {firstRate} |\n"
            + "| 2140136 | 水路运输管理支出 | 50.00 | 60.00 | 57.00 | 95.00 |\n";

    /// <summary>
    /// 年初预算数 and 调整预算数 columns with 完成调整预算%: each item's comparison is the 调整 one (93.00 / 95.00 = 97.89%, 57.00 /
    /// 60.00 = 95.00%), kind fullYear; each 年初 cell is a note; the 合计 is the section's total; no Error (before: the table was
    /// refused whole, two budgets).
    /// </summary>
    [Theory]
    [InlineData("完成调整预算%")]
    [InlineData("完成调整预算(%)")]
    public void TwoBudgetTable_RateNamesTheBasis_ItemsTakeThatBasis(string rateHeader)
    {
        var (read, diagnostics) = Read(TwoBudgetTable(rateHeader));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2140101", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("fullYear", JsonAt(read, "/narrative/generalBudget/items/0/budget/kind"));
        Assert.Equal("95.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("97.89", JsonAt(read, "/narrative/generalBudget/items/0/budget/completionRate"));
        Assert.Equal("60.00", JsonAt(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/secondBudget"));
        Assert.Equal("150.00", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.True(Noted(read, "other basis"));
    }

    /// <summary>A wrong rate in a two-budget table (98.89% for 93.00 / 95.00 = 97.89%) is that item's FA2201, the only Error.</summary>
    [Fact]
    public void TwoBudgetTable_WrongRate_IsTheItemsError()
    {
        var (_, diagnostics) = Read(TwoBudgetTable("完成调整预算%", "98.89"));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2201", error.RuleId);
        Assert.Equal("/narrative/generalBudget/items/0/budget/completionRate", error.Pointers[0]);
    }

    /// <summary>
    /// A rate column that names no basis (完成率) beside two budget columns. Until session 57 nothing was read (the basis not
    /// known); now (NarrativeReader.CodedUnnamedRates) each row states both budgets and the rate, which the prose reader
    /// places on the budget it fits (93.00 / 95.00 = 97.89 %: the 调整 one) and leaves unplaced when it fits neither
    /// (98.89 %) — never an Error on a guessed basis.
    /// </summary>
    [Theory]
    [InlineData("97.89", "97.89")]
    [InlineData("98.89", null)]
    public void TwoBudgetTable_RateWithoutBasis_IsPlacedOnlyWhereItFits(string rate, string? placed)
    {
        var (read, diagnostics) = Read(TwoBudgetTable("完成率", rate));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("93.00", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("90.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("95.00", JsonAt(read, "/narrative/generalBudget/items/0/secondBudget/budgetAmount"));
        Assert.Equal(placed, JsonAt(read, "/narrative/generalBudget/items/0/secondBudget/completionRate"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/budget/completionRate"));
    }
}
