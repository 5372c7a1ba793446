using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 39 (issue 8; blind round 36's families F and H), on invented texts of our own wording and numbers: a carry-over in
/// brackets beside a total (含 within a 收入总计, 另有 / 不含 beside the year's income), a bare 年末结转和结余 opening a sentence
/// in a section that holds no closing balance, and the all-funds 基本支出 parts after "基本支出中" in the overview.
/// </summary>
public class CarryOverWordingTests
{
    private const string Title = "某镇人民政府2022年度部门决算说明\n";

    private const string Overview = "一、收入支出决算总体情况\n";

    /// <summary>The 收入 and 支出 sections: 2300.00 = 2100.00 + 200.00; 2300.00 = 1600.00 + 700.00.</summary>
    private const string Sections = "二、收入决算情况\n本年收入合计2,300.00万元，其中：财政拨款收入2,100.00万元，其他收入200.00万元。\n"
        + "三、支出决算情况\n本年支出合计2,300.00万元，其中：基本支出1,600.00万元，项目支出700.00万元。年末结转和结余40.50万元。\n";

    /// <summary>
    /// "收入总计 X（含上年结转 Y）": Y is the opening balance; 2300.00 + 40.50 = 2340.50 = 2300.00 + 40.50 (FA1201 / FA1210 hold),
    /// and the change after the bracket is the grand total's (120.00 / 2220.50 = 5.40%).
    /// </summary>
    [Theory]
    [InlineData("含上年结转")]
    [InlineData("其中上年结转")]
    [InlineData("含上年结转资金")]
    [InlineData("包括上年结转")]
    public void WithinGrandTotal_IsTheOpeningBalance(string words)
    {
        var (read, diagnostics) = Read(Title + Overview + "2022年度收入总计2,340.50万元（" + words
            + "40.50万元），比上年增加120.00万元，增长5.40%；支出总计2,340.50万元。\n" + Sections);
        Assert.Equal("40.50", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Equal("2340.50", JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Equal("120.00", JsonAt(read, "/narrative/overall/change/amount"));
        Assert.False(Noted(read, "could not place"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// "本年收入合计 X（另有上年结转 Y）" in the overview and in the 收入 section: Y beside the year's income is the opening
    /// balance; no 收入总计 is made of them. 56200.40 + 2100.60 = 58301.00 = 57010.00 + 1291.00 (FA1212 holds).
    /// </summary>
    [Theory]
    [InlineData("另有上年结转", true)]
    [InlineData("不含上年结转", true)]
    [InlineData("另有上年结转", false)]
    [InlineData("未含上年结转", false)]
    public void BesideTheYearsIncome_IsTheOpeningBalance(string words, bool inOverview)
    {
        var income = "本年收入合计56,200.40万元（" + words + "2,100.60万元）";
        var text = inOverview
            ? Title + Overview + "2022年度" + income + "，本年支出合计57,010.00万元，年末结转和结余1,291.00万元。\n"
                + "二、收入决算情况\n本年收入合计56,200.40万元，其中：财政拨款收入50,000.40万元，事业收入6,200.00万元。\n"
            : Title + Overview + "2022年度本年支出合计57,010.00万元，年末结转和结余1,291.00万元。\n"
                + "二、收入决算情况\n" + income + "。其中：财政拨款收入50,000.40万元，事业收入6,200.00万元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Equal("2100.60", JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
        Assert.Null(JsonAt(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.False(Noted(read, "could not place"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
        Assert.DoesNotContain(RuleIds(diagnostics, Severity.Warning), r => r.StartsWith("FA12", StringComparison.Ordinal));
    }

    /// <summary>
    /// A planted sum error beside a bracketed carry-over: 2300.00 + 40.50 = 2340.50 &gt; 2330.50, the stated 收入总计 (the
    /// expenditure side holds: 2290.00 + 40.50 = 2330.50). Exactly FA1210's Error, the income side (the stated parts exceed
    /// the total, which no unstated 使用非财政拨款结余 can mend). Before, the carry-over was unplaced and the side withdrawn: no Error.
    /// </summary>
    [Fact]
    public void WithinGrandTotal_PlantedSumError_IsFA1210()
    {
        var (_, diagnostics) = Read(Title + Overview
            + "2022年度收入总计2,330.50万元（含上年结转40.50万元），支出总计2,330.50万元。\n"
            + "二、收入决算情况\n本年收入合计2,300.00万元，其中：财政拨款收入2,100.00万元，其他收入200.00万元。\n"
            + "三、支出决算情况\n本年支出合计2,290.00万元，其中：基本支出1,600.00万元，项目支出690.00万元。年末结转和结余40.50万元。\n");
        Assert.Equal(["FA1210"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The pairings the members' definitions contradict — 含 within the year's income, 另有 beside a 收入总计 — and a bracket
    /// after a share rather than the total's amount: no opening balance is placed.
    /// </summary>
    [Theory]
    [InlineData("2022年度本年收入合计2,300.00万元（含上年结转40.50万元），支出总计2,340.50万元。")]
    [InlineData("2022年度收入总计2,340.50万元（另有上年结转40.50万元），支出总计2,340.50万元。")]
    [InlineData("2022年度收入总计2,340.50万元，增长5.41%（含上年结转40.50万元），支出总计2,340.50万元。")]
    public void UncertainPairings_PlaceNoBalance(string sentence)
    {
        var (read, _) = Read(Title + Overview + sentence + "\n");
        Assert.Null(JsonAt(read, "/narrative/overall/openingCarryOver/amount"));
    }

    /// <summary>The contradicting pairing is said in its own note.</summary>
    [Fact]
    public void WithinTheYearsIncome_IsNoted()
    {
        var (read, _) = Read(Title + Overview + "2022年度本年收入合计2,300.00万元（含上年结转40.50万元）。\n");
        Assert.True(Noted(read, "does not fit the total before it"));
    }

    /// <summary>
    /// "年末结转和结余 1.52 万元，为一般预算财政拨款结余。" after a 三公 paragraph in a text without headings: the closing balance.
    /// 300.00 = 298.48 + 1.52 (FA1212 holds with no opening balance stated).
    /// </summary>
    [Theory]
    [InlineData("年末结转和结余1.52万元，为一般预算财政拨款结余。")]
    [InlineData("年末结转结余1.52万元。")]
    [InlineData("年末结转和结余为1.52万元，全部为财政拨款结转。")]
    public void LoneClosingBalance_AfterThreePublic_IsTheClosingBalance(string sentence)
    {
        var (read, diagnostics) = Read("2017年度，县妇联收入合计300.00万元，全部为一般预算财政拨款，比上年增加20.00万元，增长7.14%。\n"
            + "支出合计298.48万元，其中基本支出200.00万元，项目支出98.48万元。\n"
            + "2017年度“三公”经费支出2.00万元，全部为公务接待费，比上年减少0.50万元，下降20.00%。\n" + sentence + "\n");
        Assert.Equal("1.52", JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>A qualified closing balance (三公经费年末结转) in the 三公 paragraph is no department's balance.</summary>
    [Fact]
    public void QualifiedClosingBalance_IsNotPlaced()
    {
        var (read, _) = Read("2017年度，县妇联收入合计300.00万元，支出合计298.48万元。\n"
            + "2017年度“三公”经费支出2.00万元，全部为公务接待费。“三公”经费年末结转和结余1.52万元。\n");
        Assert.Null(JsonAt(read, "/narrative/overall/closingCarryOver/amount"));
    }

    /// <summary>
    /// "基本支出中人员经费 P 万元，公用经费 Q 万元" in the overview — as a one-line scraped page and as lines — is the all-funds
    /// 基本支出's parts, as in the 支出 section: 810.00 + 120.00 = 930.00 (FA1214 holds).
    /// </summary>
    [Theory]
    [InlineData(" ")]
    [InlineData("\n")]
    public void BasicPartsAfterBasic_InTheOverview_AreRead(string breakChars)
    {
        var text = "某县政协办公室2020年度部门决算说明" + breakChars + "一、收入支出决算总体情况" + breakChars
            + "2020年度收入总计1,100.00万元，支出总计1,100.00万元，与上年相比减少60.00万元，下降5.17%，主要原因是会议活动减少。"
            + "本年支出1,050.00万元，其中基本支出930.00万元，项目支出120.00万元。基本支出中人员经费810.00万元，公用经费120.00万元。"
            + breakChars + "二、“三公”经费财政拨款支出情况" + breakChars + "2020年度“三公”经费支出5.00万元。\n";
        var (read, diagnostics) = Read(text);
        Assert.Equal("930.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("810.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Equal("120.00", JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.False(Noted(read, "another kind"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>The parts planted not to sum (810.00 + 130.00 ≠ 930.00): FA1214's Error, read in the overview.</summary>
    [Fact]
    public void BasicPartsAfterBasic_InTheOverview_PlantedError_IsFA1214()
    {
        var (_, diagnostics) = Read("某县政协办公室2020年度部门决算说明\n一、收入支出决算总体情况\n"
            + "2020年度本年支出1,050.00万元，其中基本支出930.00万元，项目支出120.00万元。基本支出中人员经费810.00万元，公用经费130.00万元。\n");
        Assert.Equal(["FA1214"], RuleIds(diagnostics, Severity.Error));
    }
}
