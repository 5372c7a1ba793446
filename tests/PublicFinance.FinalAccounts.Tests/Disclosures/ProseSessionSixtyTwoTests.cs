using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 62 (prose62, narrative figures blind round 58 showed the reader missed; our own invented 农机推广站, 湿地公园管理处,
/// 畜牧技术服务中心, 水土保持站 and 疾病预防控制中心 texts). Numbered headings run into their text — an Arabic number ("3、…情况。"),
/// a statement's name without 情况 ("（三）财政拨款支出决算。"), a fund's 财政拨款支出 alone ("（三）一般公共预算财政拨款支出。") — enter
/// their section, so the statement's total and its 项 lines are read; a short heading with a bracketed unit declaration
/// ("二、收入支出决算情况（单位：千元）") enters the overview; the assets' total after a purchase sentence is no movement; a bare
/// 小微 share continuing the SME share's base is read when it agrees with the total.
/// </summary>
public sealed class ProseSessionSixtyTwoTests
{
    private const string GeneralBudget = "/narrative/generalBudget/";
    private const string Appropriation = "/narrative/appropriation/";

    /// <summary>An invented 农机推广站 text whose sub-headings are numbered "1、" and closed by '。'.</summary>
    internal static string ArabicHeadingText(string firstItemRate = "4.02")
        => "某县农机推广站2022年度单位决算公开说明\n\n"
            + "二、收入支出决算情况\n"
            + "1、收入情况。2022年度收入合计482.60万元，比上年增加21.40万元，增长4.64%。其中：财政拨款收入470.20万元，占97.43%；"
            + "其他收入12.40万元，占2.57%。\n"
            + "2、支出情况。2022年度支出合计478.30万元，比上年增加18.30万元，增长3.98%。其中：基本支出402.10万元，占84.07%；"
            + "项目支出76.20万元，占15.93%。\n"
            + "3、一般公共预算财政拨款支出情况。2022年度一般公共预算财政拨款支出470.20万元，比上年增加16.50万元，增长3.64%。其中：\n"
            + $"事业运行（2130104）318.60万元，比上年增加12.30万元，增长{firstItemRate}%；\n"
            + "病虫害控制（2130108）64.80万元，比上年减少3.20万元，下降4.71%，主要原因是防控物资采购减少；\n"
            + "住房公积金（2210201）86.80万元，与上年持平；\n";

    /// <summary>"3、一般公共预算财政拨款支出情况。…": the statement's total, its change and each 项 line (without a list number).</summary>
    [Fact]
    public void ArabicNumberedHeading_EntersTheGeneralBudget()
    {
        var (read, diagnostics) = Read(ArabicHeadingText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("470.20", JsonAt(read, GeneralBudget + "total/amount"));
        Assert.Equal("16.50", JsonAt(read, GeneralBudget + "total/change/amount"));
        Assert.Equal("3.64", JsonAt(read, GeneralBudget + "total/change/rate"));
        Assert.Equal("2130104", JsonAt(read, GeneralBudget + "items/0/code"));
        Assert.Equal("318.60", JsonAt(read, GeneralBudget + "items/0/amount"));
        Assert.Equal("4.02", JsonAt(read, GeneralBudget + "items/0/change/rate"));
        Assert.Equal("64.80", JsonAt(read, GeneralBudget + "items/1/amount"));
        Assert.Equal("3.20", JsonAt(read, GeneralBudget + "items/1/change/amount"));
        Assert.Equal("86.80", JsonAt(read, GeneralBudget + "items/2/amount"));
        Assert.Equal("478.30", JsonAt(read, "/narrative/expenditure/total/amount"));   // the all-funds figure stays the expenditure's
    }

    /// <summary>A planted 项 rate (4.20 for 4.02) is exactly one Error, FA2104 on that item.</summary>
    [Fact]
    public void ArabicNumberedHeading_PlantedItemRate_IsOneError()
    {
        var (_, diagnostics) = Read(ArabicHeadingText("4.20"));
        Assert.Equal(["FA2104 " + GeneralBudget + "items/0/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>An invented 湿地公园管理处 text in 元 whose sub-headings are a statement's name closed by '。'.</summary>
    internal static string StatementNameText(string firstItem = "4,215,300.00")
        => "某市湿地公园管理处2022年度单位决算公开\n\n"
            + "二、收入支出决算情况\n"
            + "（一）收入决算。2022年度本年收入合计5,326,418.20元，同比增长2.10%。其中：财政拨款收入4,826,418.20元，占90.61%；"
            + "事业收入500,000.00元，占9.39%。\n"
            + "（二）支出决算。2022年度本年支出合计5,298,120.40元，同比下降1.20%，主要原因是栈道维修项目完工。其中：基本支出"
            + "3,842,600.00元，占72.53%；项目支出1,455,520.40元，占27.47%。\n"
            + "（三）财政拨款支出决算。2022年度财政拨款支出4,798,120.40元，同比增长1.35%。其中：\n"
            + $"1.其他城乡社区公共设施支出（2120399）{firstItem}元，上年4,160,020.50元，同比增长1.33%；\n"
            + "2.事业单位医疗（2101102）132,400.20元，上年128,600.00元，同比增长2.96%；\n"
            + "3.住房公积金（2210201）450,420.20元，上年445,200.00元，同比增长1.17%；\n";

    /// <summary>"（三）财政拨款支出决算。…" in 元: the 财政拨款 statement's total and each item with its prior year and rate.</summary>
    [Fact]
    public void StatementNameHeading_EntersTheAppropriation()
    {
        var (read, diagnostics) = Read(StatementNameText());
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("4798120.40", JsonAt(read, Appropriation + "currentYearExpenditure/amount"));
        Assert.Equal("1.35", JsonAt(read, Appropriation + "change/rate"));
        Assert.Equal("2120399", JsonAt(read, Appropriation + "items/0/code"));
        Assert.Equal("4215300.00", JsonAt(read, Appropriation + "items/0/amount"));
        Assert.Equal("4160020.50", JsonAt(read, Appropriation + "items/0/change/priorYearAmount"));
        Assert.Equal("1.33", JsonAt(read, Appropriation + "items/0/change/rate"));
        Assert.Equal("450420.20", JsonAt(read, Appropriation + "items/2/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/change/rate"));   // before: the 财政拨款 rate went to the overview
    }

    /// <summary>A planted item amount (its rate no longer fits its prior year) is exactly one Error, FA2104 on that item.</summary>
    [Fact]
    public void StatementNameHeading_PlantedItem_IsOneError()
    {
        var (_, diagnostics) = Read(StatementNameText("4,251,300.00"));
        Assert.Equal(["FA2104 " + Appropriation + "items/0/change/rate"], Of(diagnostics, Severity.Error));
    }

    /// <summary>An invented 畜牧技术服务中心 text in 千元 whose overview heading declares the unit in brackets.</summary>
    internal const string ThousandYuanText = "某市畜牧技术服务中心2016年度单位决算说明\n\n"
        + "一、单位基本情况\n"
        + "本中心内设科室4个，在职职工36人。\n\n"
        + "二、收入支出决算情况（单位：千元）\n"
        + "（一）收入。2016年度本年收入合计5,218.4千元，较上年增加412.6千元，增长8.59%。其中：一般公共预算财政拨款收入5,102.8千元，"
        + "占97.78%；其他收入115.6千元，占2.22%。\n"
        + "（二）支出。2016年度本年支出合计5,106.2千元，较上年增加380.5千元，增长8.05%。其中：基本支出3,920.1千元，占76.77%；"
        + "项目支出1,186.1千元，占23.23%。\n"
        + "（三）一般公共预算财政拨款支出。2016年度一般公共预算财政拨款支出5,010.4千元，较上年增加362.0千元，增长7.79%。\n";

    /// <summary>The 千元 income sentence after "二、收入支出决算情况（单位：千元）" is the overview's; the fund's statement its own.</summary>
    [Fact]
    public void HeadingWithUnitDeclaration_EntersTheOverview()
    {
        var (read, diagnostics) = Read(ThousandYuanText);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("5218.4", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("412.6", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("5102.8", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("97.78", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("5010.4", JsonAt(read, GeneralBudget + "total/amount"));
        Assert.Equal("7.79", JsonAt(read, GeneralBudget + "total/change/rate"));
    }

    /// <summary>
    /// Near miss: "（一）基本支出。" under 支出决算情况 is the all-funds part, not the 一般公共预算财政拨款基本支出 section (the 支出 form
    /// is taken only for a fund's 财政拨款支出).
    /// </summary>
    [Fact]
    public void BareBasicExpenditureName_StaysTheAllFundsPart()
    {
        var text = "某县农机推广站2022年度单位决算公开说明\n\n"
            + "二、支出决算情况\n"
            + "2022年度本年支出合计478.30万元，比上年增加18.30万元，增长3.98%，主要是农机补贴项目增加。\n"
            + "（一）基本支出。2022年度基本支出402.10万元，占84.07%。\n"
            + "（二）项目支出。2022年度项目支出76.20万元，占15.93%。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Equal("402.10", JsonAt(read, "/narrative/expenditure/basic/amount"));
    }

    /// <summary>
    /// Near miss: an Arabic-numbered 项 line ("1.行政运行（2010301）…") is no heading. Session 63 (prose63, blind round 59 t03):
    /// the colon form of a heading ending in 情况 ("3、…支出情况：2022年度…") now enters its finance statement as the '。' form does;
    /// without 情况 ("3、一般公共预算财政拨款支出：") it does not.
    /// </summary>
    [Fact]
    public void ArabicListItem_IsNoHeading()
    {
        var text = ArabicHeadingText().Replace("3、一般公共预算财政拨款支出情况。", "3、一般公共预算财政拨款支出情况：", StringComparison.Ordinal);
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("318.60", JsonAt(read, GeneralBudget + "items/0/amount"));
        text = ArabicHeadingText().Replace("3、一般公共预算财政拨款支出情况。", "3、一般公共预算财政拨款支出：", StringComparison.Ordinal);
        (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, GeneralBudget + "items/0/amount"));
    }

    /// <summary>An invented 水土保持站 paragraph: a purchase sentence, then the year-end assets.</summary>
    internal static string AssetsAfterPurchaseText(string totalLabel)
        => "某县水土保持站2021年度单位决算公开说明\n\n"
            + "四、其他重要事项\n"
            + "2021年度政府采购支出28.40万元，全部为货物，购置水土流失监测仪器4台（套）。截至2021年12月31日，"
            + totalLabel + "612.35万元，其中固定资产408.90万元。\n";

    /// <summary>The year-end 资产总额 after a sentence of purchases (购置) is the assets' total, not a movement.</summary>
    [Fact]
    public void AssetTotalAfterPurchaseSentence_IsTheTotal()
    {
        var (read, diagnostics) = Read(AssetsAfterPurchaseText("本站资产总额"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("612.35", JsonAt(read, "/narrative/assets/totalValue"));
        Assert.Equal("408.90", JsonAt(read, "/narrative/assets/fixedAssetsValue"));
    }

    /// <summary>Near miss: a total named a movement in its own label (本年新增资产总额) stays a note.</summary>
    [Fact]
    public void MovementInItsOwnLabel_StaysANote()
    {
        var (read, _) = Read(AssetsAfterPurchaseText("本站本年新增资产总额"));
        Assert.Null(JsonAt(read, "/narrative/assets/totalValue"));
    }

    /// <summary>An invented 疾病预防控制中心 procurement sentence in the template's words, the 小微 share's base unwritten.</summary>
    internal static string MicroSmallText(string microShare)
        => "某县疾病预防控制中心2021年度单位决算公开说明\n\n"
            + "四、其他重要事项\n"
            + "（一）政府采购。2021年度政府采购支出总额356.20万元，其中货物96.20万元，服务260.00万元。授予中小企业合同金额318.40万元，"
            + $"占89.39%，其中授予小微企业合同金额226.50万元，占{microShare}%。\n";

    /// <summary>The bare share continuing the SME share's base, agreeing with the total (226.50 / 356.20 = 63.59%), is read.</summary>
    [Fact]
    public void MicroSmallShareAgreeingWithTheTotal_IsRead()
    {
        var (read, diagnostics) = Read(MicroSmallText("63.59"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("63.59", JsonAt(read, "/narrative/procurement/microSmallContracts/share"));
        Assert.Equal("89.39", JsonAt(read, "/narrative/procurement/smeContracts/share"));
    }

    /// <summary>
    /// Near misses: a share of the SME contracts (226.50 / 318.40 = 71.14%) or one fitting neither base stays the note — never
    /// an Error of this reading.
    /// </summary>
    [Theory]
    [InlineData("71.14")]
    [InlineData("36.59")]
    public void MicroSmallShareNotOfTheTotal_StaysANote(string share)
    {
        var (read, diagnostics) = Read(MicroSmallText(share));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/procurement/microSmallContracts/share"));
    }

    /// <summary>Near miss: without the SME contracts' own share before it, the bare 小微 share stays the note.</summary>
    [Fact]
    public void MicroSmallShareWithoutAnSmeShare_StaysANote()
    {
        var (read, diagnostics) = Read(MicroSmallText("63.59").Replace("占89.39%，其中", "其中", StringComparison.Ordinal));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/procurement/microSmallContracts/share"));
    }
}
