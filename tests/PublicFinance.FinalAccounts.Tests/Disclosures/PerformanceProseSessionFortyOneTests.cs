using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model.Performance;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 41 (perf41): 绩效 self-evaluations written as prose summaries (项目自评综述) opened by the project's name — quoted or
/// not, with a summary word, a ':' or a budget label after it, or run into a numbered heading — with their rate written
/// 完成预算的…% and their weights in brackets (得分 9.6 分（分值 10 分）, （满分 50 分）). Invented texts (none copied from the
/// blind rounds): each consistent text is read into <c>/performance/evaluations</c> (values by pointer) with no Error, and a
/// planted error in each checked figure (执行率, 总分, 等级, a score above its weight) is reported at its pointer. Negatives:
/// a group of projects, the department's own summary, a quoted name followed by other words, an indicator's 完成率, and
/// summaries of only some of the stated projects (one note, nothing placed).
/// </summary>
public class PerformanceProseSessionFortyOneTests
{
    private const string Head = "某县卫生健康局2022年度部门决算说明\n一、支出决算情况说明\n本年支出合计900.00万元，其中基本支出600.00万元，"
        + "项目支出300.00万元。\n二、预算绩效情况说明\n";

    /// <summary>The first project's summary after its opening: 190.00 / 200.00 = 95.00 %, 95 分, 优.</summary>
    private const string FirstBody = "全年预算数为200.00万元，执行数为190.00万元，完成预算的95.00%。项目自评得分95分，评价等级为“优”。\n";

    /// <summary>
    /// The second project's summary after its opening: 96.00 / 100.00 = 96.00 %; 9.6 + 46 + 28 + 10 = 93.6; weights 10 + 50 +
    /// 30 + 10 = 100; 9.6 = 10 × 96 %.
    /// </summary>
    private const string SecondBody = "全年预算数100.00万元，执行数96.00万元，执行率96.00%，项目自评得分为93.6分，其中：预算执行情况得分9.6分"
        + "（分值10分），产出指标得分46分（满分50分），效益指标得分28分（分值30分），满意度指标得分10分（分值10分）。\n";

    private static string Text(string first, string second, string count = "本部门对2个项目开展了绩效自评，涉及资金300.00万元。\n")
        => Head + count + first + FirstBody + second + SecondBody;

    /// <summary>
    /// Both summaries are read as evaluations, whatever opens them: a quoted name with 自评综述, an unquoted name with 绩效自评综述,
    /// a quoted name with ':' or straight before 全年预算数, and a numbered heading of no project run into the summary.
    /// </summary>
    [Theory]
    [InlineData("“基层医疗设备更新项目”自评综述：", "河道清淤整治工程项目自评综述：")]
    [InlineData("基层医疗设备更新项目绩效自评综述：", "“河道清淤整治工程项目”自评情况：")]
    [InlineData("“基层医疗设备更新项目”：", "「河道清淤整治工程项目」自评综述：")]
    [InlineData("“基层医疗设备更新项目”", "2.部门决算中项目绩效自评结果。河道清淤整治工程项目自评综述：")]
    public void ASummaryOpenedByItsProject_IsThatProjectsEvaluation(string first, string second)
    {
        var (read, diagnostics) = Read(Text(first, second));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(Warnings(diagnostics), w => w.StartsWith("FA30", StringComparison.Ordinal));
        var evaluations = read.Report.Performance!.Evaluations;
        Assert.Equal(2, evaluations.Count);
        Assert.Equal("基层医疗设备更新项目", evaluations[0].Name);
        Assert.Equal("河道清淤整治工程项目", evaluations[1].Name);
        Assert.Equal(EvaluationKind.Project, evaluations[1].Kind);
        const string E0 = "/performance/evaluations/0/";
        Assert.Equal("200.00", At(read, E0 + "funds/0/fullYearBudget"));
        Assert.Equal("190.00", At(read, E0 + "funds/0/executed"));
        Assert.Equal("95.00", At(read, E0 + "funds/0/executionRate"));
        Assert.Equal("95", At(read, E0 + "totalScore"));
        Assert.Equal(PerformanceGrade.Excellent, evaluations[0].Grade);
        const string E1 = "/performance/evaluations/1/";
        Assert.Equal("100.00", At(read, E1 + "funds/0/fullYearBudget"));
        Assert.Equal("96.00", At(read, E1 + "funds/0/executed"));
        Assert.Equal("96.00", At(read, E1 + "funds/0/executionRate"));
        Assert.Equal("10", At(read, E1 + "funds/0/weight"));
        Assert.Equal("9.6", At(read, E1 + "funds/0/score"));
        Assert.Equal("产出指标", evaluations[1].Indicators[0].Level1);
        Assert.Equal("50", At(read, E1 + "indicators/0/weight"));
        Assert.Equal("46", At(read, E1 + "indicators/0/score"));
        Assert.Equal("效益指标", evaluations[1].Indicators[1].Level1);
        Assert.Equal("30", At(read, E1 + "indicators/1/weight"));
        Assert.Equal("28", At(read, E1 + "indicators/1/score"));
        Assert.Equal("满意度指标", evaluations[1].Indicators[2].Level1);
        Assert.Equal("10", At(read, E1 + "indicators/2/score"));
        Assert.Equal("93.6", At(read, E1 + "totalScore"));
    }

