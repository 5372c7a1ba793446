using System.Globalization;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 40 (issue 8; blind round 38's t05 family), on invented texts: in the 财政拨款 section, the funds' parts of the 财政拨款
/// income listed with a bare 占 after each ("财政拨款收入 X 万元中：" or "…，其中："). Each share is its own part's — on
/// <c>appropriation/generalBudgetIncome</c>, <c>governmentFund/currentYearIncome</c>, <c>stateCapital/currentYearIncome</c> —
/// never the whole 财政拨款 income's (before: the first share was stored as the whole's, the other two noted as "another kind";
/// after "其中：" none was placed).
/// </summary>
public class FundPartSharesTests
{
    private const string Title = "某县林业局2021年度部门决算说明\n";

    private const string Section = "三、财政拨款收入支出决算总体情况说明\n";

    private static string Parts(string lead, decimal general, decimal fund, decimal capital, string shareWord = "占")
    {
        var whole = general + fund + capital;
        return Title + Section + lead.Replace("{W}", Money(whole), StringComparison.Ordinal) + "一般公共预算财政拨款收入" + Money(general)
            + "万元，" + shareWord + Share(general, whole) + "%；政府性基金预算财政拨款收入" + Money(fund) + "万元，" + shareWord
            + Share(fund, whole) + "%；国有资本经营预算财政拨款收入" + Money(capital) + "万元，" + shareWord + Share(capital, whole) + "%。\n";
    }

    [Theory]
    [InlineData("2021年度财政拨款收入{W}万元中：")]
    [InlineData("2021年度财政拨款收入{W}万元，其中：")]
    public void EachShare_IsItsOwnPartsNeverTheWholes(string lead)
    {
        var (read, diagnostics) = Read(Parts(lead, 1250.00m, 430.00m, 70.00m));
        Assert.Equal("1750.00", JsonAt(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/currentYearIncome/share"));
        Assert.Equal("1250.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Equal("71.43", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/share"));   // 1250 / 1750 = 71.428…
        Assert.Equal("24.57", JsonAt(read, "/narrative/governmentFund/currentYearIncome/share"));   // 430 / 1750 = 24.571…
        Assert.Equal("4.00", JsonAt(read, "/narrative/stateCapital/currentYearIncome/share"));
        Assert.False(Noted(read, "A figure of another kind"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>占比为 is a bare share word too.</summary>
    [Fact]
    public void ShareWordWithIs_IsRead()
    {
        var (read, _) = Read(Parts("2021年度财政拨款收入{W}万元中：", 600.00m, 300.00m, 100.00m, "占比为"));
        Assert.Equal("60.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/share"));
        Assert.Equal("10.00", JsonAt(read, "/narrative/stateCapital/currentYearIncome/share"));
    }

    /// <summary>Near miss: a share of a named base (占本年收入的…) is no bare share of the part: not placed on it.</summary>
    [Fact]
    public void ShareOfANamedBase_IsNotThePartsShare()
    {
        var (read, diagnostics) = Read(Title + Section + "2021年度财政拨款收入1000.00万元，其中：一般公共预算财政拨款收入800.00万元，"
            + "占本年收入的64.00%；政府性基金预算财政拨款收入200.00万元。\n");
        Assert.Equal("800.00", JsonAt(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/generalBudgetIncome/share"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/currentYearIncome/share"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Near miss: expenditure parts' shares are not placed by the typed statements (another statement's field).</summary>
    [Fact]
    public void ExpenditurePartsShares_AreNotPlacedOnTheFundsTotal()
    {
        var (read, _) = Read(Title + Section + "2021年度财政拨款支出1000.00万元，其中：一般公共预算财政拨款支出800.00万元，占80.00%；"
            + "政府性基金预算财政拨款支出200.00万元，占20.00%。\n");
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total/share"));
        Assert.Null(JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/share"));
    }

    /// <summary>
    /// For any three parts (the last may be small), the shares worked out exactly and rounded to 2 decimals each land on their
    /// own part, the whole holds none, and no Error is raised.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool AnyThreeParts_EachShareOnItsOwnPart(PositiveInt a, PositiveInt b, PositiveInt c)
    {
        var general = 1m + a.Get % 999_900 / 100m;
        var fund = 1m + b.Get % 99_900 / 100m;
        var capital = 1m + c.Get % 9_900 / 100m;
        var whole = general + fund + capital;
        var (read, diagnostics) = Read(Parts("2021年度财政拨款收入{W}万元中：", general, fund, capital));
        return Errors(diagnostics).Length == 0
            && JsonAt(read, "/narrative/appropriation/currentYearIncome/share") is null
            && JsonAt(read, "/narrative/appropriation/generalBudgetIncome/share") == Share(general, whole)
            && JsonAt(read, "/narrative/governmentFund/currentYearIncome/share") == Share(fund, whole)
            && JsonAt(read, "/narrative/stateCapital/currentYearIncome/share") == Share(capital, whole);
    }

    private static string Share(decimal part, decimal whole)
        => Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
