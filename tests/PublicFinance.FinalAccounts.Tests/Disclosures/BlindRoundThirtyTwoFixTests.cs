using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 32's families (issue 8, session 34), on invented texts of our own wording and numbers: a 类 line without
/// figures before its "（1）款（项）：" items (E1, a false FA1208); the prior year's figure in a clause of its own before the
/// change (a planted wrong change went unchecked); a reason sentence that names its subject after an item list (W1, a
/// false FA2106).
/// </summary>
public class BlindRoundThirtyTwoFixTests
{
    // ---- E1: a 类 line alone, then its items ------------------------------------------------------------------------

    private const string ClassLines = "某县文化中心2019年度部门决算说明\n一、财政拨款支出决算情况说明\n2019年度财政拨款支出800.00万元。\n"
        + "{0}教育支出（类）\n"
        + "{1}普通教育（款）小学教育（项）：年初预算为300.00万元，支出决算为320.00万元，完成年初预算的106.67%，主要原因是增加校舍维修经费。\n"
        + "{2}普通教育（款）初中教育（项）：年初预算为250.00万元，支出决算为240.00万元，完成年初预算的96.00%，主要原因是节约公用经费。\n"
        + "{3}社会保障和就业支出（类）\n"
        + "{1}行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算为60.00万元，支出决算为62.40万元，"
        + "完成年初预算的104.00%，主要原因是缴费基数调整。\n";

    /// <summary>
    /// The 类 line opens its items: each "（1）款（项）：" line is an item of <c>appropriation/items</c> under that 类, with its own
    /// budget, final and rate (320.00 / 300.00 = 106.67%, 240.00 / 250.00 = 96.00%, 62.40 / 60.00 = 104.00%), and the
    /// 财政拨款 total (800.00) has no budget comparison. Before, the first item's 300.00 / 320.00 / 106.67% became the total's
    /// budget and FA1208 compared 320.00 with 800.00 (a false Error).
    /// </summary>
    [Theory]
    [InlineData("1.", "（1）", "（2）", "2.")]
    [InlineData("1.", "①", "②", "2.")]
    [InlineData("1、", "（1）", "（2）", "2、")]
    public void ClassLineAlone_OpensItsItems_NeverTheTotalsBudget(string classMark, string first, string second, string nextClass)
    {
        var (read, diagnostics) = Read(Fill(ClassLines, classMark, first,
            second, nextClass));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(RuleIds(diagnostics, Severity.Error), id => id == "FA1208");
        Assert.Null(JsonAt(read, "/narrative/appropriation/budget"));
        Assert.Equal("800.00", JsonAt(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        const string Items = "/narrative/appropriation/items/";
        Assert.Equal("教育支出", JsonAt(read, Items + "0/className"));
        Assert.Equal("小学教育", JsonAt(read, Items + "0/name"));
        Assert.Equal("320.00", JsonAt(read, Items + "0/amount"));
        Assert.Equal("300.00", JsonAt(read, Items + "0/budget/budgetAmount"));
        Assert.Equal("106.67", JsonAt(read, Items + "0/budget/completionRate"));
        Assert.Equal("教育支出", JsonAt(read, Items + "1/className"));
        Assert.Equal("初中教育", JsonAt(read, Items + "1/name"));
        Assert.Equal("240.00", JsonAt(read, Items + "1/amount"));
        Assert.Equal("96.00", JsonAt(read, Items + "1/budget/completionRate"));
        Assert.Equal("社会保障和就业支出", JsonAt(read, Items + "2/className"));
        Assert.Equal("2080505", JsonAt(read, Items + "2/code"));
        Assert.Equal("62.40", JsonAt(read, Items + "2/amount"));
        Assert.Equal("60.00", JsonAt(read, Items + "2/budget/budgetAmount"));
        Assert.Null(JsonAt(read, Items + "3"));
    }

    /// <summary>
    /// "2.行政事业单位养老支出（款）事业单位离退休（项）：…" after "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险
    /// 缴费支出（项）：…" does not repeat its 类: it is the 类 of the item before (its second item, 45.00 / 50.00 = 90.00%), not
    /// a note with none of its figures read.
    /// </summary>
    [Theory]
    [InlineData("2.")]
    [InlineData("（2）")]
    public void ItemWithoutItsClass_AfterAnItemNamingIt_IsThatClasssItem(string mark)
    {
        var text = "某县文化中心2019年度部门决算说明\n一、财政拨款支出决算情况说明\n2019年度财政拨款支出300.00万元。\n"
            + "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算为80.00万元，"
            + "支出决算为84.00万元，完成年初预算的105.00%，主要原因是缴费基数调整。\n"
            + mark + "行政事业单位养老支出（款）事业单位离退休（项）：年初预算为50.00万元，支出决算为45.00万元，完成年初预算的90.00%，"
            + "主要原因是退休人员减少。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/appropriation/budget"));
        Assert.Equal("社会保障和就业支出", JsonAt(read, "/narrative/appropriation/items/1/className"));
        Assert.Equal("事业单位离退休", JsonAt(read, "/narrative/appropriation/items/1/name"));
        Assert.Equal("45.00", JsonAt(read, "/narrative/appropriation/items/1/amount"));
        Assert.Equal("90.00", JsonAt(read, "/narrative/appropriation/items/1/budget/completionRate"));
    }

