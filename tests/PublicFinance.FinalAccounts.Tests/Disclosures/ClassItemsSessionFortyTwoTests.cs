using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 42 (classes42, issue 8): a rate written with a neutral word alone (增减率, 增减率为, 变动率, 增减幅度) right after a
/// year-on-year change amount with its direction ("同比增加 80.00 万元，增减率 8.70%") is that change's rate, its direction the
/// change's. Before, the rate was noted (未能归类的百分比). Each probe has a planted-error twin (FA2104) and near misses that
/// stay as they were.
/// </summary>
public class ClassItemsSessionFortyTwoTests
{
    private const string GeneralBudgetHead = "某市审计局2024年度部门决算说明\n五、一般公共预算财政拨款支出决算情况说明\n";

    private const string GeneralBudget = "/narrative/generalBudget/total/";

    private const string Reason = "主要原因是项目执行进度调整。";

    /// <summary>"比上年增加 80.00 万元，增减率 8.70%": 80.00 / (1000.00 − 80.00) = 8.6957% → 8.70, an increase.</summary>
    [Theory]
    [InlineData("增减率")]
    [InlineData("增减率为")]
    [InlineData("变动率")]
    [InlineData("增减幅度")]
    public void NeutralRateAfterAnIncrease_IsTheChangesRate(string word)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算1000.00万元，比上年增加80.00万元，{word}8.70%。{Reason}\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("80.00", JsonAt(read, GeneralBudget + "change/amount"));
        Assert.Equal("8.70", JsonAt(read, GeneralBudget + "change/rate"));
        Assert.Equal("increase", JsonAt(read, GeneralBudget + "change/direction"));
        Assert.Null(JsonAt(read, GeneralBudget + "change/rateDirection"));
    }

    /// <summary>"同比减少 80.00 万元，增减率为 7.41%": 80.00 / (1000.00 + 80.00) = 7.4074% → 7.41, a decrease.</summary>
    [Fact]
    public void NeutralRateAfterADecrease_IsTheChangesRate()
    {
        var (read, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算1000.00万元，同比减少80.00万元，增减率为7.41%。{Reason}\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("7.41", JsonAt(read, GeneralBudget + "change/rate"));
        Assert.Equal("decrease", JsonAt(read, GeneralBudget + "change/direction"));
        Assert.Null(JsonAt(read, GeneralBudget + "change/rateDirection"));
    }

    /// <summary>The twin: the rate written 9.70% (80.00 / 920.00 = 8.70%) is an FA2104 Error on the change's rate.</summary>
    [Fact]
    public void NeutralRateAfterAnIncrease_WrongRate_StillAnError()
    {
        var (_, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算1000.00万元，比上年增加80.00万元，增减率9.70%。{Reason}\n");

        Assert.Equal(["FA2104 " + GeneralBudget + "change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>Near misses: a neutral rate with no change amount before it in its sentence stays unplaced.</summary>
    [Theory]
    [InlineData("2024年度一般公共预算财政拨款支出决算1000.00万元，增减率8.70%。")]
    [InlineData("2024年度一般公共预算财政拨款支出比上年增加80.00万元。决算1000.00万元，增减率8.70%。")]
    public void NeutralRateWithoutAChangeBeforeIt_IsNotAChangeRate(string sentence)
    {
        var (read, diagnostics) = Read(GeneralBudgetHead + sentence + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, GeneralBudget + "change/rate"));
    }

    /// <summary>Any increase with its rate written right (增减率, rounded half away from zero) is read with no Error.</summary>
    [Property(MaxTest = 30)]
    public bool NeutralRateAfterAnIncrease_IsAlwaysTheChangesRate(PositiveInt prior, PositiveInt increase)
    {
        var p = prior.Get % 100_000 + 100m;
        var a = increase.Get % 10_000 + 1m;
        var rate = Math.Round(a / p * 100m, 2, MidpointRounding.AwayFromZero);
        var (read, diagnostics) = Read(GeneralBudgetHead
            + $"2024年度一般公共预算财政拨款支出决算{p + a:0.00}万元，比上年增加{a:0.00}万元，增减率{rate:0.00}%。{Reason}\n");
        return RuleIds(diagnostics, Severity.Error).Length == 0
            && JsonAt(read, GeneralBudget + "change/rate") == rate.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
