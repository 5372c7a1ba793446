using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 43 (issue 8, precision; blind round 39's two open false Errors), with invented texts of our own wording: a vehicle
/// list that names only some kinds (其中 / 包括 a part of the fleet) is no breakdown of the count — withdrawn to notes unless the
/// text shows it complete (a kind of 0 vehicles listed, or 分别为), so FA4201 still checks a complete list that does not add
/// up; and a paragraph of the 财政拨款 section headed 一般公共预算 (<c>2、一般公共预算。上年结转…本年收入…本年支出…</c>, in either
/// order beside the 政府性基金 one and under 1、/（一）/一是) states the 一般公共预算 part's flows, never the whole 财政拨款's.
/// </summary>
public class PrecisionSessionFortyThreeTests
{
    private const string AssetsHead = "某局2023年度部门决算\n八、国有资产占用情况\n截至2023年12月31日，";

    private const string Vehicles = "/narrative/assets/vehicles/";

    private const string AppropriationHead = "某镇人民政府2020年度部门决算\n（四）财政拨款收入支出决算总体情况说明\n";

    private const string GeneralBudgetSection = "（五）一般公共预算财政拨款支出决算情况说明\n"
        + "2020年度一般公共预算财政拨款支出1520.30万元，比上年增加60.10万元，增长4.12%，主要是村级组织运转经费增加。\n";

    private const string FundParagraphBody = "上年结转40.00万元，本年收入500.00万元，本年支出520.00万元，结转下年20.00万元。";

    private const string GeneralParagraphBody = "上年结转100.00万元，本年收入1500.30万元，本年支出1520.30万元，结转下年80.00万元。";

    // ---- vehicles: a partial 其中 is no breakdown of the count -------------------------------------------------------------

    /// <summary>
    /// A list that names some kinds only and falls short of the count (3 of 6; 2 + 1 of 5; 3 of 5 after 包括): the count stays,
    /// no kind is a category, each is a located note that says the list is partial, and FA4201 is silent (before: "stated 6,
    /// items sum to 3", a false Error).
    /// </summary>
    [Theory]
    [InlineData("本部门共有车辆6辆，其中：其他用车3辆（为野外监测作业车辆）。", "6", 1)]
    [InlineData("本部门共有车辆5辆，其中执法执勤用车2辆、特种专业技术用车1辆。", "5", 2)]
    [InlineData("本部门共有车辆5辆，包括执法执勤用车3辆。", "5", 1)]
    public void PartialVehicleList_IsWithdrawn(string sentence, string count, int kinds)
    {
        var (read, diagnostics) = Read(AssetsHead + sentence + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal(count, JsonAt(read, Vehicles + "count"));
        Assert.Null(JsonAt(read, Vehicles + "categories"));
        Assert.Equal(kinds, read.Notes.Count(n => n.MessageEn.Contains("taken as a partial list", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The planted twins: a list the text shows complete — a kind of 0 vehicles listed (the template's kinds gone through one by
    /// one), or 分别为 / 分别是 (also in Traditional characters) — that adds up to 6 of 7 is still an FA4201 Error on the count.
    /// </summary>
    [Theory]
    [InlineData("本部门共有车辆7辆，其中：一般公务用车0辆，执法执勤用车3辆，特种专业技术用车2辆，其他用车1辆。")]
    [InlineData("本部门共有车辆7辆，分别为执法执勤用车3辆、特种专业技术用车2辆、其他用车1辆。")]
    [InlineData("本部门共有车辆7辆，分别是执法执勤用车3辆，特种专业技术用车2辆，其他用车1辆。")]
    [InlineData("本部門共有車輛7輛，分別為執法執勤用車3輛、特種專業技術用車2輛、其他用車1輛。")]
    public void CompleteVehicleList_ShortOfTheCount_IsStillAnError(string sentence)
    {
        var (read, diagnostics) = Read(AssetsHead + sentence + "\n");

        Assert.Equal(["FA4201 " + Vehicles + "count"], Of(diagnostics, Severity.Error));
        Assert.Equal("3", JsonAt(read, Vehicles + "categories/" + (sentence.Contains('0') ? "1" : "0") + "/count"));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("taken as a partial list", StringComparison.Ordinal));
    }

    /// <summary>
    /// An over-sum (4 + 2 = 6 of 5) cannot come from a partial list: still an FA4201 Error. A list that adds up (4 + 2 = 6) is
    /// read as before, no note.
    /// </summary>
    [Theory]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void VehicleListOverOrAtTheCount_IsKept(int count, bool error)
    {
        var (read, diagnostics) = Read(AssetsHead + $"本部门共有车辆{count}辆，其中：执法执勤用车4辆、其他用车2辆。\n");

        Assert.Equal(error ? ["FA4201 " + Vehicles + "count"] : [], Of(diagnostics, Severity.Error));
        Assert.Equal("4", JsonAt(read, Vehicles + "categories/0/count"));
        Assert.Equal("2", JsonAt(read, Vehicles + "categories/1/count"));
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("taken as a partial list", StringComparison.Ordinal));
    }

    /// <summary>
    /// The property: whatever the counts, a 其中 list of two kinds (no zero) is kept with no Error when it adds up to the count,
    /// withdrawn with no Error when it falls short, and an FA4201 Error when it goes beyond.
    /// </summary>
    [Property(MaxTest = 30)]
    public bool VehicleList_ErrorOnlyWhenCompleteOrOver(PositiveInt first, PositiveInt second, int offset)
    {
        var a = first.Get % 40 + 1;
        var c = second.Get % 40 + 1;
        var count = a + c + Math.Clamp(offset % 4, -1, 3);
        var (read, diagnostics) = Read(AssetsHead + $"本部门共有车辆{count}辆，其中执法执勤用车{a}辆、特种专业技术用车{c}辆。\n");
        var errors = RuleIds(diagnostics, Severity.Error);
        var kept = JsonAt(read, Vehicles + "categories") is not null;
        return count == a + c ? errors.Length == 0 && kept
            : count > a + c ? errors.Length == 0 && !kept
            : errors.SequenceEqual(["FA4201"]) && kept;
    }

    /// <summary>
    /// "截至2023年12月31日保留公务用车 3 辆" in the 三公 paragraph is the 保有量 (3); "拟保留公务用车 3 辆" (a plan) is not read.
    /// </summary>
    [Theory]
    [InlineData("截至2023年12月31日保留公务用车3辆", "3")]
    [InlineData("车改后拟保留公务用车3辆", null)]
    public void RetainedVehicles_AreTheVehiclesHeld(string words, string? held)
    {
        var (read, diagnostics) = Read("某局2023年度部门决算\n七、“三公”经费支出情况说明\n2023年度“三公”经费财政拨款支出6.00万元，"
            + $"其中：公务用车购置及运行维护费6.00万元，其中公务用车购置费0万元，公务用车运行维护费6.00万元，{words}；公务接待费0万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal(held, JsonAt(read, "/narrative/threePublic/vehiclesHeld"));
    }

    // ---- a paragraph headed 一般公共预算 in the 财政拨款 section ----------------------------------------------------------------

    /// <summary>
    /// Two paragraphs headed by their fund, 政府性基金 and 一般公共预算, in either order and under 1、/（一）/一是 marks (with '。'
    /// or '：' after the head): the 一般公共预算 paragraph's 本年收入 is the part's income, its 本年支出 the 一般公共预算 total, its
    /// 上年结转 / 结转下年 notes; the 政府性基金 paragraph's flows are that fund's; nothing is the whole 财政拨款's, and no Error
    /// (before: 1500.30 and 1520.30 the whole's, a false FA1208 against 1520.30 + 520.00).
    /// </summary>
    [Theory]
    [InlineData("1、", "2、", "。", true)]
    [InlineData("1、", "2、", "。", false)]
    [InlineData("（一）", "（二）", "：", true)]
    [InlineData("（一）", "（二）", "。", false)]
    [InlineData("一是", "二是", "。", true)]
    [InlineData("一是", "二是", "。", false)]
    public void GeneralBudgetHeadedParagraph_IsThePartsFlows(string firstMark, string secondMark, string headEnd, bool fundFirst)
    {
        var fund = "政府性基金预算" + headEnd + FundParagraphBody + "\n";
        var general = "一般公共预算" + headEnd + GeneralParagraphBody + "\n";
        var paragraphs = fundFirst ? firstMark + fund + secondMark + general : firstMark + general + secondMark + fund;
        var (read, diagnostics) = Read(AppropriationHead + paragraphs + GeneralBudgetSection);

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("1500.30", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("1520.30", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("520.00", JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/currentYearIncome"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/currentYearExpenditure"));
        Assert.Equal("40.00", JsonAt(read, "/narrative/governmentFund/openingCarryOver/amount"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/governmentFund/closingCarryOver/amount"));
        // Session 45 (schema 1.10): the 一般公共预算 paragraph's 上年结转 / 结转下年 have their fields (before: two notes).
        Assert.Equal("100.00", JsonAt(read, "/narrative/appropriation/generalBudgetOpeningCarryOver/amount"));
        Assert.Equal("80.00", JsonAt(read, "/narrative/appropriation/generalBudgetClosingCarryOver/amount"));
        Assert.Equal(0, read.Notes.Count(n => n.MessageEn.Contains("general public budget", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Near miss: a 政府性基金 paragraph that names a 结余 beside its 上年结转 ("上年结转 40.00 万元，上年结余 5.00 万元"): the 结转 is
    /// only a part of 年初结转和结余, so it is not the fund's opening carry-over (a note, as before); its flows are still the fund's.
    /// </summary>
    [Fact]
    public void FundHeadedParagraph_CarryOverBesideASurplus_IsNotTheOpeningCarryOver()
    {
        var (read, diagnostics) = Read(AppropriationHead + "1、政府性基金预算。上年结转40.00万元，上年结余5.00万元，本年收入500.00万元，"
            + "本年支出520.00万元，结转下年25.00万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/openingCarryOver"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/closingCarryOver"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
    }

    /// <summary>
    /// The 收入 section names both funds' income first (the 政府性基金 500.00 placed there): the headed 政府性基金 paragraph's
    /// 本年收入 500.00 is then not claimed again, yet never the whole's income either (it was, by the typed statements, once the
    /// 一般公共预算 paragraph no longer took that field: a false FA1213, 1500.30 &gt; 500.00).
    /// </summary>
    [Fact]
    public void FundHeadedParagraph_AfterTheIncomeSection_IsNeverTheWholesIncome()
    {
        var (read, diagnostics) = Read("某镇人民政府2020年度部门决算\n（二）收入决算情况说明\n本年收入合计2100.30万元，其中：一般公共预算财政拨款收入"
            + "1500.30万元；政府性基金预算财政拨款收入500.00万元；其他收入100.00万元。\n（四）财政拨款收入支出决算总体情况说明\n"
            + "1、政府性基金预算。" + FundParagraphBody + "\n2、一般公共预算。" + GeneralParagraphBody + "\n" + GeneralBudgetSection);

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/appropriation/currentYearIncome"));
        Assert.Equal("1500.30", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
    }

    /// <summary>
    /// Near misses: a paragraph opened by 一般性支出 (一 is no list mark here, 一般性支出 no fund) and one whose flows follow the
    /// whole 财政拨款's name stay the whole's.
    /// </summary>
    [Theory]
    [InlineData("财政拨款。本年收入2020.30万元，本年支出2040.30万元。")]
    [InlineData("一般性说明。本年收入2020.30万元，本年支出2040.30万元。")]
    public void ParagraphNotHeadedByAFund_IsTheWholes(string paragraph)
    {
        var (read, _) = Read(AppropriationHead + paragraph + "\n");

        Assert.Equal("2020.30", JsonAt(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Equal("2040.30", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/generalBudgetIncome"));
    }

    // ---- a carry-over split by fund (blind round 40's recall) ------------------------------------------------------------

    private const string OverviewHead = "某镇人民政府2021年度部门决算\n一、收入支出决算总体情况说明\n";

    private const string GeneralBudgetPartNote = "the model has no such field of the general budget";

    /// <summary>
    /// "上年结转 120.00 万元（一般公共预算 45.00 万元，政府性基金 75.00 万元）" and "结转下年 90.00 万元（…60.00…，…30.00…）" in the
    /// overview: the 政府性基金 parts are that fund's opening and closing carry-overs (75.00, 30.00), the 一般公共预算 parts
    /// the 财政拨款 statement's (session 45, schema 1.10; before, located notes); the whole carry-overs stay the overview's.
    /// </summary>
    [Fact]
    public void BracketedCarryOverSplit_GoesToTheFunds()
    {
        var (read, diagnostics) = Read(OverviewHead + "2021年度收入总计1500.00万元，支出总计1500.00万元。收入总计中，本年收入1380.00万元，"
            + "上年结转120.00万元（一般公共预算45.00万元，政府性基金75.00万元）；支出总计中，本年支出1410.00万元，结转下年90.00万元"
            + "（一般公共预算60.00万元，政府性基金30.00万元）。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("120.00", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("90.00", JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("75.00", JsonAt(read, "/narrative/governmentFund/openingCarryOver/amount"));
        Assert.Equal("30.00", JsonAt(read, "/narrative/governmentFund/closingCarryOver/amount"));
        // Session 45 (schema 1.10): the 一般公共预算 parts have their fields (before: two notes).
        Assert.Equal(0, read.Notes.Count(n => n.MessageEn.Contains(GeneralBudgetPartNote, StringComparison.Ordinal)));
        Assert.Equal("45.00", JsonAt(read, "/narrative/appropriation/generalBudgetOpeningCarryOver/amount"));
        Assert.Equal("60.00", JsonAt(read, "/narrative/appropriation/generalBudgetClosingCarryOver/amount"));
    }

    /// <summary>
    /// "3.上年结转和结余 250.00 万元，其中一般公共预算 50.00 万元，国有资本经营预算 200.00 万元" (and the 年末 side): the 国有资本经营
    /// parts are that fund's carry-overs (200.00, 190.00); "另有年初结转和结余 300.00 万元，其中一般公共预算 120.00 万元、政府性基金
    /// 180.00 万元" in the 收入 section likewise (180.00, and 130.00 at the year's end).
    /// </summary>
    [Theory]
    [InlineData("（一）收入总计3000.00万元。包括：\n1.一般公共预算财政拨款收入800.00万元。\n2.国有资本经营预算财政拨款收入1950.00万元。\n"
        + "3.上年结转和结余250.00万元，其中一般公共预算50.00万元，国有资本经营预算200.00万元。\n（二）支出总计3000.00万元。包括：\n"
        + "1.年末结转和结余220.00万元，其中一般公共预算30.00万元，国有资本经营预算190.00万元。\n", "stateCapital", "200.00", "190.00")]
    [InlineData("二、收入决算情况说明\n本年收入2000.00万元，其中：一般公共预算财政拨款收入1500.00万元，政府性基金预算财政拨款收入500.00万元。"
        + "另有年初结转和结余300.00万元，其中一般公共预算120.00万元、政府性基金180.00万元。\n三、支出决算情况说明\n本年支出2100.00万元，"
        + "其中：基本支出900.00万元，项目支出1200.00万元。年末结转和结余200.00万元，其中一般公共预算70.00万元、政府性基金130.00万元，"
        + "主要是工程跨年度实施。\n", "governmentFund", "180.00", "130.00")]
    public void CarryOverSplitAfterQiZhong_GoesToTheFunds(string body, string fund, string opening, string closing)
    {
        var (read, diagnostics) = Read(OverviewHead + body);

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal(opening, JsonAt(read, "/narrative/" + fund + "/openingCarryOver/amount"));
        Assert.Equal(closing, JsonAt(read, "/narrative/" + fund + "/closingCarryOver/amount"));
        Assert.Equal(0, read.Notes.Count(n => n.MessageEn.Contains(GeneralBudgetPartNote, StringComparison.Ordinal)));   // session 45
        Assert.NotNull(JsonAt(read, "/narrative/appropriation/generalBudgetOpeningCarryOver/amount"));
    }

    /// <summary>
    /// "财政拨款收入 1500.00 万元（一般公共预算拨款 1300.00 万元、政府性基金预算拨款 200.00 万元）" in the 收入 section: the 一般公共预算
    /// part is the model's <c>appropriation/generalBudgetIncome</c> (before: a note), the 政府性基金 part that fund's income.
    /// </summary>
    [Fact]
    public void BracketedIncomeSplit_GeneralBudgetPartIsPlaced()
    {
        var (read, diagnostics) = Read("某县林业局2015年度部门决算\n二、收入决算情况说明\n本年收入1600.00万元，其中：财政拨款收入1500.00万元"
            + "（一般公共预算拨款1300.00万元、政府性基金预算拨款200.00万元），其他收入100.00万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("1300.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("200.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
    }

    /// <summary>
    /// Near miss: parts of a carry-over that name no fund ("财政拨款结转 45.00 万元，其他资金结转 75.00 万元") are no fund's carry-over:
    /// nothing goes to a fund's statement.
    /// </summary>
    [Fact]
    public void CarryOverSplitByOtherNames_IsNoFunds()
    {
        var (read, diagnostics) = Read(OverviewHead + "2021年度收入总计1500.00万元，支出总计1500.00万元。收入总计中，本年收入1380.00万元，"
            + "上年结转120.00万元（财政拨款结转45.00万元，其他资金结转75.00万元）。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/governmentFund"));
        Assert.Null(JsonAt(read, "/narrative/stateCapital"));
        Assert.Equal("120.00", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
    }

    /// <summary>
    /// The property: whatever the two parts A (一般公共预算) and B (政府性基金) of a bracketed 上年结转 A + B, B is the fund's opening
    /// carry-over, A the 一般公共预算's (session 45, schema 1.10; before, a note), and no Error.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool BracketedCarryOverSplit_AlwaysTheFundsPart(PositiveInt general, PositiveInt fund)
    {
        var a = general.Get % 100_000 / 100m + 0.01m;
        var f = fund.Get % 100_000 / 100m + 0.01m;
        var carried = a + f;
        const decimal Income = 1000.00m;
        var (read, diagnostics) = Read(OverviewHead + $"2021年度收入总计{Income + carried:0.00}万元。收入总计中，本年收入{Income:0.00}万元，"
            + $"上年结转{carried:0.00}万元（一般公共预算{a:0.00}万元，政府性基金{f:0.00}万元）。\n");
        return RuleIds(diagnostics, Severity.Error).Length == 0
            && JsonAt(read, "/narrative/governmentFund/openingCarryOver/amount") == f.ToString("0.00", CultureInfo.InvariantCulture)
            && JsonAt(read, "/narrative/appropriation/generalBudgetOpeningCarryOver/amount")
                == a.ToString("0.00", CultureInfo.InvariantCulture);   // session 45: the part's field (schema 1.10)
    }
}