    /// <summary>
    /// One planted error in each checked figure, reported by its rule at its pointer: a wrong 完成预算的 rate (96.00 % for
    /// 190.00 / 200.00 = 95.00 %) and a wrong 执行率 (95.00 % for 96.00 / 100.00) — FA3004; a wrong total (96.6 for 9.6 + 46 +
    /// 28 + 10 = 93.6; the whole-point scores give a slack of ±1.60, so 94.6 would be an Info) — FA3003; a grade off the
    /// score (良 for 95 分) — FA3007; a score above its bracketed weight (52 of 满分 50) — FA3002; an execution score off the
    /// rate (5.0 of 分值 10 at 96.00 %, where 9.6 is due; the total follows it) — FA3005, a Warning (some provinces score by
    /// bands).
    /// </summary>
    [Theory]
    [InlineData("完成预算的95.00%", "完成预算的96.00%", null, null, "FA3004", "/performance/evaluations/0/funds/0/executionRate")]
    [InlineData("执行率96.00%", "执行率95.00%", null, null, "FA3004", "/performance/evaluations/1/funds/0/executionRate")]
    [InlineData("得分为93.6分", "得分为96.6分", null, null, "FA3003", "/performance/evaluations/1/totalScore")]
    [InlineData("评价等级为“优”", "评价等级为“良”", null, null, "FA3007", "/performance/evaluations/0/")]
    [InlineData("得分为93.6分", "得分为99.6分", "产出指标得分46分", "产出指标得分52分", "FA3002", "/performance/evaluations/1/indicators/0/")]
    [InlineData("得分为93.6分", "得分为89.0分", "预算执行情况得分9.6分", "预算执行情况得分5.0分", "FA3005", "/performance/evaluations/1/funds/0/")]
    public void APlantedError_IsReportedAtItsPointer(
        string was, string planted, string? was2, string? planted2, string rule, string pointer)
    {
        var text = Text("“基层医疗设备更新项目”自评综述：", "河道清淤整治工程项目自评综述：").Replace(was, planted);
        text = was2 is null ? text : text.Replace(was2, planted2!);
        var (_, diagnostics) = Read(text);
        var severity = rule == "FA3005" ? FinalAccounts.Validation.Severity.Warning : FinalAccounts.Validation.Severity.Error;
        Assert.Contains(diagnostics, d => d.RuleId == rule && d.Severity == severity
            && d.Pointers.Any(p => p.StartsWith(pointer, StringComparison.Ordinal)));
    }

