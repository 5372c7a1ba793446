using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 46 (fix43): the causes of blind round 43's false findings, each as invented texts of the same family with asserted
/// values, near misses and a planted-error twin: (1) a numbered heading of bare section words run into a long line
/// ("。六、机关运行经费 2023年度机关运行经费…") did not close the 三公 section (a false FA2104); (2) the header "占比" of a 元 tab
/// table read as a share of the next row's amount (a false FA8002); (3) "决算数与预算数的差异原因：…" not read as the budget's
/// reason (a false FA2206); (4) one bare reason after the income and the expenditure change of one paragraph (a false FA2106);
/// and its narrative misses (5): a fund's bare 年末结转, a 2014 基本支出 paragraph, a sibling after a list's ';', 增幅 after the
/// totals' change.
/// </summary>
public class BlindRoundFortyThreeSessionFortySixTests
{
    private const string Operating = "/narrative/operatingExpenses/administrativeOperatingExpenses/";

    // ---- 1. a bare section heading inside a long line ---------------------------------------------------------------------

    private const string WebHead = "首页 > 信息公开 > 财政资金 某市青年联合会2023年度部门决算公开说明 ";

    private const string ThreePublicRunIn = "五、“三公”经费支出情况 2023年度“三公”经费支出 4.60 万元，较上年度减少 0.40 万元，"
        + "下降 8.00%，主要原因是压减公务活动。公务用车运行维护费 3.00 万元；公务接待费 1.60 万元，共接待 6 批次、40 人次。";

    private static string OperatingRunIn(string increase, string rate) => "六、机关运行经费 2023年度机关运行经费 50.00 万元，比上年增加 "
        + increase + " 万元，增长 " + rate + "%，主要原因是房屋维修支出增加。其中办公费 20.00 万元、差旅费 30.00 万元。";

