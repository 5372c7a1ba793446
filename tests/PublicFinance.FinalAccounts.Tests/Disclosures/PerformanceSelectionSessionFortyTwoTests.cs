using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 42 (perf42, schema 1.8, rules spec 5.2): summaries of some of the evaluated projects. A 说明 that states more
/// evaluated projects than it summarises, or says it chose them (选取, 部分项目, 其中N个项目), lists a selection: the summaries
/// are evaluations with <c>/performance/evaluationsListed</c> = <c>selection</c>, each checked on its own figures
/// (FA3002–FA3007), and FA3009–FA3011 do not take the list as the whole. Invented texts (none copied from the blind rounds);
/// negatives: as many summaries as the count (no marker), more summaries than the count (a note), "如下" alone, no word.
/// </summary>
public class PerformanceSelectionSessionFortyTwoTests
{
    private const string Head = "某县水利局2023年度部门决算说明\n一、支出决算情况说明\n本年支出合计1200.00万元，其中基本支出700.00万元，"
        + "项目支出500.00万元。\n二、预算绩效情况说明\n";

    /// <summary>Two summaries: 190.00 / 200.00 = 95.00 %, 95 分 优; 48.00 / 50.00 = 96.00 %, 92 分 优.</summary>
    private const string Summaries = "“农村供水保障项目”自评综述：全年预算数为200.00万元，执行数为190.00万元，完成预算的95.00%。"
        + "项目自评得分95分，评价等级为“优”。\n“小型水库巡查项目”自评综述：全年预算数为50.00万元，执行数为48.00万元，完成预算的96.00%。"
        + "项目自评得分92分，评价等级为“优”。\n";

    private static string Text(string opening) => Head + opening + "\n" + Summaries;

    /// <summary>
    /// 23 projects stated, two summarised: both are evaluations (values by pointer), the list is a selection, the report
    /// declares 1.8, and neither FA3009 nor FA3010 nor FA3011 weighs the two against the stated 23 and their funds.
    /// </summary>
    [Theory]
    [InlineData("本部门对23个项目开展了绩效自评，涉及资金480.00万元。")]
    [InlineData("本部门组织对2023年度一般公共预算项目支出全面开展绩效自评，共涉及项目23个，资金480.00万元。")]
    public void FewerSummariesThanTheCount_AreASelection(string opening)
    {
        var (read, diagnostics) = Read(Text(opening));
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA3009" or "FA3010" or "FA3011");
        var performance = read.Report.Performance!;
        Assert.Equal(EvaluationsListed.Selection, performance.EvaluationsListed);
        Assert.Equal("selection", JsonAt(read, "/performance/evaluationsListed"));
        Assert.Equal("1.8", read.Report.SchemaVersion);
        Assert.Equal(23, performance.ProjectEvaluationCount);
        Assert.Equal(2, performance.Evaluations.Count);
        Assert.Equal("农村供水保障项目", performance.Evaluations[0].Name);
        Assert.Equal("200.00", At(read, "/performance/evaluations/0/funds/0/fullYearBudget"));
        Assert.Equal("190.00", At(read, "/performance/evaluations/0/funds/0/executed"));
        Assert.Equal("95", At(read, "/performance/evaluations/0/totalScore"));
        Assert.Equal("小型水库巡查项目", performance.Evaluations[1].Name);
        Assert.Equal("96.00", At(read, "/performance/evaluations/1/funds/0/executionRate"));
        Assert.Equal("92", At(read, "/performance/evaluations/1/totalScore"));
    }

    /// <summary>A project of a selection is still checked on its own figures: a wrong rate (97.00 % for 96.00 %) is FA3004.</summary>
    [Fact]
    public void AWrongFigureOfASelectedProject_IsStillReported()
    {
        var text = Text("本部门对23个项目开展了绩效自评，涉及资金480.00万元。").Replace("完成预算的96.00%", "完成预算的97.00%");
        var (_, diagnostics) = Read(text);
        Assert.Contains(diagnostics, d => d.RuleId == "FA3004" && d.Severity == Severity.Error
            && d.Pointers.Contains("/performance/evaluations/1/funds/0/executionRate"));
    }

    /// <summary>No count stated, but the text says the projects were chosen: a selection.</summary>
    [Theory]
    [InlineData("本部门全面开展绩效自评，现选取2个项目的自评情况说明如下。")]
    [InlineData("本部门开展了项目绩效自评，部分项目自评情况如下。")]
    [InlineData("本部门开展了项目绩效自评，其中2个项目自评结果如下。")]
    public void ASelectionWorded_IsASelection(string opening)
    {
        var (read, diagnostics) = Read(Text(opening));
        Assert.Empty(Errors(diagnostics));
        Assert.Null(At(read, "/performance/projectEvaluationCount"));
        Assert.Equal(EvaluationsListed.Selection, read.Report.Performance!.EvaluationsListed);
        Assert.Equal(2, read.Report.Performance.Evaluations.Count);
    }

