using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Three reader bugs an outside review found after session 20 (issue 8, precision), each with an invented text of its own:
/// a rate word (减幅 / 降幅为) right after a budget difference is the difference's rate, not the year-over-year one; the
/// section's own change and budget after a list of coded 项 are the section's again; and a 项 listed in the sentence of its
/// stated 类 (a list of its main items) is not placed, so 类 = Σ 项 (FA1205) cannot be a false Error. Each text is
/// consistent, so no Error may be raised on it.
/// </summary>
public class ReviewFixesSessionTwentyBTests
{
    private const string GeneralBudget = "某县某局2024年度部门决算说明\n一、一般公共预算财政拨款支出决算情况\n";

    /// <summary>
    /// "比年初预算减少 40.00 万元，减幅 6.25%" then "与上年相比，增加 24.00 万元，增长 4.17%": the budget is 600.00 + 40.00 =
    /// 640.00 and 40.00 / 640.00 = 6.25% (the variance rate); the prior year is 600.00 − 24.00 = 576.00 and 24.00 / 576.00 =
    /// 4.1667% → 4.17% (the change's own rate). Before, 6.25 became the change's rate (FA2104 "stated 6.25%, gives 4.17%",
    /// FA2103 on the direction) and the budget's reason went to the change (FA2206 on the budget).
    /// </summary>
    [Theory]
    [InlineData("减幅")]
    [InlineData("降幅为")]
    [InlineData("减幅达")]
    public void ARateWord_AfterABudgetDifference_IsTheVarianceRate(string word)
    {
        var (read, diagnostics) = Read(GeneralBudget
            + "2024年度一般公共预算财政拨款支出600.00万元，比年初预算减少40.00万元，" + word + "6.25%，主要原因是项目延期。"
            + "与上年相比，增加24.00万元，增长4.17%。\n");
        const string Total = "/narrative/generalBudget/total/";
        Assert.Equal("600.00", At(read, Total + "amount"));
        Assert.Equal("40.00", At(read, Total + "budget/difference"));
        Assert.Equal("6.25", At(read, Total + "budget/varianceRate"));
        Assert.Equal("24.00", At(read, Total + "change/amount"));
        Assert.Equal("4.17", At(read, Total + "change/rate"));
        var total = read.Report.Narrative!.GeneralBudget!.Total!;
        Assert.Equal("项目延期", total.Budget!.Reason?.TrimEnd('。'));
        Assert.Null(total.Change!.Reason);
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA2103" or "FA2104" or "FA2206");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A rate word that names a basis of its own ("同比增幅") is not a rate word alone; a bare one, with 为 or 达, is.
    /// </summary>
    [Theory]
    [InlineData("减幅", true)]
    [InlineData("增幅为", true)]
    [InlineData(" 降幅达 ", true)]
    [InlineData("涨幅", true)]
    [InlineData("同比增幅", false)]
    [InlineData("增减幅度", false)]
    [InlineData("下降", false)]
    public void OnlyRateWord_IsABareRateWord(string label, bool expected)
        => Assert.Equal(expected, NarrativeReader.OnlyRateWord(label));

    /// <summary>
    /// "…支出 600.00 万元，其中：行政运行（2010301）400.00 万元，一般行政管理事务（2010302）200.00 万元。比上年增加 24.00 万元…年初预算为
    /// 625.00 万元，完成年初预算的 96.00%": the list's sentence ends, and the change and budget are the section total's again.
    /// By hand: 400.00 + 200.00 = 600.00; 24.00 / (600.00 − 24.00) = 4.1667% → 4.17%; 600.00 / 625.00 = 96.00%. Before, the
    /// subject was cleared after the list: only 600, 400 and 200 were read and the four figures after them were notes.
    /// </summary>
    [Fact]
    public void TheSectionsChangeAndBudget_AfterAListOfItems_AreTheSections()
    {
        var (read, diagnostics) = Read(GeneralBudget
            + "2024年度一般公共预算财政拨款支出600.00万元，其中：行政运行（2010301）400.00万元，一般行政管理事务（2010302）200.00万元。"
            + "比上年增加24.00万元，增长4.17%，主要原因是人员增加。年初预算为625.00万元，完成年初预算的96.00%。\n");
        const string Total = "/narrative/generalBudget/total/";
        Assert.Equal("600.00", At(read, Total + "amount"));
        Assert.Equal("24.00", At(read, Total + "change/amount"));
        Assert.Equal("4.17", At(read, Total + "change/rate"));
        Assert.Equal("625.00", At(read, Total + "budget/budgetAmount"));
        Assert.Equal("96.00", At(read, Total + "budget/completionRate"));
        Assert.Equal("人员增加", read.Report.Narrative!.GeneralBudget!.Total!.Change!.Reason?.TrimEnd('。'));

        // The items keep only their amounts.
        var items = read.Report.Narrative.GeneralBudget.Items;
        Assert.Equal(["2010301", "2010302"], items.Select(i => i.Code!.Value.Value));
        Assert.Equal("400.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("200.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.All(items, i => Assert.Null(i.Change));
        Assert.All(items, i => Assert.Null(i.Budget));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// "一般公共服务支出（类）400.00 万元，主要用于：行政运行（2010301）300.00 万元": the 项 list of a stated 类 written in its
    /// sentence may hold only its main items (300.00 of 400.00 here), so the 项 is a note, not an item — before, FA1205 said
    /// "stated 400.00, items sum to 300.00" (a false Error). The 类 keeps its amount.
    /// </summary>
    [Theory]
    [InlineData("主要用于：")]
    [InlineData("其中：")]
    [InlineData("主要包括")]
    public void AnItemListedInItsClasssSentence_IsNotPlaced(string words)
    {
        var (read, diagnostics) = Read(GeneralBudget
            + "一般公共服务支出（类）400.00万元，" + words + "行政运行（2010301）300.00万元。\n");
        Assert.Equal("400.00", At(read, "/narrative/generalBudget/classes/0/amount"));
        Assert.Empty(read.Report.Narrative!.GeneralBudget!.Items);
        Assert.Null(At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal(1, read.Notes.Count(n => n.MessageEn == DisclosureMessages.ItemOfStatedClass.En));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1205");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The same 项 in a sentence of its own after its 类 is still the 项's own entry (the session-20 reading): 400.00 =
    /// 300.00 + 100.00, so its rollup holds.
    /// </summary>
    [Fact]
    public void AnItemInASentenceOfItsOwn_IsStillPlaced()
    {
        var (read, diagnostics) = Read(GeneralBudget
            + "一般公共服务支出（类）400.00万元。行政运行（2010301）300.00万元。一般行政管理事务（2010302）100.00万元。\n");
        Assert.Equal("300.00", At(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("100.00", At(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal(0, read.Notes.Count(n => n.MessageEn == DisclosureMessages.ItemOfStatedClass.En));
        Assert.Empty(Errors(diagnostics));
    }
}
