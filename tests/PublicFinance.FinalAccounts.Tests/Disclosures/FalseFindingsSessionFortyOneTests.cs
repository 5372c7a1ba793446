using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 41 (issue 8, precision): false Errors and Warnings found by probing with invented texts of our own wording and
/// numbers, each with the probe (no finding, the figure read where it belongs) and a planted-error twin (the true error
/// still reported): a change written with a neutral word only (增减额, 增减率, 变动率) right after a budget amount (read as a
/// year-on-year change: false FA2104, FA2103, FA2206), and an "other" kind of expenditure (其他支出) beside 基本支出 and 项目支出
/// (a false FA1203, and its share on 项目支出: a false FA8003). Wordings that were already read right are pinned too: a rate
/// after a change amount with sloppy punctuation or 下降了 / 降幅为 / 减幅, and 个百分点 beside a rate.
/// </summary>
public class FalseFindingsSessionFortyOneTests
{
    private const string Head = "某市审计局2024年度部门决算说明\n";

    private const string GeneralBudgetHead = Head + "五、一般公共预算财政拨款支出决算情况说明\n";

    private const string ThreePublicHead = Head + "七、“三公”经费支出情况说明\n";

    private const string ExpenditureHead = Head + "三、支出决算情况说明\n";

    private const string OverallHead = Head + "一、收入支出决算总体情况说明\n";

    private const string GeneralBudget = "/narrative/generalBudget/total/";

    private const string ThreePublic = "/narrative/threePublic/total/";

    private const string Reason = "主要原因是项目执行进度调整。";

    /// <summary>
    /// "年初预算 1100.00 万元，增减率 -9.09%": the final against the budget — (1000.00 − 1100.00) / 1100.00 = −9.0909% → −9.09, the
    /// variance rate, its sign the relation. Before, a year-on-year change rate (no prior year to check it against, and the
    /// budget lost its reason to it: a false FA2206).
    /// </summary>
    [Theory]
    [InlineData("增减率")]
    [InlineData("增减率为")]
    [InlineData("变动率")]
    [InlineData("增减幅度")]
    public void NeutralRateAfterABudget_IsTheVarianceRate(string word)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算1000.00万元，年初预算1100.00万元，{word}-9.09%。{Reason}\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Empty(RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("1100.00", JsonAt(read, GeneralBudget + "budget/budgetAmount"));
        Assert.Equal("9.09", JsonAt(read, GeneralBudget + "budget/varianceRate"));
        Assert.Equal("finalBelowBudget", JsonAt(read, GeneralBudget + "budget/relation"));
        Assert.Null(JsonAt(read, GeneralBudget + "change"));
    }

    /// <summary>
    /// The twin: the rate written −8.09% ((1000.00 − 1100.00) / 1100.00 = −9.09%) is an FA2202 Error on the variance rate.
    /// </summary>
    [Fact]
    public void NeutralRateAfterABudget_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算1000.00万元，年初预算1100.00万元，增减率-8.09%。{Reason}\n");

