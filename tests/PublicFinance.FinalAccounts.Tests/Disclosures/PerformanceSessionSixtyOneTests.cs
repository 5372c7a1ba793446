using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 61 (perf61; our own invented texts, none copied from the blind rounds): 绩效 scores the reader missed — a project's part
/// table (一级指标 | 分值 | 得分, a 合计 row) right after its paragraph, the department's whole score broken into its weighted parts
/// (预算执行率得分…分（满分…分）), one project's lone total after 对…项目开展绩效自评, and unquoted project scores led by 其中.
/// </summary>
public sealed class PerformanceSessionSixtyOneTests
{
    private const string Evaluations = "/performance/evaluations/";

    /// <summary>Tenths written as the texts write them ("46.5").</summary>
    private static string Tenths(int tenths) => (tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A project's part table: fund score, 产出, 效益, 满意度 in tenths (weights 10/50/30/10), its 合计 as printed.</summary>
    private static string PartTable(int fund, int output, int benefit, int satisfaction, int? statedTotal = null,
        string extraRow = "")
        => "| 一级指标 | 分值 | 得分 |\n"
            + "| --- | --- | --- |\n"
            + $"| 预算执行率 | 10 | {Tenths(fund)} |\n"
            + $"| 产出指标 | 50 | {Tenths(output)} |\n"
            + $"| 效益指标 | 30 | {Tenths(benefit)} |\n"
            + extraRow
            + $"| 满意度指标 | 10 | {Tenths(satisfaction)} |\n"
            + $"| 合计 | 100 | {Tenths(statedTotal ?? fund + output + benefit + satisfaction)} |\n";

    /// <summary>An invented 文化馆 说明 whose 绩效 part states two projects, each a paragraph then its part table.</summary>
    private static string PartTableText(string firstTable, string secondTable, string between = "")
        => "某县文化馆2022年度单位决算公开说明\n\n"
            + "一、单位基本情况\n"
            + "某县文化馆为县文化和旅游局所属公益一类事业单位，负责群众文化活动的组织和辅导。\n\n"
            + "二、项目绩效自评情况\n"
            + "2022年度对2个项目开展绩效自评，自评结果如下。\n"
            + "1.送戏下乡项目：年度预算64.00万元，执行60.80万元，执行率95.00%。\n"
            + between
            + firstTable
            + "\n"
            + "2.非遗保护传承项目：年度预算40.00万元，执行38.00万元，执行率95.00%。\n"
            + secondTable;

    /// <summary>Two whole part tables: every part read into its evaluation, the totals checked and no Error.</summary>
    [Fact]
    public void PartTables_AfterTheirParagraphs_AreTheEvaluationsBreakdowns()
    {
        var (read, diagnostics) = Read(PartTableText(PartTable(95, 462, 281, 93), PartTable(95, 470, 275, 96)));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("送戏下乡项目", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("64.00", JsonAt(read, Evaluations + "0/funds/0/fullYearBudget"));
        Assert.Equal("10", JsonAt(read, Evaluations + "0/funds/0/weight"));
        Assert.Equal("9.5", JsonAt(read, Evaluations + "0/funds/0/score"));
        Assert.Equal("产出指标", JsonAt(read, Evaluations + "0/indicators/0/level1"));
        Assert.Equal("50", JsonAt(read, Evaluations + "0/indicators/0/weight"));
        Assert.Equal("46.2", JsonAt(read, Evaluations + "0/indicators/0/score"));
        Assert.Equal("9.3", JsonAt(read, Evaluations + "0/indicators/2/score"));
        Assert.Equal("100", JsonAt(read, Evaluations + "0/totalWeight"));
        Assert.Equal("93.1", JsonAt(read, Evaluations + "0/totalScore"));
        Assert.Equal("非遗保护传承项目", JsonAt(read, Evaluations + "1/name"));
        Assert.Equal("93.6", JsonAt(read, Evaluations + "1/totalScore"));
        Assert.Equal("27.5", JsonAt(read, Evaluations + "1/indicators/1/score"));
    }

    /// <summary>A 合计 that is not the sum of its rows is exactly one Error, FA3003 at that evaluation's total.</summary>
    [Fact]
    public void PartTable_WrongTotal_IsOneFA3003()
    {
        var (read, diagnostics) = Read(PartTableText(PartTable(95, 462, 281, 93, statedTotal: 951), PartTable(95, 470, 275, 96)));
        Assert.Equal(["FA3003"], RuleIds(diagnostics, Severity.Error));
        Assert.Contains(diagnostics, d => d.RuleId == "FA3003" && d.Pointers.Contains(Evaluations + "0/totalScore"));
        Assert.Equal("95.1", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>A row the table does not know (社会效益) leaves the whole table unread, with a located note and no Error.</summary>
    [Fact]
    public void PartTable_WithAnUnknownRow_IsNotRead()
    {
        var (read, diagnostics) = Read(PartTableText(PartTable(95, 462, 281, 93, extraRow: "| 社会效益 | 5 | 4.5 |\n"),
            PartTable(95, 470, 275, 96)));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluations + "0/totalScore"));
        Assert.Null(JsonAt(read, Evaluations + "0/indicators/0/score"));
        Assert.Equal("93.6", JsonAt(read, Evaluations + "1/totalScore"));
        Assert.True(Noted(read, "社会效益"));
    }

    /// <summary>A table that does not follow its paragraph at once (a sentence between them) is not the evaluation's.</summary>
    [Fact]
    public void PartTable_NotRightAfterItsParagraph_IsNotRead()
    {
        var (read, diagnostics) = Read(PartTableText(PartTable(95, 462, 281, 93, statedTotal: 951), PartTable(95, 470, 275, 96),
            between: "该项目的一级指标得分情况见下表。\n"));
        Assert.DoesNotContain("FA3003", RuleIds(diagnostics, Severity.Error));
        Assert.Null(JsonAt(read, Evaluations + "0/totalScore"));
        Assert.Equal("93.6", JsonAt(read, Evaluations + "1/totalScore"));
    }

    /// <summary>Whatever the parts, a table's total is read; it raises FA3003 exactly when it is off its rows' sum.</summary>
    [Property(MaxTest = 30)]
    public Property PartTable_TotalChecked_AgainstItsRows()
    {
        var parts = Gen.Four(Gen.Choose(0, 100)).Select(t => (F: t.Item1, O: t.Item2 * 5, B: t.Item3 * 3, S: t.Item4));
        var offset = Gen.Elements(0, 0, 5, -7, 20);
        return Prop.ForAll(parts.ToArbitrary(), offset.ToArbitrary(), (p, off) =>
        {
            var sum = p.F + p.O + p.B + p.S;
            var stated = Math.Max(0, sum + off);
            var (read, diagnostics) = Read(PartTableText(PartTable(p.F, p.O, p.B, p.S, stated), PartTable(95, 470, 275, 96)));
            var errors = RuleIds(diagnostics, Severity.Error);
            return JsonAt(read, Evaluations + "0/totalScore") == Tenths(stated)
                && (stated == sum ? !errors.Contains("FA3003") : errors.SequenceEqual(["FA3003"]));
        });
    }

    /// <summary>An invented 体育中心 说明 whose 绩效 part states the department's whole score and its parts.</summary>
    private static string DepartmentText(string sentence)
        => "某区体育中心2023年度部门决算说明\n\n"
            + "一、部门基本情况\n"
            + "某区体育中心为区体育局所属公益一类事业单位，负责全民健身场馆的运营管理。\n\n"
            + "二、绩效自评情况\n"
            + sentence + "\n";

    /// <summary>
    /// The department's whole score (as printed) and grade, then its four weighted parts (9.6 + 45.0 + 27.4 + 9.1 = 91.1).
    /// </summary>
    private static string Department(string total, string grade)
        => $"2023年度部门整体支出绩效自评得分{total}分，等级为“{grade}”，其中：1.预算执行率得分9.6分（满分10分）；"
            + "2.产出指标得分45.0分（满分50分）；3.效益指标得分27.4分（满分30分）；4.满意度指标得分9.1分（满分10分）。";

    /// <summary>The department's whole score with its weighted parts: one departmentOverall evaluation, the score kept too.</summary>
    [Fact]
    public void DepartmentScore_WithWeightedParts_IsTheOverallEvaluation()
    {
        var (read, diagnostics) = Read(DepartmentText(Department("91.1", "优")));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("91.1", JsonAt(read, "/performance/selfEvaluationScore"));
        Assert.Equal("departmentOverall", JsonAt(read, Evaluations + "0/kind"));
        Assert.Equal("91.1", JsonAt(read, Evaluations + "0/totalScore"));
        Assert.Equal("9.6", JsonAt(read, Evaluations + "0/funds/0/score"));
        Assert.Equal("10", JsonAt(read, Evaluations + "0/funds/0/weight"));
        Assert.Equal("45.0", JsonAt(read, Evaluations + "0/indicators/0/score"));
        Assert.Equal("50", JsonAt(read, Evaluations + "0/indicators/0/weight"));
        Assert.Equal("30", JsonAt(read, Evaluations + "0/indicators/1/weight"));
        Assert.Equal("9.1", JsonAt(read, Evaluations + "0/indicators/2/score"));
        Assert.Equal("excellent", JsonAt(read, Evaluations + "0/grade"));
    }

    /// <summary>A whole score that is not its parts' sum is exactly one Error, FA3003.</summary>
    [Fact]
    public void DepartmentScore_OffItsParts_IsOneFA3003()
    {
        var (_, diagnostics) = Read(DepartmentText(Department("93.1", "优")));
        Assert.Equal(["FA3003"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near misses: parts whose 满分 do not add up to 100, an 得分率 instead of a score, and a plan's count of points — no
    /// evaluation and no Error.
    /// </summary>
    [Theory]
    [InlineData("2023年度部门整体支出绩效自评得分91.1分，其中：1.预算执行率得分9.6分（满分10分）；2.产出指标得分45.0分（满分40分）；"
        + "3.效益指标得分27.4分（满分30分）；4.满意度指标得分9.1分（满分10分）。")]
    [InlineData("2023年度部门整体支出绩效自评得分率91.1%，其中产出指标得分率90.0%。")]
    [InlineData("2023年度部门整体支出绩效目标共设置指标15个，满分100分，其中产出指标8个。")]
    public void DepartmentScore_NearMisses_AreNoEvaluation(string sentence)
    {
        var (read, diagnostics) = Read(DepartmentText(sentence));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluations + "0/kind"));
    }

    /// <summary>An invented 疾控中心 说明 whose 绩效 part states one project's lone total, or projects' scores after 其中.</summary>
    private static string ProjectScoreText(string paragraph)
        => "某县疾病预防控制中心2024年度单位决算公开说明\n\n"
            + "一、单位基本情况\n"
            + "某县疾病预防控制中心为县卫生健康局所属公益一类事业单位，负责全县疾病预防控制工作。\n\n"
            + "二、绩效管理情况\n"
            + paragraph + "\n";

    /// <summary>One project named by 对…项目开展绩效自评 with its funds and its total: that project's evaluation and score.</summary>
    [Fact]
    public void LoneProjectTotal_IsThatProjectsScore()
    {
        var (read, diagnostics) = Read(ProjectScoreText(
            "2024年度对免疫规划项目开展绩效自评，项目资金128.40万元，自评得分92.7分，评价等级为“优”。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("免疫规划项目", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("92.7", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>Near misses of the lone total: a bound (90分以上), and the department's score in the same sentence.</summary>
    [Theory]
    [InlineData("2024年度对免疫规划项目开展绩效自评，项目资金128.40万元，自评得分90分以上。")]
    [InlineData("2024年度对免疫规划项目开展绩效自评，项目资金128.40万元，部门整体自评得分92.7分。")]
    public void LoneProjectTotal_NearMisses_AreNoProjectScore(string paragraph)
    {
        var (read, diagnostics) = Read(ProjectScoreText(paragraph));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>Unquoted projects' scores after 其中: the first name starts after 其中, as the next ones do.</summary>
    [Fact]
    public void UnquotedScores_AfterQizhong_AreEachProjects()
    {
        var (read, diagnostics) = Read(ProjectScoreText(
            "本中心对6个项目开展了绩效自评，涉及资金412.30万元。其中传染病监测项目自评得分95.2分，慢性病防治项目自评得分87.6分。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("传染病监测项目", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("95.2", JsonAt(read, Evaluations + "0/totalScore"));
        Assert.Equal("慢性病防治项目", JsonAt(read, Evaluations + "1/name"));
        Assert.Equal("87.6", JsonAt(read, Evaluations + "1/totalScore"));
    }

    /// <summary>A pronoun after 其中 (其中该项目…) names no project: no score read.</summary>
    [Fact]
    public void UnquotedScores_PronounAfterQizhong_IsNoProject()
    {
        var (read, _) = Read(ProjectScoreText("本中心对传染病监测开展了绩效自评。其中该项目自评得分95.2分。"));
        Assert.Null(JsonAt(read, Evaluations + "0/totalScore"));
    }
}
