using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The precision items of session 23 (issue 8, precision first; docs/reader.md "Precision decisions, session 23"), each with
/// invented texts of its own in several wordings: FA3011 compares the evaluations' executed amount and never a fund-scoped
/// one; a prior-year bracket after 收入总计; a ① list announced by its class line (如下：); a one-line page with only 来源
/// before its title; vehicle kinds that cannot all be categories; SME parts that add up to the procurement total.
/// </summary>
public class PrecisionRoundTwentyThreeTests
{
    private static string[] Warnings(List<Diagnostic> diagnostics) => RuleIds(diagnostics, Severity.Warning);

    // ---- 1. FA3011: the executed amount, and never a fund-scoped amount ----

    private const string Spending = "某县农业科学研究所2019年度单位决算说明\n二、支出决算情况说明\n"
        + "本年支出1822.45万元，其中：基本支出1043.18万元，占57.24%；项目支出779.27万元，占42.76%。\n六、预算绩效管理情况\n";

    /// <summary>
    /// The evaluations' budget 812.00 and execution 779.27; 项目支出 779.27 is spent money, so the execution covers it
    /// (779.27 = 779.27): no FA3011. Before, the budget was compared (812.00 ≠ 779.27: a false Warning).
    /// </summary>
    [Theory]
    [InlineData("本院对全部3个项目开展了绩效自评，涉及项目预算812.00万元，实际执行779.27万元，预算执行率为95.97%。")]
    [InlineData("本院对3个项目开展了绩效自评，项目全年预算数812.00万元，全年执行数779.27万元。")]
    [InlineData("本年度对3个项目开展绩效自评，涉及项目预算812.00万元，执行779.27万元。")]
    public void EvaluationsWhoseExecutionIsTheProjectSpending_RaiseNoFA3011(string sentence)
    {
        var (read, diagnostics) = Read(Spending + sentence + "\n");
        Assert.Equal("779.27", At(read, "/performance/projectExecuted/amount") ?? At(read, "/performance/projectExecuted"));
        Assert.DoesNotContain("FA3011", Warnings(diagnostics));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The execution 700.00 falls short of 项目支出 779.27 even though the budget 779.27 equals it: 79.27 of the spending is
    /// not covered, so FA3011 is a Warning naming the executed figure.
    /// </summary>
    [Fact]
    public void EvaluationsWhoseExecutionFallsShort_RaiseFA3011OnTheExecution()
    {
        var (_, diagnostics) = Read(Spending + "本院对3个项目开展了绩效自评，涉及项目预算779.27万元，实际执行700.00万元。\n");
        var coverage = Assert.Single(diagnostics, d => d.RuleId == "FA3011");
        Assert.Equal(Severity.Warning, coverage.Severity);
        Assert.Contains("/performance/projectExecuted", coverage.Pointers);
    }

    /// <summary>
    /// The evaluations scoped to one kind of funds (2108.19 of 一般公共预算 or 财政拨款 project spending, against all-fund 项目支出
    /// 779.27): not the projects' budget, execution or funds — a located note, and FA3011 has nothing to compare.
    /// </summary>
    [Theory]
    [InlineData("本部门对12个项目开展了绩效自评，涉及一般公共预算项目支出2108.19万元，自评结果均为“优”或“良”。")]
    [InlineData("本部门对12个项目开展了绩效自评，涉及财政拨款项目资金2108.19万元。")]
    [InlineData("本部门对12个项目开展了绩效自评，涉及一般公共预算资金2108.19万元。")]
    public void AFundScopedAmountOfTheEvaluations_IsANote(string sentence)
    {
        var (read, diagnostics) = Read(Spending + sentence + "\n");
        var performance = read.Report.Performance;
        Assert.Null(performance?.ProjectBudget);
        Assert.Null(performance?.ProjectExecuted);
        Assert.Null(performance?.ProjectFunds);
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("covers one kind of funds only", StringComparison.Ordinal));
        Assert.DoesNotContain("FA3011", Warnings(diagnostics));
    }

    /// <summary>The same sentence without a fund scope keeps its funds (涉及资金 2108.19, schema 1.4): the scope alone decides.</summary>
    [Fact]
    public void FundsWithoutAScope_AreStillTheEvaluationsFunds()
    {
        var (read, _) = Read(Spending + "本部门对12个项目开展了绩效自评，涉及资金2108.19万元。\n");
        Assert.Equal(2108.19m, read.Report.Performance?.ProjectFunds?.Value);
    }

