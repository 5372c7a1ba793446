using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 51 (lists51, blind rounds 47 and 46), as our own invented texts: a list whose first amount alone carries 万元; a
/// share in brackets after a dot-leader line; a general "决算数小于调整预算数主要是…" after a list of 项 that is no contradicting
/// item's; a 执行率 after two budgets; a "——" bullet before the level path; a numbered "名称（代码）：年初预算数…" line; several
/// rows named in one budget comparison.
/// </summary>
public sealed class ListsSessionFiftyOneTests
{
    private const string Title = "柏林县文化馆2024年度部门决算说明\n\n";

    private const string GeneralBudget = "四、一般公共预算财政拨款支出决算情况\n";

    private static string Money(int cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"财政拨款收入 900.00 万元、事业收入 60.00、其他收入 40.00": the bare members take 万元.</summary>
    [Fact]
    public void BareListMembers_TakeTheUnitOfTheFirst()
    {
        var (read, diagnostics) = Read(Title + "二、收入决算情况\n本年收入1,000.00万元，其中：财政拨款收入900.00万元、事业收入60.00、"
            + "其他收入40.00，分别占本年收入的90.00%、6.00%和4.00%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("60.00", JsonAt(read, "/narrative/income/serviceIncome/amount"));
        Assert.Equal("40.00", JsonAt(read, "/narrative/income/otherIncome/amount"));
    }

    /// <summary>A total's parts after 其中： ("支出 200.00 万元，其中：货物 120.50、服务 79.50") take the total's unit.</summary>
    [Fact]
    public void PartsAfterQizhong_TakeTheTotalsUnit()
    {
        var (read, diagnostics) = Read(Title + "七、政府采购支出情况\n2024年度政府采购支出总额200.00万元，其中：货物120.50、服务79.50。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("120.50", JsonAt(read, "/narrative/procurement/goods/amount"));
        Assert.Equal("79.50", JsonAt(read, "/narrative/procurement/services/amount"));
    }

    /// <summary>A bare number that is a rate of a change ("增长 12.50") is never money, even right after a list amount.</summary>
    [Fact]
    public void ABareRateOfAChange_IsNoListMember()
    {
        var (read, _) = Read(Title + "二、收入决算情况\n本年收入1,000.00万元，比上年增加100.00万元，增长11.11。\n");
        Assert.Equal("100.00", JsonAt(read, "/narrative/income/total/change/amount"));
        Assert.NotEqual("11.11", JsonAt(read, "/narrative/income/total/change/amount"));
    }

    /// <summary>"财政拨款收入…………2,000.00万元（占80.00%）": the share in brackets is the line's figure's.</summary>
    [Fact]
    public void ABracketedShare_AfterADotLeaderLine_IsTheFiguresShare()
    {
        var (read, diagnostics) = Read(Title + "二、收入决算情况\n本年收入构成如下：\n财政拨款收入…………………2,000.00万元（占80.00%）\n"
            + "其他收入……………………500.00万元（占20.00%）\n合　　计……………………2,500.00万元\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("80.00", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/income/otherIncome/share"));
    }

    private const string TwoItems = Title + GeneralBudget + "2024年度一般公共预算财政拨款支出1,000.00万元。其中：\n"
        + "——文化旅游体育与传媒支出（类）文化和旅游（款）群众文化（项）2070109：年初预算600.00万元，调整预算680.00万元，"
        + "决算650.00万元，执行率95.59%。\n"
        + "——住房保障支出（类）住房改革支出（款）住房公积金（项）2210201：年初预算40.00万元，决算42.00万元，执行率105.00%。\n";

    /// <summary>
    /// "决算数小于调整预算数主要是…" on its own line after the items, the last one above its budget: no FA2203, and the
    /// reason is the item below its 调整预算's.
    /// </summary>
    [Fact]
    public void AGeneralBelowBudgetSentence_IsNotTheLastItemAboveItsBudget()
    {
        var (read, diagnostics) = Read(TwoItems + "决算数小于调整预算数主要是部分活动延期举办。\n");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2203");
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/1/budget/relation"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"));
        Assert.Equal("部分活动延期举办。", JsonAt(read, "/narrative/generalBudget/items/0/secondBudget/reason"));
    }

