using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 46: 预算 inside a fund's own name (一般公共预算, 政府性基金预算, 国有资本经营预算, 公共财政预算) is no budget basis in a
/// figure's qualifier key, while a real budget after the name (一般公共预算年初预算, 政府性基金预算调整预算数, 政府性基金预算为) still
/// is; and the rows of a fund-flow table written in the 说明 are table claims, so that the prose's figure of the same field
/// with another value is reported (FA8008, a Warning) instead of being a note of "another kind".
/// </summary>
public class QualifiersSessionFortySixTests
{
    private const string Head = "青山镇卫生院2023年度部门决算说明\n一、收入支出决算总体情况\n2023年度收、支总计均为1500.00万元。\n"
        + "二、财政拨款收入支出决算情况\n2023年度财政拨款收支情况见下表（单位：万元）：\n\n"
        + "| 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 |\n"
        + "|:---|---:|---:|---:|---:|\n"
        + "| 一般公共预算财政拨款 | 20.00 | 900.00 | 880.00 | 40.00 |\n"
        + "| 政府性基金预算财政拨款 | 10.00 | 300.00 | 290.00 | 20.00 |\n"
        + "| 国有资本经营预算财政拨款 | 0.00 | 0.00 | 0.00 | 0.00 |\n"
        + "| 合计 | 30.00 | 1200.00 | 1170.00 | 60.00 |\n\n";

    private static string Text(string heading, string prose) => Head + heading + "\n" + prose + "\n";

    private const string FundHeading = "三、政府性基金预算财政拨款支出决算情况";

    private static string[] TableAndProse(string text)
    {
        var (_, diagnostics) = Read(text);
        return [.. diagnostics.Where(d => d.RuleId == "FA8008").Select(d => d.Severity + " " + string.Join(",", d.Pointers))];
    }

    [Theory]
    [InlineData("2023年度一般公共预算财政拨款支出", "fund=一般公共预算;flow=支出;")]
    [InlineData("2023年度政府性基金预算财政拨款支出", "fund=政府性基金;flow=支出;")]
    [InlineData("2023年度国有资本经营预算财政拨款支出", "fund=国有资本经营;flow=支出;")]
    [InlineData("2023年度公共财政预算拨款支出", "flow=支出;")]
    [InlineData("政府性基金预算收入", "fund=政府性基金;flow=收入;")]
    [InlineData("一般公共预算 财政拨款支出", "fund=一般公共预算;flow=支出;")]
    [InlineData("国有资本经营预算年初结转和结余", "fund=国有资本经营;")]
    [InlineData("一般公共预算安排的项目支出", "fund=一般公共预算;flow=支出;item=项目支出;")]
    [InlineData("一般公共预算、政府性基金预算财政拨款支出合计", "fund=政府性基金;flow=支出;scope=合计;")]
    public void APrefixNamingAFundWithBudgetInIt_HasNoBudgetBasis(string prefix, string key)
        => Assert.Equal(key, Qualifiers.Key(prefix, 2023));

    /// <summary>
    /// A budget after a fund's name stays a budget basis (the backward scan meets the 预算 of 年初预算 first, as before
    /// session 46, so the basis is written basis=预算).
    /// </summary>
    [Theory]
    [InlineData("一般公共预算年初预算")]
    [InlineData("政府性基金预算调整预算数")]
    [InlineData("一般公共预算财政拨款支出年初预算为")]
    [InlineData("一般公共预算财政拨款全年预算")]
    [InlineData("政府性基金预算为")]                 // the fund's budget, nothing of its money after the name
    [InlineData("一般公共预算数为")]
    [InlineData("国有资本经营预算")]                // the name right before the figure: a budget, precision first
    [InlineData("一般公共预算安排")]                // 预算安排 59.00 万元: a budget's arrangement
    [InlineData("支出预算数")]
    [InlineData("预算财政拨款支出")]                 // no fund's name before it
    public void ARealBudgetBasis_AfterAFundsName_IsStillABudget(string prefix)
        => Assert.Contains("basis=预算;", Qualifiers.Key(prefix, 2023), StringComparison.Ordinal);

