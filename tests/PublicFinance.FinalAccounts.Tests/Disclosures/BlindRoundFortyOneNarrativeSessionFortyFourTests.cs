using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 44 (issue 8, precision first): the causes of blind round 41's false findings in the narrative, with invented
/// texts of our own wording — functional items one per line, name and code then "。" before the figures (each item's figures
/// its own, 调整预算 beside 年初预算); a 2014 收入合计 / 支出合计 whose 其中 list holds 上年结转 / 结转下年 (the grand total);
/// a budget comparison with no subject after a 三公 其中 list (the figures decide whose it is); and a change restated in
/// another section without its reason (it takes the reason given for the same change).
/// </summary>
public class BlindRoundFortyOneNarrativeSessionFortyFourTests
{
    private const string Items = "/narrative/generalBudget/items/";

    private const string ItemsHead = "某区疾病预防控制中心2020年度部门决算说明\n六、一般公共预算财政拨款支出决算情况说明\n"
        + "2020年度一般公共预算财政拨款支出583.00万元。\n具体情况如下：\n";

    private const string ItemLines =
        "卫生健康支出（类）公共卫生（款）疾病预防控制机构（项）（2100401）。年初预算为400.00万元，调整预算为420.00万元，"
        + "支出决算为415.80万元，完成调整预算的99.00%；\n"
        + "卫生健康支出（类）公共卫生（款）突发公共卫生事件应急处理（项）（2100410）。年初预算为80.00万元，调整预算为120.00万元，"
        + "支出决算为114.00万元，完成调整预算的95.00%；\n"
        + "住房保障支出（类）住房改革支出（款）住房公积金（项）（2210201）。年初预算为50.00万元，调整预算为53.20万元，"
        + "支出决算为53.20万元，完成调整预算的100.00%。\n";

    private const string OverviewHead = "某县林业局2014年度部门决算说明\n一、收入支出决算总体情况\n";

    private const string ThreePublicHead = "某县农业局2014年度部门决算说明\n四、“三公”经费支出情况\n"
        + "2014年“三公”经费支出12.60万元，其中因公出国（境）费0万元，公务用车购置及运行费8.10万元，公务接待费4.50万元。";

    private const string ThreePublic = "/narrative/threePublic/";

    // ---- 1. items one per line: name（项）（code）。figures； ------------------------------------------------------------------

    /// <summary>
    /// Three items, each on its own line ending in "；", joined into one paragraph: each item keeps its own budget (年初预算), its
    /// adjusted budget (调整预算, the second budget) and its final — before, the second and third went to the first item (a
    /// false FA8003 per figure and FA2205).
    /// </summary>
    [Fact]
    public void ItemsOnePerLine_EachKeepsItsFigures()
    {
        var (read, diagnostics) = Read(ItemsHead + ItemLines);

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("疾病预防控制机构", JsonAt(read, Items + "0/name"));
        Assert.Equal("415.80", JsonAt(read, Items + "0/amount"));
        Assert.Equal("400.00", JsonAt(read, Items + "0/budget/budgetAmount"));
        Assert.Equal("420.00", JsonAt(read, Items + "0/secondBudget/budgetAmount"));
        Assert.Equal("突发公共卫生事件应急处理", JsonAt(read, Items + "1/name"));
        Assert.Equal("114.00", JsonAt(read, Items + "1/amount"));
        Assert.Equal("initial", JsonAt(read, Items + "1/budget/kind"));
        Assert.Equal("80.00", JsonAt(read, Items + "1/budget/budgetAmount"));
        Assert.Equal("fullYear", JsonAt(read, Items + "1/secondBudget/kind"));
        Assert.Equal("120.00", JsonAt(read, Items + "1/secondBudget/budgetAmount"));
        Assert.Equal("95.00", JsonAt(read, Items + "1/secondBudget/completionRate"));
        Assert.Equal("住房公积金", JsonAt(read, Items + "2/name"));
        Assert.Equal("53.20", JsonAt(read, Items + "2/amount"));
        Assert.Equal("50.00", JsonAt(read, Items + "2/budget/budgetAmount"));
        Assert.Null(JsonAt(read, Items + "3/name"));
    }

