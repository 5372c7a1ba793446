using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 60 (prose60; our own invented texts): project self-evaluations (项目绩效自评) written one paragraph per project under a
/// scoring rule stated once ("各项目满分100分，其中预算执行率10分、产出指标40分、…"), read into <c>/performance/evaluations</c> with
/// the rule's weights so that FA3003 weighs each stated total; the overview's totals after a staff paragraph under a heading
/// the reader does not know (收支概况); and the first item of a list led by "主要用于：".
/// </summary>
public sealed class ProseSessionSixtyTests
{
    /// <summary>One project's evaluation: amounts in hundredths of a 万元, scores in tenths, the total as printed (null: the sum).</summary>
    internal sealed record Project(string Name, long Budget, long Executed, int Output, int Benefit, int Satisfaction,
        int? StatedTotal = null, string? StatedRate = null);

    /// <summary>The scoring rule of the invented texts: 执行率 10, 产出 40, 效益 30, 满意度 20 of 100.</summary>
    private const string Rule = "各项目满分100分，其中预算执行率10分、产出指标40分、效益指标30分、满意度指标20分。";

    /// <summary>The execution rate in per cent, rounded half away from zero to 2 places.</summary>
    private static decimal Rate(Project p) => Math.Round(p.Executed * 100m / p.Budget, 2, MidpointRounding.AwayFromZero);

    /// <summary>The fund line's score in tenths: 10 × min(rate, 100%), rounded to 0.1.</summary>
    private static int FundScore(Project p) => (int)Math.Round(Math.Min(Rate(p), 100m), 0, MidpointRounding.AwayFromZero);

    /// <summary>The sum of a project's scores in tenths.</summary>
    private static int Total(Project p) => FundScore(p) + p.Output + p.Benefit + p.Satisfaction;

