using System.Globalization;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 41 (issue 8; blind round 38's t05 family), on invented texts: FA2007 checks a fund type's part of the 财政拨款
/// income against its stated share of 财政拨款本年收入 (spec 5.1), and the reader places a part's share only when its base is
/// that income (FundPartShareBases): a share of the year's income is the part's only when the year's income is all 财政拨款,
/// a bare share after no whole and a share of another named base are notes.
/// </summary>
public class FundPartShareRuleTests
{
    private const string Title = "某县水利局2022年度部门决算说明\n";

    private const string Section = "三、财政拨款收入支出决算总体情况说明\n";

    private static string Parts(string lead, decimal general, decimal fund, decimal capital, string generalShare, string fundShare,
        string capitalShare)
        => Title + Section + lead.Replace("{W}", Money(general + fund + capital), StringComparison.Ordinal) + "一般公共预算财政拨款收入"
            + Money(general) + "万元，占" + generalShare + "%；政府性基金预算财政拨款收入" + Money(fund) + "万元，占" + fundShare
            + "%；国有资本经营预算财政拨款收入" + Money(capital) + "万元，占" + capitalShare + "%。\n";

    /// <summary>The t05 family: a wrong share of one part (21.00 for 20.00) is one FA2007 Error on that part's share.</summary>
    [Theory]
    [InlineData("2022年度财政拨款收入{W}万元中：")]
    [InlineData("2022年度财政拨款收入{W}万元，其中：")]
    public void WrongShareOfAPart_IsOneFa2007Error(string lead)
    {
        var (read, diagnostics) = Read(Parts(lead, 1500.00m, 400.00m, 100.00m, "75.00", "21.00", "5.00"));
        Assert.Equal("21.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));
        Assert.Equal(["FA2007 /narrative/governmentFund/currentYearIncome/share"], Of(diagnostics, Severity.Error));
        var error = diagnostics.Single(d => d.Severity == Severity.Error);
        Assert.Equal(
            ["/narrative/governmentFund/currentYearIncome/share", "/narrative/governmentFund/currentYearIncome/amount",
                "/narrative/appropriation/currentYearIncome/amount"],
            error.Pointers);
    }

    /// <summary>Right shares give no finding; FA2007 passed.</summary>
    [Fact]
    public void RightShares_GiveNothing()
    {
        var (read, diagnostics) = Read(Parts("2022年度财政拨款收入{W}万元中：", 1500.00m, 400.00m, 100.00m, "75.00", "20.00", "5.00"));
        Assert.Empty(Errors(diagnostics));
        Assert.Empty(Warnings(diagnostics));
        Assert.Equal("75.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/share"));
        var coverage = Validator.Default.Validate(read.Report, read.Sources).CoverageOf("FA2007")!;
        Assert.Equal(3, coverage.Passed);
        Assert.Equal(0, coverage.Failed);
    }

    /// <summary>A share rounded to one decimal (430 / 1750 = 24.571…% written 24.6%) is no error.</summary>
    [Fact]
    public void ShareRoundedToOneDecimal_IsNoError()
    {
        var (read, diagnostics) = Read(Parts("2022年度财政拨款收入{W}万元中：", 1250.00m, 430.00m, 70.00m, "71.4", "24.6", "4.0"));
        Assert.Equal("24.6", JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2007" && d.Severity != Severity.Info);
    }

    /// <summary>
    /// Near miss: "本年收入中，…，占比 a%" — shares of the year's income 2500, while 财政拨款本年收入 is 2000: not the parts' shares
    /// of 财政拨款本年收入, so notes, and no false FA2007 (1500 / 2000 = 75 %, written 60.00 % of 2500).
    /// </summary>
    [Fact]
    public void SharesOfTheYearsIncome_AreNotesWhenThatIncomeIsNotAllAppropriation()
    {
        var (read, diagnostics) = Read(Title + "一、收入支出决算总体情况说明\n2022年度收入总计2600.00万元，其中本年收入2500.00万元、上年结转"
            + "100.00万元。本年收入中，一般公共预算财政拨款收入1500.00万元，占比60.00%；政府性基金预算财政拨款收入400.00万元，占比16.00%；"
            + "国有资本经营预算财政拨款收入100.00万元，占比4.00%。\n" + Section + "2022年度财政拨款收入2000.00万元。\n");
        Assert.Equal("1500.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/generalBudgetIncome/share"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));
        Assert.Null(JsonAt(read, "/narrative/stateCapital/currentYearIncome/share"));
        Assert.True(Noted(read, "A share of another base"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// When the year's income is all 财政拨款 (the three parts add up to it exactly), a share of it is the part's share of
    /// 财政拨款本年收入: placed (blind round 36's t06 wording), and a wrong one is FA2007.
    /// </summary>
    [Theory]
    [InlineData("60.00", false)]
    [InlineData("62.00", true)]
    public void SharesOfTheYearsIncome_ArePlacedWhenItIsAllAppropriation(string generalShare, bool wrong)
    {
        var (read, diagnostics) = Read(Title + "一、收入支出决算总体情况说明\n2022年度本年收入2500.00万元。本年收入中，一般公共预算财政拨款收入"
            + "1500.00万元，占比" + generalShare + "%；政府性基金预算财政拨款收入900.00万元，占比36.00%；国有资本经营预算财政拨款收入100.00万元，"
            + "占比4.00%。\n" + Section + "2022年度财政拨款收入2500.00万元。\n");
        Assert.Equal(generalShare, JsonAt(read, "/narrative/appropriation/generalBudgetIncome/share"));
        Assert.Equal("36.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));
        Assert.Equal(wrong ? ["FA2007 /narrative/appropriation/generalBudgetIncome/share"] : [], Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near miss: shares named of another base in the fund sections (占本年收入的 16.00% of a year's income that is not all
    /// 财政拨款) are notes; a share named of 财政拨款收入 is placed and checked.
    /// </summary>
    [Fact]
    public void NamedBases_OnlyTheAppropriationIncomeIsPlaced()
    {
        var (read, diagnostics) = Read(Title + "一、收入支出决算总体情况说明\n2022年度本年收入2500.00万元。\n"
            + "五、政府性基金预算财政拨款收入支出决算情况说明\n2022年度政府性基金预算财政拨款收入400.00万元，占本年收入的16.00%。\n"
            + "六、国有资本经营预算财政拨款收入支出决算情况说明\n2022年度国有资本经营预算财政拨款收入100.00万元，占财政拨款收入的5.00%。\n"
            + Section + "2022年度财政拨款收入2000.00万元。\n");
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));
        Assert.Equal("5.00", JsonAt(read, "/narrative/stateCapital/currentYearIncome/share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Near miss: a bare share after no whole in its sentence is a note (its base is not written).</summary>
    [Fact]
    public void BareShareAfterNoWhole_IsANote()
    {
        var (read, diagnostics) = Read(Title + "五、政府性基金预算财政拨款收入支出决算情况说明\n2022年度政府性基金预算财政拨款收入400.00万元，占16.00%。\n"
            + Section + "2022年度财政拨款收入2000.00万元。\n");
        Assert.Equal("400.00", JsonAt(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// For any three parts and any one share moved by a whole point or more, FA2007 reports exactly that share; the right
    /// shares (rounded to 2 decimals) give no Error.
    /// </summary>
    [Property(MaxTest = 30)]
    public bool AnyThreeParts_FA2007ReportsExactlyTheMovedShare(PositiveInt a, PositiveInt b, PositiveInt c, PositiveInt which, bool move)
    {
        var general = 1m + a.Get % 999_900 / 100m;
        var fund = 1m + b.Get % 99_900 / 100m;
        var capital = 1m + c.Get % 9_900 / 100m;
        var whole = general + fund + capital;
        string[] shares = [Share(general, whole), Share(fund, whole), Share(capital, whole)];
        var moved = which.Get % 3;
        if (move)
        {
            var value = decimal.Parse(shares[moved], CultureInfo.InvariantCulture);
            shares[moved] = (value >= 50m ? value - 1.5m : value + 1.5m).ToString("F2", CultureInfo.InvariantCulture);
        }

        var (_, diagnostics) = Read(Parts("2022年度财政拨款收入{W}万元中：", general, fund, capital, shares[0], shares[1], shares[2]));
        string[] fields =
            ["/narrative/appropriation/generalBudgetIncome/share", "/narrative/governmentFund/currentYearIncome/share",
                "/narrative/stateCapital/currentYearIncome/share"];
        var errors = Of(diagnostics, Severity.Error);
        return move ? errors.SequenceEqual(["FA2007 " + fields[moved]]) : errors.Length == 0;
    }

    private static string Share(decimal part, decimal whole)
        => Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
