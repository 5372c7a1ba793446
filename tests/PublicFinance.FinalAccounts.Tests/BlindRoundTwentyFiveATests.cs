using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Tests.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The false-Error, false-Warning and silent-drop families of the session 25 blind excerpts that blindfixa fixed, on invented
/// texts of their own (several wordings each; none is a copy of the blind texts), each with a near miss that must still be
/// read: a 项目支出 table is not the 三公 table (r1); short section headings (r10/r11); a fund's sentence and a fund's name in the
/// 财政拨款 section (r3); an item 其他… is not the whole (r4); an average is not its item (r5).
/// </summary>
public class BlindRoundTwentyFiveATests
{
    private static (DisclosureReadResult Read, List<Diagnostic> Diagnostics) Check(string text) => TextReading.Read(text);

    private static string[] Errors(List<Diagnostic> diagnostics) => TextReading.Errors(diagnostics);

    private static string[] Warnings(List<Diagnostic> diagnostics) => TextReading.Warnings(diagnostics);

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.At(read, pointer);

    // ---- r1: a 项目支出 table is not the 三公 table ----

    private const string Title = "某市残疾人联合会2022年度部门决算\n";

    /// <summary>The 三公 paragraph after the table: total 18.60 = 0 + 12.40 + 6.20 (its budget not stated).</summary>
    private const string ThreePublicParagraph = "六、“三公”经费财政拨款支出决算情况说明\n"
        + "2022年度“三公”经费财政拨款支出18.60万元。其中：因公出国（境）费0万元；公务用车购置及运行费12.40万元；公务接待费6.20万元。\n";

