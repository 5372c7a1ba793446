using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Blind round 34's families (issue 8, session 36), on invented texts of our own wording and numbers: a change after a
/// closed 其中 list (E1, a false FA2104 Error on the last part), a 政府性基金 total that was read but never checked (M1), 主要是
/// after 超出年初预算 in the sentence after the rate (F1, a false FA2206), and 本单位 in a text that is a unit's (F2, a false
/// FA8004).
/// </summary>
public class BlindRoundThirtyFourFixTests
{
    // ---- E1: a change after a closed 其中 list ------------------------------------------------------------------------

    private const string Title = "某市文化馆2021年度部门决算说明\n";

    private const string ExpenditureList = "本年支出合计418.60万元，其中{0}基本支出302.40万元，项目支出116.20万元{1}，主要是压减会议费。\n";

    private const string IncomeList = "本年收入合计418.60万元，其中{0}财政拨款收入396.10万元，其他收入22.50万元{1}，主要是免费开放补助增加。\n";

    /// <summary>
    /// The change after the list is the total's, whatever the heading (or none), the colon, and the wording of the change:
    /// 12.80 / (418.60 + 12.80) = 2.967% → 2.97 (expenditure), 20.40 / (418.60 − 20.40) = 5.123% → 5.12 (income). Before,
    /// the last part took it: 12.80 / (116.20 + 12.80) = 9.92% against 2.97% was a false FA2104 Error.
    /// </summary>
    [Theory]
    [InlineData("三、支出决算情况说明\n", "：", "，比上年减少12.80万元，下降{0}%", "expenditure", "project", "2.97")]
    [InlineData("（二）支出情况\n", "", "；与上年相比，减少12.80万元，下降{0}%", "expenditure", "project", "2.97")]
    [InlineData("", "：", "，较上年减少12.80万元，下降{0}%", "expenditure", "project", "2.97")]
    [InlineData("", "", "；与上年相比，减少12.80万元，下降{0}%", "expenditure", "project", "2.97")]
    [InlineData("二、收入决算情况说明\n", "", "，比上年增加20.40万元，增长{0}%", "income", "otherIncome", "5.12")]
    [InlineData("（一）收入情况\n", "：", "，同比增加20.40万元，增长{0}%", "income", "otherIncome", "5.12")]
    [InlineData("", "：", "；与上年相比，增加20.40万元，增长{0}%", "income", "otherIncome", "5.12")]
    public void ChangeAfterClosedList_IsTheTotals(string heading, string colon, string change, string side, string lastPart,
        string rate)
    {
        var list = side == "income" ? IncomeList : ExpenditureList;
        var (read, diagnostics) = Read(Title + heading + Fill(list, colon, Fill(change, rate)));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal(rate, JsonAt(read, $"/narrative/{side}/total/change/rate"));
        Assert.Null(JsonAt(read, $"/narrative/{side}/{lastPart}/change"));
        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));   // the reason is the total's
    }

    /// <summary>A wrong rate after the list is the total's Error: 3.97% against 2.967% (FA2104 on the total's rate).</summary>
    [Fact]
    public void ChangeAfterClosedList_WrongRate_IsTheTotalsError()
    {
        var (_, diagnostics) = Read(Title + "三、支出决算情况说明\n" + Fill(ExpenditureList, "：", "，比上年减少12.80万元，下降3.97%"));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2104", error.RuleId);
        Assert.Equal("/narrative/expenditure/total/change/rate", error.Pointers[0]);
    }

    /// <summary>
    /// Parts cut by ';' (each with its share) before the change: the change may be the last part's own, so it is a located
    /// note — neither the total's nor the part's (before, the part's, and a false FA2104: 12.80 / 129.00 = 9.92%).
    /// </summary>
    [Fact]
    public void ChangeAfterSemicolonParts_IsANote()
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况说明\n本年支出合计418.60万元，其中：基本支出302.40万元，占72.24%；"
            + "项目支出116.20万元，占27.76%，比上年减少12.80万元，下降2.97%，主要是压减会议费。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/expenditure/total/change"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/change"));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.ChangeAfterListUncertain.Zh);
    }

    /// <summary>
    /// The total's change stated before the list: a second change after the list is not the total's (it has one) nor
    /// certainly the last part's — a note; the total keeps 2.97%.
    /// </summary>
    [Fact]
    public void ChangeAfterList_WhenTheTotalsWasStated_IsANote()
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况说明\n本年支出合计418.60万元，比上年减少12.80万元，下降2.97%，其中：基本支出"
            + "302.40万元，项目支出116.20万元，比上年减少21.20万元，主要是压减会议费。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2.97", JsonAt(read, "/narrative/expenditure/total/change/rate"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/change"));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.ChangeAfterListUncertain.Zh);
    }

    /// <summary>
    /// Each part with its own change (the first part had one), and a change whose clause names the part, stay the parts':
    /// 8.40 / 294.00 = 2.86%, 21.20 / 137.40 = 15.43%.
    /// </summary>
    [Theory]
    [InlineData("基本支出302.40万元，比上年增加8.40万元，增长2.86%；项目支出116.20万元，比上年减少21.20万元，下降15.43%", "2.86")]
    [InlineData("基本支出302.40万元，项目支出116.20万元，项目支出比上年减少21.20万元，下降15.43%", null)]
    public void PartsOwnChanges_StayTheParts(string parts, string? basicRate)
    {
        var (read, diagnostics) = Read(Title + "三、支出决算情况说明\n本年支出合计418.60万元，其中：" + parts + "，主要是压减会议费。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("15.43", JsonAt(read, "/narrative/expenditure/project/change/rate"));
        Assert.Equal(basicRate, JsonAt(read, "/narrative/expenditure/basic/change/rate"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/total/change"));
    }

    // ---- M1: the 政府性基金 total ----------------------------------------------------------------------------------------

    private const string FundSection = "某县城建局2022年度部门决算说明\n五、政府性基金预算财政拨款支出决算情况说明\n（一）总体情况\n"
        + "2022年度政府性基金预算财政拨款支出1640.00万元，比上年增加240.00万元，增长{0}%，主要是老旧小区改造集中支付。"
        + "年初预算为2000.00万元，{1}完成年初预算的{2}%。\n";

    /// <summary>
    /// The fund's expenditure carries its change (240.00 / 1400.00 = 17.14%) and the next sentence's budget takes it as its
    /// final (1640.00 / 2000.00 = 82.00%): both are checked now. Right figures give no Error.
    /// </summary>
    [Theory]
    [InlineData("支出决算")]
    [InlineData("支出")]
    public void FundTotal_ChangeAndBudget_AreChecked(string finalWord)
    {
        var (read, diagnostics) = Read(Fill(FundSection, "17.14", finalWord, "82.00"));

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("17.14", JsonAt(read, "/narrative/governmentFund/currentYearExpenditure/change/rate"));
        Assert.Equal("1640.00", JsonAt(read, "/narrative/governmentFund/budget/finalAmount"));
        Assert.Equal("82.00", JsonAt(read, "/narrative/governmentFund/budget/completionRate"));
    }

    /// <summary>A wrong rate of change (27.14% for 17.14%) is FA2104, a wrong completion rate (72.00% for 82.00%) FA2201.</summary>
    [Theory]
    [InlineData("27.14", "82.00", "FA2104", "/narrative/governmentFund/currentYearExpenditure/change/rate")]
    [InlineData("17.14", "72.00", "FA2201", "/narrative/governmentFund/budget/completionRate")]
    public void FundTotal_WrongRates_AreErrors(string changeRate, string completionRate, string rule, string pointer)
    {
        var (_, diagnostics) = Read(Fill(FundSection, changeRate, "支出决算", completionRate));

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(rule, error.RuleId);
        Assert.Equal(pointer, error.Pointers[0]);
    }

    // ---- F1: 主要是 after a budget exceeded ------------------------------------------------------------------------------

    private const string ItemLine = "某镇人民政府2020年度部门决算说明\n四、财政拨款支出决算情况说明\n1.一般公共服务支出（类）政府办公厅（室）及相关机构事务"
        + "（款）行政运行（项）：年初预算为300.00万元，支出决算为{0}万元，完成年初预算的{1}%。{2}\n";

    /// <summary>
    /// "决算数超出年初预算，主要是…" (and 超过, 未完成) in the sentence after the rate is the difference's reason: no FA2206
    /// (312.00 / 300.00 = 104.00%, 276.00 / 300.00 = 92.00%).
    /// </summary>
    [Theory]
    [InlineData("312.00", "104.00", "决算数超出年初预算，主要是人员增资。")]
    [InlineData("312.00", "104.00", "支出决算超过年初预算，主要是人员增资。")]
    [InlineData("276.00", "92.00", "决算数未完成年初预算，主要是人员增资。")]
    public void ZhuYaoShi_AfterBudgetExceeded_IsTheReason(string final, string rate, string reason)
    {
        var (read, diagnostics) = Read(Fill(ItemLine, final, rate, reason));

        Assert.Empty(Errors(diagnostics));
        Assert.Empty(Warnings(diagnostics));
        Assert.Equal("人员增资。", JsonAt(read, "/narrative/appropriation/items/0/budget/reason"));
    }

    /// <summary>"主要是用于…" describes a use, not a reason: the difference still has none (FA2206).</summary>
    [Fact]
    public void ZhuYaoShiYongYu_AfterBudgetExceeded_IsNoReason()
    {
        var (read, diagnostics) = Read(Fill(ItemLine, "312.00", "104.00", "决算数超出年初预算，主要是用于办公设备更新。"));

        Assert.Null(JsonAt(read, "/narrative/appropriation/items/0/budget/reason"));
        Assert.Contains(diagnostics, d => d.RuleId == "FA2206" && d.Severity == Severity.Warning);
    }

    // ---- F2: a unit's text ---------------------------------------------------------------------------------------------

    private const string UnitText = "一、{0}基本情况\n本中心为县卫健局所属公益一类事业单位，主要负责全县疾病预防控制。\n二、收入支出决算总体情况说明\n"
        + "2024年度收入总计860.00万元，支出总计860.00万元。\n三、其他重要事项的情况说明\n本单位对2024年度3个项目开展了绩效自评。\n";

    /// <summary>
    /// A text opening with 单位基本情况 is a unit's: 本单位 is its word (no FA8004). Under 部门基本情况 the kind is still not
    /// stated (a department's by default), and since session 39 本单位 there is no Warning either: the text states no 部门决算
    /// and counts no units (it says 本中心 is one 所属 unit), so no department of several units is shown to contradict.
    /// </summary>
    [Theory]
    [InlineData("单位", "unit", false)]
    [InlineData("部门", "department", false)]
    public void UnitBasicSituation_MakesAUnitsReport(string who, string kind, bool flagged)
    {
        var (read, diagnostics) = Read(Fill(UnitText, who));

        Assert.Equal(kind, JsonAt(read, "/entity/kind"));
        Assert.Equal(flagged, diagnostics.Any(d => d.RuleId == "FA8004" && d.Severity == Severity.Warning));
    }

    private static string Fill(string format, params object?[] values)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, values);
}