    /// <summary>Tenths written as the texts write them ("46.5").</summary>
    private static string Tenths(int tenths) => (tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>The grade a total in tenths calls for (优 ≥ 90, 良 80–90, 中 60–80, 差 below).</summary>
    private static string Grade(int tenths) => tenths >= 900 ? "优" : tenths >= 800 ? "良" : tenths >= 600 ? "中" : "差";

    /// <summary>One project's paragraph: "名称：年度预算…万元，全年执行…万元，预算执行率…%，得…分；产出指标得…分，…".</summary>
    private static string Paragraph(Project p, string head = "")
    {
        var total = p.StatedTotal ?? Total(p);
        return $"{head}{p.Name}：年度预算{PlainMoney(p.Budget)}万元，全年执行{PlainMoney(p.Executed)}万元，预算执行率"
            + $"{p.StatedRate ?? Rate(p).ToString("0.00", CultureInfo.InvariantCulture)}%，得{Tenths(FundScore(p))}分；"
            + $"产出指标得{Tenths(p.Output)}分，效益指标得{Tenths(p.Benefit)}分，满意度指标得{Tenths(p.Satisfaction)}分，"
            + $"自评总得分{Tenths(total)}分，评价等级为“{Grade(total)}”。\n";
    }

    /// <summary>An invented 退役军人事务局 说明 whose 绩效 section states the rule once, then one paragraph per project.</summary>
    internal static string Text(string rule, params Project[] projects)
        => "某县退役军人事务局2021年度部门决算说明\n\n"
            + "一、部门基本情况\n"
            + "县退役军人事务局内设综合股、优抚安置股2个股室，年末实有人员18人。\n\n"
            + "二、项目绩效自评情况\n"
            + $"2021年度对{projects.Length}个项目开展绩效自评。{rule}\n"
            + string.Concat(projects.Select(p => Paragraph(p)));

    /// <summary>Two projects whose totals are their scores' sums.</summary>
    private static readonly Project[] Clean =
    [
        new("退役军人服务站建设项目", 36_000, 34_812, 372, 276, 184),
        new("优抚对象走访慰问项目", 12_500, 11_050, 341, 262, 171),
    ];

    /// <summary>Each paragraph is its project's evaluation: the funds, the scores and the rule's weights.</summary>
    [Fact]
    public void ScoringRule_GivesEachProjectItsWeights()
    {
        var (read, diagnostics) = Read(Text(Rule, Clean));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("退役军人服务站建设项目", JsonAt(read, "/performance/evaluations/0/name"));
        Assert.Equal("360.00", JsonAt(read, "/performance/evaluations/0/funds/0/fullYearBudget"));
        Assert.Equal("348.12", JsonAt(read, "/performance/evaluations/0/funds/0/executed"));
        Assert.Equal("96.70", JsonAt(read, "/performance/evaluations/0/funds/0/executionRate"));
        Assert.Equal("9.7", JsonAt(read, "/performance/evaluations/0/funds/0/score"));
        Assert.Equal("10", JsonAt(read, "/performance/evaluations/0/funds/0/weight"));
        Assert.Equal("产出指标", JsonAt(read, "/performance/evaluations/0/indicators/0/level1"));
        Assert.Equal("40", JsonAt(read, "/performance/evaluations/0/indicators/0/weight"));
        Assert.Equal("37.2", JsonAt(read, "/performance/evaluations/0/indicators/0/score"));
        Assert.Equal("20", JsonAt(read, "/performance/evaluations/1/indicators/2/weight"));
        Assert.Equal("17.1", JsonAt(read, "/performance/evaluations/1/indicators/2/score"));
        Assert.Equal("100", JsonAt(read, "/performance/evaluations/1/totalWeight"));
        Assert.Equal(Tenths(Total(Clean[1])), JsonAt(read, "/performance/evaluations/1/totalScore"));
        Assert.Equal("good", JsonAt(read, "/performance/evaluations/1/grade"));
    }

    /// <summary>A printed total that is not the sum of its parts is FA3003 at that project's total.</summary>
    [Fact]
    public void ScoringRule_PlantedTotal_IsFA3003()
    {
        var planted = Clean[1] with { StatedTotal = Total(Clean[1]) + 40 };
        var (_, diagnostics) = Read(Text(Rule, Clean[0], planted));
        Assert.Equal(["FA3003 /performance/evaluations/1/totalScore"], Of(diagnostics, Severity.Error));
    }

    /// <summary>A printed execution rate that is not 全年执行 over 年度预算 is FA3004.</summary>
    [Fact]
    public void ScoringRule_PlantedRate_IsFA3004()
    {
        var planted = Clean[0] with { StatedRate = "97.60" };
        var (_, diagnostics) = Read(Text(Rule, planted, Clean[1]));
        Assert.Contains("FA3004", RuleIds(diagnostics, Severity.Error));
        Assert.DoesNotContain("FA3003", RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near misses of the rule: a department's (no 项目 before 满分), parts that do not add up to the 满分, a part of no known
    /// name — no weight is given, and no Error raised.
    /// </summary>
    [Theory]
    [InlineData("部门整体满分100分，其中预算执行率10分、产出指标40分、效益指标30分、满意度指标20分。")]
    [InlineData("各项目满分100分，其中预算执行率10分、产出指标40分、效益指标30分、满意度指标10分。")]
    [InlineData("各项目满分100分，其中预算执行率10分、产出指标30分、效益指标30分、满意度指标20分、管理规范10分。")]
    public void NotAScoringRule_GivesNoWeight(string rule)
    {
        var (read, diagnostics) = Read(Text(rule, Clean));
        Assert.Null(JsonAt(read, "/performance/evaluations/0/indicators/0/weight"));
        Assert.Null(JsonAt(read, "/performance/evaluations/0/totalWeight"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A head that is the unit's own ("本局项目：…") is no project's evaluation.</summary>
    [Fact]
    public void UnitsHead_IsNoProjectEvaluation()
    {
        var text = Text(Rule, Clean).Replace("退役军人服务站建设项目：", "本局项目：", StringComparison.Ordinal);
        var (read, diagnostics) = Read(text);
        Assert.NotEqual("本局项目", JsonAt(read, "/performance/evaluations/0/name"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// Property: any consistent scores read back with no Error, each total at its project; a total printed off its sum by
    /// 0.5 or more is the one Error, FA3003.
    /// </summary>
    [Property(MaxTest = 15)]
    public Property ScoringRule_ConsistentReadsBack_ChangedTotalIsOneError()
    {
        var gen = from budget in Gen.Choose(5_000, 900_000)
                  from rate in Gen.Choose(600, 1_000)
                  from output in Gen.Choose(250, 400)
                  from benefit in Gen.Choose(180, 300)
                  from satisfaction in Gen.Choose(120, 200)
                  from delta in Gen.Elements(-31, -5, 5, 12, 47)
                  select (budget, rate, output, benefit, satisfaction, delta);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (budget, rate, output, benefit, satisfaction, delta) = t;
            var project = new Project("乡村振兴示范点建设项目", budget, (long)budget * rate / 1_000, output, benefit, satisfaction);
            var (read, diagnostics) = Read(Text(Rule, Clean[0], project));
            var consistent = JsonAt(read, "/performance/evaluations/1/totalScore") == Tenths(Total(project))
                && JsonAt(read, "/performance/evaluations/1/indicators/0/weight") == "40"
                && Errors(diagnostics).Length == 0;
            var (_, changed) = Read(Text(Rule, Clean[0], project with { StatedTotal = Total(project) + delta }));
            var errors = Of(changed, Severity.Error).Where(e => !e.StartsWith("FA3007", StringComparison.Ordinal)).ToArray();
            return consistent && errors.SequenceEqual(["FA3003 /performance/evaluations/1/totalScore"]);
        });
    }

    /// <summary>
    /// An invented 档案馆 说明 under "一、收支概况": a paragraph of 内设科室 and 实有人员, then the year's income and expenditure.
    /// </summary>
    private const string OverviewAfterStaff = "某市档案馆2022年度部门决算（摘要）\n\n"
        + "一、收支概况\n"
        + "本馆负责全市档案的接收、保管和利用工作，内设科室5个，年末实有人员41人。\n"
        + "2022年度本年收入合计1520.40万元，其中财政拨款收入1480.40万元，占97.37%，其他收入40.00万元，占2.63%；"
        + "本年支出合计1498.60万元，其中基本支出1002.30万元，占66.88%，项目支出496.30万元，占33.12%。\n";

    /// <summary>The income and expenditure after the staff paragraph are the overview's; the staff count stays.</summary>
    [Fact]
    public void OverviewTotals_AfterStaffParagraph_AreRead()
    {
        var (read, diagnostics) = Read(OverviewAfterStaff);
        Assert.Equal("41", JsonAt(read, "/personnel/total/count"));
        Assert.Equal("1520.40", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("1480.40", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("97.37", JsonAt(read, "/narrative/income/fiscalAppropriation/share"));
        Assert.Equal("1498.60", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A planted share in the overview after the staff paragraph is now found (FA2001).</summary>
    [Fact]
    public void OverviewTotals_AfterStaffParagraph_PlantedShareIsAnError()
    {
        var (_, diagnostics) = Read(OverviewAfterStaff.Replace("占97.37%", "占96.37%", StringComparison.Ordinal));
        Assert.Contains("FA2001", RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>A staff paragraph that states no year's income stays the staff's: its counts read, nothing else.</summary>
    [Fact]
    public void StaffParagraph_WithoutIncome_StaysStaff()
    {
        var text = "某市档案馆2022年度部门决算（摘要）\n\n一、收支概况\n"
            + "本馆内设科室5个，年末实有人员41人，本年新招录人员3人。\n";
        var (read, diagnostics) = Read(text);
        Assert.Equal("41", JsonAt(read, "/personnel/total/count"));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>An invented 林业局 一般公共预算 paragraph whose items follow "主要用于：" on the next line.</summary>
    private static string UsesList(string lead)
        => "某县林业局2023年度部门决算说明\n\n"
            + "三、一般公共预算财政拨款支出决算情况\n"
            + $"2023年度一般公共预算财政拨款支出1268.40万元，较上年增加96.20万元，增长8.21%，{lead}\n"
            + "行政运行（2130201）412.30万元；森林资源培育（2130205）503.70万元；森林资源管理（2130207）214.60万元；"
            + "住房公积金（2210201）137.80万元。\n";

    /// <summary>The first item after "主要用于：" is read as the next ones are.</summary>
    [Theory]
    [InlineData("主要用于：")]
    [InlineData("主要用于 ：")]
    public void UsesList_FirstItemIsRead(string lead)
    {
        var (read, diagnostics) = Read(UsesList(lead));
        Assert.Equal("412.30", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Equal("2130201", JsonAt(read, "/narrative/generalBudget/items/0/code"));
        Assert.Equal("503.70", JsonAt(read, "/narrative/generalBudget/items/1/amount"));
        Assert.Equal("137.80", JsonAt(read, "/narrative/generalBudget/items/3/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>
    /// The first item is read as written even when the items no longer add up to the total: a list led by 主要用于 names the
    /// main uses, not all of them, so its sum is not checked against the total (no Error).
    /// </summary>
    [Fact]
    public void UsesList_FirstItemAsWritten_NoSumError()
    {
        var (read, diagnostics) = Read(UsesList("主要用于：").Replace("412.30", "421.30", StringComparison.Ordinal));
        Assert.Equal("421.30", JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A purpose after a colon with no figure stays a purpose: nothing of it is read as an item.</summary>
    [Fact]
    public void UsesWithoutFigures_StayAPurpose()
    {
        var text = "某县林业局2023年度部门决算说明\n\n三、一般公共预算财政拨款支出决算情况\n"
            + "2023年度一般公共预算财政拨款支出1268.40万元，较上年增加96.20万元，增长8.21%，主要用于：森林防火和林业有害生物防治。\n";
        var (read, diagnostics) = Read(text);
        Assert.Equal("1268.40", JsonAt(read, "/narrative/generalBudget/total/amount"));
        Assert.Null(JsonAt(read, "/narrative/generalBudget/items/0/amount"));
        Assert.Empty(Errors(diagnostics));
    }
}