    [Fact]
    public void AFundTablesRowAndTheProseThatDiffer_AreAWarningNamingBoth()
    {
        var (read, diagnostics) = Read(Text(FundHeading, "2023年度政府性基金预算财政拨款支出209.00万元，比上年增加15.00万元，主要是管网建设投入增加。"));
        var finding = Assert.Single(diagnostics, d => d.RuleId == "FA8008");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["/narrative/governmentFund/currentYearExpenditure/amount"], finding.Pointers);
        Assert.Contains("290.00 in the table", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("209.00 in the prose", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal("290.00", At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("209.00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("三、一般公共预算财政拨款支出决算情况", "2023年度一般公共预算财政拨款支出808.00万元。", "/narrative/generalBudget/total/amount")]
    [InlineData("三、国有资本经营预算财政拨款支出决算情况", "2023年度国有资本经营预算财政拨款支出5.00万元。",
        "/narrative/stateCapital/currentYearExpenditure/amount")]
    [InlineData(FundHeading, "2023年度政府性基金预算财政拨款本年收入330.00万元。", "/narrative/governmentFund/currentYearIncome/amount")]
    public void EveryFundsRow_IsComparedWithItsProse(string heading, string prose, string pointer)
        => Assert.Equal(["Warning " + pointer], TableAndProse(Text(heading, prose)));

    [Theory]
    [InlineData(FundHeading, "2023年度政府性基金预算财政拨款支出290.00万元，比上年增加15.00万元，主要是管网建设投入增加。")]
    [InlineData(FundHeading, "2023年度政府性基金预算财政拨款支出290万元。")]
    [InlineData("三、一般公共预算财政拨款支出决算情况", "2023年度一般公共预算财政拨款支出880.00万元。")]
    public void AFundTablesRowAndTheProseThatAgree_AreNoFinding(string heading, string prose)
    {
        var (_, diagnostics) = Read(Text(heading, prose));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA8008" or "FA8003");
    }

    [Theory]
    [InlineData("2023年度政府性基金预算财政拨款年初预算为209.00万元。")]   // a budget of the fund, not its actual
    [InlineData("2023年度政府性基金预算调整预算数209.00万元。")]
    [InlineData("2022年度政府性基金预算财政拨款支出209.00万元。")]          // another year
    public void AProseFigureOfAnotherKind_IsNoTableAndProseFinding(string prose)
        => Assert.Empty(TableAndProse(Text(FundHeading, prose)));

    [Fact]
    public void AnotherFundsProseUnderThisFundsHeading_StaysANote()
    {
        var (read, diagnostics) = Read(Text(FundHeading, "2023年度一般公共预算财政拨款支出808.00万元。"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA8008" or "FA8003");
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("808.00", StringComparison.Ordinal));
    }

    /// <summary>The fund names with 预算 in them, and what may follow the name before the flow word.</summary>
    private static readonly string[] FundNames = ["一般公共预算", "政府性基金预算", "国有资本经营预算", "公共财政预算"];

    private static readonly string[] Tails = ["", "财政拨款", "拨款", " "];

    /// <summary>
    /// Property: for any fund name F (with 预算 in it, then 财政拨款 or not) and amount X, the figure of <c>F支出X万元</c> is
    /// read with a key naming its flow and no budget basis: the fund's actual, never its budget.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool AFundsFlowFigure_IsNeverABudget(NonNegativeInt fund, NonNegativeInt tail, PositiveInt cents, bool lead)
    {
        var name = FundNames[fund.Get % FundNames.Length] + Tails[tail.Get % Tails.Length];
        var amount = (cents.Get % 10_000_000 / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var text = (lead ? "2023年度" : string.Empty) + name + "支出" + amount + "万元";
        var key = Qualifiers.Key(text, 0, text.IndexOf(amount, StringComparison.Ordinal), 2023);
        return key.Contains("flow=支出;", StringComparison.Ordinal) && !key.Contains("basis=", StringComparison.Ordinal);
    }

    /// <summary>
    /// Property: a fund-flow table's row and the prose's statement of that fund's expenditure, at any value, are one
    /// FA8008 Warning when they differ and nothing when they agree; the table's figure is the one kept.
    /// </summary>
    [Property(MaxTest = 15)]
    public bool AnyDifferenceFromTheFundsRow_IsOneWarning(PositiveInt cents, bool same)
    {
        var value = same ? 290.00m : 1m + cents.Get % 99_999 / 100m;
        var written = value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var (read, diagnostics) = Read(Text(FundHeading, "2023年度政府性基金预算财政拨款支出" + written + "万元。"));
        var found = diagnostics.Where(d => d.RuleId == "FA8008").Select(d => string.Join(",", d.Pointers)).ToArray();
        return At(read, "/narrative/governmentFund/currentYearExpenditure/amount") == "290.00"
            && (value == 290.00m ? found.Length == 0 : found.SequenceEqual(["/narrative/governmentFund/currentYearExpenditure/amount"]));
    }
}
