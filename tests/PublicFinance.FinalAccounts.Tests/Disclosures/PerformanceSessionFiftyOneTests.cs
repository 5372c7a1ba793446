using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 51 (perf51, blind round 47 t07), as our own invented texts: a project's self-evaluation under a heading of its own
/// ("（一）某某项目" alone on its line, the fund line in the next paragraph), its indicators one level a line ("一级指标：…" /
/// "二级指标：…" / "三级指标：…；指标值：…；实际完成值：…；分值：…；得分：…") read as three-level indicators, so FA3001–FA3003 run on
/// them; a line that is not whole, or weights that do not add up while the scores do not close the total, a note and no
/// indicator; the overview headings 收入支出预算执行情况 / 收入支出决算情况; a 本年支出 budget after 项目支出 the whole's.
/// </summary>
public sealed class PerformanceSessionFiftyOneTests
{
    private const string Title = "青溪县水利局2024年度部门决算说明\n\n";

    private const string Section = "二、项目支出绩效自评情况\n本部门对全部12个项目开展了绩效自评，现将一个重点项目的自评结果公开如下。\n";

    private const string Evaluation = "/performance/evaluations/0";

    /// <summary>The heading, the fund line (budget 500.00, executed 480.00, rate 96.00 %, 10 分 weight, 9.6 score).</summary>
    private const string Project = "（一）河道清淤疏浚项目\n"
        + "年初预算数450.00万元，全年预算数500.00万元，全年执行数480.00万元，执行率96.00%；预算执行率分值10分，得分9.6分。\n"
        + "绩效指标完成情况：\n";

    /// <summary>An indicator line, indented as the blind text indents it.</summary>
    private static string Line(string name, string target, string actual, string weight, string score)
        => $"    三级指标：{name}；指标值：{target}；实际完成值：{actual}；分值：{weight}；得分：{score}\n";

    /// <summary>Indicators of weights 30 + 20 + 20 + 20 = 90 (with the fund line's 10: 100), scores 28 + 20 + 20 + 19.</summary>
    private static string Indicators(string secondScore = "20", string lastWeight = "20")
        => "一级指标：产出指标\n  二级指标：数量指标\n"
            + Line("清淤河道长度", "≥12公里", "11.5公里", "30", "28")
            + "  二级指标：质量指标\n" + Line("清淤验收合格率", "100%", "100%", "20", secondScore)
            + "一级指标：效益指标\n  二级指标：生态效益指标\n" + Line("河道水质达标率", "≥85%", "90%", "20", "20")
            + "一级指标：满意度指标\n  二级指标：服务对象满意度指标\n" + Line("沿岸群众满意度", "≥90%", "89%", lastWeight, "19");

