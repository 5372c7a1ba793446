using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 56 (units56, blind round 52 t04's family, our own invented 公共资源交易中心 texts): a 说明 whose 决算 amounts are all in
/// 元 with thousands separators (<c>本年收入合计12,846,503.27元</c>) while its 概况 states the business the department runs in
/// 亿元 (<c>完成交易额86.45亿元</c>). At the base (d39961e0) any 亿元 refused the 元 document: the report stayed in 万元, every
/// 元 amount was converted with six decimals (an FA8005 Info each) and a wrong rate's FA2104 printed the converted figures
/// (<c>分子 95.993877</c>) — none of the text's own. Run the base CLI's <c>extract</c> on <see cref="Text"/>'s output:
/// <c>"unit": "wanYuan"</c> and <c>"amount": "1284.650327"</c>, so the facts below fail there.
/// </summary>
public sealed class YuanDocumentSessionFiftySixTests
{
    /// <summary>
    /// The invented text: a 概况 with <paramref name="yiFigures"/> 亿元 business figures (at most three), then totals, income
    /// parts and the 三公 total in 元. Amounts in hundredths; <paramref name="statedRate"/> replaces the expenditure's rate.
    /// </summary>
    internal static string Text(long appropriation, long other, long basic, long project, long priorExpenditure,
        int yiFigures = 3, string? statedRate = null)
    {
        string[] business = ["完成交易额86.45亿元", "节约财政资金3.12亿元", "收取保证金21.08亿元"];
        var income = appropriation + other;
        var expenditure = basic + project;
        var change = expenditure - priorExpenditure;
        var rate = statedRate ?? PercentOf(Math.Abs(change), priorExpenditure);
        return "某市公共资源交易中心2022年度部门决算说明\n"
            + "一、部门基本情况\n"
            + "本中心为市政府直属公益一类事业单位，内设5个科室。2022年全市进场交易项目1,236宗"
            + string.Concat(business.Take(yiFigures).Select(b => "，" + b)) + "。\n"
            + "二、收入支出决算总体情况\n"
            + $"2022年度本年收入合计{GroupedMoney(income)}元；本年支出合计{GroupedMoney(expenditure)}元，较上年"
            + $"{(change >= 0 ? "增加" : "减少")}{GroupedMoney(Math.Abs(change))}元，{(change >= 0 ? "增长" : "下降")}{rate}%，"
            + "主要原因是电子交易平台升级。\n"
            + "三、收入决算情况\n"
            + $"本年收入合计{GroupedMoney(income)}元，其中：财政拨款收入{GroupedMoney(appropriation)}元，"
            + $"占{PercentOf(appropriation, income)}%；其他收入{GroupedMoney(other)}元，占{PercentOf(other, income)}%。\n"
            + "四、支出决算情况\n"
            + $"本年支出合计{GroupedMoney(expenditure)}元，其中：基本支出{GroupedMoney(basic)}元，占{PercentOf(basic, expenditure)}%；"
            + $"项目支出{GroupedMoney(project)}元，占{PercentOf(project, expenditure)}%。\n";
    }

    private static readonly string Clean = Text(1_263_418_245, 21_232_082, 854_120_318, 401_873_559, 1_160_000_000);

    /// <summary>The 元 document with three 亿元 business figures keeps its unit and every 元 amount as written; no Error.</summary>
    [Fact]
    public void YuanDocument_WithYiYuanBusinessFigures_KeepsTheAmountsAsWritten()
    {
        var (read, diagnostics) = Read(Clean);
        Assert.Equal("yuan", JsonAt(read, "/unit"));
        Assert.Equal("12846503.27", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("12559938.77", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("8541203.18", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8005");   // no 元 amount converted
    }

    /// <summary>
    /// A wrong rate (its digits swapped) is one FA2104 Error that names the 元 figures as written (numerator and
    /// denominator), so a reader finds them in the text.
    /// </summary>
    [Fact]
    public void WrongRate_IsNamedInYuan()
    {
        var text = Text(1_263_418_245, 21_232_082, 854_120_318, 401_873_559, 1_160_000_000, statedRate: "8.82");
        var (_, diagnostics) = Read(text);
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2104", error.RuleId);
        Assert.Contains("95993877", error.MessageEn.Replace(".", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("1160000000", error.MessageEn.Replace(".", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>A 亿元 figure of the 概况 is never placed as a 元 report figure (5237000000 would claim a precision the text
    /// does not have): the 亿元 amounts are coarser than the report's 元.</summary>
    [Fact]
    public void YiYuanFigure_IsNotPlacedInYuan()
    {
        var (read, _) = Read(Clean);
        Assert.DoesNotContain(read.Claims, c => c.Value is "8645000000" or "8645000000.00" or "864500");
    }

    /// <summary>
    /// Property: for any amounts and one to three 亿元 business figures, the report is in 元, the totals read back as written
    /// and a clean text has no Error.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property AnyAmounts_ReadBackInYuan()
    {
        var gen =
            from appropriation in Gen.Choose(1_000_000, 900_000_000)
            from other in Gen.Choose(1_000, 90_000_000)
            from basic in Gen.Choose(1_000_000, 600_000_000)
            from project in Gen.Choose(1_000, 300_000_000)
            from prior in Gen.Choose(1_000_000, 900_000_000)
            from yi in Gen.Choose(1, 3)
            select (appropriation, other, basic, project, prior, yi);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (read, diagnostics) = Read(Text(t.appropriation, t.other, t.basic, t.project, t.prior, t.yi));
            return (JsonAt(read, "/unit") == "yuan"
                && JsonAt(read, "/narrative/overall/currentYearIncome/amount") == PlainMoney((long)t.appropriation + t.other)
                && JsonAt(read, "/narrative/income/fiscalAppropriation/amount") == PlainMoney(t.appropriation)
                && Errors(diagnostics).Length == 0).Label(string.Join(",", Errors(diagnostics)));
        });
    }

    /// <summary>
    /// The other way: a text whose amounts are mostly in 亿元 with a 元 figure or two stays out of the 元 unit (as at the
    /// base): the 亿元 amounts are its own, and two 元 figures do not outnumber them twice.
    /// </summary>
    [Fact]
    public void MostlyYiYuanText_IsNoYuanDocument()
    {
        const string Text = "某省交通运输厅2022年度部门决算说明\n本年收入合计312.48亿元，本年支出合计305.16亿元，年末结转7.32亿元。"
            + "公务接待费56,320.00元，会议费12,800.00元，培训费8,400.00元。";
        Assert.False(PublicFinance.FinalAccounts.Disclosures.NarrativeReader.IsYuanDocument(Text, out _));
    }
}
