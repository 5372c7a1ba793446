using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 64 (fix61, blind round 61): a 三公 item's amount after a heading sentence that is only the item's name
/// ("2.公务用车购置及运行维护费。支出决算…") or after its colon with a bare 支出 ("（3）公务接待费：支出…"); a reason opened by 系
/// in a list of coded items run together, before the next numbered item ("…，决算数小于年初预算数，系…；3.…（2210201）X万元").
/// Invented texts; near misses keep their old reading.
/// </summary>
public sealed class ThreePublicHeadingsSessionSixtyFourTests
{
    private const string ThreePublicHead = "宁远县档案馆2023年度部门决算说明\n（二）“三公”经费支出决算说明\n"
        + "2023年度“三公”经费财政拨款支出决算7.40万元，完成预算的74.00%，较上年减少0.80万元，下降9.76%，主要原因是压减公务活动。\n";

    private const string P = "/narrative/threePublic/";

    /// <summary>A heading sentence of the item's name closed by '。' gives the next sentence's final and figures to that item.</summary>
    [Fact]
    public void HeadingSentence_GivesItsItemTheFinalAfterIt()
    {
        var (read, _) = Read(ThreePublicHead
            + "1.因公出国（境）费。全年未安排因公出国（境）团组，支出0万元。\n"
            + "2.公务用车购置及运行维护费。支出决算5.20万元，完成预算的86.67%，较上年减少0.40万元，下降7.14%。其中：公务用车购置费0万元；"
            + "公务用车运行维护费5.20万元，主要用于下乡调档用车。\n"
            + "3.公务接待费。支出决算2.20万元，完成预算的55.00%，较上年减少0.40万元，下降15.38%，主要是减少接待。\n");
        Assert.Equal("5.20", JsonAt(read, P + "vehiclesSubtotal/amount"));
        Assert.Equal("86.67", JsonAt(read, P + "vehiclesSubtotal/budget/completionRate"));
        Assert.Equal("0.40", JsonAt(read, P + "vehiclesSubtotal/change/amount"));
        Assert.Equal("2.20", JsonAt(read, P + "reception/amount"));
        Assert.Equal("15.38", JsonAt(read, P + "reception/change/rate"));
        Assert.Equal("7.40", JsonAt(read, P + "total/amount"));
    }

    /// <summary>A bare 支出 after the item's colon is the item's amount; its rate and change stay on the item.</summary>
    [Fact]
    public void BareSpendingAfterColon_IsTheItemsAmount()
    {
        var (read, _) = Read(ThreePublicHead
            + "（3）公务用车运行维护费：支出4.60万元，完成年初预算的92.00%，同比减少0.30万元，下降6.12%，主要用于档案接收用车。\n"
            + "（4）公务接待费：支出2.80万元，完成年初预算的56.00%，同比减少0.50万元，下降15.15%。\n");
        Assert.Equal("4.60", JsonAt(read, P + "vehicleOperation/amount"));
        Assert.Equal("92.00", JsonAt(read, P + "vehicleOperation/budget/completionRate"));
        Assert.Equal("2.80", JsonAt(read, P + "reception/amount"));
        Assert.Equal("0.50", JsonAt(read, P + "reception/change/amount"));
    }

    /// <summary>
    /// Near miss: a heading sentence two sentences back gives nothing, and a label naming the 三公 total after a heading is the
    /// total's, not the item's.
    /// </summary>
    [Fact]
    public void HeadingFarBackOrOtherLabel_IsNotTheItems()
    {
        var (read, _) = Read("宁远县档案馆2023年度部门决算说明\n（二）“三公”经费支出决算说明\n"
            + "3.公务接待费。本年度严格执行接待标准。支出决算2.20万元。\n");
        Assert.Null(JsonAt(read, P + "reception/amount"));
        var (other, _) = Read("宁远县档案馆2023年度部门决算说明\n（二）“三公”经费支出决算说明\n"
            + "3.公务接待费。“三公”经费支出决算7.40万元。\n");
        Assert.Null(JsonAt(other, P + "reception/amount"));
    }

    private const string ItemsHead = "宁远县档案馆2023年度部门决算说明\n三、一般公共预算财政拨款支出决算情况说明\n"
        + "（一）一般公共预算财政拨款支出决算总体情况\n2023年度一般公共预算财政拨款支出1620.00万元。\n"
        + "（二）一般公共预算财政拨款支出决算具体情况\n";

    /// <summary>
    /// "，系…" after a budget relation, in a list of coded items run together: the reason of its item, stopped before the next
    /// numbered coded item (whose amount is read); no FA2206.
    /// </summary>
    [Fact]
    public void XiReasonBeforeTheNextNumberedItem_IsItsItemsReason()
    {
        var (read, diagnostics) = Read(ItemsHead
            + "1.行政运行（2013101）900.00万元，主要用于人员工资；2.档案馆（2012604）640.00万元，主要用于档案数字化，"
            + "决算数小于年初预算数，系部分数字化合同按验收结果结算；3.住房公积金（2210201）80.00万元。\n");
        Assert.Equal("部分数字化合同按验收结果结算", JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"));
        Assert.Equal("80.00", JsonAt(read, "/narrative/generalBudget/items/2/amount"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2206");
    }

    /// <summary>Near miss: 系统 after the relation is no reason (the Warning stays).</summary>
    [Fact]
    public void XiInsideAWord_IsNoReason()
    {
        var (read, diagnostics) = Read(ItemsHead
            + "1.行政运行（2013101）900.00万元，主要用于人员工资；2.档案馆（2012604）640.00万元，主要用于档案数字化，"
            + "决算数小于年初预算数，系统升级延后；3.住房公积金（2210201）80.00万元。\n");
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"));
        Assert.Contains(diagnostics, d => d.RuleId == "FA2206");
    }
}
