using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 45 (issue 8, blind round 41): 三公 items numbered with a colon and the budget first ("3.公务接待费：预算X万元，支出Y万元"),
/// budget differences worded with a bare 少 / 多 ("比年初预算少支出…", "比预算少…"), the fleet held without 保有 ("现有公务用车N辆",
/// "（公务用车N辆）" after the running cost), a numbered heading and its text on one short line ("七、机关运行经费 …万元，…"), and
/// 其他商品和服务支出 closing 机关运行经费's components. Invented texts; each family with its near misses.
/// </summary>
public class ThreePublicAndAssetsSessionFortyFiveTests
{
    private const string ThreePublicHead = "某县林业局2023年度部门决算说明\n六、“三公”经费财政拨款支出决算情况说明\n";

    private const string TP = "/narrative/threePublic/";

    // ---- 1. Items numbered with a colon, the budget first ----

    [Fact]
    public void ColonItems_BudgetFirst_TakeTheSpendingAsTheirAmount()
    {
        var (read, errors) = ReadWithErrors(ThreePublicHead
            + "2023年度“三公”经费财政拨款支出13.55万元，比预算减少2.65万元。具体如下：\n"
            + "1.因公出国（境）费：无预算，无支出。\n"
            + "2.公务用车购置及运行维护费：预算12.00万元，支出10.40万元，较上年减少0.80万元，下降7.14%。\n"
            + "3.公务接待费：预算4.20万元，支出3.15万元，较上年增加0.35万元，增长12.50%。\n");
        Assert.Empty(errors);
        Assert.Equal("10.40", At(read, TP + "vehiclesSubtotal/amount"));
        Assert.Equal("12.00", At(read, TP + "vehiclesSubtotal/budget/budgetAmount"));
        Assert.Equal("10.40", At(read, TP + "vehiclesSubtotal/budget/finalAmount"));
        Assert.Equal("0.80", At(read, TP + "vehiclesSubtotal/change/amount"));
        Assert.Equal("7.14", At(read, TP + "vehiclesSubtotal/change/rate"));
        Assert.Equal("3.15", At(read, TP + "reception/amount"));
        Assert.Equal("4.20", At(read, TP + "reception/budget/budgetAmount"));
        Assert.Equal("0.35", At(read, TP + "reception/change/amount"));
        Assert.Equal("12.50", At(read, TP + "reception/change/rate"));
        Assert.Equal("decrease", JsonAt(read, TP + "vehiclesSubtotal/change/direction"));
        Assert.Equal("increase", JsonAt(read, TP + "reception/change/direction"));
    }

    [Theory]
    [InlineData("支出")]
    [InlineData("支出数")]
    [InlineData("执行")]
    [InlineData("执行数为")]
    [InlineData("实际支出")]
    [InlineData("决算数")]
    public void ColonItem_AnySpendingWordAfterTheBudget_IsTheAmount(string word)
    {
        var (read, errors) = ReadWithErrors(ThreePublicHead + "2023年度“三公”经费财政拨款支出3.15万元。\n"
            + $"1.公务接待费：预算数4.20万元，{word}3.15万元，较上年增加0.35万元。\n");
        Assert.Empty(errors);
        Assert.Equal("3.15", At(read, TP + "reception/amount"));
        Assert.Equal("4.20", At(read, TP + "reception/budget/budgetAmount"));
        Assert.Equal("3.15", At(read, TP + "reception/budget/finalAmount"));
    }

    [Fact]
    public void ColonItem_WithOnlyABudget_StaysWithoutAnAmount()
    {
        var (read, errors) = ReadWithErrors(ThreePublicHead + "2023年度“三公”经费财政拨款支出10.40万元。\n"
            + "1.公务接待费：预算4.20万元。\n");
        Assert.Empty(errors);
        Assert.Null(At(read, TP + "reception/amount"));
    }

    [Fact]
    public void ColonItem_SpendingNamingAnotherItem_IsNotTheItemsAmount()
    {
        // "其中公务用车运行维护费支出 X": the label names the running cost, not the subtotal the colon opened.
        var (read, errors) = ReadWithErrors(ThreePublicHead + "2023年度“三公”经费财政拨款支出10.40万元。\n"
            + "1.公务用车购置及运行维护费：预算12.00万元，其中公务用车运行维护费支出10.40万元。\n");
        Assert.Empty(errors);
        Assert.Null(At(read, TP + "vehiclesSubtotal/amount"));
        Assert.Null(At(read, TP + "vehiclesSubtotal/budget/finalAmount"));
        Assert.Equal("10.40", At(read, TP + "vehicleOperation/amount"));
    }

    // ---- 2. Budget differences with a bare 少 / 多 ----