    /// <summary>The weight written before its score in the same clause ("产出指标（分值 50 分）得分 46 分") is still the weight.</summary>
    [Fact]
    public void AWeightBeforeItsScore_IsTheWeight()
    {
        var text = Text("“基层医疗设备更新项目”自评综述：", "河道清淤整治工程项目自评综述：")
            .Replace("产出指标得分46分（满分50分）", "产出指标（分值50分）得分46分");
        var (read, diagnostics) = Read(text);
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("50", At(read, "/performance/evaluations/1/indicators/0/weight"));
        Assert.Equal("46", At(read, "/performance/evaluations/1/indicators/0/score"));
    }

    /// <summary>
    /// Summaries of only some of the stated projects (3 stated, 2 described): since session 42 (schema 1.8) both are placed
    /// as a selection (<c>evaluationsListed: selection</c>), so FA3010 does not weigh 3 against the partial list (before: one
    /// note, nothing placed; PerformanceSelectionSessionFortyTwoTests).
    /// </summary>
    [Fact]
    public void SummariesOfSomeOfTheProjects_AreASelection()
    {
        var (read, diagnostics) = Read(Text("“基层医疗设备更新项目”自评综述：", "河道清淤整治工程项目自评综述：",
            "本部门对3个项目开展了绩效自评，涉及资金320.00万元。\n"));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(Warnings(diagnostics), w => w.StartsWith("FA3010", StringComparison.Ordinal));
        Assert.Equal(2, read.Report.Performance!.Evaluations.Count);
        Assert.Equal(EvaluationsListed.Selection, read.Report.Performance.EvaluationsListed);
        Assert.False(Noted(read, "describes 2 in prose"));
        Assert.Equal("3", At(read, "/performance/projectEvaluationCount"));
    }

    /// <summary>
    /// Openings that name no one project's summary: a group (“X项目”等 3 个项目), the department's own summary (部门整体…), a
    /// quoted name followed by other words (“X项目”完成情况) — none is read as an evaluation.
    /// </summary>
    [Theory]
    [InlineData("“基层医疗设备更新项目”等3个项目自评综述：")]
    [InlineData("部门整体支出绩效自评综述：")]
    [InlineData("“基层医疗设备更新项目”完成情况良好，")]
    [InlineData("本部门项目自评综述：")]
    public void AnOpeningOfNoOneProject_IsNoEvaluation(string opening)
    {
        var (read, _) = Read(Head + opening + FirstBody);
        Assert.Empty(read.Report.Performance?.Evaluations ?? []);
        Assert.Null(At(read, "/performance/evaluations/0/funds/0/executionRate"));
    }