    /// <summary>
    /// A project table (named projects; 年初预算 / 全年预算 / 决算数 / 执行率) whose rows hold 运行 or 购置 and end in 合计: none is a
    /// 三公 item, so the 三公 figures are the paragraph's alone (total 18.60, vehicles 12.40) and nothing contradicts them.
    /// Before: 康复中心运行补助 became 公务用车运行费 and 合计 the 三公 total (FA8003, FA2201). Titles vary; the third table has
    /// no title at all and is told by its rows (a project row makes its 合计 no 三公 total; 运行 without 车 is no vehicle item).
    /// </summary>
    [Theory]
    [InlineData("五、项目支出决算情况\n本部门重点项目支出情况如下（单位：万元）：\n")]
    [InlineData("五、重点项目绩效情况\n单位：万元\n")]
    [InlineData("五、其他情况\n")]
    public void AProjectTable_IsNotTheThreePublicTable(string heading)
    {
        var (read, diagnostics) = Check(Title + heading
            + "项目名称\t年初预算\t全年预算\t决算数\t执行率\n"
            + "残疾人就业扶持资金\t500.00\t520.00\t494.00\t95.00%\n"
            + "康复中心运行补助\t300.00\t320.00\t320.00\t100.00%\n"
            + "辅具设备购置项目\t80.00\t80.00\t72.00\t90.00%\n"
            + "合计\t880.00\t920.00\t886.00\t96.30%\n"
            + ThreePublicParagraph);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("18.60", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("12.40", At(read, "/narrative/threePublic/vehiclesSubtotal/amount"));
        Assert.Null(At(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Null(At(read, "/narrative/threePublic/vehiclePurchase/amount"));
        Assert.Null(At(read, "/narrative/threePublic/total/budget/budgetAmount"));
    }

    /// <summary>
    /// The near miss: a 三公 table by item (its title names 三公; rows 运行费 / 购置费 bare under the vehicles, 合计 first) is still
    /// read — total 18.60 (budget 20.00), 运行费 8.40, 购置费 4.00 — and agrees with the paragraph.
    /// </summary>
    [Fact]
    public void AThreePublicTable_IsStillRead()
    {
        var (read, diagnostics) = Check(Title + "五、“三公”经费财政拨款支出决算表（单位：万元）\n"
            + "项目\t预算数\t决算数\n"
            + "合计\t20.00\t18.60\n"
            + "因公出国（境）费\t0.00\t0.00\n"
            + "公务用车购置及运行费\t13.00\t12.40\n"
            + "其中：购置费\t4.00\t4.00\n"
            + "运行费\t9.00\t8.40\n"
            + "公务接待费\t7.00\t6.20\n"
            + ThreePublicParagraph);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("18.60", At(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("8.40", At(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("4.00", At(read, "/narrative/threePublic/vehiclePurchase/amount"));
    }

    // ---- r10/r11: short section headings ----

    /// <summary>
    /// "（二）支出情况" after "（一）收入情况" enters the expenditure: 支出合计 6210.40 = 基本 4100.25 + 项目 2110.15; and
    /// "（三）基本支出按经济分类情况" enters the 基本支出, whose 经济分类 shares (占基本支出的 …) are never the income's: before,
    /// they landed on 其他收入's share (FA2001, FA8003).
    /// </summary>
    [Theory]
    [InlineData("（二）支出情况", "（三）基本支出按经济分类情况")]
    [InlineData("（二）支出情况说明", "（三）基本支出情况")]
    [InlineData("（二）支出说明", "（三）基本支出情况说明")]
    public void ShortSubsectionHeadings_EnterTheirSections(string expenditure, string basic)
    {
        var (read, diagnostics) = Check("某省自然博物馆2021年度单位决算公开\n二、2021年度单位决算收支情况说明\n（一）收入情况\n"
            + "2021年度本年收入合计6300.00万元，其中：财政拨款收入5800.00万元，事业收入420.00万元，其他收入80.00万元。\n"
            + expenditure + "\n"
            + "2021年度本年支出合计6210.40万元。按支出性质划分，基本支出4100.25万元，项目支出2110.15万元。\n"
            + basic + "\n"
            + "工资福利支出2870.18万元，占基本支出的70.00%；商品和服务支出1025.06万元，占基本支出的25.00%；"
            + "对个人和家庭的补助205.01万元，占基本支出的5.00%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("6210.40", At(read, "/narrative/expenditure/total/amount"));
        Assert.Equal("4100.25", At(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("2110.15", At(read, "/narrative/expenditure/project/amount"));
        Assert.Equal("80.00", At(read, "/narrative/income/otherIncome/amount"));
        Assert.Null(At(read, "/narrative/income/otherIncome/share"));
    }

    /// <summary>
    /// "二、收支情况" (a township's one heading) enters the overview: 收入合计 980.50 (all 财政拨款), 支出合计 960.30 = 基本 610.20 +
    /// 项目 350.10. Before, the text read "no figure".
    /// </summary>
    [Theory]
    [InlineData("二、收支情况")]
    [InlineData("二、收入支出情况")]
    [InlineData("二、收支情况说明")]
    public void ACombinedFlowHeading_EntersTheOverview(string heading)
    {
        var (read, diagnostics) = Check("某县某乡人民政府2016年度部门决算公开情况说明\n" + heading + "\n"
            + "2016年度收入合计980.50万元，全部为财政拨款收入。\n2016年度支出合计960.30万元，其中基本支出610.20万元，项目支出350.10万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("980.50", At(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("960.30", At(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("610.20", At(read, "/narrative/expenditure/basic/amount"));
    }

    /// <summary>
    /// The near miss: "（二）支出情况" inside a 政府性基金 section is that fund's, not the whole expenditure: the fund's 本年支出
    /// 120.00 stays the fund's and nothing is placed at the expenditure.
    /// </summary>
    [Fact]
    public void ASubsectionHeadingInsideAFund_StaysInTheFund()
    {
        var (read, _) = Check("某县水利局2021年度部门决算\n七、政府性基金预算财政拨款收入支出决算情况说明\n（二）支出情况\n"
            + "本年支出120.00万元。\n");
        Assert.Equal("120.00", At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Null(At(read, "/narrative/expenditure/total/amount"));
    }

    // ---- r3: a fund's sentence and a fund's name in the 财政拨款 section ----

    /// <summary>
    /// In the 财政拨款 section, "财政拨款收入 5120.00 万元（一般公共预算 4800.00 万元，政府性基金预算 320.00 万元）": 5120.00 is the
    /// appropriation's income, the bracketed figures are the funds' parts (figures since session 36), never a budget; the next
    /// sentence's subject
    /// is 政府性基金, so its 本年收入 320.00 and 本年支出 300.00 are the fund's, never the appropriation's (before: FA1208
    /// 300.00 against the 一般公共预算 spending).
    /// </summary>
    [Theory]
    [InlineData("政府性基金预算财政拨款年初结转和结余40.00万元，本年收入320.00万元，本年支出300.00万元，年末结转和结余60.00万元。")]
    [InlineData("政府性基金预算财政拨款本年收入320.00万元，本年支出300.00万元。")]
    public void AFundSentence_InTheAppropriationSection_IsTheFunds(string fundSentence)
    {
        var (read, diagnostics) = Check("某县卫生健康局2020年度部门决算\n四、财政拨款收入支出决算总体情况说明\n"
            + "2020年度财政拨款收入5120.00万元（一般公共预算4800.00万元，政府性基金预算320.00万元）。\n" + fundSentence + "\n"
            + "五、一般公共预算财政拨款支出决算情况说明\n2020年度一般公共预算财政拨款支出4750.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("5120.00", At(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Null(At(read, "/narrative/appropriation/budget/budgetAmount"));
        Assert.Null(At(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Equal("320.00", At(read, "/narrative/governmentFund/currentYearIncome/amount"));
        Assert.Equal("300.00", At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        // Session 36: the bracket lists the income's known parts, so they are figures now (BracketedParts), not notes.
        Assert.Equal("4800.00", At(read, "/narrative/appropriation/generalBudgetIncome/amount"));
        Assert.False(TextReading.Noted(read, "fund's name"));
    }

    /// <summary>The near miss: a budget named with its basis (年初一般公共预算 …) is still a budget.</summary>
    [Fact]
    public void ABudgetWithItsBasis_IsStillABudget()
    {
        var (read, _) = Check("某县卫生健康局2020年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
            + "2020年度一般公共预算财政拨款支出4750.00万元，年初预算为4500.00万元，完成年初预算的105.56%。\n");
        // 4750 / 4500 = 105.555… → 105.56 %.
        Assert.Equal("4500.00", At(read, "/narrative/generalBudget/total/budget/budgetAmount"));
    }

    // ---- r4: an item 其他… is not the whole ----

    /// <summary>
    /// "其他国有资本经营预算支出 30.00 万元" (and 其他政府性基金支出) in a list after the total: one item, never the total (150.00
    /// / 200.00). Before: FA8003 (30.00 against 150.00).
    /// </summary>
    [Theory]
    [InlineData("（七）国有资本经营预算财政拨款支出决算情况说明\n2021年度国有资本经营预算财政拨款支出150.00万元。具体为：国有企业资本金注入120.00万元；"
        + "其他国有资本经营预算支出30.00万元。", "/narrative/stateCapital/currentYearExpenditure/amount", "150.00")]
    [InlineData("（六）政府性基金预算财政拨款收入支出决算情况\n2021年度政府性基金预算财政拨款本年支出200.00万元，主要用于：城乡社区支出170.00万元，"
        + "其他政府性基金支出30.00万元。", "/narrative/governmentFund/currentYearExpenditure/amount", "200.00")]
    public void AnOtherItem_IsNotTheWhole(string section, string pointer, string total)
    {
        var (read, diagnostics) = Check("某市体育局2021年度部门决算\n" + section + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(total, At(read, pointer));
        Assert.True(TextReading.Noted(read, "An item named"));
    }

    /// <summary>The near miss: 其他收入 is its own figure (income.otherIncome 12.00), not a part withheld.</summary>
    [Fact]
    public void OtherIncome_IsStillOtherIncome()
    {
        var (read, diagnostics) = Check("某市体育局2021年度部门决算\n二、收入决算情况说明\n本年收入合计112.00万元，其中：财政拨款收入100.00万元，"
            + "其他收入12.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("12.00", At(read, "/narrative/income/otherIncome/amount"));
    }

    // ---- r5: an average is not its item ----

    /// <summary>
    /// 公务用车运行费 7.20 with 6 vehicles: "车均运行费 1.20 万元" (7.20 / 6), "平均每辆车运行费 1.20 万元", "单车平均运行维护费…" are
    /// averages, never 公务用车运行费 (before: FA8003 1.20 against 7.20); 公务接待费 3.00 "人均 150 元" likewise.
    /// </summary>
    [Theory]
    [InlineData("车均运行费1.20万元")]
    [InlineData("平均每辆车运行费1.20万元")]
    [InlineData("每辆车年均运行维护费1.20万元")]
    public void AnAverage_IsNotTheItem(string average)
    {
        var (read, diagnostics) = Check("某区林业局2022年度部门决算\n四、“三公”经费财政拨款支出决算情况说明\n"
            + "2022年度“三公”经费财政拨款支出10.20万元。其中：因公出国（境）费0万元；公务用车购置及运行费7.20万元，其中：公务用车购置费0万元，"
            + "公务用车运行费7.20万元，年末公务用车保有量6辆，" + average + "；公务接待费3.00万元，人均150元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("7.20", At(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.Equal("3.00", At(read, "/narrative/threePublic/reception/amount"));
        Assert.True(TextReading.Noted(read, "An average"));
    }

    /// <summary>The near miss: without an average word the same clause is the item (运行费 7.20).</summary>
    [Fact]
    public void WithoutAnAverageWord_TheItemIsRead()
    {
        var (read, diagnostics) = Check("某区林业局2022年度部门决算\n四、“三公”经费财政拨款支出决算情况说明\n"
            + "2022年度“三公”经费财政拨款支出10.20万元。其中：因公出国（境）费0万元；公务用车运行费7.20万元；公务接待费3.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("7.20", At(read, "/narrative/threePublic/vehicleOperation/amount"));
        Assert.False(TextReading.Noted(read, "An average"));
    }

    // ---- r13: a budget difference's reason in the next sentence ----

    private const string GeneralBudgetHead = "某区民政局2023年度部门决算\n四、一般公共预算财政拨款支出决算情况说明\n";

    /// <summary>
    /// 一般公共预算财政拨款支出 3360.00 against 年初预算 3200.00 (105.00 %): the next sentence names the difference and gives its
    /// reason after 主要是 / 主要系 — attached to the 年初 comparison, so no FA2206 warning. Before: a weak marker counted only
    /// after a direction word of its own sentence.
    /// </summary>
    [Theory]
    [InlineData("决算数与年初预算的差异，主要是年中追加社会救助资金。")]
    [InlineData("决算数与年初预算数的差额，主要系年中追加社会救助资金。")]
    [InlineData("与预算的差异主要是年中追加社会救助资金。")]
    public void ABudgetDifferenceReason_InTheNextSentence_IsAttached(string reason)
    {
        var (read, diagnostics) = Check(GeneralBudgetHead + "2023年度一般公共预算财政拨款支出3360.00万元，年初预算为3200.00万元，"
            + "决算数为年初预算的105.00%。" + reason + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(Warnings(diagnostics), w => w.StartsWith("FA2206", StringComparison.Ordinal));
        Assert.Equal("年中追加社会救助资金。", read.Report.Narrative!.GeneralBudget!.Total!.Budget!.Reason);
    }

    /// <summary>
    /// The near miss: a reason that names the other basis (全年预算) is never the 年初 comparison's — it is left unattached
    /// (the warning that the 年初 difference has no reason stays true).
    /// </summary>
    [Fact]
    public void AReasonOfTheOtherBasis_IsNotAttached()
    {
        var (read, _) = Check(GeneralBudgetHead + "2023年度一般公共预算财政拨款支出3360.00万元，年初预算为3200.00万元，"
            + "决算数为年初预算的105.00%。决算数与全年预算的差异，主要是部分项目资金收回。\n");
        Assert.Null(read.Report.Narrative!.GeneralBudget!.Total!.Budget!.Reason);
    }

    // ---- r8: a reason after a change in a '；' list ----

    /// <summary>
    /// In a '；' list, an earlier item's composition note (事业收入 …，主要是门诊收费) is no reason (it has no change); a later
    /// item's reason after its change (经营收入 减少 120.00 万元，下降 5.0%，主要是…) is still its own. Before: the first 主要是, refused,
    /// hid every later one, and the change warned it had no reason (FA2106).
    /// </summary>
    [Theory]
    [InlineData("主要是门诊收费")]
    [InlineData("主要是培训收费和检测收费")]
    public void AReasonAfterAChange_InAList_IsAttached(string composition)
    {
        var (read, diagnostics) = Check("某县某农场2018年度部门决算说明\n三、收入决算情况\n本年收入合计5000.00万元，其中：\n"
            + "财政拨款收入2300.00万元，占46.0%；\n事业收入400.00万元，占8.0%，" + composition + "；\n"
            + "经营收入2280.00万元，占45.6%，同比减少120.00万元，下降5.0%，主要是苗木销售收入减少；\n其他收入20.00万元。\n");
        // 2280 + 120 = 2400 the year before; 120 / 2400 = 5.0 %.
        Assert.Empty(Errors(diagnostics));
        var income = read.Report.Narrative!.Income!;
        Assert.Equal("苗木销售收入减少", income.BusinessIncome!.Change!.Reason?.TrimEnd('；', ';', '。'));
        Assert.Null(income.ServiceIncome!.Change);
    }

    // ---- r12: a heading of both 政府采购 and 机关运行经费 ----

    /// <summary>
    /// Under one heading of both, each sentence is read by its subject: 政府采购 1200.00 = 货物类 800.00 + 工程类 300.00 + 服务类
    /// 100.00, and 机关运行经费 85.00. Before: the heading's first key (机关运行经费) held the 政府采购 figures, which were lost.
    /// </summary>
    [Theory]
    [InlineData("八、政府采购及机关运行经费情况")]
    [InlineData("八、机关运行经费和政府采购情况")]
    public void ACombinedProcurementHeading_ReadsEachSubject(string heading)
    {
        var (read, diagnostics) = Check("某县某农场2018年度部门决算说明\n" + heading + "\n"
            + "2018年度政府采购支出总额1200.00万元，其中：货物类800.00万元；工程类300.00万元；服务类100.00万元。\n"
            + "2018年度机关运行经费支出85.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1200.00", At(read, "/narrative/procurement/total/amount"));
        Assert.Equal("800.00", At(read, "/narrative/procurement/goods/amount"));
        Assert.Equal("85.00", At(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
    }

    // ---- review 25 (revfixb): a 财政拨款收入 label of another period or of one government level ----

    /// <summary>The overview and the 财政拨款 section's first sentence: appropriation income grand total 500.00 of 600.00.</summary>
    private const string AppropriationOpening = "某县某局2022年度部门决算说明\n一、收入支出决算总体情况说明\n"
        + "2022年度收入总计600.00万元，支出总计600.00万元。\n二、财政拨款收入支出决算总体情况说明\n"
        + "2022年度财政拨款收入总计500.00万元，";

    /// <summary>
    /// A 财政拨款收入 of another period (上年, 上年度, 年初预算, 上年同期, 预算) is not this year's: 400.00 is left unplaced (a note),
    /// never the appropriation's current-year income. Before: 400.00 became appropriation/currentYearIncome and FA1204 said
    /// it disagreed with the grand total 500.00 — a false Error.
    /// </summary>
    [Theory]
    [InlineData("比上年增加100.00万元，主要原因是人员增加。上年财政拨款收入400.00万元。")]
    [InlineData("其中年初财政拨款结转和结余50.00万元。上年财政拨款收入400.00万元。")]
    [InlineData("比上年增加100.00万元。上年度财政拨款收入400.00万元。")]
    [InlineData("支出总计500.00万元。年初预算财政拨款收入400.00万元。")]
    [InlineData("支出总计500.00万元。上年同期财政拨款收入400.00万元。")]
    [InlineData("支出总计500.00万元。预算财政拨款收入400.00万元。")]
    public void AnotherPeriodsAppropriationIncome_IsNotThisYears(string rest)
    {
        var (read, diagnostics) = Check(AppropriationOpening + rest + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.NotEqual("400.00", At(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Equal("500.00", At(read, "/narrative/appropriation/incomeGrandTotal/amount"));
        Assert.True(TextReading.Noted(read, "could not place"));
    }

    /// <summary>
    /// One government level's 财政拨款收入 (市级 300.00 and 区级 200.00 after 其中; 省级, 县级, 中央, 本级 with or without 其中) is
    /// a part of the appropriation's income, never the whole: neither is placed at currentYearIncome. Before: 300.00 was the
    /// income and 200.00 collided with it (FA8003, a false Error).
    /// </summary>
    [Theory]
    [InlineData("支出总计500.00万元。其中：市级财政拨款收入300.00万元，区级财政拨款收入200.00万元。")]
    [InlineData("支出总计500.00万元。其中省级财政拨款收入300.00万元，县级财政拨款收入200.00万元。")]
    [InlineData("支出总计500.00万元。省级财政拨款收入300.00万元，县级财政拨款收入200.00万元。")]
    [InlineData("支出总计500.00万元。中央财政拨款收入300.00万元，本级财政拨款收入200.00万元。")]
    public void OneLevelsAppropriationIncome_IsAPartNotTheWhole(string rest)
    {
        var (read, diagnostics) = Check(AppropriationOpening + rest + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Equal("500.00", At(read, "/narrative/appropriation/incomeGrandTotal/amount"));
    }

    /// <summary>
    /// The near miss: a bare or 本年 label ("2022年度财政拨款收入", "本年财政拨款收入", "本年度财政拨款收入", "财政拨款收入", also
    /// after 其中 under the grand total) with no fund named is still the appropriation's current-year income, 450.00 (of the
    /// grand total 500.00).
    /// </summary>
    [Theory]
    [InlineData("支出总计500.00万元。2022年度财政拨款收入450.00万元。")]
    [InlineData("支出总计500.00万元。本年财政拨款收入450.00万元。")]
    [InlineData("支出总计500.00万元。本年度财政拨款收入450.00万元。")]
    [InlineData("支出总计500.00万元。财政拨款收入450.00万元。")]
    [InlineData("支出总计500.00万元；财政拨款收入450.00万元，年初财政拨款结转和结余50.00万元。")]
    [InlineData("其中：本年财政拨款收入450.00万元，年初财政拨款结转和结余50.00万元。")]
    public void ABareAppropriationIncome_IsStillRead(string rest)
    {
        var (read, diagnostics) = Check(AppropriationOpening + rest + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("450.00", At(read, "/narrative/appropriation/currentYearIncome/amount"));
    }
}
