using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The reader bugs the outside review of session 23 proved (revfixa), each on invented texts of its own (several wordings):
/// a comparison against a budget kept as a year-on-year change, an item heading on a line of its own, a prior-year bracket
/// with no stated change, identical bodies under two sub-headings, and the lesser ones (a fund name's 预算, "50万元 以上",
/// a spaced 合计 row).
/// </summary>
public class ReviewTwentyThreeATests
{
    // ---- 1: a change against a budget is never a year-on-year change ----

    [Theory]
    [InlineData("与年初预算相比，本年收入合计减少200.00万元，下降16.67%，主要原因是项目未实施。")]
    [InlineData("与全年预算相比，本年收入减少200.00万元，下降16.67%。")]
    [InlineData("本年收入合计比年初预算减少200.00万元，下降16.67%，主要原因是项目未实施。")]
    public void ABudgetComparisonOfAnUnstatedTotal_IsNoChange(string comparison)
    {
        // 1000.00 is 200.00 below a budget of 1200.00 (200 / 1200 = 16.67%): a comparison with the budget, not with the year
        // before — before the fix it was written to income/total/change (a false FA7003 with a prior year of 1100.00).
        var (read, errors) = ReadWithErrors("某区水务局2024年度部门决算\n一、收入支出决算总体情况\n" + comparison + "\n二、收入决算情况\n"
            + "本年收入合计1000.00万元，其中：财政拨款收入1000.00万元，占本年收入的100.00%。\n");
        Assert.Empty(errors);
        Assert.Equal("1000.00", At(read, "/narrative/income/total/amount"));
        Assert.Null(At(read, "/narrative/income/total/change/amount"));
        Assert.Null(At(read, "/narrative/income/total/change/rate"));
        Assert.Null(At(read, "/narrative/income/total/change/direction"));
        Assert.Null(At(read, "/narrative/overall/currentYearIncome/change/amount"));
    }

    [Fact]
    public void AYearOnYearChangeOfAnUnstatedTotal_IsStillPlaced()
    {
        // The guard of the fix: "与上年相比" is a year-on-year basis, so the M3 placement stays (1000 − 200 = 800 before).
        var (read, errors) = ReadWithErrors("某区水务局2024年度部门决算\n一、收入支出决算总体情况\n"
            + "与上年相比，本年收入合计增加200.00万元，增长25.00%。\n二、收入决算情况\n"
            + "本年收入合计1000.00万元，其中：财政拨款收入1000.00万元，占本年收入的100.00%。\n");
        Assert.Empty(errors);
        Assert.Equal("200.00", At(read, "/narrative/income/total/change/amount"));
        Assert.Equal("25.00", At(read, "/narrative/income/total/change/rate"));
    }

    // ---- 2: an item heading on its own line ----

    [Theory]
    [InlineData("（一）教育支出（类）普通教育（款）小学教育（项）", "（二）教育支出（类）普通教育（款）初中教育（项）")]
    [InlineData("1.教育支出（类）普通教育（款）小学教育（项）", "2.教育支出（类）普通教育（款）初中教育（项）")]
    public void AnItemHeadingOnItsOwnLine_OwnsTheFiguresAfterIt(string first, string second)
    {
        // 150 + 150 = 300 = the total; each item's 150/150 = 100%: its figures are the item's, never the total's (before: the
        // total got 150 beside 300 — false FA2201 and FA2205 Errors).
        var (read, errors) = ReadWithErrors("某区教育局2024年度部门决算\n二、一般公共预算财政拨款支出决算情况\n"
            + "2024年度一般公共预算财政拨款支出300.00万元，年初预算为300.00万元，完成年初预算的100.00%。其中：\n"
            + first + "\n年初预算为150.00万元，支出决算为150.00万元，完成年初预算的100.00%，决算数与预算数持平。\n"
            + second + "\n年初预算为150.00万元，支出决算为150.00万元，完成年初预算的100.00%，决算数与预算数一致。\n");
        Assert.Empty(errors);
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/total/budget/budgetAmount"));
        Assert.Equal("100.00", At(read, "/narrative/generalBudget/total/budget/completionRate"));
        Assert.Equal("150.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("150.00", At(read, "/narrative/generalBudget/items/1/amount"));
    }

    // ---- 3: prior-year brackets without a stated change ----

    [Fact]
    public void PriorBracketsWithoutAStatedChange_DoNotClaimAgreement()
    {
        // No direction, amount or rate is stated: no note may say the bracket "agrees with the stated change".
        var (read, errors) = ReadWithErrors("某区商务局2024年度部门决算\n一、收入支出决算总体情况\n"
            + "2024年度收入总计1200.00万元（上年：1100.00万元），支出总计1200.00万元（上年：1000.00万元）。"
            + "本年收入合计1200.00万元，本年支出合计1200.00万元。\n");
        Assert.Empty(errors);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("agrees with the stated change", StringComparison.Ordinal));
    }