    // ---- 2. a prior-year bracket right after 收入总计 ----

    private const string Overview = "某县农业局2021年度部门决算说明\n三、收入支出决算总体情况说明\n";

    /// <summary>
    /// 1,234.56 − 1,100.00 = 134.56 (the stated change), 134.56 / 1,100.00 = 12.23% (the stated rate): the bracket is the
    /// overall change's prior-year amount. Markers vary; 支出总计 as 收入总计.
    /// </summary>
    [Theory]
    [InlineData("2021年度收入总计1,234.56万元（上年：1,100.00万元），增加134.56万元，增长12.23%，主要是人员增加。")]
    [InlineData("本年收入总计1234.56万元（上年数为1100.00万元），比上年增加134.56万元，增长12.23%，主要是人员增加。")]
    [InlineData("2021年度收入总计1234.56万元（2020年：1100.00万元），增长12.23%，主要是人员增加。")]
    [InlineData("2021年度收入总计1234.56万元（上年决算数为1100.00万元），增加134.56万元，增长12.23%，主要是人员增加。")]
    [InlineData("2021年度支出总计1234.56万元（上年：1100.00万元），增加134.56万元，增长12.23%，主要是人员增加。")]
    public void ABracketAfterAGrandTotal_IsTheOverallPriorYearAmount(string sentence)
    {
        var (read, diagnostics) = Read(Overview + sentence + "\n");
        Assert.Equal("1100.00", At(read, "/narrative/overall/change/priorYearAmount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The bracket against a rate it does not give (134.56 / 1,100.00 = 12.23%, stated 15.00%) or a change it does not give
    /// (1,234.56 − 1,100.00 = 134.56, stated 150.00): a note, never the prior-year amount — which figure is wrong the text
    /// does not say.
    /// </summary>
    [Theory]
    [InlineData("增加134.56万元，增长15.00%")]
    [InlineData("增加150.00万元")]
    public void ABracketThatDisagreesWithTheChange_IsANote(string change)
    {
        var (read, _) = Read(Overview + "2021年度收入总计1,234.56万元（上年：1,100.00万元），" + change + "，主要是人员增加。\n");
        Assert.Null(At(read, "/narrative/overall/change/priorYearAmount"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("bracketed prior-year figure", StringComparison.Ordinal));
    }

    // ---- 3. a ① list announced by its class line ----

    private const string Health = "某县卫生健康局2021年度部门决算说明\n四、一般公共预算财政拨款支出决算情况\n（三）具体情况\n";

    /// <summary>
    /// "卫生健康支出（类）690.50万元，具体如下：" then 210.50 + 480.00 = 690.50: the class line announces its list, the lines are
    /// joined into its sentence, and the items are the class's 项 (codes 2100101, 2100408), not swallowed into the class.
    /// </summary>
    [Theory]
    [InlineData("具体如下：", "①", "②")]
    [InlineData("主要项级科目如下：", "①", "②")]
    [InlineData("明细如下：", "⑴", "⑵")]
    public void AListAnnouncedByItsClassLine_IsReadAsItsItems(string announce, string first, string second)
    {
        var (read, diagnostics) = Read(Health + "1.卫生健康支出（类）690.50万元，" + announce + "\n"
            + first + "行政运行（2100101）210.50万元，主要是人员经费；\n"
            + second + "基本公共卫生服务（2100408）480.00万元，主要是补助标准提高。\n");
        var items = read.Report.Narrative!.GeneralBudget!.Items;
        Assert.Equal(["2100101", "2100408"], items.Select(i => i.Code?.Value));
        Assert.Equal([210.50m, 480.00m], items.Select(i => i.Amount.Value));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A circled number before a 款/项 name is no part of the name: "①卫生健康管理事务（款）" is 卫生健康管理事务.</summary>
    [Fact]
    public void ACircledNumber_IsNoPartOfTheName()
    {
        var (read, _) = Read(Health + "1.卫生健康支出（类）690.50万元，主要项级科目如下：\n"
            + "①卫生健康管理事务（款）行政运行（项）210.50万元；\n②公共卫生（款）基本公共卫生服务（项）480.00万元。\n");
        Assert.All(read.Report.Narrative!.GeneralBudget!.Items, i => Assert.DoesNotContain('①', (i.SectionName ?? string.Empty) + i.Name));
        Assert.DoesNotContain(read.Report.Narrative!.GeneralBudget!.Items, i => (i.SectionName ?? string.Empty).Contains('②'));
    }

    /// <summary>
    /// An announced list that falls short (210.50 of 900.50: the text lists only the main item) is withdrawn as notes, so
    /// FA1205 (类 = Σ 项) is no false Error.
    /// </summary>
    [Fact]
    public void AnAnnouncedListThatFallsShort_IsWithdrawn()
    {
        var (read, diagnostics) = Read(Health + "1.卫生健康支出（类）900.50万元，主要项级科目如下：\n①行政运行（2100101）210.50万元。\n");
        Assert.Empty(read.Report.Narrative!.GeneralBudget!.Items);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1205");
        Assert.Empty(Errors(diagnostics));
    }

    // ---- 4. a one-line page with only 来源 before its title ----

    private const string Body = "一、部门基本情况（一）部门职责负责全县水资源的合理开发利用，拟定水利工作的政策和规划，组织编制全县水资源规划和水利综合规划、"
        + "防洪规划等重大水利规划并监督实施。（二）机构设置本部门下属单位2个，均为事业单位。二、收入支出决算总体情况说明2016年度收入总计1234.56万元，"
        + "比上年增加134.56万元，增长12.23%，主要是人员增加。三、收入决算情况说明2016年度收入合计1234.56万元，其中：财政拨款收入1200.00万元，"
        + "占97.20%；其他收入34.56万元，占2.80%。四、支出决算情况说明2016年度支出合计1234.56万元，其中：基本支出800.00万元，占64.80%；"
        + "项目支出434.56万元，占35.20%。";

    /// <summary>
    /// A line of 300+ characters: 来源 and its value, a space, the title, then the body's first heading with no space before
    /// it. The title ends where 一、 begins: the issuer is 某县水利局, the year 2016.
    /// </summary>
    [Theory]
    [InlineData("来源：某县财政局 ")]
    [InlineData("来源：县政府办公室 ")]
    [InlineData("信息来源：某县人民政府 ")]
    public void AScrapedLineWithOnlyItsSource_GivesTheTitle(string source)
    {
        var text = source + "某县水利局2016年度部门决算公开" + Body + "\n";
        Assert.True(text.Length > 300);
        var (read, diagnostics) = Read(text);
        Assert.Equal("某县水利局", read.Report.Entity.Name);
        Assert.Equal(2016, read.Report.Entity.FiscalYear);
        Assert.Equal("1234.56", At(read, "/narrative/overall/incomeGrandTotal/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    // ---- 5. vehicle kinds that cannot all be categories ----

    private const string Assets = "某县水利局2022年度部门决算说明\n七、国有资产占用情况\n截至2022年12月31日，本部门共有车辆";

    /// <summary>
    /// 防汛应急用车 read as 应急保障用车 before the text's own 应急保障用车 comes in the next paragraph: the two would repeat a
    /// category (a false FA4202). Decided once the text is read: the text's own kind is the "other" category, as when both are in
    /// one paragraph — 2 + 1 + 1 = 4, the count.
    /// </summary>
    [Theory]
    [InlineData("4辆。其中：防汛应急用车2辆，一般公务用车1辆。\n应急保障用车1辆。")]
    [InlineData("4辆，其中防汛应急用车2辆、一般公务用车1辆；\n另外，应急保障用车1辆。")]
    public void AnOwnEmergencyKindBeforeTheTemplatesOne_IsTheOtherCategory(string rest)
    {
        var (read, diagnostics) = Read(Assets + rest + "\n");
        var categories = read.Report.Narrative!.Assets!.Vehicles!.Categories;
        Assert.Single(categories, c => c.Category == VehicleCategory.EmergencySupport);
        Assert.Contains(categories, c => c.Category == VehicleCategory.Other && c.Label == "防汛应急用车" && c.Count == 2);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// A kind that finds no category (a second kind the template does not name, next to 其他用车) leaves the kinds short of the
    /// count (1 + 1 + 2 = 4 of 5): the kinds are withdrawn as notes, the count 5 stays, and FA4201 is no false Error.
    /// </summary>
    [Theory]
    [InlineData("5辆，其中：一般公务用车1辆，应急保障用车1辆。防汛应急用车2辆，其他用车1辆。")]
    [InlineData("5辆，其中：一般公务用车1辆，应急保障用车1辆，防汛应急用车2辆，其他用车1辆。")]
    [InlineData("5辆，其中：一般公务用车1辆，执法执勤用车1辆，业务用车2辆，其他用车1辆。")]
    public void KindsThatCannotAllBeCategories_AreWithdrawn(string rest)
    {
        var (read, diagnostics) = Read(Assets + rest + "\n");
        var vehicles = read.Report.Narrative!.Assets!.Vehicles!;
        Assert.Equal(5, vehicles.Count);
        Assert.Empty(vehicles.Categories);
        Assert.Contains(read.Notes, n => n.MessageEn == DisclosureMessages.VehicleKindsWithdrawn.En);
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA4201" or "FA4202");
    }

    /// <summary>
    /// A kind left unplaced inside a kind that makes the count ("其他用车2辆（校车1辆、实训教学用车1辆）": 2 = 2) is a part of it:
    /// the kinds stay.
    /// </summary>
    [Fact]
    public void AnUnplacedPartOfAKindThatMakesTheCount_LeavesTheKinds()
    {
        var (read, _) = Read(Assets + "2辆，其中：其他用车2辆（校车1辆、实训教学用车1辆），主要用于学生接送。\n");
        Assert.Contains(read.Report.Narrative!.Assets!.Vehicles!.Categories, c => c.Category == VehicleCategory.Other && c.Count == 2);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn == DisclosureMessages.VehicleKindsWithdrawn.En);
    }

    // ---- 6. SME parts and the procurement total ----

    private const string Procurement = "某市住建局2023年度部门决算说明\n九、政府采购支出情况\n2023年度本部门政府采购支出总额1000.00万元";

    /// <summary>
    /// The parts after the SME total add up to the procurement total of the earlier sentence (300 + 200 + 500 = 1000), not to
    /// the SME total 800: they are withdrawn as notes, and FA4103 (800 ≠ 1000) is no false Error.
    /// </summary>
    [Theory]
    [InlineData("。授予中小企业合同金额800.00万元，占政府采购支出总额的80.00%，其中：货物300.00万元、工程200.00万元、服务500.00万元。")]
    [InlineData("。其中授予中小企业合同金额800.00万元，其中：货物类300.00万元，工程类200.00万元，服务类500.00万元。")]
    public void SmePartsThatMakeTheProcurementTotal_AreNotes(string rest)
    {
        var (read, diagnostics) = Read(Procurement + rest + "\n");
        var procurement = read.Report.Narrative!.Procurement!;
        Assert.Equal(800.00m, procurement.SmeContracts?.Amount.Value);
        Assert.Null(procurement.SmeGoods);
        Assert.Null(procurement.SmeServices);
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("add up to 1000.00", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA4103");
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>Parts that add up to the SME total (200 + 150 + 450 = 800) are its parts: placed, FA4103 holds.</summary>
    [Fact]
    public void SmePartsThatMakeTheSmeTotal_ArePlaced()
    {
        var (read, diagnostics) = Read(Procurement + "。授予中小企业合同金额800.00万元，其中：货物200.00万元、工程150.00万元、服务450.00万元。\n");
        Assert.Equal(450.00m, read.Report.Narrative!.Procurement!.SmeServices?.Amount?.Value);
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// "政府购买服务…授予中小企业 450.00 万元，占…90.00%": 政府购买服务 is a budget category of its own, not the procurement's
    /// 服务 kind, so the figure is not the SME services amount (a note), and no Error comes of it.
    /// </summary>
    [Theory]
    [InlineData("，授予中小企业合同金额800.00万元。其中，政府购买服务合同授予中小企业450.00万元，占服务采购金额的90.00%。")]
    [InlineData("，授予中小企业合同金额800.00万元。政府购买服务项目授予中小企业合同金额450.00万元，占比90.00%。")]
    public void GovernmentPurchasedServices_AreNotTheSmeServices(string rest)
    {
        var (read, diagnostics) = Read(Procurement + rest + "\n");
        Assert.Null(read.Report.Narrative!.Procurement!.SmeServices);
        Assert.Equal(800.00m, read.Report.Narrative!.Procurement!.SmeContracts?.Amount.Value);
        Assert.Empty(Errors(diagnostics));
    }
}
