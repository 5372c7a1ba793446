using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// The rule changes of session 24 (checks): FA2105 names the stated change, FA4006 ties a “三公” item's split by functional
/// class to the item, FA2106 and FA2206 let a total's reason cover its parts on the same side (三公 items, general-budget
/// classes), never those on the other side, and never a 项.
/// </summary>
public class SessionTwentyFourRulesTests
{
    private static string F(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);

    private static FinalAccountsReport Narrative(string narrative, string schema = "1.5") => FinalAccountsJson.Deserialize(
        "{\"schemaVersion\":\"" + schema + "\",\"entity\":{\"name\":\"某县某局\",\"fiscalYear\":2024},\"unit\":\"wanYuan\","
        + "\"narrative\":" + narrative + "}");

    private static Diagnostic[] Of(FinalAccountsReport report, string rule)
        => [.. Validator.Default.Validate(report).Diagnostics.Where(d => d.RuleId == rule)];

    /// <summary>
    /// 本年 3,901.28, 上年 3,624.85, written "增加 267.43": 3,901.28 − 3,624.85 = 276.43, so the stated change is 9.00 short.
    /// The Error points first at the change and its message shows 267.43 against 276.43 in both languages (before: 3,901.28
    /// against 3,624.85 + 267.43 = 3,892.28, and the change was not named).
    /// </summary>
    [Fact]
    public void FA2105_NamesTheStatedChange()
    {
        var report = Narrative("{\"expenditure\":{\"total\":{\"amount\":\"3901.28\",\"change\":{\"direction\":\"increase\","
            + "\"amount\":\"267.43\",\"priorYearAmount\":\"3624.85\",\"reason\":\"人员经费增加。\"}}}}");
        var error = Assert.Single(Of(report, "FA2105"));
        Assert.Equal("/narrative/expenditure/total/change/amount", error.Pointers[0]);
        Assert.Contains("267.43", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("276.43", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("267.43", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("276.43", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("增减额", error.MessageZh, StringComparison.Ordinal);
    }

    /// <summary>
    /// Property: for any prior figure and change, a decrease written with the right change passes FA2105, and one written off
    /// by 0.10 or more (past the ±0.015 rounding slack of three 2-decimal figures) fails with the change's pointer first.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property FA2105_DecreaseAgreesExactlyWhenTheFiguresDo(PositiveInt priorCents, PositiveInt dropCents, NonZeroInt offBy)
    {
        var prior = 100m + priorCents.Get % 900_000 / 100m;
        var drop = 1m + dropCents.Get % 9_000 / 100m;
        var current = prior - drop;
        var off = (offBy.Get % 50 == 0 ? 1 : offBy.Get % 50) / 10m;   // ±0.10 … ±4.90
        string Json(decimal written) => "{\"income\":{\"total\":{\"amount\":\"" + F(current) + "\",\"change\":{\"direction\":"
            + "\"decrease\",\"amount\":\"" + F(written) + "\",\"priorYearAmount\":\"" + F(prior) + "\",\"reason\":\"压减。\"}}}}";
        var right = Of(Narrative(Json(drop)), "FA2105").Where(d => d.Severity == Severity.Error);
        var wrongWritten = drop + off;
        if (wrongWritten <= 0m)
        {
            return true.ToProperty();
        }

        var wrong = Of(Narrative(Json(wrongWritten)), "FA2105").Where(d => d.Severity == Severity.Error).ToList();
        return (!right.Any() && wrong.Count == 1 && wrong[0].Pointers[0] == "/narrative/income/total/change/amount")
            .Label($"{prior} − {current} = {drop}, written {wrongWritten}");
    }

    /// <summary>
    /// Property: a 公务接待费 split whose 小计 equals the item's 决算数 passes FA4006; one whose 小计 differs by 0.02 or more
    /// (past the ±0.01 slack of two 2-decimal figures) is one Error naming the split's 小计 and the item.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property FA4006_TheSplitTotalMeetsTheItem(PositiveInt amountCents, PositiveInt shareCents, NonZeroInt offBy)
    {
        var amount = 1m + amountCents.Get % 100_000 / 100m;
        var first = Math.Min(amount, shareCents.Get % 100_000 / 100m);
        var off = (offBy.Get % 100 == 0 ? 2 : Math.Max(2, Math.Abs(offBy.Get % 100))) / 100m;
        string Json(decimal item) => "{\"threePublic\":{\"reception\":{\"amount\":\"" + F(item) + "\"},\"byClass\":{\"reception\":"
            + "{\"total\":\"" + F(amount) + "\",\"classes\":[{\"name\":\"行政运行\",\"amount\":\"" + F(first) + "\"},"
            + "{\"name\":\"其他城乡社区管理事务支出\",\"amount\":\"" + F(amount - first) + "\"}]}}}}";
        var agrees = Of(Narrative(Json(amount)), "FA4006");
        var differs = Of(Narrative(Json(amount + off)), "FA4006");
        return (agrees.Length == 0 && differs.Length == 1 && differs[0].Severity == Severity.Error
                && differs[0].Pointers.SequenceEqual(
                    ["/narrative/threePublic/byClass/reception/total", "/narrative/threePublic/reception/amount"]))
            .Label($"{amount} split {first} + {amount - first}, item {amount + off}");
    }

    /// <summary>
    /// The general budget's total is below its budget with a reason. A class below its own budget is covered; a class above
    /// its budget (the other side) and a 项 below its budget without a reason are not: two Warnings, at the class above and
    /// at the 项.
    /// </summary>
    [Fact]
    public void FA2206_TheTotalsReasonCoversItsClassesOnTheSameSideOnly()
    {
        static string Budget(string budget) => "\"budget\":{\"kind\":\"fullYear\",\"budgetAmount\":\"" + budget + "\"}";
        var report = Narrative("{\"generalBudget\":{\"total\":{\"amount\":\"180.00\",\"budget\":{\"kind\":\"fullYear\","
            + "\"budgetAmount\":\"200.00\",\"relation\":\"finalBelowBudget\",\"reason\":\"部分项目按进度支付。\"}},\"classes\":["
            + "{\"code\":\"201\",\"name\":\"一般公共服务支出\",\"amount\":\"105.00\"," + Budget("130.00") + "},"
            + "{\"code\":\"208\",\"name\":\"社会保障和就业支出\",\"amount\":\"75.00\"," + Budget("70.00") + "}],"
            + "\"items\":[{\"code\":\"2010101\",\"name\":\"行政运行\",\"amount\":\"90.00\"," + Budget("95.00") + "}]}}");
        Assert.Equal(["/narrative/generalBudget/classes/1/budget", "/narrative/generalBudget/items/0/budget"],
            Of(report, "FA2206").Select(d => d.Pointers[0]));
    }

    /// <summary>
    /// The 三公 total fell with a reason: an item that fell too is covered, an item that rose is not (one Warning); without
    /// the total's reason neither falling item is covered (two Warnings, the total's change being the third).
    /// </summary>
    [Theory]
    [InlineData(true, "/narrative/threePublic/reception/change")]
    [InlineData(false, "/narrative/threePublic/total/change,/narrative/threePublic/vehicleOperation/change")]
    public void FA2106_TheThreePublicTotalsReasonCoversItemsMovingTheSameWay(bool totalReason, string warned)
    {
        var reason = totalReason ? ",\"reason\":\"压减公务用车运行费用。\"" : string.Empty;
        var report = Narrative("{\"threePublic\":{\"total\":{\"amount\":\"20.00\",\"change\":{\"direction\":\"decrease\","
            + "\"amount\":\"4.00\"" + reason + "}},\"vehicleOperation\":{\"amount\":\"13.00\",\"change\":{\"direction\":"
            + "\"decrease\",\"amount\":\"5.00\"}},\"reception\":{\"amount\":\"7.00\",\"change\":{\"direction\":\"increase\","
            + "\"amount\":\"1.00\"" + (totalReason ? string.Empty : ",\"reason\":\"接待任务增加。\"") + "}}}}", "1.0");
        Assert.Equal(warned.Split(','), Of(report, "FA2106").Select(d => d.Pointers[0]));
    }
}