    /// <summary>An indicator's 完成率 (任务完成率 91.3 %) is never the project's execution rate.</summary>
    [Fact]
    public void AnIndicatorsCompletionRate_IsNoExecutionRate()
    {
        var (read, diagnostics) = Read(Head + "“基层医疗设备更新项目”自评综述：全年预算数为200.00万元，执行数为190.00万元，任务完成率91.3%。"
            + "项目自评得分95分。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("190.00", At(read, "/performance/evaluations/0/funds/0/executed"));
        Assert.Null(At(read, "/performance/evaluations/0/funds/0/executionRate"));
    }

    /// <summary>
    /// Counts of the evaluated projects by score band or grade: a located note each until session 44, which reads them into
    /// <c>/performance/gradeCounts</c> (schema 1.9; GradeCountsSessionFortyFourTests) — no note, and none is taken for the count
    /// of evaluated projects (which stays 23).
    /// </summary>
    [Theory]
    [InlineData("其中自评得分90分（含）以上的项目19个，80（含）-90分的项目4个。", 2)]
    [InlineData("其中自评结果为“优”的项目19个，“良”的项目4个。", 2)]
    [InlineData("其中60分以下的项目1个。", 1)]
    public void ACountOfABand_IsAGradeCount(string bands, int counts)
    {
        var (read, diagnostics) = Read(Head + "本部门对23个项目开展了绩效自评，涉及资金300.00万元。" + bands + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("23", At(read, "/performance/projectEvaluationCount"));
        Assert.Equal(counts, read.Report.Performance!.GradeCounts.Count);
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("one grade or score band", StringComparison.Ordinal));
    }

    /// <summary>
    /// The count of evaluated projects with the budget kind before 项目 ("6 个一般公共预算项目"), or after a list of names
    /// ("共涉及 A、B、C 等 3 个项目"), and the funds after it (涉及资金 / 资金) — the count and <c>projectFunds</c>.
    /// </summary>
    [Theory]
    [InlineData("本部门对2022年度6个一般公共预算项目开展了绩效自评，涉及资金420.00万元。", "6", "420.00")]
    [InlineData("本部门对2022年度6个政府性基金预算项目开展了绩效自评，涉及资金420.00万元。", "6", "420.00")]
    [InlineData("本部门全面开展绩效自评，共涉及河道整治、水源保护、灌区改造等3个项目，资金350.00万元。", "3", "350.00")]
    public void TheCountOfEvaluatedProjects_WithItsKindOrNames_IsRead(string sentence, string count, string funds)
    {
        var (read, diagnostics) = Read(Head + sentence + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal(count, At(read, "/performance/projectEvaluationCount"));
        Assert.Equal(funds, At(read, "/performance/projectFunds"));
    }

    /// <summary>
    /// Near misses: a 部门评价 of a group of projects (no 自评 in the sentence), a list of names in a 自评 sentence without 涉及,
    /// and a 绩效监控 count — none is the count of evaluated projects.
    /// </summary>
    [Theory]
    [InlineData("同时对“基层医疗设备更新项目”等3个项目开展了部门评价，涉及资金100.00万元。")]
    [InlineData("绩效自评中，河道整治、水源保护等2个项目存在问题。")]
    [InlineData("本部门对6个一般公共预算项目开展了绩效监控。")]
    public void ANearMissCount_IsNotTheCountOfEvaluatedProjects(string sentence)
    {
        var (read, _) = Read(Head + sentence + "\n");
        Assert.Null(At(read, "/performance/projectEvaluationCount"));
    }

    /// <summary>A count of projects that names no band (监控 of 5 projects) is no band's note.</summary>
    [Fact]
    public void ACountWithoutABand_IsNoBandNote()
    {
        var (read, _) = Read(Head + "本部门对23个项目开展了绩效自评。另对5个项目开展了绩效监控。\n");
        Assert.DoesNotContain(read.Notes, n => n.MessageEn.Contains("one grade or score band", StringComparison.Ordinal));
    }

    /// <summary>
    /// Property (FA3004 on prose): for any budget and execution (two decimals, execution ≤ budget), the rate written as
    /// 完成预算的 executed ÷ budget rounded to two decimals raises no FA3004, and the same rate one point off raises it at the
    /// evaluation's rate.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool TheCompletionRate_IsCheckedAgainstItsFigures(PositiveInt budgetCents, PositiveInt share)
    {
        var budget = budgetCents.Get % 10_000_000 / 100m + 10m;
        var executed = Math.Round(budget * (share.Get % 1000) / 1000m, 2);
        var rate = Math.Round(executed / budget * 100m, 2, MidpointRounding.AwayFromZero);
        bool Fa3004(decimal written)
        {
            var (_, diagnostics) = Read(Head + "“基层医疗设备更新项目”自评综述：全年预算数为" + budget.ToString("0.00", Inv) + "万元，执行数为"
                + executed.ToString("0.00", Inv) + "万元，完成预算的" + written.ToString("0.00", Inv) + "%。项目自评得分95分。\n");
            return diagnostics.Any(d => d.RuleId == "FA3004" && d.Pointers.Contains("/performance/evaluations/0/funds/0/executionRate"));
        }

        return executed > 0 && !Fa3004(rate) && Fa3004(rate + 1m) || executed == 0;
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