    // ---- 4: identical bodies under two sub-headings are two items ----

    [Fact]
    public void IdenticalBodiesUnderTwoThreePublicItems_AreBothRead()
    {
        // 因公出国 and 公务接待 each fell by 5.00 to 0.00 (10.00 in all): two items with equal figures, not one repeat.
        var (read, errors) = ReadWithErrors("某区档案局2024年度部门决算\n二、“三公”经费财政拨款支出决算情况说明\n"
            + "2024年度“三公”经费财政拨款支出0.00万元，比上年减少10.00万元，下降100.00%。\n"
            + "（一）因公出国（境）费\n2024年度支出0.00万元，比上年减少5.00万元，下降100.00%，主要原因是未安排。\n"
            + "（二）公务用车购置及运行维护费\n2024年度支出0.00万元。\n"
            + "（三）公务接待费\n2024年度支出0.00万元，比上年减少5.00万元，下降100.00%，主要原因是未安排。\n");
        Assert.Empty(errors);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("repeats an earlier one", StringComparison.Ordinal));
    }

    [Fact]
    public void AParagraphRepeatedUnderTheSameHeading_IsStillOneRepeat()
    {
        // The guard: the same paragraph twice under one heading is still read once (a note for the second).
        const string Body = "截至2024年12月31日，本单位共有车辆3辆，其中一般公务用车3辆。";
        var (read, errors) = ReadWithErrors("某区档案局2024年度部门决算\n八、国有资产占用情况说明\n" + Body + "\n" + Body + "\n");
        Assert.Empty(errors);
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("repeats an earlier one", StringComparison.Ordinal));
    }

    // ---- 5: lesser ----

    [Theory]
    [InlineData("一般公共预算财政拨款本年收入", false)]
    [InlineData("政府性基金预算财政拨款收入", false)]
    [InlineData("与年初预算相比，本年收入合计", true)]
    [InlineData("本年收入合计比预算", true)]
    public void AFundNamesBudgetWord_IsNoBudgetBasisOfAChange(string lead, bool budget)
        // Issue 1 keys on this: 预算 inside 一般公共预算 / 政府性基金预算 names the fund; only a 预算 of its own is a budget basis.
        => Assert.Equal(budget, NarrativeReader.MentionsBudget(lead));

    [Theory]
    [InlineData("单价50万元 以上通用设备", "单价100万元 以上专用设备")]
    [InlineData("单价50万元（含） 以上通用设备", "单价100万元（含） 以上专用设备")]
    public void APriceThresholdWithASpace_IsAThreshold(string general, string special)
    {
        // "50万元 以上" is the threshold as "50万元以上" is: 4 and 7 are the two kinds' counts, 50 is no vehicle value.
        var (read, errors) = ReadWithErrors("某区图书馆2024年度部门决算说明\n八、国有资产占用情况说明\n截至2024年12月31日，本单位共有车辆3辆，"
            + "其中：一般公务用车1辆、特种专业技术用车2辆；" + general + "4台（套），" + special + "7台（套）。\n");
        Assert.Empty(errors);
        Assert.Equal("4", At(read, "/narrative/assets/generalEquipmentCount"));
        Assert.Equal("7", At(read, "/narrative/assets/specialEquipmentCount"));
        Assert.Null(At(read, "/narrative/assets/vehicles/value"));
    }

    /// <summary>600.00 + 400.00 = 1,000.00 budgets; 570.00 + 380.00 = 950.00 finals (95.00% each and in all).</summary>
    private static string ClassTable(string totalLabel, string total) =>
        "某区农业局2024年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
        + "2024年度一般公共预算财政拨款支出全年预算为1,000.00万元，决算为950.00万元，完成全年预算的95.00%，主要是项目结余。"
        + "分类情况如下表（单位：万元）：\n\n| 功能分类（类） | 调整预算数 | 决算数 | 完成率（%） |\n|---|---|---|---|\n"
        + "| 一般公共服务支出 | 600.00 | 570.00 | 95.00 |\n| 教育支出 | 400.00 | 380.00 | 95.00 |\n"
        + "| " + totalLabel + " | 1,000.00 | " + total + " | 95.00 |\n\n";

    [Theory]
    [InlineData("合  计")]
    [InlineData("总 计")]
    [InlineData("合　计")]
    public void ASpacedTotalRow_IsTheTotal(string label)
    {
        // A 合计 of 905.00 (digits swapped) beside the prose's 950.00: the same figure stated twice — read only when the
        // spaced label is taken as the 合计 (before: "合  计" and "总 计" were unread rows).
        var (_, errors) = ReadWithErrors(ClassTable(label, "905.00"));
        Assert.Contains(errors, e => e.StartsWith("FA8003", StringComparison.Ordinal));
        var (_, consistent) = ReadWithErrors(ClassTable(label, "950.00"));
        Assert.Empty(consistent);
    }
}
