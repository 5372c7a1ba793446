using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 64 (perf64; our own invented 水利站, 档案馆, 气象台, 路政 and 市政 texts, none copied from the blind rounds): 绩效 figures
/// the reader missed — named projects listed with their funds in brackets and their scores in one sentence (the first project's
/// funds had become the evaluated projects' budget: a false FA3011), score parts stated in prose (预算执行 without 率, the
/// department's whole after its 自评 clause, the 决策 / 过程 / 产出 / 效益 framework), a <c>|</c> 绩效自评表 introduced by
/// "其中，某某项目自评结果如下：" whose first row is the 预算执行率, and a space-aligned 部门整体支出绩效自评表 (完成值, a cell two header
/// cells' text apart by one space, a 合计 row) — with the near misses kept out.
/// </summary>
public sealed class PerformanceSessionSixtyFourTests
{
    private const string Evaluations = "/performance/evaluations/";

    /// <summary>An invented 水利站 说明 whose 绩效 part lists three projects in one sentence, <paramref name="listing"/> after 其中.</summary>
    private static string Listed(string listing, string projectSpending = "900.00")
        => "某县水利工作站2023年度部门决算公开说明\n\n"
            + "一、部门基本情况\n"
            + "某县水利工作站为县水利局所属公益一类事业单位，负责河道和水利设施的日常管护。\n\n"
            + "二、支出决算情况说明\n"
            + $"2023年度支出总计1500.00万元，其中基本支出600.00万元，项目支出{projectSpending}万元。\n\n"
            + "三、预算绩效情况说明\n"
            + "本站对2023年度3个项目开展了绩效自评，涉及资金900.00万元，占项目支出的100%。其中：" + listing + "\n\n"
            + "四、其他需要说明的事项\n本站无其他需要说明的事项。\n";

    private const string ThreeListed =
        "河道保洁项目（资金420.00万元）自评得分92.5分；水闸运维项目（资金300.00万元）自评得分88.0分；防汛物资储备项目（资金180.00万元）自评得分95.0分。";