    /// <summary>
    /// Near misses: the count equal to the summaries (the whole list, no marker), "如下" alone, no opening at all, and a
    /// 选取 in a paragraph of no evaluation — the list is not marked and the report stays below 1.8.
    /// </summary>
    [Theory]
    [InlineData("本部门对2个项目开展了绩效自评，涉及资金250.00万元。")]
    [InlineData("本部门开展了项目绩效自评，具体情况如下。")]
    [InlineData("")]
    [InlineData("本部门选取骨干人员参加培训。")]
    public void AWholeListOrNoSelectionWord_IsNotMarked(string opening)
    {
        var (read, _) = Read(Text(opening));
        Assert.Equal(2, read.Report.Performance!.Evaluations.Count);
        Assert.Null(read.Report.Performance.EvaluationsListed);
        Assert.Null(JsonAt(read, "/performance/evaluationsListed"));
        Assert.NotEqual("1.8", read.Report.SchemaVersion);
    }

    /// <summary>More summaries than the stated count is a contradiction: one note, no evaluation placed, no marker.</summary>
    [Fact]
    public void MoreSummariesThanTheCount_StayANote()
    {
        var (read, _) = Read(Text("本部门对1个项目开展了绩效自评，涉及资金200.00万元。"));
        Assert.Empty(read.Report.Performance!.Evaluations);
        Assert.Null(read.Report.Performance.EvaluationsListed);
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("describes 2 in prose", StringComparison.Ordinal));
    }

    /// <summary>
    /// A list of named projects and their scores (分别为) pairs in order: each an evaluation with its name and total score; a
    /// whole list is not marked, one of 23 stated projects is a selection.
    /// </summary>
    [Theory]
    [InlineData("本部门对“农村供水保障项目”、“小型水库巡查项目”、“水土保持治理工程”3个项目开展了绩效自评，自评得分分别为94.5分、91.0分、88.5分。",
        3, false)]
    [InlineData("本部门对23个项目开展了绩效自评，涉及资金480.00万元。其中对农村供水保障项目、小型水库巡查项目开展了重点自评，自评得分分别为95分、92分。",
        2, true)]
    public void NamedProjectsScores_PairInOrder(string paragraph, int projects, bool selection)
    {
        var (read, diagnostics) = Read(Head + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId is "FA3009" or "FA3010");
        var evaluations = read.Report.Performance!.Evaluations;
        Assert.Equal(projects, evaluations.Count);
        Assert.Equal("农村供水保障项目", evaluations[0].Name);
        Assert.Equal("小型水库巡查项目", evaluations[1].Name);
        Assert.Equal(projects == 3 ? "94.5" : "95", At(read, "/performance/evaluations/0/totalScore"));
        Assert.Equal(projects == 3 ? "91.0" : "92", At(read, "/performance/evaluations/1/totalScore"));
        if (projects == 3)
        {
            Assert.Equal("水土保持治理工程", evaluations[2].Name);
            Assert.Equal("88.5", At(read, "/performance/evaluations/2/totalScore"));
        }

        Assert.Equal(selection ? EvaluationsListed.Selection : null, read.Report.Performance.EvaluationsListed);
    }

    /// <summary>
    /// Near misses of a score list: scores with no names (the scores of 3 projects of a count), names and scores not as many,
    /// a name that is no project's title, a count after the names that differs from them — none is an evaluation.
    /// </summary>
    [Theory]
    [InlineData("本部门对国有资本经营预算项目开展绩效自评，共涉及项目3个，资金500.00万元，自评得分分别为94.5分、91.0分、88.5分。")]
    [InlineData("本部门对农村供水保障项目、小型水库巡查项目、水土保持治理工程开展了绩效自评，自评得分分别为95分、92分。")]
    [InlineData("本部门对河道整治、水源保护开展了绩效自评，自评得分分别为95分、92分。")]
    [InlineData("本部门对农村供水保障项目、小型水库巡查项目等5个项目开展了绩效自评，自评得分分别为95分、92分。")]
    public void AScoreListThatDoesNotPair_IsNoEvaluation(string paragraph)
    {
        var (read, _) = Read(Head + paragraph + "\n");
        Assert.Empty(read.Report.Performance?.Evaluations ?? []);
    }

    /// <summary>
    /// The evaluated projects' average score: a located note until session 44, which places it at
    /// <c>/performance/averageProjectScore</c> (schema 1.9) — never the department's own score; a bound (平均得分90分以上) is no
    /// score and no note.
    /// </summary>
    [Theory]
    [InlineData("本部门对8个项目开展了绩效自评，涉及资金480.00万元，自评平均得分92.3分。", "92.3")]
    [InlineData("本部门对8个项目开展了绩效自评，平均得分为90分。", "90")]
    [InlineData("本部门对8个项目开展了绩效自评，平均得分90分以上。", null)]
    public void TheAverageScore_IsTheProjectsAverage(string paragraph, string? average)
    {
        var (read, diagnostics) = Read(Head + paragraph + "\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Null(read.Report.Performance!.SelfEvaluationScore);
        Assert.Equal("8", At(read, "/performance/projectEvaluationCount"));
        Assert.Equal(average, At(read, "/performance/averageProjectScore"));
        Assert.Equal(0, read.Notes.Count(n => n.MessageEn.Contains("average score", StringComparison.Ordinal)));
    }

    /// <summary>Untitled paragraphs, each opened by its subject's run-in heading ("XX情况。…"), the 绩效 one after 国有资产's.</summary>
    private const string RunIn = "某区司法局2024年度部门决算其他重要事项的情况说明\n国有资产占用情况。截至2024年12月31日，本部门共有车辆2辆。\n";

    /// <summary>
    /// A 绩效 paragraph opened by an unnumbered run-in heading after an inferred section enters the 绩效 section: its count,
    /// funds and the department's score are read (before: read as 国有资产's, all lost).
    /// </summary>
    [Theory]
    [InlineData("预算绩效管理情况。")]
    [InlineData("绩效自评情况:")]
    public void ARunInPerformanceHeading_EntersThePerformanceSection(string heading)
    {
        var (read, diagnostics) = Read(RunIn + heading + "根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，"
            + "共涉及项目14个，资金583.00万元。部门整体支出绩效自评得分94.2分，等级为“优”。\n");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("14", At(read, "/performance/projectEvaluationCount"));
        Assert.Equal("583.00", At(read, "/performance/projectFunds"));
        Assert.Equal("94.2", At(read, "/performance/selfEvaluationScore"));
        Assert.Equal("2", At(read, "/narrative/assets/vehicles/count"));
    }

    /// <summary>
    /// Near misses: a run-in heading of another subject, a sentence about 绩效 that is no heading (no 情况 before '。'), and a
    /// heading too long to be one — none enters the 绩效 section.
    /// </summary>
    [Theory]
    [InlineData("政府采购情况。本部门共涉及项目14个，资金583.00万元。")]
    [InlineData("预算绩效管理工作扎实。本部门共涉及项目14个，资金583.00万元。")]
    [InlineData("本部门认真落实预算绩效管理各项要求的情况。共涉及项目14个，资金583.00万元。")]
    public void NoRunInPerformanceHeading_StaysOutOfThePerformanceSection(string paragraph)
    {
        var (read, _) = Read(RunIn + paragraph + "\n");
        Assert.Null(At(read, "/performance/projectEvaluationCount"));
    }

    /// <summary>A score list beside prose summaries is left to the summaries: no project is written twice.</summary>
    [Fact]
    public void AScoreListBesideSummaries_IsNotWrittenAgain()
    {
        var (read, _) = Read(Text("本部门对“农村供水保障项目”、“小型水库巡查项目”2个项目开展了绩效自评，自评得分分别为95分、92分。"));
        Assert.Equal(2, read.Report.Performance!.Evaluations.Count);
        Assert.Equal("190.00", At(read, "/performance/evaluations/0/funds/0/executed"));
    }

    /// <summary>
    /// Property (rules spec 5.2): for any listed evaluations (1–5, each with a total line's budget) and any stated count and
    /// project funds, a selection never raises FA3009 or FA3010; the same report with the list complete (marker absent or
    /// <c>all</c>) raises FA3010 exactly when the count differs and FA3009 exactly when the funds do not add up.
    /// </summary>
    [Property(MaxTest = 40)]
    public bool ASelection_NeverRaisesTheListChecks(PositiveInt listed, PositiveInt stated, PositiveInt seed, bool adds, bool explicitAll)
    {
        var n = listed.Get % 5 + 1;
        var count = stated.Get % 30 + 1;
        var budgets = Enumerable.Range(0, n).Select(i => (seed.Get % 9000 + 100 * (i + 1)) / 100m).ToList();
        var sum = budgets.Sum();
        var total = adds ? sum : sum + 10m;
        PerformanceStatement Statement(EvaluationsListed? listedKind) => new()
        {
            ProjectEvaluationCount = count,
            ProjectBudget = Amount.Parse(total.ToString("0.00", Inv)),
            EvaluationsListed = listedKind,
            Evaluations = [.. budgets.Select((b, i) => new PerformanceEvaluation
            {
                Kind = EvaluationKind.Project,
                Name = "测试项目" + i.ToString(Inv),
                Funds = [new FundLine
                {
                    Kind = FundLineKind.Total, Label = "年度资金总额", FullYearBudget = Amount.Parse(b.ToString("0.00", Inv)),
                }],
            })],
        };
        bool Raises(EvaluationsListed? listedKind, string rule) => Validator.Default.Validate(new FinalAccountsReport
        {
            Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2023 },
            Performance = Statement(listedKind),
        }).Diagnostics.Any(d => d.RuleId == rule && d.Severity != Severity.Info);

        var complete = explicitAll ? EvaluationsListed.All : (EvaluationsListed?)null;
        return !Raises(EvaluationsListed.Selection, "FA3009") && !Raises(EvaluationsListed.Selection, "FA3010")
            && Raises(complete, "FA3010") == (count != n) && Raises(complete, "FA3009") == !adds;
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