    /// <summary>
    /// The near miss: names listed after "、" at the end of a sentence ("主要用于：A（项）、B（项）。") head no sentence — the
    /// change after them is still the section total's, not the last name's.
    /// </summary>
    [Fact]
    public void NamesListedAfterEnumerationComma_HeadNoSentence()
    {
        var (read, diagnostics) = Read(ItemsHead.Replace("583.00万元。", "583.00万元，主要用于：疾病预防控制机构（项）、住房公积金（项）。",
            StringComparison.Ordinal) + "比上年增加40.00万元，增长7.37%，主要是疫情防控经费增加。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("40.00", JsonAt(read, "/narrative/generalBudget/total/change/amount"));
        Assert.Null(JsonAt(read, Items + "1/change/amount"));
        Assert.Null(JsonAt(read, Items + "0/change/amount"));
    }

    /// <summary>
    /// The property: whatever the figures, items written one per line as above each keep their own final and budgets, and no
    /// Error is raised (the completion rate written from the figures).
    /// </summary>
    [Property(MaxTest = 20)]
    public bool ItemsOnePerLine_Property(PositiveInt a, PositiveInt b, PositiveInt c)
    {
        var finals = new[] { a.Get % 900 + 10, b.Get % 900 + 10, c.Get % 900 + 10 };
        var names = new[]
        {
            "卫生健康支出（类）公共卫生（款）疾病预防控制机构（项）（2100401）",
            "卫生健康支出（类）公共卫生（款）突发公共卫生事件应急处理（项）（2100410）",
            "住房保障支出（类）住房改革支出（款）住房公积金（项）（2210201）",
        };
        var lines = new System.Text.StringBuilder();
        for (var i = 0; i < 3; i++)
        {
            var final = finals[i];
            var adjusted = final + 10;
            var rate = Math.Round(final * 100m / adjusted, 2, MidpointRounding.AwayFromZero);
            lines.Append(CultureInfo.InvariantCulture, $"{names[i]}。年初预算为{final - 5}.00万元，调整预算为{adjusted}.00万元，")
                .Append(CultureInfo.InvariantCulture, $"支出决算为{final}.00万元，完成调整预算的{rate:0.00}%")
                .Append(i < 2 ? "；\n" : "。\n");
        }

        var total = finals.Sum();
        var (read, diagnostics) = Read(ItemsHead.Replace("583.00", $"{total}.00", StringComparison.Ordinal) + lines);
        return RuleIds(diagnostics, Severity.Error).Length == 0
            && Enumerable.Range(0, 3).All(i => JsonAt(read, Items + i + "/amount") == $"{finals[i]}.00"
                && JsonAt(read, Items + i + "/secondBudget/budgetAmount") == $"{finals[i] + 10}.00"
                && JsonAt(read, Items + i + "/budget/budgetAmount") == $"{finals[i] - 5}.00");
    }

    // ---- 2. 2014: 收入合计 with 上年结转 in its 其中 list ---------------------------------------------------------------------

    /// <summary>
    /// "收入合计 X，其中：…，上年结转 C" is the grand total (收入总计), C the opening carry-over; "支出合计 Y，其中：…，结转下年 D" the
    /// expenditure grand total and D the closing one; 本年收入 and 本年支出 stated after are read (before: refused as another
    /// kind, and a false FA1211 ×2).
    /// </summary>
    [Fact]
    public void TotalWithCarryOverInItsList_IsTheGrandTotal()
    {
        var (read, diagnostics) = Read(OverviewHead
            + "2014年度收入合计620.40万元，其中：公共财政预算拨款560.00万元，其他收入20.40万元，上年结转40.00万元。\n"
            + "2014年度支出合计620.40万元，其中：基本支出300.00万元，项目支出270.40万元，结转下年50.00万元。\n"
            + "2014年度本年收入580.40万元，本年支出570.40万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("620.40", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("40.00", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("620.40", JsonAt(read, "/narrative/overall/expenditureGrandTotal/amount"));
        Assert.Equal("50.00", JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Equal("580.40", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("570.40", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
    }

    /// <summary>
    /// The near misses: a 本年收入合计 (the year's own total by name), or a 收入合计 whose carry-over is stated in another
    /// sentence, stays the year's income; no grand total is read from it.
    /// </summary>
    [Theory]
    [InlineData("2014年度本年收入合计580.40万元，其中：公共财政预算拨款560.00万元，其他收入20.40万元，上年结转40.00万元。")]
    [InlineData("2014年度收入合计580.40万元，其中：公共财政预算拨款560.00万元，其他收入20.40万元。上年结转40.00万元。")]
    public void TotalWithoutCarryOverInItsOwnList_StaysTheYearsIncome(string sentence)
    {
        var (read, _) = Read(OverviewHead + sentence + "\n");

        Assert.Equal("580.40", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
    }

    /// <summary>
    /// The property: for any parts, a 收入合计 whose list ends in 上年结转 is the grand total, the carry-over its opening
    /// balance, and no Error is raised.
    /// </summary>
    [Property(MaxTest = 20)]
    public bool TotalWithCarryOver_Property(PositiveInt a, PositiveInt b, PositiveInt c)
    {
        var (fiscal, other, carry) = (a.Get % 5000 + 1, b.Get % 500 + 1, c.Get % 300 + 1);
        var total = fiscal + other + carry;
        var (read, diagnostics) = Read(OverviewHead
            + $"2014年度收入合计{total}.00万元，其中：公共财政预算拨款{fiscal}.00万元，其他收入{other}.00万元，上年结转{carry}.00万元。\n");
        return RuleIds(diagnostics, Severity.Error).Length == 0
            && JsonAt(read, "/narrative/overall/incomeGrandTotal/amount") == $"{total}.00"
            && JsonAt(read, "/narrative/overall/openingCarryOver/amount") == $"{carry}.00"
            && JsonAt(read, "/narrative/overall/currentYearIncome/amount") is null;
    }

    // ---- 3. a budget with no subject after a 三公 其中 list -------------------------------------------------------------------

    /// <summary>
    /// "…公务接待费 4.50 万元。年初预算 14.00 万元，比年初预算减少 1.40 万元；比 2013 年减少 1.80 万元，下降 12.50%": the figures
    /// fit the total (14.00 − 1.40 = 12.60; 1.80 / 14.40 = 12.50%), not 接待 — the total's budget and change (before: 接待's,
    /// a false FA2104, FA2204 and FA2206).
    /// </summary>
    [Fact]
    public void BudgetAfterList_FittingTheTotal_IsTheTotals()
    {
        var (read, diagnostics) = Read(ThreePublicHead
            + "年初预算14.00万元，比年初预算减少1.40万元；比2013年减少1.80万元，下降12.50%。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("14.00", JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.Equal("1.80", JsonAt(read, ThreePublic + "total/change/amount"));
        Assert.Equal("12.50", JsonAt(read, ThreePublic + "total/change/rate"));
        Assert.Null(JsonAt(read, ThreePublic + "reception/budget/budgetAmount"));
        Assert.Null(JsonAt(read, ThreePublic + "reception/change/amount"));
    }

    /// <summary>A budget comparison that fits the last item only (5.00 − 0.50 = 4.50) stays that item's.</summary>
    [Fact]
    public void BudgetAfterList_FittingTheLastItem_IsTheItems()
    {
        var (read, diagnostics) = Read(ThreePublicHead + "年初预算5.00万元，比年初预算减少0.50万元。\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Equal("5.00", JsonAt(read, ThreePublic + "reception/budget/budgetAmount"));
        Assert.Null(JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
    }

    /// <summary>
    /// The near misses: figures that fit neither (14.00 − 2.00 is neither 12.60 nor 4.50) and a budget with nothing to compare
    /// are notes — never the last item's.
    /// </summary>
    [Theory]
    [InlineData("年初预算14.00万元，比年初预算减少2.00万元。")]
    [InlineData("年初预算14.00万元。")]
    public void BudgetAfterList_Undecided_IsANote(string sentence)
    {
        var (read, diagnostics) = Read(ThreePublicHead + sentence + "\n");

        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, ThreePublic + "reception/budget/budgetAmount"));
        Assert.Null(JsonAt(read, ThreePublic + "total/budget/budgetAmount"));
        Assert.True(Noted(read, "A budget comparison stated without a subject after a list of items"));
    }

    /// <summary>
    /// The property: a budget and its difference after the list go to the total exactly when budget − difference is the
    /// total, to 接待 when it is 接待's amount, and are a note otherwise; never an Error.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool BudgetAfterList_Property(PositiveInt budgetCents, PositiveInt differenceCents)
    {
        var budget = (budgetCents.Get % 3000 + 100) / 100m;
        var difference = (differenceCents.Get % 1500 + 1) / 100m;
        var final = budget - difference;
        var (read, diagnostics) = Read(ThreePublicHead
            + $"年初预算{budget.ToString("0.00", CultureInfo.InvariantCulture)}万元，比年初预算减少"
            + $"{difference.ToString("0.00", CultureInfo.InvariantCulture)}万元。\n");
        var total = JsonAt(read, ThreePublic + "total/budget/budgetAmount");
        var reception = JsonAt(read, ThreePublic + "reception/budget/budgetAmount");
        return RuleIds(diagnostics, Severity.Error).Length == 0
            && (final == 12.60m ? total is not null && reception is null
                : final == 4.50m ? reception is not null && total is null
                : total is null && reception is null);
    }

    // ---- 4. a change restated in another section without its reason -------------------------------------------------------

    private const string RestatedText = "某局2020年度部门决算说明\n一、收入支出决算总体情况说明\n"
        + "2020年度收入总计500.00万元，支出总计500.00万元。与2019年度相比，本年支出减少60.00万元，主要原因是上年一次性安排的"
        + "办公用房维修项目本年不再安排。\n三、支出决算情况说明\n本年支出合计480.00万元，较上年度减少60.00万元，下降11.11%。"
        + "其中：基本支出300.00万元，项目支出180.00万元。\n";

    /// <summary>
    /// "本年支出减少 60.00 万元，主要原因是…" in the overview, restated in 支出决算情况 without a reason: the restated change takes
    /// the reason (before: a false FA2106), with a note.
    /// </summary>
    [Fact]
    public void RestatedChange_TakesTheReasonGivenForIt()
    {
        var (read, diagnostics) = Read(RestatedText);

        Assert.Equal("上年一次性安排的办公用房维修项目本年不再安排。", JsonAt(read, "/narrative/expenditure/total/change/reason"));
        Assert.DoesNotContain("FA2106 /narrative/expenditure/total/change", Of(diagnostics, Severity.Warning));
        Assert.True(Noted(read, "A change restated in another section without its reason"));
    }

    /// <summary>
    /// The near misses: a reason given for a change of another amount (50.00), or for the income, is not carried over.
    /// </summary>
    [Theory]
    [InlineData("本年支出减少60.00万元，主要原因是", "本年支出减少50.00万元，主要原因是")]
    [InlineData("本年支出减少60.00万元，主要原因是", "本年收入减少60.00万元，主要原因是")]
    public void ChangeOfAnotherAmountOrFigure_TakesNoReason(string written, string instead)
    {
        var (read, _) = Read(RestatedText.Replace(written, instead, StringComparison.Ordinal));

        Assert.Null(JsonAt(read, "/narrative/expenditure/total/change/reason"));
        Assert.False(Noted(read, "A change restated in another section without its reason"));
    }

    /// <summary>
    /// Two changes with a reason each in one overview sentence ("本年收入增加…，主要原因是A；本年支出减少…，主要原因是B"): the first
    /// reason ends at the "；" before the expenditure's change, which is read with its own reason B — and its restatement in
    /// 支出决算情况 takes B (before: A swallowed the clause, and a false FA2106).
    /// </summary>
    [Fact]
    public void FlowChangeAfterAReason_EndsThatReason()
    {
        var text = RestatedText.Replace("与2019年度相比，本年支出减少60.00万元，",
            "与2019年度相比，本年收入增加30.00万元，主要原因是新增专项补助；本年支出减少60.00万元，", StringComparison.Ordinal);
        var (read, diagnostics) = Read(text);

        Assert.Equal("上年一次性安排的办公用房维修项目本年不再安排。", JsonAt(read, "/narrative/expenditure/total/change/reason"));
        Assert.DoesNotContain("FA2106 /narrative/expenditure/total/change", Of(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// The near miss: a reason list whose next clause names no year's flow ("；二是公用支出减少…") goes on as before — the
    /// restated change then has no reason of its own to take.
    /// </summary>
    [Fact]
    public void ReasonListClause_DoesNotEndTheReason()
    {
        var text = RestatedText.Replace("主要原因是上年一次性安排的办公用房维修项目本年不再安排。",
            "主要原因是：一是办公用房维修项目本年不再安排；二是公用支出减少10.00万元。", StringComparison.Ordinal);
        var (read, _) = Read(text);

        Assert.Contains("二是公用支出减少10.00万元", JsonAt(read, "/narrative/expenditure/total/change/reason"), StringComparison.Ordinal);
    }

    /// <summary>
    /// "决算数与调整预算数存在差异的主要原因是…" after item lines whose last item equals its adjusted budget: the item that differs
    /// (114.00 of 120.00) takes the reason too (before: only the last item had it, a false FA2206 on the other).
    /// </summary>
    [Fact]
    public void DifferenceReasonAfterTheList_ReachesTheDifferingItem()
    {
        var (read, diagnostics) = Read(ItemsHead + ItemLines + "决算数与调整预算数存在差异的主要原因是部分应急物资采购合同年底签订，尚未支付。\n");

        Assert.Equal("部分应急物资采购合同年底签订，尚未支付。", JsonAt(read, Items + "1/secondBudget/reason"));
        Assert.Equal("部分应急物资采购合同年底签订，尚未支付。", JsonAt(read, Items + "0/secondBudget/reason"));
        Assert.DoesNotContain(Of(diagnostics, Severity.Warning), w => w.StartsWith("FA2206 " + Items, StringComparison.Ordinal));
    }

    /// <summary>
    /// The near miss: when the last item itself differs (53.20 of 60.00), the reason is its own and the others take nothing.
    /// </summary>
    [Fact]
    public void DifferenceReason_OfADifferingLastItem_StaysItsOwn()
    {
        var (read, _) = Read(ItemsHead + ItemLines.Replace("调整预算为53.20万元", "调整预算为60.00万元", StringComparison.Ordinal)
            .Replace("完成调整预算的100.00%。", "完成调整预算的88.67%。", StringComparison.Ordinal)
            + "决算数与调整预算数存在差异的主要原因是部分应急物资采购合同年底签订，尚未支付。\n");

        Assert.Equal("部分应急物资采购合同年底签订，尚未支付。", JsonAt(read, Items + "2/secondBudget/reason"));
        Assert.Null(JsonAt(read, Items + "1/secondBudget/reason"));
    }
}
