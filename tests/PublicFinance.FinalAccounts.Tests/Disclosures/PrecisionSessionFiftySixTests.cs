using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 56 (r53fix, the false Errors of blind round 53), as our own invented texts: (1) a unit of the department named by
/// its own name (<c>；某市不动产登记中心基本支出…、项目支出…</c>, <c>其中：某市测绘院本年收入…</c>) is that unit's figure, a located
/// note — at the base (d39961e0) each such 基本支出/项目支出 was the department's again, an FA8003 Error per figure; (2) the
/// evaluated projects' 年初预算 total written beside their 全年预算数 is no budget total of the model (whose total is the
/// 全年预算数) — at the base the 年初 total took the place and FA3009 compared it with the projects' 全年预算数, a false Error;
/// (3) FA2006's message names the share it checked — at the base a wrong 服务类 share was reported under the title of the
/// SME shares.
/// </summary>
public sealed class PrecisionSessionFiftySixTests
{
    /// <summary>
    /// An invented 说明 of a 局 with two subordinate units whose 基本支出 and 项目支出 are given by unit after the totals:
    /// the 局机关 first (本级 words), then each unit by its name after a ';'.
    /// </summary>
    private static string UnitsText(string first, string second) =>
        "某市自然资源和规划局2023年度部门决算说明\n\n一、部门基本情况\n本局内设9个科室，下设2个事业单位。\n"
        + "二、支出决算情况\n本年支出合计3120.50万元，其中：基本支出2210.30万元，占70.83%；项目支出910.20万元，占29.17%。"
        + "其中，局机关本级基本支出1502.10万元、项目支出420.00万元；" + first + "基本支出388.40万元、项目支出275.60万元；"
        + second + "基本支出319.80万元、项目支出214.60万元。\n";