        Assert.Equal(["FA2202 " + GeneralBudget + "budget/varianceRate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// "年初预算 14.00 万元，增减额 -1.70 万元，增减率 -12.14%" (a 三公 total): the budget difference 14.00 − 12.30 = 1.70 and the
    /// variance rate 1.70 / 14.00 = 12.1429% → 12.14. Before, a year-on-year change of 1.70 (and FA2106, FA2206 on the wrong nodes).
    /// </summary>
    [Fact]
    public void NeutralDifferenceAndRateAfterABudget_AreTheBudgetComparison()
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + "2024年度“三公”经费支出决算12.30万元，年初预算14.00万元，增减额-1.70万元，增减率-12.14%。主要原因是压减公务接待。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Empty(RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("1.70", JsonAt(read, ThreePublic + "budget/difference"));
        Assert.Equal("finalBelowBudget", JsonAt(read, ThreePublic + "budget/relation"));
        Assert.Equal("12.14", JsonAt(read, ThreePublic + "budget/varianceRate"));
        Assert.Null(JsonAt(read, ThreePublic + "change"));
    }

    /// <summary>The twin: the difference written −1.90 万元 (14.00 − 12.30 = 1.70) is an FA2204 Error on the difference.</summary>
    [Fact]
    public void NeutralDifferenceAfterABudget_WrongAmount_StillAnError()
    {
        var (_, diagnostics) = Read(ThreePublicHead
            + "2024年度“三公”经费支出决算12.30万元，年初预算14.00万元，增减额-1.90万元，增减率-12.14%。主要原因是压减公务接待。\n");

        Assert.Contains("FA2204 " + ThreePublic + "budget/difference", Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The budget comparison then the year's change in one sentence: −9.09% is the variance rate, 8.70% the change's
    /// (80.00 / 920.00 = 8.6957% → 8.70). Before, −9.09 was the change's rate (a false FA2104) and 增长 8.70% its
    /// rateDirection (a false FA2103).
    /// </summary>
    [Fact]
    public void NeutralRateAfterABudget_ThenAYearOnYearChange_EachHasItsOwn()
    {
        var (read, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算1000.00万元，年初预算1100.00万元，增减率-9.09%，比上年增加80.00万元，增长8.70%。{Reason}\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("9.09", JsonAt(read, GeneralBudget + "budget/varianceRate"));
        Assert.Equal("80.00", JsonAt(read, GeneralBudget + "change/amount"));
        Assert.Equal("8.70", JsonAt(read, GeneralBudget + "change/rate"));
        Assert.Equal("increase", JsonAt(read, GeneralBudget + "change/direction"));
        Assert.Null(JsonAt(read, GeneralBudget + "change/rateDirection"));
    }

    /// <summary>The twin: the year's rate written 9.70% (80.00 / 920.00 = 8.70%) is an FA2104 Error on the change's rate.</summary>
    [Fact]
    public void NeutralRateAfterABudget_ThenAWrongYearOnYearRate_StillAnError()
    {
        var (_, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算1000.00万元，年初预算1100.00万元，增减率-9.09%，比上年增加80.00万元，增长9.70%。{Reason}\n");

        Assert.Equal(["FA2104 " + GeneralBudget + "change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The budget then the final ("年初预算为 1100.00 万元，支出决算为 1000.00 万元，增减率 -9.09%"), and a year-on-year change
    /// before the budget ("比上年增加…；年初预算…，增减率…"): the rate follows the budget amount with no 上年 word between, so it is
    /// the variance rate.
    /// </summary>
    [Theory]
    [InlineData("2024年度一般公共预算财政拨款支出年初预算为1100.00万元，支出决算为1000.00万元，增减率-9.09%。")]
    [InlineData("2024年度一般公共预算财政拨款支出决算1000.00万元，比上年增加80.00万元，增长8.70%；年初预算1100.00万元，增减率-9.09%。")]
    public void NeutralRateAfterABudgetInOtherOrders_IsTheVarianceRate(string sentence)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead + sentence + Reason + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("9.09", JsonAt(read, GeneralBudget + "budget/varianceRate"));
        Assert.Equal("finalBelowBudget", JsonAt(read, GeneralBudget + "budget/relation"));
        Assert.NotEqual("9.09", JsonAt(read, GeneralBudget + "change/rate"));
    }

    /// <summary>
    /// Near misses: a neutral change after a prior-year amount ("上年决算 920.00 万元，增减额 80.00 万元，增减率 -…") or after a
    /// 上年 word following the budget is never the budget's; a neutral rate with no budget in the sentence stays unplaced.
    /// </summary>
    [Theory]
    [InlineData("2024年度一般公共预算财政拨款支出决算1000.00万元，上年决算1080.00万元，增减额-80.00万元，增减率-7.41%。")]
    [InlineData("2024年度一般公共预算财政拨款支出决算1000.00万元，年初预算1100.00万元，与上年相比增减率-7.41%。")]
    [InlineData("2024年度一般公共预算财政拨款支出决算1000.00万元，增减率-7.41%。")]
    public void NeutralChangeWithoutABudgetJustBefore_IsNotTheBudgets(string sentence)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead + sentence + Reason + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, GeneralBudget + "budget/varianceRate"));
        Assert.Null(JsonAt(read, GeneralBudget + "budget/difference"));
    }

    /// <summary>
    /// A neutral change with 上年 before it in its sentence (上年决算 1080.00 万元, 与上年相比, 2023年) is the year's change:
    /// 80.00 / 1080.00 = 7.4074% → 7.41 — never the budget's.
    /// </summary>
    [Theory]
    [InlineData("2024年度一般公共预算财政拨款支出决算1000.00万元，上年决算1080.00万元，增减额-80.00万元，增减率-7.41%。")]
    [InlineData("2024年度一般公共预算财政拨款支出决算1000.00万元，与上年相比，增减额-80.00万元，增减率-7.41%。")]
    [InlineData("2024年度一般公共预算财政拨款支出决算1000.00万元，与2023年相比，增减额-80.00万元，增减率-7.41%。")]
    public void NeutralChangeWithItsBasis_IsYearOnYear(string sentence)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead + sentence + Reason + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("7.41", JsonAt(read, GeneralBudget + "change/rate"));
        Assert.Equal("80.00", JsonAt(read, GeneralBudget + "change/amount"));
        Assert.Equal("decrease", JsonAt(read, GeneralBudget + "change/direction"));
        Assert.Null(JsonAt(read, GeneralBudget + "budget"));
    }

    /// <summary>The twin: with its 上年 basis, the rate written −8.41% (80.00 / 1080.00 = 7.41%) is an FA2104 Error.</summary>
    [Fact]
    public void NeutralChangeWithItsBasis_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算1000.00万元，与上年相比，增减额-80.00万元，增减率-8.41%。{Reason}\n");

        Assert.Equal(["FA2104 " + GeneralBudget + "change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The property: whatever final F below its budget B, "决算 F 万元，年初预算 B 万元，增减率 r%" with r = (F − B) / B × 100 to two
    /// decimals (negative) is the variance rate |r| below the budget, no change, and no Error. (An unsigned rate names no
    /// direction and stays a note, as after any neutral word: session 39.)
    /// </summary>
    [Property(MaxTest = 40)]
    public bool NeutralRateAfterABudget_IsAlwaysTheVarianceRate(PositiveInt final, PositiveInt below)
    {
        var f = final.Get % 100_000 + 100m;
        var b = f + below.Get % 10_000 + 1m;
        var rate = Math.Round((f - b) / b * 100m, 2, MidpointRounding.AwayFromZero);
        if (rate == 0m)
        {
            return true;
        }

        var (read, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算{f:0.00}万元，年初预算{b:0.00}万元，增减率{rate:0.00}%。{Reason}\n");
        return RuleIds(diagnostics, Severity.Error).Length == 0
            && JsonAt(read, GeneralBudget + "budget/varianceRate") == (-rate).ToString("0.00", CultureInfo.InvariantCulture)
            && JsonAt(read, GeneralBudget + "budget/relation") == "finalBelowBudget"
            && JsonAt(read, GeneralBudget + "change") is null;
    }

    /// <summary>
    /// 基本支出、项目支出、其他支出: 600.00 + 350.00 + 50.00 = 1000.00, but the model has no member for 其他支出, so the kinds read
    /// (950.00) cannot add up to the total: 项目支出's amount is withdrawn (a located note; it stays a claim) and FA1203 does not
    /// run; 其他支出's share (5.00%) is its own, not 项目支出's (a false FA8003 before). The total and 基本支出's share are still
    /// read (600.00 / 1000.00 = 60.00%).
    /// </summary>
    [Theory]
    [InlineData("2024年度本年支出合计1000.00万元，其中：基本支出600.00万元，占60.00%；项目支出350.00万元，占35.00%；其他支出50.00万元，占5.00%。")]
    [InlineData("2024年度本年支出合计1000.00万元，包括基本支出、项目支出、其他支出，其中基本支出600.00万元，项目支出350.00万元，其他支出50.00万元。")]
    public void OtherKindOfExpenditure_TheKindsAreNotSummed(string sentence)
    {
        var (read, diagnostics) = Read(ExpenditureHead + sentence + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Empty(RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("1000.00", JsonAt(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("600.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Equal("350.00", At(read, "/narrative/expenditure/project/amount"));
        Assert.NotEqual("5.00", JsonAt(read, "/narrative/expenditure/project/share"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("project expenditure's amount is not written", StringComparison.Ordinal));
    }

    /// <summary>
    /// The twins: without 其他支出, 基本支出 600.00 + 项目支出 300.00 ≠ 1000.00 is still an FA1203 Error; with it, a wrong share of
    /// 基本支出 (600.00 / 1000.00 = 60.00%, written 65.00%) is still an FA2002 Error.
    /// </summary>
    [Theory]
    [InlineData("2024年度本年支出合计1000.00万元，其中：基本支出600.00万元，项目支出300.00万元。", "FA1203 /narrative/expenditure/total/amount")]
    [InlineData("2024年度本年支出合计1000.00万元，其中：基本支出600.00万元，占65.00%；项目支出350.00万元，占35.00%；其他支出50.00万元，占5.00%。",
        "FA2002 /narrative/expenditure/basic/share")]
    public void KindsOfExpenditure_TrueErrorsStay(string sentence, string error)
    {
        var (_, diagnostics) = Read(ExpenditureHead + sentence + "\n");

        Assert.Equal([error], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The same list in the overview: 其他支出 is unplaced there, and FA1211 weighed the overview's 本年支出合计 (1000.00) against
    /// 基本支出 + 项目支出 (950.00) — a false Error. 项目支出's amount is withdrawn the same way; without 其他支出 the true FA1211 stays
    /// (600.00 + 300.00 ≠ 1000.00).
    /// </summary>
    [Theory]
    [InlineData("项目支出350.00万元，其他支出50.00万元。", null)]
    [InlineData("项目支出300.00万元。", "FA1211 /narrative/overall/currentYearExpenditure/amount")]
    public void OtherKindOfExpenditureInTheOverview_TheKindsAreNotSummed(string rest, string? error)
    {
        var (read, diagnostics) = Read(OverallHead + "2024年度本年支出合计1000.00万元，其中：基本支出600.00万元，" + rest + "\n");

        Assert.Equal(error is null ? Array.Empty<string>() : new[] { error }, Of(diagnostics, Severity.Error));
        Assert.Equal("1000.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("600.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal(error is null ? null : "300.00", JsonAt(read, "/narrative/expenditure/project/amount"));
    }

    /// <summary>
    /// A 三公 table whose change columns stand beside a budget column and no prior-year column ("项目 | 预算数 | 决算数 | 增减额 |
    /// 增减率"): the final against the budget — difference 14.00 − 12.30 = 1.70, variance rate 1.70 / 14.00 = 12.14%. Before, a
    /// year-on-year change (a false FA2106 asked for its reason; with an 上年 column elsewhere, a false FA2104).
    /// </summary>
    [Theory]
    [InlineData("项目 | 预算数 | 决算数 | 增减额 | 增减率", "“三公”经费合计 | 14.00 | 12.30 | -1.70 | -12.14%", "1.70")]
    [InlineData("项目 | 年初预算数 | 决算数 | 增减率", "“三公”经费合计 | 14.00 | 12.30 | -12.14%", null)]
    public void ChangeColumnsBesideABudget_AreTheBudgetComparison(string header, string row, string? difference)
    {
        var (read, diagnostics) = Read(ThreePublicHead + "单位：万元\n" + header + "\n" + row + "\n决算数小于预算数的主要原因是压减公务接待。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("14.00", JsonAt(read, ThreePublic + "budget/budgetAmount"));
        Assert.Equal("12.30", JsonAt(read, ThreePublic + "amount"));
        Assert.Equal(difference, JsonAt(read, ThreePublic + "budget/difference"));
        Assert.Equal("12.14", JsonAt(read, ThreePublic + "budget/varianceRate"));
        Assert.Equal("finalBelowBudget", JsonAt(read, ThreePublic + "budget/relation"));
        Assert.Null(JsonAt(read, ThreePublic + "change"));
    }

    /// <summary>
    /// The twins: the difference written −1.90 (14.00 − 12.30 = 1.70) is an FA2204 Error; and a table with an 上年决算 column
    /// keeps its change columns year-on-year (1.79 / 14.09 = 12.70%, written 13.70%: FA2104).
    /// </summary>
    [Theory]
    [InlineData(
        "项目 | 预算数 | 决算数 | 增减额 | 增减率", "“三公”经费合计 | 14.00 | 12.30 | -1.90 | -12.14%",
        "FA2204 /narrative/threePublic/total/budget/difference")]
    [InlineData(
        "项目 | 本年决算 | 上年决算 | 增减额 | 增减率", "“三公”经费合计 | 12.30 | 14.09 | -1.79 | -13.70%",
        "FA2104 /narrative/threePublic/total/change/rate")]
    public void ChangeColumns_TrueErrorsStay(string header, string row, string error)
    {
        var (_, diagnostics) = Read(ThreePublicHead + "单位：万元\n" + header + "\n" + row + "\n主要原因是压减公务接待。\n");

        Assert.Contains(error, Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Pinned (already read right): a rate after a change amount belongs to that change, whatever the punctuation between
    /// (，，  ,，) or the rate's word (下降了, 降幅为, 减幅): 1.79 / 14.09 = 12.7040% → 12.70.
    /// </summary>
    [Theory]
    [InlineData("，，下降")]
    [InlineData(",，下降")]
    [InlineData("，下降了")]
    [InlineData("，降幅为")]
    [InlineData("，减幅")]
    public void RateAfterAChangeAmount_IsThatChangesRate(string between)
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + $"2024年度“三公”经费支出12.30万元，比上年减少1.79万元{between}12.70%。主要原因是压减公务接待。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Empty(RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("1.79", JsonAt(read, ThreePublic + "change/amount"));
        Assert.Equal("12.70", JsonAt(read, ThreePublic + "change/rate"));
        Assert.Equal("decrease", JsonAt(read, ThreePublic + "change/direction"));
    }

    /// <summary>
    /// Pinned: 个百分点 beside a rate is never a rate — the change's rate stays 8.70% (80.00 / 920.00), the share's points a note.
    /// </summary>
    [Fact]
    public void PointsBesideARate_AreNeverTheRate()
    {
        var (read, diagnostics) = Read(GeneralBudgetHead
            + "2024年度一般公共预算财政拨款支出决算1000.00万元，比上年增加80.00万元，增长8.70%，占本年支出合计的80.00%，比上年提高5.2个百分点。"
            + "主要原因是业务量增加。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("8.70", JsonAt(read, GeneralBudget + "change/rate"));
        Assert.Null(JsonAt(read, GeneralBudget + "change/rateDirection"));
        Assert.Equal("80.00", JsonAt(read, GeneralBudget + "share"));
    }
}