    [Theory]
    [InlineData("2023年度“三公”经费支出15.60万元，年初预算18.00万元，比年初预算少支出2.40万元。", "finalBelowBudget", "initial")]
    [InlineData("2023年度“三公”经费支出15.60万元，比预算少2.40万元。", "finalBelowBudget", "initial")]
    [InlineData("2023年度“三公”经费支出15.60万元，较年初预算数少了2.40万元。", "finalBelowBudget", "initial")]
    [InlineData("2023年度“三公”经费支出15.60万元，比全年预算多支出2.40万元。", "finalAboveBudget", "fullYear")]
    public void ShortWordAgainstTheBudget_IsTheBudgetDifference(string sentence, string relation, string kind)
    {
        var (read, errors) = ReadWithErrors(ThreePublicHead + sentence + "\n");
        Assert.Empty(errors);
        Assert.Equal("2.40", At(read, TP + "total/budget/difference"));
        Assert.Equal(relation, JsonAt(read, TP + "total/budget/relation"));
        Assert.Equal(kind, JsonAt(read, TP + "total/budget/kind"));
        Assert.Null(At(read, TP + "total/change/amount"));
    }

    [Fact]
    public void ShortWordAgainstTheBudget_AfterASentenceWithoutTheSubject_StaysANote()
    {
        // The subject is the previous sentence's: which figure is compared is not certain, so no difference is placed.
        var (read, errors) = ReadWithErrors("某县林业局2023年度部门决算说明\n二、支出决算情况说明\n"
            + "本年支出5000.00万元。为年初预算的125.00%，比年初预算多支出1000.00万元。\n");
        Assert.Empty(errors);
        Assert.Null(At(read, "/narrative/expenditure/total/budget/difference"));
        Assert.Null(At(read, "/narrative/expenditure/total/budget/relation"));
    }

    [Theory]
    [InlineData("比上年少支出")]      // a prior year, not a budget
    [InlineData("比一般公共预算少")]   // a fund, not a budget
    [InlineData("比年初预算少数")]     // no tail the short word takes
    [InlineData("少支出")]             // no comparison with a budget
    [InlineData("比年初预算增加")]     // a direction word: the ordinary path
    public void BudgetComparedShortDirection_NearMisses_HaveNone(string label)
        => Assert.Null(NarrativeReader.BudgetComparedShortDirection(label.AsSpan()));

    /// <summary>
    /// Property: for any final F and budget B (F ≠ B), "支出F万元，年初预算B万元，比年初预算少支出|B−F|万元" (多支出 when F &gt; B) places
    /// the difference as written, with the relation of its word, and raises no Error.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool AnyShortBudgetDifference_IsPlacedWithItsRelation(PositiveInt final, PositiveInt budgetCents)
    {
        var f = final.Get % 90000 / 100m + 1m;
        var bgt = budgetCents.Get % 90000 / 100m + 1m;
        if (f == bgt)
        {
            return true;
        }

        var below = f < bgt;
        var difference = Math.Abs(bgt - f);
        var text = ThreePublicHead + string.Create(CultureInfo.InvariantCulture,
            $"2023年度“三公”经费支出{f:0.00}万元，年初预算{bgt:0.00}万元，比年初预算{(below ? "少" : "多")}支出{difference:0.00}万元。\n");
        var (read, errors) = ReadWithErrors(text);
        return errors.Length == 0
            && At(read, TP + "total/budget/difference") == difference.ToString("0.00", CultureInfo.InvariantCulture)
            && JsonAt(read, TP + "total/budget/relation") == (below ? "finalBelowBudget" : "finalAboveBudget");
    }

    // ---- 3. The fleet held without 保有; equipment at 50万元 ----

    [Theory]
    [InlineData("本局现有公务用车3辆，均为执法执勤用车。")]
    [InlineData("年末实有公务用车3辆。")]
    [InlineData("本单位共有一般公务用车3辆。")]
    [InlineData("公务用车现有3辆。")]
    public void HoldingVerb_IsTheFleetHeld(string sentence)
    {
        var (read, errors) = ReadWithErrors(ThreePublicHead + "2023年度“三公”经费支出15.60万元。" + sentence + "\n");
        Assert.Empty(errors);
        Assert.Equal("3", At(read, TP + "vehiclesHeld"));
    }

    [Fact]
    public void BracketAfterTheRunningCost_IsTheFleetHeld_AfterThePurchaseCost_IsNot()
    {
        var (read, errors) = ReadWithErrors(ThreePublicHead + "2023年度“三公”经费支出29.86万元。其中：公务用车购置费25.00万元（公务用车1辆）；"
            + "公务用车运行维护费4.86万元（公务用车2辆）。\n");
        Assert.Empty(errors);
        Assert.Equal("2", At(read, TP + "vehiclesHeld"));
        Assert.Null(At(read, TP + "vehiclesPurchased"));
        Assert.True(Noted(read, "A count the reader could not place"));
    }

    [Theory]
    [InlineData("本年购置公务用车2辆。")]                                  // a purchase: vehiclesPurchased, never the holdings
    [InlineData("本年新增公务用车2辆。")]                                  // a change of the fleet
    [InlineData("年末拟现有公务用车2辆。")]                                // a plan
    [InlineData("公务用车购置及运行维护费6.38万元（公务用车2辆）。")]      // purchase and running together: which is not said
    [InlineData("本局现有车辆2辆。")]                                      // all vehicles, not the official fleet
    public void NotTheHoldings_AreNeverVehiclesHeld(string sentence)
    {
        var (read, errors) = ReadWithErrors(ThreePublicHead + "2023年度“三公”经费支出15.60万元。" + sentence + "\n");
        Assert.Empty(errors);
        Assert.Null(At(read, TP + "vehiclesHeld"));
    }