    /// <summary>Each listed project is an evaluation: its name, its bracketed funds as its budget, its score; no projectBudget.</summary>
    [Fact]
    public void BracketedFunds_EachProjectsFundsAndScore()
    {
        var (read, diagnostics) = Read(Listed(ThreeListed));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("900.00", JsonAt(read, "/performance/projectFunds"));
        Assert.Null(JsonAt(read, "/performance/projectBudget"));
        Assert.Equal("河道保洁项目", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("420.00", JsonAt(read, Evaluations + "0/funds/0/fullYearBudget"));
        Assert.Equal("资金", JsonAt(read, Evaluations + "0/funds/0/label"));
        Assert.Equal("92.5", JsonAt(read, Evaluations + "0/totalScore"));
        Assert.Equal("水闸运维项目", JsonAt(read, Evaluations + "1/name"));
        Assert.Equal("300.00", JsonAt(read, Evaluations + "1/funds/0/fullYearBudget"));
        Assert.Equal("88.0", JsonAt(read, Evaluations + "1/totalScore"));
        Assert.Equal("防汛物资储备项目", JsonAt(read, Evaluations + "2/name"));
        Assert.Equal("180.00", JsonAt(read, Evaluations + "2/funds/0/fullYearBudget"));
        Assert.Equal("95.0", JsonAt(read, Evaluations + "2/totalScore"));
        Assert.Null(JsonAt(read, Evaluations + "3/name"));
    }

    /// <summary>
    /// The cause of the false FA3011: the first project's bracketed funds were the evaluated projects' budget, weighed against
    /// 项目支出. Now no FA3011 is raised on a text whose listed funds add up to the project spending.
    /// </summary>
    [Fact]
    public void BracketedFunds_NoFalseCoverageWarning()
    {
        var (_, diagnostics) = Read(Listed(ThreeListed));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA3011");
    }

    /// <summary>Other score words (评分, 综合得分) and 执行数 in the bracket; 满分 after the score is not the score.</summary>
    [Fact]
    public void BracketedFunds_OtherWordings()
    {
        var listing = "河道保洁项目（执行数418.60万元）评分92.5分（满分100分）；水闸运维项目（预算数300.00万元）综合得分88.0分；"
            + "防汛物资储备项目（资金180.00万元）得分95.0分。";
        var (read, diagnostics) = Read(Listed(listing));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("418.60", JsonAt(read, Evaluations + "0/funds/0/executed"));
        Assert.Null(JsonAt(read, Evaluations + "0/funds/0/fullYearBudget"));
        Assert.Equal("92.5", JsonAt(read, Evaluations + "0/totalScore"));
        Assert.Equal("300.00", JsonAt(read, Evaluations + "1/funds/0/fullYearBudget"));
        Assert.Equal("88.0", JsonAt(read, Evaluations + "1/totalScore"));
        Assert.Equal("95.0", JsonAt(read, Evaluations + "2/totalScore"));
    }

    /// <summary>
    /// Near misses: a bracket that states no funds ("（含3个子项目）") or an amount with more after it ("（资金300.00万元，其中
    /// 中央补助）") keeps its project's score unread; its first amount does not become the evaluated projects' budget.
    /// </summary>
    [Fact]
    public void OtherBrackets_AreNotRead()
    {
        var listing = "河道保洁项目（含3个子项目）自评得分92.5分；水闸运维项目（资金300.00万元，其中中央补助）自评得分88.0分。";
        var (read, diagnostics) = Read(Listed(listing));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluations + "0/name"));
        Assert.Null(JsonAt(read, "/performance/projectBudget"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA3011");
    }

    /// <summary>An invented 档案馆 说明 whose one project's paragraph states its funds and its score with its parts.</summary>
    private static string ProjectParts(string parts, string total = "93.6")
        => "某市档案馆2022年度部门决算公开说明\n\n"
            + "一、部门基本情况\n"
            + "某市档案馆为市委办公室所属公益一类事业单位。\n\n"
            + "二、绩效自评情况\n"
            + "本馆对馆藏档案数字化项目开展绩效自评，项目年度预算300.00万元，执行288.00万元，执行率96.00%，"
            + $"自评得分{total}分，其中{parts}。\n";

    /// <summary>预算执行 (without 率) is the fund line's part: the breakdown is read whole and adds up to the total.</summary>
    [Fact]
    public void ProjectParts_BudgetExecutionWithoutRate()
    {
        var (read, diagnostics) = Read(ProjectParts("产出指标45.8分，效益指标28.4分，满意度指标9.8分，预算执行9.6分"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("馆藏档案数字化项目", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("300.00", JsonAt(read, Evaluations + "0/funds/0/fullYearBudget"));
        Assert.Equal("9.6", JsonAt(read, Evaluations + "0/funds/0/score"));
        Assert.Equal("产出指标", JsonAt(read, Evaluations + "0/indicators/0/level1"));
        Assert.Equal("45.8", JsonAt(read, Evaluations + "0/indicators/0/score"));
        Assert.Equal("28.4", JsonAt(read, Evaluations + "0/indicators/1/score"));
        Assert.Equal("9.8", JsonAt(read, Evaluations + "0/indicators/2/score"));
        Assert.Equal("93.6", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>Parts listed with 、 and 得分 in each label read the same.</summary>
    [Fact]
    public void ProjectParts_WithScoreWords()
    {
        var (read, diagnostics) = Read(ProjectParts("预算执行得分9.6分、产出指标得分45.8分、效益指标得分28.4分、满意度指标得分9.8分"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("9.6", JsonAt(read, Evaluations + "0/funds/0/score"));
        Assert.Equal("9.8", JsonAt(read, Evaluations + "0/indicators/2/score"));
        Assert.Equal("93.6", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>A stated total below its parts' sum (93.6) is exactly one Error, FA3003 at the total.</summary>
    [Fact]
    public void ProjectParts_WrongTotal_IsOneFA3003()
    {
        var (_, diagnostics) = Read(ProjectParts("产出指标45.8分，效益指标28.4分，满意度指标9.8分，预算执行9.6分", total: "92.6"));
        Assert.Equal(["FA3003"], RuleIds(diagnostics, Severity.Error));
        Assert.Contains(diagnostics, d => d.RuleId == "FA3003" && d.Pointers.Contains(Evaluations + "0/totalScore"));
    }

    /// <summary>An invented 气象台 说明 whose 绩效 part states the department's whole score in <paramref name="sentence"/>.</summary>
    private static string Whole(string sentence)
        => "某县气象台2024年度部门决算公开说明\n\n"
            + "一、部门基本情况\n"
            + "某县气象台负责本县气象监测、预报预警和气象服务工作。\n\n"
            + "二、预算绩效情况说明\n"
            + sentence + "\n\n"
            + "三、其他需要说明的事项\n本台无其他需要说明的事项。\n";

    /// <summary>The department's whole after its 自评 clause, a bare 得分, parts with 、: an evaluation and the department's score.</summary>
    [Fact]
    public void WholeAfterItsClause_BareScore()
    {
        var (read, diagnostics) = Read(Whole("本台开展部门整体支出绩效自评，得分95.1分，其中预算执行9.7分、产出指标48.0分、效益指标28.2分、满意度指标9.2分。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("95.1", JsonAt(read, "/performance/selfEvaluationScore"));
        Assert.Equal("departmentOverall", JsonAt(read, Evaluations + "0/kind"));
        Assert.Equal("部门整体支出", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("9.7", JsonAt(read, Evaluations + "0/funds/0/score"));
        Assert.Equal("48.0", JsonAt(read, Evaluations + "0/indicators/0/score"));
        Assert.Equal("9.2", JsonAt(read, Evaluations + "0/indicators/2/score"));
        Assert.Equal("95.1", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>The 决策 / 过程 / 产出 / 效益 framework: four parts, no fund line, their sum the total.</summary>
    [Fact]
    public void Framework_FourPartsWithoutFundLine()
    {
        var (read, diagnostics) = Read(Whole("本台开展了单位整体支出绩效自评，自评得分91.5分，其中决策17.0分，过程18.5分，产出36.0分，效益20.0分。"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("单位整体支出", JsonAt(read, Evaluations + "0/name"));
        Assert.Null(JsonAt(read, Evaluations + "0/funds/0/kind"));
        Assert.Equal("决策", JsonAt(read, Evaluations + "0/indicators/0/level1"));
        Assert.Equal("17.0", JsonAt(read, Evaluations + "0/indicators/0/score"));
        Assert.Equal("过程", JsonAt(read, Evaluations + "0/indicators/1/level1"));
        Assert.Equal("18.5", JsonAt(read, Evaluations + "0/indicators/1/score"));
        Assert.Equal("产出", JsonAt(read, Evaluations + "0/indicators/2/level1"));
        Assert.Equal("36.0", JsonAt(read, Evaluations + "0/indicators/2/score"));
        Assert.Equal("效益", JsonAt(read, Evaluations + "0/indicators/3/level1"));
        Assert.Equal("20.0", JsonAt(read, Evaluations + "0/indicators/3/score"));
        Assert.Equal("91.5", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>The framework's parts named with 得分 and apart by ；, in a project's paragraph.</summary>
    [Fact]
    public void Framework_ProjectParagraph_ScoreWordsAndSemicolons()
    {
        var text = Whole("本台对气象灾害预警服务项目开展了绩效自评，自评得分88.5分，其中：决策得分18.0分；过程得分16.5分；产出得分34.0分；"
            + "效益得分20.0分。");
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("气象灾害预警服务项目", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("project", JsonAt(read, Evaluations + "0/kind"));
        Assert.Equal("16.5", JsonAt(read, Evaluations + "0/indicators/1/score"));
        Assert.Equal("88.5", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>A framework's parts adding up above the total (92.5 of 91.5) are one FA3003 Error.</summary>
    [Fact]
    public void Framework_WrongTotal_IsOneFA3003()
    {
        var (_, diagnostics) = Read(Whole("本台开展了单位整体支出绩效自评，自评得分91.5分，其中决策17.0分，过程18.5分，产出37.0分，效益20.0分。"));
        Assert.Equal(["FA3003"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near misses: the parts' weights (分值) are no scores; parts adding up below the total may leave one out (no evaluation);
    /// the prior year's score and a year other than the report's are not this year's evaluation. None is read, none raises an Error.
    /// </summary>
    [Theory]
    [InlineData("本台开展了单位整体支出绩效自评，自评得分91.5分，其中决策指标分值20分，过程指标分值20分，产出指标分值40分，效益指标分值20分。")]
    [InlineData("本台开展了单位整体支出绩效自评，自评得分91.5分，其中决策17.0分，过程18.5分，产出30.0分，效益20.0分。")]
    [InlineData("上年本台开展了单位整体支出绩效自评，自评得分90.5分，其中决策17.0分，过程18.5分，产出35.0分，效益20.0分。")]
    [InlineData("2022年度单位整体支出绩效自评得分90.5分，其中决策17.0分，过程18.5分，产出35.0分，效益20.0分。")]
    public void Framework_NearMisses_NoEvaluation(string sentence)
    {
        var (read, diagnostics) = Read(Whole(sentence));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluations + "0/kind"));
    }

    /// <summary>An invented 市政 说明: the paragraph before a `|` table ends by naming the project its table is.</summary>
    private static string Introduced(string introduction, string firstRow = "| 预算执行率 |  |  | 100% | 95.40% | 10 | 9.5 |\n",
        string total = "96.5")
        => "某县市政设施管理所2024年度部门决算公开说明\n\n"
            + "一、部门基本情况\n"
            + "某县市政设施管理所负责城区道路、桥梁和路灯设施的养护管理。\n\n"
            + "二、预算绩效情况说明\n"
            + "本所对全部3个项目开展绩效自评，涉及项目资金960.00万元。部门整体支出绩效自评得分94.20分。" + introduction + "\n"
            + "项目支出绩效自评表\n"
            + "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            + firstRow
            + "| 产出指标 | 数量指标 | 道路维修面积 | ≥2万平方米 | 2.3万平方米 | 20 | 20 |\n"
            + "|  | 质量指标 | 路灯亮灯率 | ≥98% | 98.6% | 20 | 20 |\n"
            + "|  | 时效指标 | 破损修复时限 | ≤48小时 | 36小时 | 10 | 10 |\n"
            + "| 效益指标 | 社会效益指标 | 道路通行状况 | 明显改善 | 基本改善 | 30 | 27 |\n"
            + "| 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% | 92% | 10 | 10 |\n"
            + $"| 总分 |  |  |  |  | 100 | {total} |\n"
            + "三、其他需要说明的事项\n本所无其他需要说明的事项。\n";

    /// <summary>The table takes the introduced project's name; the 预算执行率 row is its first indicator; a selection.</summary>
    [Fact]
    public void IntroducedTable_NamedAndExecutionRow()
    {
        var (read, diagnostics) = Read(Introduced("其中，城区道路养护项目自评结果如下："));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("城区道路养护项目", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("预算执行率", JsonAt(read, Evaluations + "0/indicators/0/name"));
        Assert.Equal("预算执行率", JsonAt(read, Evaluations + "0/indicators/0/level1"));
        Assert.Equal("10", JsonAt(read, Evaluations + "0/indicators/0/weight"));
        Assert.Equal("9.5", JsonAt(read, Evaluations + "0/indicators/0/score"));
        Assert.Equal("道路维修面积", JsonAt(read, Evaluations + "0/indicators/1/name"));
        Assert.Equal("100", JsonAt(read, Evaluations + "0/totalWeight"));
        Assert.Equal("96.5", JsonAt(read, Evaluations + "0/totalScore"));
        Assert.Equal("selection", JsonAt(read, "/performance/evaluationsListed"));
    }

    /// <summary>
    /// Introduced without 其中 ("…项目绩效自评情况如下："): named, not marked a selection; a planted 总分 (92.5 for parts adding up to
    /// 96.5, beyond the whole-number scores' rounding) is one FA3003.
    /// </summary>
    [Fact]
    public void IntroducedTable_OtherWording_PlantedTotal()
    {
        var (read, diagnostics) = Read(Introduced("城区道路养护项目绩效自评情况如下：", total: "92.5"));
        Assert.Equal("城区道路养护项目", JsonAt(read, Evaluations + "0/name"));
        Assert.Null(JsonAt(read, "/performance/evaluationsListed"));
        Assert.Equal(["FA3003"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near misses: an introduction naming no one project (a count, a pronoun) leaves the table unnamed (dropped, as before); a
    /// 一级指标's subtotal row without a name is no indicator (it would count its indicators twice).
    /// </summary>
    [Theory]
    [InlineData("其中，3个项目自评结果如下：")]
    [InlineData("各项目自评结果如下：")]
    [InlineData("全部项目自评结果如下：")]
    public void IntroducedTable_NoOneProject_NotNamed(string introduction)
    {
        var (read, diagnostics) = Read(Introduced(introduction));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, Evaluations + "0/name"));
    }

    /// <summary>A subtotal row (产出指标 with its 分值 and 得分, no 三级指标) is not read as an indicator.</summary>
    [Fact]
    public void SubtotalRow_IsNoIndicator()
    {
        var (read, diagnostics) = Read(Introduced("其中，城区道路养护项目自评结果如下：",
            "| 预算执行率 |  |  | 100% | 95.40% | 10 | 9.5 |\n| 产出指标 |  |  |  |  | 50 | 50 |\n"));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("道路维修面积", JsonAt(read, Evaluations + "0/indicators/1/name"));
        Assert.Equal("96.5", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>The display columns the space-aligned table's cells start at (一级 … 得分).</summary>
    private static readonly int[] ColumnStarts = [0, 12, 28, 58, 70, 80, 88];

    /// <summary>A line of the space-aligned table: each cell padded with spaces to its column (a Chinese character two columns).</summary>
    private static string Aligned(params string[] cells)
    {
        var line = new System.Text.StringBuilder();
        var width = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }

            var pad = Math.Max(i == 0 ? 0 : 2, ColumnStarts[i] - width);
            line.Append(' ', pad).Append(cells[i]);
            width += pad + cells[i].Sum(c => c > '\u2e7f' ? 2 : 1);
        }

        return line.Append('\n').ToString();
    }

    /// <summary>An invented 路政 说明 with a space-aligned 部门整体支出绩效自评表; <paramref name="lastRow"/> is its 满意度 row.</summary>
    private static string SpaceAligned(string lastRow, string total = "93.3")
        => "某县公路路政管理站2024年度部门决算公开说明\n\n"
            + "一、部门基本情况\n"
            + "某县公路路政管理站负责全县公路路产路权保护和路政巡查。\n\n"
            + "二、预算绩效情况说明\n"
            + "本站开展了部门整体支出绩效自评，自评得分93.30分，自评表如下：\n"
            + "2024年度部门整体支出绩效自评表\n"
            + Aligned("一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分")
            + Aligned("投入", "预算执行", "预算执行率", "≥95%", "97.10%", "10", "9.8")
            + Aligned("产出", "数量指标", "路政巡查里程", "≥20000公里", "21350公里", "30", "30")
            + Aligned("", "质量指标", "路产损坏案件结案率", "≥95%", "96.0%", "20", "19.5")
            + Aligned("效益", "社会效益", "公路完好率", "≥90%", "91.2%", "20", "18.0")
            + lastRow
            + Aligned("合计", "", "", "", "", "100", total)
            + "三、其他需要说明的事项\n本站无其他需要说明的事项。\n";

    /// <summary>The last row's 二级 and 三级指标 one space apart (overlapping both header cells equally).</summary>
    private static readonly string StraddlingRow = Aligned("满意度", "服务对象满意度 群众满意度", "", "≥90%", "94.0%", "20", "16.0");

    /// <summary>
    /// The department's whole table: named by its title, its indicators under 完成值, the straddling cell split under its two
    /// header cells, the 合计 row its totals; no Error.
    /// </summary>
    [Fact]
    public void SpaceAlignedWholeTable_Read()
    {
        var (read, diagnostics) = Read(SpaceAligned(StraddlingRow));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("departmentOverall", JsonAt(read, Evaluations + "0/kind"));
        Assert.Equal("部门整体支出", JsonAt(read, Evaluations + "0/name"));
        Assert.Equal("97.10%", JsonAt(read, Evaluations + "0/indicators/0/actual/text"));
        Assert.Equal("产出", JsonAt(read, Evaluations + "0/indicators/2/level1"));
        Assert.Equal("质量指标", JsonAt(read, Evaluations + "0/indicators/2/level2"));
        Assert.Equal("19.5", JsonAt(read, Evaluations + "0/indicators/2/score"));
        Assert.Equal("服务对象满意度", JsonAt(read, Evaluations + "0/indicators/4/level2"));
        Assert.Equal("群众满意度", JsonAt(read, Evaluations + "0/indicators/4/name"));
        Assert.Equal("94.0%", JsonAt(read, Evaluations + "0/indicators/4/actual/text"));
        Assert.Equal("20", JsonAt(read, Evaluations + "0/indicators/4/weight"));
        Assert.Equal("16.0", JsonAt(read, Evaluations + "0/indicators/4/score"));
        Assert.Equal("100", JsonAt(read, Evaluations + "0/totalWeight"));
        Assert.Equal("93.3", JsonAt(read, Evaluations + "0/totalScore"));
    }

    /// <summary>A planted 合计 (94.3 for parts adding up to 93.3) is exactly one FA3003 Error.</summary>
    [Fact]
    public void SpaceAlignedWholeTable_PlantedTotal_IsOneFA3003()
    {
        var (_, diagnostics) = Read(SpaceAligned(StraddlingRow, total: "94.3"));
        Assert.Equal(["FA3003"], RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>
    /// Near miss: a name with a single space inside one header cell (<c>群众 满意度</c> under 三级指标 alone) is not split: it stays
    /// one cell, the name without its space.
    /// </summary>
    [Fact]
    public void SpaceInsideOneHeaderCell_StaysWhole()
    {
        var row = Aligned("满意度", "服务对象满意度", "群众 满意度", "≥90%", "94.0%", "20", "16.0");
        var (read, diagnostics) = Read(SpaceAligned(row));
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("服务对象满意度", JsonAt(read, Evaluations + "0/indicators/4/level2"));
        Assert.Equal("群众满意度", JsonAt(read, Evaluations + "0/indicators/4/name"));
        Assert.Equal("16.0", JsonAt(read, Evaluations + "0/indicators/4/score"));
    }
}