    /// <summary>
    /// Each unit named by its name after a ';' keeps its figures apart: no Error, the department's 基本支出 and 项目支出 as
    /// stated, a note per unit figure. Fails at the base: four FA8003 (388.40 / 275.60 / 319.80 / 214.60 each "the same
    /// figure stated twice" against 2210.30 or 910.20), as round 53 t04 had six.
    /// </summary>
    [Theory]
    [InlineData("某市不动产登记中心", "某市测绘院")]
    [InlineData("市自然资源执法支队", "市土地储备中心")]
    [InlineData("市国土资源调查所", "市规划展览馆")]
    public void UnitsNamedByTheirNames_AreTheirFigures_NotTheDepartments(string first, string second)
    {
        var (read, diagnostics) = Read(UnitsText(first, second));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("2210.30", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("910.20", JsonAt(read, "/narrative/expenditure/project/amount"));
        Assert.Equal(6, read.Notes.Count(n => n.MessageZh == DisclosureMessages.FigureOfAPart.Zh));
    }

    /// <summary>
    /// A unit named after 其中 in a sentence without any 本级 / 所属 word is its own figure too. Fails at the base: the
    /// sentence held no part's character (级, 属), so 612.84 was the department's 本年收入 again (FA8003).
    /// </summary>
    [Fact]
    public void AUnitNamedAfterQizhong_WithoutAPartsWord_IsItsFigure()
    {
        const string Text = "某县林业局2022年度部门决算说明\n\n一、收入支出决算总体情况\n2022年度本年收入合计1850.36万元，本年支出合计1820.16万元。"
            + "其中：县林业技术推广站本年收入612.84万元，本年支出603.20万元。\n";
        var (read, diagnostics) = Read(Text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1850.36", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal(2, read.Notes.Count(n => n.MessageZh == DisclosureMessages.FigureOfAPart.Zh));
    }

    /// <summary>
    /// Not a unit: the department itself (its title's name), or a name of the functional classification (综合医院, a 项).
    /// Its figure is read as before: the department's own 基本支出 after a ';' is the department's.
    /// </summary>
    [Fact]
    public void TheDepartmentsOwnName_IsNoSubordinateUnit()
    {
        const string Text = "某市公共资源交易中心2023年度部门决算说明\n\n一、支出决算情况\n"
            + "本年支出合计640.00万元；某市公共资源交易中心基本支出512.00万元，占80.00%；项目支出128.00万元，占20.00%。\n";
        var (read, diagnostics) = Read(Text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("512.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.DoesNotContain(read.Notes, n => n.MessageZh == DisclosureMessages.FigureOfAPart.Zh);
    }

    /// <summary>
    /// Property: whatever a unit's name (a place, a kind, a unit's word) and its figures, a unit named after a ';' never
    /// gives an Error and never changes the department's 基本支出.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property AnyNamedUnit_NeverBecomesTheDepartment()
    {
        var names = Gen.Elements("某市", "某县", "市", "县").SelectMany(place => Gen.Elements("档案", "测绘", "登记", "征收", "培训")
            .SelectMany(kind => Gen.Elements("中心", "院", "站", "所", "队", "馆").Select(end => place + kind + end)));
        var amounts = Gen.Choose(100, 99_999).Select(n => n / 100m);
        return Prop.ForAll(Arb.From(names), Arb.From(amounts), (name, basic) =>
        {
            var text = "某市自然资源和规划局2023年度部门决算说明\n\n一、支出决算情况\n本年支出合计3120.50万元，其中：基本支出2210.30万元，"
                + "占70.83%；项目支出910.20万元，占29.17%。其中，局机关本级基本支出1502.10万元；" + name + "基本支出"
                + basic.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "万元。\n";
            var (read, diagnostics) = Read(text);
            return Errors(diagnostics).Length == 0 && JsonAt(read, "/narrative/expenditure/basic/amount") == "2210.30";
        });
    }

    /// <summary>An invented 绩效自评 paragraph of three projects; <paramref name="totals"/> states their totals.</summary>
    private static string EvaluationText(string totals) =>
        "某市科学技术协会2021年度部门决算说明（节选）\n\n九、预算绩效管理工作开展情况\n"
        + "本部门组织对2021年度3个项目支出开展绩效自评，" + totals + "自评结果如下：\n"
        + "1.科普大篷车巡展项目。年初预算50.00万元，全年预算数40.00万元，全年执行数38.00万元，执行率95.00%，自评得分94.50分。\n"
        + "2.青少年科技创新大赛项目。年初预算30.00万元，全年预算数30.00万元，全年执行数27.00万元，执行率90.00%，自评得分91.00分。\n"
        + "3.学会能力提升补助项目。年初预算20.00万元，全年预算数12.00万元，全年执行数9.60万元，执行率80.00%，自评得分85.00分。\n";

    /// <summary>
    /// The 年初预算 total beside the 全年预算数: the 全年 total is the model's, the 年初 a note, no Error. Fails at the base:
    /// 100.00 (年初) took <c>/performance/projectBudget</c> and FA3009 reported it against 40.00 + 30.00 + 12.00 = 82.00.
    /// </summary>
    [Fact]
    public void AnInitialTotal_BesideTheFullYearTotal_IsANote()
    {
        var (read, diagnostics) = Read(EvaluationText("涉及年初预算100.00万元、全年预算数82.00万元，全年执行数74.60万元。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("82.00", JsonAt(read, "/performance/projectBudget"));
        Assert.Equal("74.60", JsonAt(read, "/performance/projectExecuted"));
        Assert.Contains(read.Notes, n => n.MessageZh == DisclosureMessages.InitialBudgetOfEvaluations.Zh);
    }

    /// <summary>The twin: a wrong 全年预算数 total (84.00 for 82.00) is still FA3009.</summary>
    [Fact]
    public void AWrongFullYearTotal_IsStillFA3009()
    {
        var (_, diagnostics) = Read(EvaluationText("涉及年初预算100.00万元、全年预算数84.00万元，全年执行数74.60万元。"));
        Assert.Equal(["FA3009 /performance/projectBudget"], Of(diagnostics, Severity.Error));
    }

    /// <summary>A 年初预算 total written alone is the total, as before (no full-year budget in its sentence).</summary>
    [Fact]
    public void AnInitialTotal_WrittenAlone_IsStillTheTotal()
    {
        var (read, _) = Read(EvaluationText("涉及年初预算100.00万元，全年执行数74.60万元。"));
        Assert.Equal("100.00", JsonAt(read, "/performance/projectBudget"));
        Assert.DoesNotContain(read.Notes, n => n.MessageZh == DisclosureMessages.InitialBudgetOfEvaluations.Zh);
    }

    /// <summary>A procurement paragraph whose 服务 share is <paramref name="services"/> and 中小企业 share <paramref name="sme"/>.</summary>
    private static string ProcurementText(string services, string sme) =>
        "某区文化广电和旅游局2022年度部门决算说明\n\n七、其他重要事项\n2022年度政府采购支出总额80.00万元，其中：政府采购货物支出20.00万元，"
        + "占25.00%；政府采购服务支出60.00万元，占" + services + "%。授予中小企业合同金额64.00万元，占政府采购支出总额的" + sme + "%。\n";

    /// <summary>
    /// A wrong 服务 share is named as the 服务 share. Fails at the base: the message said "Shares of contracts awarded to SMEs
    /// and micro/small enterprises".
    /// </summary>
    [Fact]
    public void AWrongServicesShare_IsNamedAsTheServicesShare()
    {
        var (_, diagnostics) = Read(ProcurementText("57.00", "80.00"));
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2006", error.RuleId);
        Assert.StartsWith("政府采购服务支出占政府采购支出总额的比例（分子 60.00，分母 80.00）", error.MessageZh, StringComparison.Ordinal);
        Assert.StartsWith("Services purchases as a share of total government procurement (numerator 60.00", error.MessageEn,
            StringComparison.Ordinal);
    }

    /// <summary>The twin: a wrong SME share keeps the rule's title, which is its name.</summary>
    [Fact]
    public void AWrongSmeShare_KeepsTheRulesTitle()
    {
        var (_, diagnostics) = Read(ProcurementText("75.00", "70.00"));
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2006", error.RuleId);
        Assert.StartsWith("授予中小企业、小微企业合同金额占比（分子 64.00，分母 80.00）", error.MessageZh, StringComparison.Ordinal);
    }
}