    [Theory]
    [InlineData("截至2023年12月31日，本单位共有车辆4辆；单价50万元以上设备37台（套）。")]
    [InlineData("截至2023年12月31日，本单位共有车辆4辆；单价50万元以上设备37台/套。")]
    [InlineData("截至2023年12月31日，本单位共有车辆4辆；本年设备采购37台。")]
    public void EquipmentAtFiftyWanYuan_OrBought_IsNotTheLargeEquipmentCount(string sentence)
    {
        var (read, errors) = ReadWithErrors("某县人民医院2023年度单位决算说明\n九、国有资产占用情况说明\n" + sentence + "\n");
        Assert.Empty(errors);
        Assert.Equal("4", At(read, "/narrative/assets/vehicles/count"));
        Assert.Null(At(read, "/narrative/assets/largeEquipmentCount"));
    }

    // ---- 4. A numbered heading and its text on one short line ----

    [Fact]
    public void HeadingAndItsText_OnAShortLine_AreHeadingAndProse()
    {
        var (read, errors) = ReadWithErrors("某县水务局2023年度部门决算说明\n四、机关运行经费 机关运行经费支出86.40万元，与上年持平\n"
            + "五、政府采购情况\n本年无政府采购。\n");
        Assert.Empty(errors);
        Assert.Equal("86.40", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("unchanged", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/change/direction"));
    }

    [Fact]
    public void HeadingWithoutHeadingWord_OnAOneLinePage_EntersItsSection()
    {
        var page = "当前位置：首页 > 政务公开 > 财政信息 > 部门决算 某县水务局2023年度部门决算公开说明 发布时间：2024-09-10 "
            + "一、部门主要职责 负责全县水资源管理、水利工程建设与运行维护、防汛抗旱等工作。 二、收入支出决算总体情况 2023年度收入总计3120.40万元，"
            + "支出总计3120.40万元。本年收入2988.10万元，本年支出2950.30万元。 三、“三公”经费支出决算情况 2023年度“三公”经费支出6.20万元，"
            + "较上年减少0.40万元，下降6.06%。年末公务用车保有量2辆。原因是压减公务接待 四、机关运行经费 2023年度机关运行经费支出86.40万元，"
            + "与上年持平 五、政府采购情况 2023年度政府采购支出总额210.00万元，全部为服务类采购，授予中小企业合同金额210.00万元 "
            + "六、国有资产占用情况 截至2023年12月31日，全局共有车辆2辆。\n";
        var (read, errors) = ReadWithErrors(page);
        Assert.Empty(errors);
        Assert.Equal("86.40", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("6.20", At(read, TP + "total/amount"));
        Assert.Equal("210.00", At(read, "/narrative/procurement/total/amount"));
    }

    [Theory]
    [InlineData("四、机关运行经费支出情况（单位：万元）")]       // a heading with a unit declaration
    [InlineData("四、机关运行经费")]                             // a heading alone
    [InlineData("四、2023年度机关运行经费支出情况")]             // digits that are a year, no amount
    public void ShortNumberedLines_WithoutAnAmountAndAClause_StayHeadings(string heading)
    {
        var (read, errors) = ReadWithErrors("某县水务局2023年度部门决算说明\n" + heading + "\n2023年度机关运行经费支出86.40万元，与上年持平。\n");
        Assert.Empty(errors);
        Assert.Equal("86.40", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
    }

    // ---- 5. 其他商品和服务支出 closing 机关运行经费's components ----

    [Fact]
    public void OtherGoodsAndServicesSpending_ClosingTheList_IsAComponent()
    {
        var (read, errors) = ReadWithErrors("某县水务局2023年度部门决算说明\n四、机关运行经费支出情况说明\n"
            + "2023年度机关运行经费支出96.30万元，比上年减少4.20万元，下降4.18%。其中：办公费21.50万元、水电费13.80万元、其他商品和服务支出61.00万元。\n");
        Assert.Empty(errors);
        var components = read.Report.Narrative?.OperatingExpenses?.Components ?? [];
        Assert.Equal(["办公费", "水电费", "其他商品和服务支出"], components.Select(c => c.Name));
        Assert.Equal("61.00", At(read, "/narrative/operatingExpenses/components/2/amount"));
    }

    [Fact]
    public void OtherGoodsAndServicesSpending_Alone_IsNoComponent()
    {
        var (read, errors) = ReadWithErrors("某县水务局2023年度部门决算说明\n四、机关运行经费支出情况说明\n"
            + "2023年度机关运行经费支出96.30万元，其中：其他商品和服务支出5.10万元。\n");
        Assert.Empty(errors);
        Assert.Empty(read.Report.Narrative?.OperatingExpenses?.Components ?? []);
    }
}