    /// <summary>"——…（类）…（项）2070109：…": the bullet is no part of the class name (no FA5003).</summary>
    [Fact]
    public void ADashBullet_IsNoPartOfTheClassName()
    {
        var (read, diagnostics) = Read(TwoItems);
        Assert.Equal("文化旅游体育与传媒支出", JsonAt(read, "/narrative/generalBudget/items/0/className"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA5003");
    }

    /// <summary>"年初预算 600.00，调整预算 680.00，决算 650.00，执行率 95.59%": the rate is the 调整预算's, by its figures.</summary>
    [Fact]
    public void ARateAfterTwoBudgets_IsTheBudgetsItsFiguresGive()
    {
        var (read, diagnostics) = Read(TwoItems);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("95.59", JsonAt(read, "/narrative/generalBudget/items/0/secondBudget/completionRate"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/budget/completionRate"));
    }

    private const string NumberedItems = Title + "（四）公共财政预算拨款支出决算情况\n2014年度公共财政预算拨款支出500.00万元。具体为：\n"
        + "1、群众文化（2070109）：年初预算数300.00万元，决算数320.00万元，完成年初预算的106.67%。\n"
        + "2、文化活动（2070110）：年初预算数150.00万元，决算数140.00万元，完成年初预算的93.33%。\n"
        + "3、住房公积金（2210201）：年初预算数40.00万元，决算数40.00万元，完成年初预算的100.00%。\n";

    /// <summary>"1、群众文化（2070109）：年初预算数…": the item is the line's subject, its budget its own (not the total's).</summary>
    [Fact]
    public void ANumberedNameAndCodeLine_IsItsItem()
    {
        var (read, diagnostics) = Read(NumberedItems);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2070109", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/generalBudget/items/0/budget/budgetAmount"));
        Assert.Equal("150.00", JsonAt(read, "/narrative/generalBudget/items/1/budget/budgetAmount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/total/budget"));
    }

    /// <summary>"原因：群众文化、文化活动决算数…": each named row whose figures go that way takes the reason.</summary>
    [Fact]
    public void RowsNamedTogether_AfterAReasonColon_EachTakeTheReason()
    {
        var text = NumberedItems.Replace("文化活动（2070110）：年初预算数150.00万元，决算数140.00万元，完成年初预算的93.33%",
            "文化活动（2070110）：年初预算数150.00万元，决算数160.00万元，完成年初预算的106.67%", StringComparison.Ordinal);
        var (read, diagnostics) = Read(text + "原因：\n群众文化、文化活动决算数大于年初预算数，主要是新增送戏下乡场次。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("新增送戏下乡场次。", JsonAt(read, "/narrative/generalBudget/items/0/budget/reason"));
        Assert.Equal("新增送戏下乡场次。", JsonAt(read, "/narrative/generalBudget/items/1/budget/reason"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/2/budget/reason"));
    }

    /// <summary>
    /// Property: a bare amount in a list takes the unit of its list's first amount (the three members read as stated), and
    /// a bare amount outside any list (a sentence of its own) is never read as that amount.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property BareListAmounts_TakeTheirListsUnit_AndNoOther()
    {
        var lists =
            from first in Gen.Choose(10000, 900000)
            from second in Gen.Choose(1, 90000)
            from third in Gen.Choose(1, 90000)
            select (first, second, third);
        return Prop.ForAll(lists.ToArbitrary(), l =>
        {
            var total = Money(l.first + l.second + l.third);
            var (inList, _) = Read(Title + $"二、收入决算情况\n本年收入{total}万元，其中：财政拨款收入{Money(l.first)}万元、"
                + $"事业收入{Money(l.second)}、其他收入{Money(l.third)}。\n");
            var (alone, _) = Read(Title + $"二、收入决算情况\n本年收入{total}万元，其中财政拨款收入{Money(l.first)}万元。"
                + $"其他收入{Money(l.third)}。\n");
            return (JsonAt(inList, "/narrative/income/serviceIncome/amount") == Money(l.second)
                    && JsonAt(inList, "/narrative/income/otherIncome/amount") == Money(l.third)
                    && JsonAt(alone, "/narrative/income/otherIncome/amount") is null)
                .Label($"{l}");
        });
    }

    /// <summary>
    /// Property: a general reason that says "below budget" never attaches to (nor sets the relation of) the last item when
    /// that item is above its budget, and gives no FA2203.
    /// </summary>
    [Property(MaxTest = 20)]
    public Property ABelowBudgetReason_NeverAttachesToAnItemAboveItsBudget()
    {
        var items =
            from budget in Gen.Choose(1000, 90000)
            from over in Gen.Choose(1, 5000)
            select (budget, over);
        return Prop.ForAll(items.ToArbitrary(), i =>
        {
            var final = i.budget + i.over;
            var (read, diagnostics) = Read(Title + GeneralBudget + $"2024年度一般公共预算财政拨款支出{Money(final)}万元。其中：\n"
                + $"——住房保障支出（类）住房改革支出（款）住房公积金（项）2210201：年初预算{Money(i.budget)}万元，"
                + $"决算{Money(final)}万元。\n决算数小于预算数主要是部分合同按进度支付。\n");
            return (!diagnostics.Any(d => d.RuleId == "FA2203")
                    && JsonAt(read, "/narrative/generalBudget/items/0/budget/relation") is null
                    && JsonAt(read, "/narrative/generalBudget/items/0/budget/reason") is null)
                .Label($"{i}");
        });
    }
}