    /// <summary>The indicator lines read as three-level indicators under their levels, the total and the grade: no Error.</summary>
    [Fact]
    public void IndicatorLines_UnderAProjectHeading_AreThreeLevelIndicators()
    {
        var (read, diagnostics) = Read(Title + Section + Project + Indicators() + "自评总分96.6分，自评等级为“优”。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("河道清淤疏浚项目", JsonAt(read, Evaluation + "/name"));
        Assert.Equal("500.00", JsonAt(read, Evaluation + "/funds/0/fullYearBudget"));
        Assert.Equal("9.6", JsonAt(read, Evaluation + "/funds/0/score"));
        Assert.Equal("产出指标", JsonAt(read, Evaluation + "/indicators/0/level1"));
        Assert.Equal("数量指标", JsonAt(read, Evaluation + "/indicators/0/level2"));
        Assert.Equal("清淤河道长度", JsonAt(read, Evaluation + "/indicators/0/name"));
        Assert.Equal("12", JsonAt(read, Evaluation + "/indicators/0/target/value"));
        Assert.Equal("质量指标", JsonAt(read, Evaluation + "/indicators/1/level2"));
        Assert.Equal("满意度指标", JsonAt(read, Evaluation + "/indicators/3/level1"));
        Assert.Equal("19", JsonAt(read, Evaluation + "/indicators/3/score"));
        Assert.Equal("96.6", JsonAt(read, Evaluation + "/totalScore"));
        Assert.Equal("excellent", JsonAt(read, Evaluation + "/grade"));
        Assert.Null(JsonAt(read, Evaluation + "/indicators/4"));
        Assert.Null(JsonAt(read, "/performance/projectBudget"));   // the project's, not the department's
    }

    /// <summary>The same lines each ended by "。" (one paragraph a line): read the same.</summary>
    [Fact]
    public void IndicatorLines_EachItsOwnParagraph_AreReadTheSame()
    {
        var lines = Indicators().Replace("\n", "。\n", StringComparison.Ordinal);
        var (read, diagnostics) = Read(Title + Section + Project + lines + "自评总分96.6分，自评等级为“优”。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("效益指标", JsonAt(read, Evaluation + "/indicators/2/level1"));
        Assert.Equal("生态效益指标", JsonAt(read, Evaluation + "/indicators/2/level2"));
        Assert.Equal("96.6", JsonAt(read, Evaluation + "/totalScore"));
    }

    /// <summary>A score above its weight (22 of 20) is FA3002, the one Error.</summary>
    [Fact]
    public void AScoreAboveItsWeight_IsFA3002()
    {
        var (_, diagnostics) = Read(Title + Section + Project + Indicators(secondScore: "22") + "自评总分98.6分。\n");
        Assert.Equal(new[] { "FA3002" }, RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>Weights of 95 (the last 25) while the scores close the stated total: every line was read, FA3001 is the text's.</summary>
    [Fact]
    public void WeightsThatDoNotAddUp_WhenTheScoresCloseTheTotal_AreFA3001()
    {
        var (_, diagnostics) = Read(Title + Section + Project + Indicators(lastWeight: "25") + "自评总分96.6分。\n");
        Assert.Equal(new[] { "FA3001" }, RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>Weights that do not add up and a total the scores do not close: a note, no indicator and no total read.</summary>
    [Fact]
    public void WeightsThatDoNotAddUp_AndATotalTheScoresDoNotClose_AreANote()
    {
        var (read, diagnostics) = Read(Title + Section + Project + Indicators(lastWeight: "25") + "自评总分97.6分。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluation + "/indicators"));
        Assert.Null(JsonAt(read, Evaluation + "/totalScore"));
        Assert.Equal("480.00", JsonAt(read, Evaluation + "/funds/0/executed"));
        Assert.True(Noted(read, "indicator lines of project"));
    }

    /// <summary>A line without its score: a note, no indicator read.</summary>
    [Fact]
    public void ALineWithoutItsScore_IsANote()
    {
        var broken = Indicators().Replace("分值：20；得分：20\n", "分值：20\n", StringComparison.Ordinal);
        var (read, diagnostics) = Read(Title + Section + Project + broken + "自评总分96.6分。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluation + "/indicators"));
        Assert.True(Noted(read, "indicator lines of project"));
    }

    /// <summary>A heading that names no project ("（一）项目自评情况") opens nothing: its paragraph is read as before.</summary>
    [Fact]
    public void AHeadingOfNoProject_OpensNoEvaluation()
    {
        var text = Title + Section + Project.Replace("（一）河道清淤疏浚项目", "（一）项目自评总体情况", StringComparison.Ordinal)
            + Indicators() + "自评总分96.6分。\n";
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluation));
    }

    /// <summary>Unquoted projects' scores, each its own clause after 其中: each project's evaluation with its total score.</summary>
    [Fact]
    public void UnquotedProjectScores_EachItsClause_AreTheProjectsScores()
    {
        var (read, diagnostics) = Read(Title + "三、预算绩效管理情况\n本局对2个项目开展绩效自评，其中：河湖长制信息平台运维项目得分91.5分，"
            + "等级“优”；小型水库除险加固项目得分84.0分，等级“良”。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("河湖长制信息平台运维项目", JsonAt(read, Evaluation + "/name"));
        Assert.Equal("91.5", JsonAt(read, Evaluation + "/totalScore"));
        Assert.Equal("小型水库除险加固项目", JsonAt(read, "/performance/evaluations/1/name"));
        Assert.Equal("84.0", JsonAt(read, "/performance/evaluations/1/totalScore"));
    }

    /// <summary>A clause that points at a project (该项目得分…) or names the department's whole names no project.</summary>
    [Fact]
    public void PronounsAndWholes_BeforeAScore_NameNoProject()
    {
        var (read, diagnostics) = Read(Title + "三、预算绩效管理情况\n本局对1个项目开展绩效自评，该项目得分91.5分；部门整体支出项目得分90.0分。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluation));
    }

    /// <summary>"一、收入支出预算执行情况" opens the overview: the year's income and its parts are read.</summary>
    [Fact]
    public void TheBudgetExecutionOverviewHeading_OpensTheOverview()
    {
        var (read, diagnostics) = Read(Title + "一、收入支出预算执行情况\n"
            + "2024年度本年收入1250.40万元，其中财政拨款收入1200.00万元，其他收入50.40万元。本年支出1230.00万元，其中基本支出830.00万元，"
            + "项目支出400.00万元。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1250.40", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("1200.00", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
    }

    /// <summary>"本年支出调整预算…，预算执行率…" after 项目支出 is the whole's budget, not 项目支出's (no false FA2201).</summary>
    [Fact]
    public void AWholesBudget_AfterItsLastPart_IsTheWholes()
    {
        var (read, diagnostics) = Read(Title + "二、支出决算情况\n"
            + "本年支出1230.00万元，其中基本支出830.00万元，项目支出400.00万元。本年支出调整预算1300.00万元，预算执行率94.62%。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("1300.00", JsonAt(read, "/narrative/expenditure/total/budget/budgetAmount"));
        Assert.Null(JsonAt(read, "/narrative/expenditure/project/budget"));
    }

    /// <summary>
    /// Property: generated indicator lines whose weights add up to 90 (with the fund line's 10: 100), scores at most their
    /// weights and the total their sum give no Error; one score raised 3 above its weight (the total still their sum) gives
    /// exactly one Error, FA3002.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property GeneratedIndicatorLines_AreCheckedByTheScoreRules()
    {
        var cases =
            from seed in Gen.Choose(1, 1_000_000)
            from above in Gen.Elements(false, true)
            select (seed, above);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            var count = random.Next(2, 7);
            var weights = Split(90, count, random);
            var scores = weights.Select(w => random.Next(Math.Max(1, w - 5), w + 1)).ToArray();
            if (c.above)
            {
                scores[0] = weights[0] + 3;   // whole numbers: beyond the ±0.5 each may have been rounded by
            }

            var text = new StringBuilder(Title + Section + "（一）农村饮水安全巩固提升项目\n"
                + "全年预算数200.00万元，全年执行数200.00万元，执行率100.00%；预算执行率分值10分，得分10分。\n");
            for (var i = 0; i < count; i++)
            {
                text.Append(i % 2 == 0 ? "一级指标：产出指标\n" : "一级指标：效益指标\n").Append("  二级指标：数量指标\n")
                    .Append(CultureInfo.InvariantCulture, $"    三级指标：指标{i + 1}；分值：{weights[i]}；得分：{scores[i]}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"自评总分{10 + scores.Sum()}分。\n");
            var (read, diagnostics) = Read(text.ToString());
            var errors = RuleIds(diagnostics, Severity.Error);
            return JsonAt(read, Evaluation + $"/indicators/{count - 1}/name") == $"指标{count}"
                && (c.above ? errors.SequenceEqual(new[] { "FA3002" }) : errors.Length == 0);
        });
    }

    /// <summary><paramref name="whole"/> split into <paramref name="parts"/> positive whole numbers of at least 2.</summary>
    private static int[] Split(int whole, int parts, Random random)
    {
        var cuts = Enumerable.Range(1, whole / 2 - 1).Select(i => i * 2).OrderBy(_ => random.Next()).Take(parts - 1).Order().ToList();
        cuts.Insert(0, 0);
        cuts.Add(whole);
        return [.. cuts.Zip(cuts.Skip(1), (a, b) => b - a)];
    }
}
