using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 39 (issue 8; blind round 36's family E), on invented texts of our own wording and numbers: the 2015–2017 names of
/// the 财政拨款收入 without 收入 (公共财政拨款, 公共财政预算拨款, 一般预算财政拨款) in the income breakdown of the overview and
/// of the 收入 section are <c>income/fiscalAppropriation</c>, with their share; 公共财政 in another word never is.
/// </summary>
public class OlderIncomeWordingTests
{
    private const string Title = "某县农业技术推广站2016年度部门决算说明\n";

    private const string Overview = "一、收入支出决算总体情况\n";

    /// <summary>
    /// The overview's 收入合计 and its parts in the next sentence after a reason: 1410.20 + 110.10 = 1520.30 (FA1211 holds), the
    /// share 92.8 is the part's (1410.20 / 1520.30 = 92.76%).
    /// </summary>
    [Theory]
    [InlineData("公共财政拨款")]
    [InlineData("公共财政预算拨款")]
    [InlineData("一般预算财政拨款")]
    [InlineData("公共财政预算财政拨款")]
    public void OverviewPart_OlderName_IsTheAppropriationIncome(string name)
    {
        var (read, diagnostics) = Read(Title + Overview
            + "2016年度收入合计1,520.30万元，比上年增加80.10万元，增长5.56%，主要是人员工资标准提高。其中：" + name
            + "1,410.20万元，占92.8%；事业收入110.10万元。\n支出合计1,500.00万元，其中：基本支出1,200.00万元，项目支出300.00万元。\n");
        Assert.Equal("1410.20", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("92.8", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("110.10", JsonAt(read, "/narrative/income/serviceIncome/amount"));
        Assert.False(Noted(read, "could not place"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The 收入 section's breakdown with 公共财政预算拨款 (no key of the section held it) and 一般预算拨款: 800.50 + 60.00 = 860.50.
    /// </summary>
    [Theory]
    [InlineData("公共财政预算拨款")]
    [InlineData("一般预算拨款")]
    [InlineData("公共财政拨款")]
    public void IncomeSection_OlderName_IsTheAppropriationIncome(string name)
    {
        var (read, diagnostics) = Read(Title + Overview + "2016年度本年收入合计860.50万元，本年支出合计850.00万元。\n"
            + "二、收入决算情况\n本年收入合计860.50万元，其中：" + name + "800.50万元，占93.03%；其他收入60.00万元，占6.97%。\n");
        Assert.Equal("800.50", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("93.03", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("60.00", JsonAt(read, "/narrative/income/otherIncome/amount"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>A planted sum error with the older name: 1410.20 + 110.10 = 1520.30, above the stated 1500.30 — FA1211's Error (the
    /// overview's 本年收入 against its parts, the 收入 section stating no total; parts below it would be a partial list).</summary>
    [Fact]
    public void OverviewPart_OlderName_PlantedSumError_IsFound()
    {
        var (_, diagnostics) = Read(Title + Overview
            + "2016年度收入合计1,500.30万元。其中：公共财政拨款1,410.20万元；事业收入110.10万元。\n"
            + "支出合计1,500.00万元，其中：基本支出1,200.00万元，项目支出300.00万元。\n");
        Assert.Equal(["FA1211"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// 公共财政 in other words is no income part: after the expenditure total (the subject is no income figure), in a longer
    /// name (公共财政拨款结转), and beside a 政府性基金 part (then one part of the 财政拨款收入: the note it was).
    /// </summary>
    [Theory]
    [InlineData("支出合计1,500.00万元，其中：公共财政拨款1,410.20万元。")]
    [InlineData("收入合计1,520.30万元，其中：公共财政拨款结转1,410.20万元。")]
    [InlineData("收入合计1,520.30万元，其中：公共财政拨款1,410.20万元，政府性基金拨款110.10万元。")]
    public void OlderName_Elsewhere_IsNoIncomePart(string sentence)
    {
        var (read, _) = Read(Title + Overview + "2016年度" + sentence + "\n");
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
    }

    /// <summary>公共财政预算 as a heading word opens no figure: the heading's section reads its own figures as before.</summary>
    [Fact]
    public void OlderHeadingWord_IsNoFigure()
    {
        var (read, diagnostics) = Read(Title + Overview + "2016年度收入合计860.50万元，支出合计850.00万元。\n"
            + "二、公共财政预算拨款支出决算情况\n2016年度公共财政预算拨款支出800.50万元，比上年增加20.00万元，增长2.56%。\n");
        Assert.Null(JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("800.50", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }
}