    /// <summary>
    /// The heading "六、机关运行经费" right after the 三公 paragraph's "。", its key restated by the text after it: the line is
    /// cut there, so the amount, its change and its parts are 机关运行经费's and the 公务接待费 keeps no change (before: the change
    /// went to 公务接待费 1.60 and failed its rate, a false FA2104 Error).
    /// </summary>
    [Fact]
    public void BareOperatingHeadingInALongLine_ClosesTheThreePublicSection()
    {
        var (read, diagnostics) = Read(WebHead + ThreePublicRunIn + OperatingRunIn("4.00", "8.70") + "\n");

        Assert.Empty(Of(diagnostics, Severity.Error));
        Assert.Equal("50.00", JsonAt(read, Operating + "amount"));
        Assert.Equal("4.00", JsonAt(read, Operating + "change/amount"));
        Assert.Equal("8.70", JsonAt(read, Operating + "change/rate"));
        Assert.Equal("20.00", JsonAt(read, "/narrative/operatingExpenses/components/0/amount"));
        Assert.Equal("1.60", JsonAt(read, "/narrative/threePublic/reception/amount"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/reception/change"));
    }

    /// <summary>The twin: a wrong rate of the 机关运行经费 change (4.00 on 46.00 is 8.70%, written 9.70%) is its Error.</summary>
    [Fact]
    public void BareOperatingHeadingInALongLine_WrongRate_IsItsOwnError()
    {
        var (_, diagnostics) = Read(WebHead + ThreePublicRunIn + OperatingRunIn("4.00", "9.70") + "\n");

        Assert.Contains("FA2104 " + Operating + "change/rate", Of(diagnostics, Severity.Error));
        Assert.DoesNotContain(Of(diagnostics, Severity.Error), e => e.Contains("threePublic", StringComparison.Ordinal));
    }

    /// <summary>
    /// Property: whatever the 机关运行经费 change, the long line and the same text with the heading on a line of its own give
    /// the same 机关运行经费 amount and change, and the 公务接待费 no change.
    /// </summary>
    [Property(MaxTest = 15)]
    public bool BareOperatingHeading_ReadsAsOnItsOwnLine(PositiveInt increaseCents)
    {
        var increase = Math.Min(increaseCents.Get, 4000) / 100m;
        var rate = Math.Round(increase / (50.00m - increase) * 100m, 2, MidpointRounding.AwayFromZero);
        var operating = OperatingRunIn(
            increase.ToString("0.00", CultureInfo.InvariantCulture), rate.ToString("0.00", CultureInfo.InvariantCulture));
        var (inLine, _) = Read(WebHead + ThreePublicRunIn + operating + "\n");
        var (ownLine, _) = Read(WebHead + ThreePublicRunIn + "\n" + operating + "\n");

        return JsonAt(inLine, Operating + "change/amount") == JsonAt(ownLine, Operating + "change/amount")
            && JsonAt(inLine, Operating + "amount") == "50.00"
            && JsonAt(inLine, "/narrative/threePublic/reception/change") is null;
    }

    // ---- 2. a 元 tab table's 占比 header -------------------------------------------------------------------------------------

    private const string YuanTable = "某市医疗保障局2025年度部门决算说明\n（二）结构情况\n"
        + "一般公共服务支出37.20万元，占1.62%；卫生健康支出1986.83万元，占86.50%。\n"
        + "一般公共预算财政拨款支出决算结构表（单位：元）\n科目名称\t决算数（元）\t占比\n"
        + "一般公共服务支出\t372,012.37\t1.62%\n卫生健康支出\t19,868,328.55\t86.50%\n";

    /// <summary>The tab table's "占比" header is no share of the next row's amount: no FA8002 (before: "372012.37 has no %").</summary>
    [Fact]
    public void ShareHeaderOfATabTable_IsNoShareWithoutPercent()
    {
        var (_, diagnostics) = Read(YuanTable);

        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8002");
    }

    /// <summary>Near miss: a share in prose written without its % ("占1.62，") is still FA8002's.</summary>
    [Fact]
    public void ShareWithoutPercentInProse_IsStillReported()
    {
        var (_, diagnostics) = Read(YuanTable.Replace("占1.62%；", "占1.62；", StringComparison.Ordinal));

        Assert.Contains(diagnostics, d => d.RuleId == "FA8002");
    }

    // ---- 3. a budget-difference reason head -----------------------------------------------------------------------------

    private const string ThreePublicBudget = "某市医疗保障局2025年度部门决算说明\n七、“三公”经费财政拨款支出决算情况\n"
        + "2025年度“三公”经费财政拨款支出决算数为4.00万元，预算数为5.00万元，执行率为80.00%，较上年度减少1.00万元，下降20.00%。";

    /// <summary>
    /// "决算数与预算数的差异原因：…" after the budget and the change: the budget's reason (before: lost, a false FA2206); the
    /// change stated after the budget does not take it (its FA2106 stands: the head names the budget).
    /// </summary>
    [Fact]
    public void BudgetDifferenceHead_IsTheBudgetsReason()
    {
        var (read, diagnostics) = Read(ThreePublicBudget + "决算数与预算数的差异原因：压减非必要公务活动。\n");

        Assert.Equal("压减非必要公务活动。", JsonAt(read, "/narrative/threePublic/total/budget/reason"));
        Assert.Null(JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.DoesNotContain("FA2206 /narrative/threePublic/total/budget", Of(diagnostics, Severity.Warning));
    }

    /// <summary>The same head with 存在 and 是 ("决算数与年初预算数存在差异的原因是…") is the budget's too.</summary>
    [Fact]
    public void BudgetDifferenceHead_OtherWording_IsTheBudgetsReason()
    {
        var (read, _) = Read(ThreePublicBudget + "决算数与年初预算数存在差异的原因是压减非必要公务活动。\n");

        Assert.Equal("压减非必要公务活动。", JsonAt(read, "/narrative/threePublic/total/budget/reason"));
    }

    /// <summary>Near miss: "与上年相比的差异原因…" names the year before, not the budget: the budget keeps no reason.</summary>
    [Fact]
    public void DifferenceFromTheYearBefore_IsNotTheBudgetsReason()
    {
        var (read, _) = Read(ThreePublicBudget + "与上年相比的变动原因：压减非必要公务活动。\n");

        Assert.Null(JsonAt(read, "/narrative/threePublic/total/budget/reason"));
    }

    // ---- 4. one bare reason after both flows' changes -------------------------------------------------------------------

    private const string FlowsHead = "某县自然资源局2024年度部门决算说明\n一、收入支出决算总体情况说明\n";

    private const string IncomeDown = "2024年度本年收入900.00万元，比上年减少100.00万元，下降10.00%，其中：财政拨款收入850.00万元，占94.44%；"
        + "其他收入50.00万元，占5.56%。";

    private const string ExpenditureDown = "本年支出950.00万元，比上年减少50.00万元，下降5.00%，其中基本支出600.00万元，项目支出350.00万元。";

    /// <summary>
    /// Both changes decrease, nothing else changes in the paragraph, and the bare reason after the expenditure sentence names
    /// neither side: it covers both (before: the income's FA2106).
    /// </summary>
    [Fact]
    public void BareReasonAfterBothFlows_SameWay_CoversBoth()
    {
        var (read, diagnostics) = Read(FlowsHead + IncomeDown + ExpenditureDown + "主要原因是专项项目较上年减少。\n");

        Assert.Equal("专项项目较上年减少。", JsonAt(read, "/narrative/overall/currentYearIncome/change/reason"));
        Assert.Equal("专项项目较上年减少。", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/reason"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2106");
    }

    /// <summary>Near miss: a reason that names one side ("…项目支出减少") is that side's only; the income keeps its FA2106.</summary>
    [Fact]
    public void BareReasonNamingOneSide_IsThatSidesOnly()
    {
        var (read, diagnostics) = Read(FlowsHead + IncomeDown + ExpenditureDown + "主要原因是项目支出减少。\n");

        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/change/reason"));
        Assert.Contains("FA2106 /narrative/overall/currentYearIncome/change", Of(diagnostics, Severity.Warning));
    }

    /// <summary>Near miss: an income decrease and an expenditure increase do not share one reason.</summary>
    [Fact]
    public void BareReasonAfterOppositeChanges_IsTheExpendituresOnly()
    {
        var expenditureUp = "本年支出1050.00万元，比上年增加50.00万元，增长5.00%，其中基本支出600.00万元，项目支出450.00万元。";
        var (read, _) = Read(FlowsHead + IncomeDown + expenditureUp + "主要原因是专项项目较上年增加。\n");

        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/change/reason"));
        Assert.Equal("专项项目较上年增加。", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/reason"));
    }

    /// <summary>Near miss: the income change with a reason of its own keeps it; the bare reason is the expenditure's.</summary>
    [Fact]
    public void IncomeWithItsOwnReason_KeepsIt()
    {
        var income = IncomeDown.Replace("下降10.00%，", "下降10.00%，主要原因是上级补助减少，", StringComparison.Ordinal);
        var (read, _) = Read(FlowsHead + income + ExpenditureDown + "主要原因是专项项目较上年减少。\n");

        var incomeReason = JsonAt(read, "/narrative/overall/currentYearIncome/change/reason");
        Assert.NotNull(incomeReason);
        Assert.StartsWith("上级补助减少", incomeReason, StringComparison.Ordinal);
        Assert.Equal("专项项目较上年减少。", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/reason"));
    }

    // ---- 5. recall: a fund's bare 年末结转, a 2014 基本支出 paragraph, a list closed by a sibling, a rate word after the totals --

    private const string FundHead = "某县水利局2022年度部门决算说明\n九、政府性基金预算财政拨款支出决算情况\n";

    /// <summary>
    /// "收入200.00万元，支出150.00万元，…年末结转50.00万元" in the 政府性基金 section, with no grand total and no opening balance:
    /// 200.00 − 150.00 is 50.00 exactly, so the 年末结转 is the fund's whole closing balance.
    /// </summary>
    [Fact]
    public void FundsBareClosingCarryOver_ClosingTheYear_IsItsClosingBalance()
    {
        var (read, diagnostics) = Read(FundHead + "本部门2022年度政府性基金预算财政拨款收入200.00万元，支出150.00万元，用于水库移民扶持，"
            + "年末结转50.00万元。\n");

        Assert.Equal("50.00", JsonAt(read, "/narrative/governmentFund/closingCarryOver/amount"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>Near misses: a 年末结转 that does not close the year (a part only), or one beside a 年末结余, stays a note.</summary>
    [Theory]
    [InlineData("年末结转40.00万元。")]
    [InlineData("年末结转40.00万元，年末结余10.00万元。")]
    public void FundsBareClosingCarryOver_NotCertainlyTheWhole_IsNotPlaced(string closing)
    {
        var (read, _) = Read(FundHead + "本部门2022年度政府性基金预算财政拨款收入200.00万元，支出150.00万元，用于水库移民扶持，" + closing + "\n");

        Assert.Null(JsonAt(read, "/narrative/governmentFund/closingCarryOver"));
    }

    private const string BasicHead = "某市科学技术协会2014年度部门决算说明\n四、财政拨款收入支出决算情况\n"
        + "2014年度公共财政预算财政拨款支出800.00万元，年初预算780.00万元，完成年初预算的102.56%，决算数大于预算数的主要原因是年中追加科普经费。\n";

    /// <summary>
    /// A paragraph opening with the 基本支出 (2014: 公共财政预算; later: 一般公共预算) and splitting it into 人员经费 and 公用经费,
    /// under the 财政拨款 heading with no 基本支出 heading: the 基本支出 section's figures (before: three notes).
    /// </summary>
    [Theory]
    [InlineData("公共财政预算")]
    [InlineData("一般公共预算")]
    public void BasicSplitParagraph_UnderTheAppropriationHeading_IsTheBasicSections(string fund)
    {
        var (read, diagnostics) = Read(BasicHead + fund + "财政拨款基本支出500.00万元，其中人员经费420.00万元，主要包括基本工资、津贴补贴等；"
            + "公用经费80.00万元，主要包括办公费、印刷费等。\n");

        Assert.Equal("500.00", JsonAt(read, "/narrative/basicExpenditure/total/amount"));
        Assert.Equal("420.00", JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal("80.00", JsonAt(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>
    /// The parts' own words may name costs of other sections ("公用经费…主要包括办公费、公务接待费、公务用车运行维护费等"): the
    /// paragraph stays the 基本支出 section's, as under its own heading.
    /// </summary>
    [Fact]
    public void BasicSplitParagraph_PartsNamingThreePublicCosts_StaysTheBasicSections()
    {
        var (read, _) = Read(BasicHead + "公共财政预算财政拨款基本支出500.00万元，其中人员经费420.00万元，主要包括基本工资、津贴补贴等；"
            + "公用经费80.00万元，主要包括办公费、会议费、公务接待费、公务用车运行维护费等。\n");

        Assert.Equal("420.00", JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal("80.00", JsonAt(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Null(JsonAt(read, "/narrative/threePublic"));
    }

    /// <summary>The paragraph after the 基本支出 paragraph is the heading's section's again: its 类 read as without it.</summary>
    [Fact]
    public void BasicSplitParagraph_NextParagraph_IsTheHeadingsAgain()
    {
        const string Classes = "一般公共服务支出（类）100.00万元，占12.50%；科学技术支出（类）700.00万元，占87.50%。\n";
        var (without, _) = Read(BasicHead + Classes);
        var (with, _) = Read(BasicHead + "公共财政预算财政拨款基本支出500.00万元，其中人员经费420.00万元；公用经费80.00万元。\n" + Classes);

        string[] pointers = ["/narrative/appropriation/items", "/narrative/generalBudget/classes", "/narrative/generalBudget/items"];
        foreach (var pointer in pointers)
        {
            Assert.Equal(JsonAt(without, pointer), JsonAt(with, pointer));
        }
    }

    /// <summary>The twin: parts that do not add up to the 基本支出 (420.00 + 90.00 ≠ 500.00) are an Error.</summary>
    [Fact]
    public void BasicSplitParagraph_PartsDiffer_IsAnError()
    {
        var (_, diagnostics) = Read(BasicHead + "公共财政预算财政拨款基本支出500.00万元，其中人员经费420.00万元；公用经费90.00万元。\n");

        Assert.NotEmpty(Of(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: a paragraph naming the 基本支出 beside the 项目支出 is not the 基本支出 section's.</summary>
    [Fact]
    public void BasicBesideProjectParagraph_StaysInItsSection()
    {
        var (read, _) = Read(BasicHead + "公共财政预算财政拨款基本支出500.00万元，其中人员经费420.00万元、公用经费80.00万元；项目支出300.00万元。\n");

        Assert.Null(JsonAt(read, "/narrative/basicExpenditure/personnel"));
    }

    private static string FlowsInOneSentence(string rate)
        => FlowsHead + "本年收入1,100.00万元，比上年增加100.00万元，增幅为10.00%，其中财政拨款收入1,000.00万元，占90.91%，其他收入100.00万元，"
            + "占9.09%；本年支出1,050.00万元，比上年增加50.00万元，增幅为" + rate + "%，其中基本支出700.00万元，占66.67%，项目支出350.00万元，占33.33%。\n";

    /// <summary>
    /// "…其他收入100.00万元，占9.09%；本年支出1,050.00万元，比上年增加50.00万元，增幅为5.00%": 本年支出 after the ';' is the
    /// income's sibling, no part of its list, and the change right after it is its own (before: a note, 2 figures lost).
    /// </summary>
    [Fact]
    public void SiblingAfterTheListsSemicolon_TakesItsOwnChange()
    {
        var (read, diagnostics) = Read(FlowsInOneSentence("5.00"));

        Assert.Equal("50.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/amount"));
        Assert.Equal("5.00", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/rate"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>The twin: a wrong rate (50.00 on 1,000.00 is 5.00%, written 6.00%) is the expenditure change's Error.</summary>
    [Fact]
    public void SiblingAfterTheListsSemicolon_WrongRate_IsItsError()
    {
        var (_, diagnostics) = Read(FlowsInOneSentence("6.00"));

        Assert.Contains("FA2104 /narrative/overall/currentYearExpenditure/change/rate", Of(diagnostics, Severity.Error));
    }

    /// <summary>Near miss: a part of the list after the ';' (其他收入) with a change after it is still uncertain: no change read.</summary>
    [Fact]
    public void PartAfterTheListsSemicolon_ChangeStaysUncertain()
    {
        var (read, _) = Read(FlowsHead + "本年收入1,100.00万元，比上年增加100.00万元，增幅为10.00%，其中财政拨款收入1,000.00万元；"
            + "其他收入100.00万元，比上年增加20.00万元，增长25.00%。\n");

        Assert.Null(JsonAt(read, "/narrative/income/otherIncome/change"));
    }

    private const string TotalsHead = "某市中级人民法院2022年度部门决算说明\n四、财政拨款收入支出决算总体情况说明\n";

    /// <summary>"财政拨款收、支总计均为…，同比增长100.00万元，增幅10.00%": the rate word's figure is the totals' change's rate.</summary>
    [Fact]
    public void RateWordAfterTheTotalsChange_IsItsRate()
    {
        var (read, diagnostics) = Read(TotalsHead + "2022年度财政拨款收、支总计均为1,100.00万元，同比增长100.00万元，增幅10.00%。\n");

        Assert.Equal("10.00", JsonAt(read, "/narrative/appropriation/change/rate"));
        Assert.Empty(Of(diagnostics, Severity.Error));
    }

    /// <summary>The twin: a wrong rate (100.00 on 1,000.00 is 10.00%, written 12.00%) is an Error.</summary>
    [Fact]
    public void RateWordAfterTheTotalsChange_WrongRate_IsAnError()
    {
        var (_, diagnostics) = Read(TotalsHead + "2022年度财政拨款收、支总计均为1,100.00万元，同比增长100.00万元，增幅12.00%。\n");

        Assert.Contains("FA2104 /narrative/appropriation/change/rate", Of(diagnostics, Severity.Error));
    }
}
