using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 40 (issue 8, precision): false Errors and Warnings found by probing with invented texts of our own wording and
/// numbers, each with the probe (no finding, the figure read where it belongs) and a planted-error twin (the true error
/// still reported): an austerity lead-in before a decrease (a false FA2106), a bare rate after a change that names its
/// flow (a false FA2104 on the other flow), 增幅/降幅 in the 财政拨款 section (typed as the change's rate), and a change
/// after a grand total's 其中 list (a false FA2104 on the grand total's base).
/// </summary>
public class FalseFindingsSessionFortyTests
{
    private const string ThreePublicHead = "某市审计局2024年度部门决算说明\n七、“三公”经费支出情况说明\n";

    private const string OverallHead = "某市审计局2024年度部门决算说明\n一、收入支出决算总体情况说明\n";

    private const string AppropriationHead = "某市审计局2024年度部门决算说明\n四、财政拨款收入支出决算总体情况说明\n";

    private const string GeneralBudgetHead = "某市审计局2024年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n";

    private const string ThreePublic = "/narrative/threePublic/total/change/";

    private const string GeneralBudget = "/narrative/generalBudget/total/";

    /// <summary>
    /// A lead-in of austerity words without a marker before a decrease is the decrease's reason: no FA2106. 12.30 =
    /// 14.09 − 1.79; 1.79 / 14.09 = 12.704% → 12.70 (no FA2104).
    /// </summary>
    [Theory]
    [InlineData("本单位坚持过紧日子，严格控制一般性支出")]
    [InlineData("按照中央八项规定精神，压减公务接待")]
    [InlineData("厉行节约")]
    public void AusterityLeadIn_ExplainsADecrease(string leadIn)
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + $"{leadIn}，“三公”经费支出12.30万元，比上年减少1.79万元，下降12.70%。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal(leadIn, JsonAt(read, ThreePublic + "reason"));
        Assert.Equal("decrease", JsonAt(read, ThreePublic + "direction"));
        Assert.Equal("1.79", JsonAt(read, ThreePublic + "amount"));
        Assert.Equal("12.70", JsonAt(read, ThreePublic + "rate"));
    }

    /// <summary>The twin: the same lead-in with a wrong rate (1.79 / 14.09 = 12.70%, written 15.70%) is still an FA2104 Error.</summary>
    [Fact]
    public void AusterityLeadIn_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(ThreePublicHead
            + "本单位坚持过紧日子，严格控制一般性支出，“三公”经费支出12.30万元，比上年减少1.79万元，下降15.70%。\n");

        Assert.Equal(["FA2104 " + ThreePublic + "rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Austerity words before an <em>increase</em> (12.30 = 10.51 + 1.79; 1.79 / 10.51 = 17.03%) explain nothing — a policy the
    /// figure went against — and a lead-in without austerity words (a preamble) explains nothing either: FA2106 stays.
    /// </summary>
    [Theory]
    [InlineData("本单位坚持过紧日子，严格控制一般性支出，“三公”经费支出12.30万元，比上年增加1.79万元，增长17.03%。")]
    [InlineData("本单位认真编制部门决算，“三公”经费支出12.30万元，比上年减少1.79万元，下降12.70%。")]
    public void LeadInThatExplainsNothing_WarningStays(string sentence)
    {
        var (read, diagnostics) = Read(ThreePublicHead + sentence + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Contains("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Null(JsonAt(read, ThreePublic + "reason"));
        Assert.Equal("1.79", JsonAt(read, ThreePublic + "amount"));
    }

    /// <summary>
    /// "与上年相比，收入增加 X，增长 r%，支出增加 Y，增长 s%" after both figures: each bare rate is the change its clause follows —
    /// income 120.00 / 1080.00 = 11.11%, expenditure 50.00 / 1100.00 = 4.55%. Before, 11.11 went to the expenditure (the
    /// sentence's last stated figure): a false FA2104.
    /// </summary>
    [Fact]
    public void BareRateAfterAFlowNamedChange_IsThatFlowsRate()
    {
        var (read, diagnostics) = Read(OverallHead
            + "2024年度本年收入合计1200.00万元、本年支出合计1150.00万元，与上年相比，收入增加120.00万元，增长11.11%，"
            + "支出增加50.00万元，增长4.55%；收入总计、支出总计均为1350.00万元。主要原因是业务量增加。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("120.00", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("11.11", JsonAt(read, "/narrative/overall/currentYearIncome/change/rate"));
        Assert.Equal("50.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/amount"));
        Assert.Equal("4.55", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/rate"));
    }

    /// <summary>The twin: the income's rate written 13.11% (120.00 / 1080.00 = 11.11%) is an FA2104 Error on the income's rate.</summary>
    [Fact]
    public void BareRateAfterAFlowNamedChange_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(OverallHead
            + "2024年度本年收入合计1200.00万元、本年支出合计1150.00万元，与上年相比，收入增加120.00万元，增长13.11%，"
            + "支出增加50.00万元，增长4.55%。主要原因是业务量增加。\n");

        Assert.Equal(["FA2104 /narrative/overall/currentYearIncome/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// 增幅 / 降幅为 in the 财政拨款 section are the rates of the changes they follow: income 100.00 / 800.00 = 12.5%;
    /// expenditure 880.00 against 800.00 (+80.00, 10.00%) or against 960.00 (−80.00, 8.33%). Before, untyped, each was read
    /// as a figure of another kind and not placed.
    /// </summary>
    [Theory]
    [InlineData("增加", "增幅", "10.00", "increase")]
    [InlineData("减少", "降幅为", "8.33", "decrease")]
    public void RateWordInTheAppropriationSection_IsTheChangesRate(string direction, string rateWord, string rate, string said)
    {
        var (read, diagnostics) = Read(AppropriationHead
            + $"2024年度财政拨款收入900.00万元，比上年增加100.00万元，增幅12.5%；财政拨款支出880.00万元，比上年{direction}80.00万元，"
            + $"{rateWord}{rate}%，主要原因是信息化项目调整。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("12.5", JsonAt(read, "/narrative/appropriation/change/rate"));
        Assert.Equal("80.00", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change/amount"));
        Assert.Equal(rate, JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change/rate"));
        Assert.Equal(said, JsonAt(read, "/narrative/appropriation/currentYearExpenditure/change/direction"));
    }

    /// <summary>The twin: the expenditure's 增幅 written 12.00% (80.00 / 800.00 = 10.00%) is an FA2104 Error on that rate.</summary>
    [Fact]
    public void RateWordInTheAppropriationSection_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(AppropriationHead
            + "2024年度财政拨款收入900.00万元，比上年增加100.00万元，增幅12.5%；财政拨款支出880.00万元，比上年增加80.00万元，"
            + "增幅12.00%，主要原因是信息化项目调整。\n");

        Assert.Equal(["FA2104 /narrative/appropriation/currentYearExpenditure/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// A change after a grand total's 其中 list whose last part is the year's figure ("财政拨款收入总计 950.00，其中年初结转
    /// 50.00，本年财政拨款收入 900.00，较上年增加 100.00，增幅为 12.5%"): never the grand total's change (100.00 / 850.00 =
    /// 11.76% ≠ 12.5%, a false FA2104 before); the typed statement gives it to the year's income, 100.00 / 800.00 = 12.5%.
    /// </summary>
    [Theory]
    [InlineData("增幅为")]
    [InlineData("增长")]
    public void ChangeAfterAGrandTotalsList_IsNotTheGrandTotals(string rateWord)
    {
        var (read, diagnostics) = Read(AppropriationHead
            + "2024年度财政拨款收入总计950.00万元，其中年初财政拨款结转和结余50.00万元，本年财政拨款收入900.00万元，"
            + $"较上年增加100.00万元，{rateWord}12.5%。主要原因是新增信息化项目。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/appropriation/change/rate"));
        Assert.Equal("950.00", JsonAt(read, "/narrative/appropriation/incomeGrandTotal/amount"));
        Assert.Equal("12.5", JsonAt(read, "/narrative/appropriation/currentYearIncome/change/rate"));
    }

    /// <summary>
    /// The twin: the year's income's rate written 14.5% (100.00 / 800.00 = 12.5%) is still an FA2104 Error, on the year's income.
    /// </summary>
    [Fact]
    public void ChangeAfterAGrandTotalsList_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(AppropriationHead
            + "2024年度财政拨款收入总计950.00万元，其中年初财政拨款结转和结余50.00万元，本年财政拨款收入900.00万元，"
            + "较上年增加100.00万元，增幅为14.5%。主要原因是新增信息化项目。\n");

        Assert.Equal(["FA2104 /narrative/appropriation/currentYearIncome/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// In the overview, a change after 收入总计's 其中 list (本年收入合计 and 年初结转) is not certain — the total's or the year's
    /// income's: a located note, no change on the grand total (120.00 / 1230.00 = 9.76% here, the stated 11.11% is the
    /// year's income's) and no Error.
    /// </summary>
    [Fact]
    public void ChangeAfterTheOverviewsGrandTotalList_IsANote()
    {
        var (read, diagnostics) = Read(OverallHead
            + "2024年度收入总计1350.00万元，其中本年收入合计1200.00万元，年初结转和结余150.00万元，较上年增加120.00万元，"
            + "增长11.11%。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/overall/change/rate"));
        Assert.Null(JsonAt(read, "/narrative/overall/incomeGrandTotal/change"));
        Assert.Equal("1200.00", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("\"of which\" list", StringComparison.Ordinal));
    }

    /// <summary>
    /// A rate against the budget beside the year-on-year one ("比上年增长 8.70%，比年初预算下降 9.09%") is no year-on-year rate:
    /// a note, not the change's rateDirection (a false FA2103 before) nor its rate. 1000.00 / 920.00 − 1 = 8.70%.
    /// </summary>
    [Theory]
    [InlineData("比上年增长8.70%，比年初预算下降9.09%")]
    [InlineData("与上年相比增长8.70%，与年初预算相比减少9.09%")]
    public void RateAgainstTheBudget_IsNoYearOnYearRate(string comparisons)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出1000.00万元，{comparisons}，主要原因是项目延期。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("8.70", JsonAt(read, GeneralBudget + "change/rate"));
        Assert.Equal("increase", JsonAt(read, GeneralBudget + "change/direction"));
        Assert.Null(JsonAt(read, GeneralBudget + "change/rateDirection"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("against the budget", StringComparison.Ordinal));
    }

    /// <summary>
    /// A budget-relative rate alone ("与年初预算相比减少 9.09%") is not placed as a year-on-year rate; after a stated budget
    /// difference ("比年初预算 1100.00 万元减少 100.00 万元，下降 9.09%") it is still the difference's rate (100 / 1100 = 9.09%).
    /// </summary>
    [Fact]
    public void RateAgainstTheBudget_AloneIsANote_AfterADifferenceItsRate()
    {
        var (alone, _) = Read(GeneralBudgetHead + "2024年度一般公共预算财政拨款支出1000.00万元，与年初预算相比减少9.09%，主要原因是项目延期。\n");
        Assert.Null(JsonAt(alone, GeneralBudget + "change/rate"));

        var (read, diagnostics) = Read(GeneralBudgetHead
            + "2024年度一般公共预算财政拨款支出1000.00万元，比年初预算1100.00万元减少100.00万元，下降9.09%，主要原因是项目延期。\n");
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("9.09", JsonAt(read, GeneralBudget + "budget/varianceRate"));
        Assert.Null(JsonAt(read, GeneralBudget + "change"));
    }

    /// <summary>
    /// The twin: with the year-on-year amount stated and its rate wrong (80.00 / 920.00 = 8.70%, written 9.70%), FA2104 still
    /// reports the rate — the budget's rate after it changes nothing.
    /// </summary>
    [Fact]
    public void RateAgainstTheBudget_WrongYearOnYearRate_StillAnError()
    {
        var (_, diagnostics) = Read(GeneralBudgetHead
            + "2024年度一般公共预算财政拨款支出1000.00万元，比上年增加80.00万元，增长9.70%，比年初预算下降9.09%，主要原因是项目延期。\n");

        Assert.Equal(["FA2104 " + GeneralBudget + "change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// "公务用车保有量由 1 辆增加到 3 辆": the count after 由 is the earlier one (a note), the count after 增加到 the year's held
    /// vehicles — 3, so the 2 bought are within them (no FA4004; before, 1 was read as held and 3 left unplaced).
    /// </summary>
    [Theory]
    [InlineData("由1辆增加到3辆")]
    [InlineData("从1辆增至3辆")]
    public void HeldVehiclesAsARange_TheYearsCountIsTheEnd(string range)
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + $"2024年度“三公”经费财政拨款支出20.00万元。公务用车购置费15.00万元，本年购置公务用车2辆，公务用车保有量{range}。\n");

        Assert.DoesNotContain("FA4004", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("3", JsonAt(read, "/narrative/threePublic/vehiclesHeld"));
        Assert.Equal("2", JsonAt(read, "/narrative/threePublic/vehiclesPurchased"));
    }

    /// <summary>The twin: 5 vehicles bought against 3 held at the range's end still warn (FA4004).</summary>
    [Fact]
    public void HeldVehiclesAsARange_MoreBoughtThanHeld_StillWarned()
    {
        var (_, diagnostics) = Read(ThreePublicHead
            + "2024年度“三公”经费财政拨款支出20.00万元。公务用车购置费15.00万元，本年购置公务用车5辆，公务用车保有量由1辆增加到3辆。\n");

        Assert.Contains("FA4004", RuleIds(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// In the 财政拨款 section, after the statement's grand total, "一般公共预算财政拨款支出 900.00 万元，比上年减少 100.00 万元，
    /// 下降 10.00%" is that fund's own change (100 / 1000 = 10.00%), not the statement's (checked on the grand total 950.00,
    /// 100 / 1050 = 9.52%: a false FA2104 before). The 政府性基金 change beside it stays its own (10 / 40 = 25.00%).
    /// </summary>
    [Theory]
    [InlineData("下降")]
    [InlineData("降幅")]
    public void GeneralBudgetChangeInTheAppropriationSection_IsItsOwn(string rateWord)
    {
        var (read, diagnostics) = Read(AppropriationHead
            + $"2024年度财政拨款收入支出总计950.00万元。一般公共预算财政拨款支出900.00万元，比上年减少100.00万元，{rateWord}10.00%；"
            + "政府性基金预算财政拨款支出50.00万元，比上年增加10.00万元，增长25.00%，主要原因是专项债项目。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, "/narrative/appropriation/change"));
        Assert.Equal("100.00", JsonAt(read, GeneralBudget + "change/amount"));
        Assert.Equal("10.00", JsonAt(read, GeneralBudget + "change/rate"));
        Assert.Equal("25.00", JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/change/rate"));
    }

    /// <summary>The twin: the 一般公共预算 rate written 12.00% (100 / 1000 = 10.00%) is an FA2104 Error on that fund's rate.</summary>
    [Fact]
    public void GeneralBudgetChangeInTheAppropriationSection_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(AppropriationHead
            + "2024年度财政拨款收入支出总计950.00万元。一般公共预算财政拨款支出900.00万元，比上年减少100.00万元，下降12.00%；"
            + "政府性基金预算财政拨款支出50.00万元，比上年增加10.00万元，增长25.00%，主要原因是专项债项目。\n");

        Assert.Equal(["FA2104 " + GeneralBudget + "change/rate"], Of(diagnostics, Severity.Error));
    }
}
