using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 59: a decrease whose rate rounds to zero, written with its sign ("减少0.01万元，增长率为-0.00%", "增长-0.00%").
/// Before, −0.00 compared as zero, not as negative: the rate kept its minus sign (a part the model refused and dropped) and
/// its direction "increase" — a false FA2103 (减少…增长) that a round-49 property met on rare seeds. Now a zero written with
/// a minus sign is negative as written: the rate is 0.00 and its direction a decrease, as for any other signed rate.
/// </summary>
public class NegativeZeroRatesSessionFiftyNineTests
{
    private const string Item = "/narrative/generalBudget/items/0/change/";

    private static string ItemText(string rateWords)
        => "某市档案局2021年度部门决算说明（节选）\n\n六、一般公共预算财政拨款支出决算情况说明\n"
            + "行政运行（2012601）：决算420.03万元，上年决算数420.04万元，减少0.01万元，" + rateWords + "，系工作任务调整\n";

    /// <summary>"增长率为-0.00%" after 减少: rate 0.00, direction decrease, no Error (the base: FA2103 and the rate dropped).</summary>
    [Theory]
    [InlineData("增长率为-0.00%")]
    [InlineData("增长-0.00%")]
    [InlineData("增长率-0.00%")]
    public void ANegativeZeroRate_IsADecreaseOfZero(string rateWords)
    {
        var (read, diagnostics) = Read(ItemText(rateWords));

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("0.00", JsonAt(read.Report, Item + "rate"));
        Assert.Equal("decrease", JsonAt(read.Report, Item + "direction"));
    }

    /// <summary>"增长率为-0.50%" is read as before: a decrease of 0.50 %, where 0.01 / 420.04 is 0.0024 % — FA2104 (true).</summary>
    [Fact]
    public void ANegativeRate_StillChecksItsValue()
    {
        var (read, diagnostics) = Read(ItemText("增长率为-0.50%"));

        Assert.Equal("0.50", JsonAt(read.Report, Item + "rate"));
        Assert.Equal("decrease", JsonAt(read.Report, Item + "direction"));
        Assert.Equal(["FA2104"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Property: for any prior amount and a decrease of 0.01 whose rate rounds to zero, "增长率为-0.00%" gives no Error and the
    /// rate is 0.00 (its sign read as the direction, as for any signed rate).
    /// </summary>
    [Property(MaxTest = 20)]
    public Property AnyDecreaseRoundingToZero_GivesNoError()
    {
        var gen = Gen.Choose(20_001, 9_000_000);
        return Prop.ForAll(gen.ToArbitrary(), cents =>
        {
            var prior = (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
            var final = ((cents - 1) / 100m).ToString("0.00", CultureInfo.InvariantCulture);
            var text = "某市档案局2021年度部门决算说明（节选）\n\n六、一般公共预算财政拨款支出决算情况说明\n行政运行（2012601）：决算" + final
                + "万元，上年决算数" + prior + "万元，减少0.01万元，增长率为-0.00%，系工作任务调整\n";
            var (read, diagnostics) = Read(text);
            return (Of(diagnostics, Severity.Error).Length == 0 && JsonAt(read.Report, Item + "rate") == "0.00")
                .Label(string.Join("; ", Of(diagnostics, Severity.Error)));
        });
    }
}