    /// <summary>Without a 类 before it (none on a line of its own, none with the item before), such a line stays a note.</summary>
    [Fact]
    public void ItemWithoutAnyClass_StaysANote()
    {
        var text = "某县文化中心2019年度部门决算说明\n一、财政拨款支出决算情况说明\n2019年度财政拨款支出300.00万元。\n"
            + "（1）行政事业单位养老支出（款）事业单位离退休（项）：年初预算为50.00万元，支出决算为45.00万元，完成年初预算的90.00%。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/appropriation/items"));
        Assert.Null(JsonAt(read, "/narrative/appropriation/budget"));
        Assert.True(Noted(read, "functional classification entry"));
    }

    // ---- the prior year's figure in its own clause -----------------------------------------------------------------

    private const string Expenditure = "某县某中心2019年度部门决算说明\n二、支出决算情况说明\n2019年度本年支出合计630.50万元，{0}，"
        + "比上年增加{1}万元，增长8.67%，主要原因是新增业务培训项目。\n";

    /// <summary>
    /// "本年支出合计 630.50 万元，上年… 580.20 万元，比上年增加 50.30 万元，增长 8.67%，主要原因是…": 580.20 is the total's prior-year
    /// amount, and the change (630.50 − 580.20 = 50.30), its rate (50.30 / 580.20 = 8.67%) and its reason are the total's.
    /// Before, the prior figure was "another kind" for the total, and the change, the rate and the reason were dropped.
    /// </summary>
    [Theory]
    [InlineData("上年支出合计580.20万元")]
    [InlineData("上年为580.20万元")]
    [InlineData("上年决算数为580.20万元")]
    [InlineData("上年度支出合计为580.20万元")]
    [InlineData("2018年度支出合计580.20万元")]
    public void PriorClause_BeforeTheChange_IsTheFiguresPrior(string prior)
    {
        var (read, diagnostics) = Read(Fill(Expenditure, prior, "50.30"));
        Assert.Empty(Errors(diagnostics));
        const string Change = "/narrative/expenditure/total/change/";
        Assert.Equal("580.20", JsonAt(read, Change + "priorYearAmount"));
        Assert.Equal("50.30", JsonAt(read, Change + "amount"));
        Assert.Equal("increase", JsonAt(read, Change + "direction"));
        Assert.Equal("8.67", JsonAt(read, Change + "rate"));
        Assert.Equal("新增业务培训项目。", JsonAt(read, Change + "reason"));
    }

    /// <summary>A change that is not current − prior (630.50 − 580.20 = 50.30, stated 52.30) is now an Error, FA2105.</summary>
    [Theory]
    [InlineData("上年支出合计580.20万元")]
    [InlineData("上年为580.20万元")]
    public void PriorClause_WithAWrongChange_IsFA2105(string prior)
    {
        var (_, diagnostics) = Read(Fill(Expenditure, prior, "52.30"));
        Assert.Contains(RuleIds(diagnostics, Severity.Error), id => id == "FA2105");
    }

    /// <summary>
    /// A prior-year clause that names another figure ("上年基本支出"), or one after which no change follows, is not the
    /// total's prior amount.
    /// </summary>
    [Theory]
    [InlineData("2019年度本年支出合计630.50万元，上年基本支出500.00万元，比上年增加50.30万元。\n")]
    [InlineData("2019年度本年支出合计630.50万元，上年支出合计580.20万元。\n")]
    public void PriorClause_OfAnotherFigureOrWithoutChange_IsNotThePrior(string sentence)
    {
        var (read, _) = Read("某县某中心2019年度部门决算说明\n二、支出决算情况说明\n" + sentence);
        Assert.Null(JsonAt(read, "/narrative/expenditure/total/change/priorYearAmount"));
    }

    // ---- W1: a reason sentence naming its subject after the items ----------------------------------------------------

    private const string ThreePublic = "某县某局2019年度部门决算说明\n三、“三公”经费财政拨款支出决算情况说明\n2019年度“三公”经费财政拨款支出"
        + "15.80万元，比上年减少1.90万元，下降10.73%。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费12.30万元，"
        + "比上年减少1.20万元；公务接待费3.50万元，比上年减少0.70万元。{0}严格控制公务用车使用。\n";

    /// <summary>
    /// "“三公”经费减少的主要原因是…" after the items (0 + 12.30 + 3.50 = 15.80; 1.20 + 0.70 = 1.90; 1.90 / 17.70 = 10.73%) is
    /// the total's reason: no FA2106 on the total, and the last item (接待) does not take it. Before, the reception's change
    /// took it and the total warned.
    /// </summary>
    [Theory]
    [InlineData("“三公”经费减少的主要原因是")]
    [InlineData("“三公”经费支出下降的原因主要是")]
    [InlineData("“三公”经费减少的原因是")]
    public void ReasonNamingTheTotal_IsTheTotals(string head)
    {
        var (read, diagnostics) = Read(Fill(ThreePublic, head));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(Of(diagnostics, Severity.Warning), w => w == "FA2106 /narrative/threePublic/total/change");
        Assert.Equal("严格控制公务用车使用。", JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/reception/change/reason"));
    }

    /// <summary>A head whose direction is not the total's (增加 against a decrease) does not explain the total.</summary>
    [Fact]
    public void ReasonNamingTheTotal_OtherDirection_IsNotTheTotals()
    {
        var (read, _) = Read(Fill(ThreePublic, "“三公”经费增加的主要原因是"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/reason"));
    }

    /// <summary><paramref name="template"/> with each "{i}" replaced by <paramref name="parts"/>[i].</summary>
    private static string Fill(string template, params string[] parts)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            template = template.Replace("{" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", parts[i],
                StringComparison.Ordinal);
        }

        return template;
    }
}
