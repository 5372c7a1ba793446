using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 44 (grades44, schema 1.9, rules spec 5.3): the evaluated projects counted by grade (<c>/performance/gradeCounts</c>),
/// what they cover (<c>gradeCountsCover</c>: <c>all</c> after 其中 with two grades or more, else <c>some</c>), the projects'
/// average score (<c>averageProjectScore</c>, never the department's <c>selfEvaluationScore</c>) and FA3012 (the counts against
/// the number of evaluated projects: an Error only on a whole breakdown). Invented texts, none copied from a blind round;
/// negatives: counts of indicators or units by grade, rates (优秀率), a band of another range, a count before its grade, scores
/// without names.
/// </summary>
public class GradeCountsSessionFortyFourTests
{
    private const string Head = "某县农业农村局2024年度部门决算说明\n一、支出决算情况说明\n本年支出合计1500.00万元，其中基本支出900.00万元，"
        + "项目支出600.00万元。\n二、预算绩效情况说明\n";

    private static (DisclosureReadResult Read, List<Diagnostic> Diagnostics) ReadPerformance(string paragraph)
        => Read(Head + paragraph + "\n");

    /// <summary>
    /// Each wording of a breakdown after 其中 (quoted grades, 优秀 / 良好, score bands, Shanghai's 合格 / 不合格, Traditional
    /// characters): every count at its pointer with its grade, the band as written where it is not the one-character name, the
    /// breakdown whole (<c>all</c>), FA3012 passed, the report 1.9.
    /// </summary>
    [Theory]
    [InlineData("本部门对18个项目开展了绩效自评，涉及资金560.00万元，其中评价结果为“优”的项目15个、“良”的项目3个。",
        "18", "excellent:15:|good:3:")]
    [InlineData("本部门对9个项目开展了绩效自评，其中评为‘优秀’的项目7个，‘良好’的项目2个。", "9", "excellent:7:优秀|good:2:良好")]
    [InlineData("本部门组织对2024年度一般公共预算项目支出全面开展绩效自评，共21个项目，涉及资金900.00万元。其中，自评得分90分（含）以上的项目17个，"
        + "80（含）-90分的项目4个。", "21", "excellent:17:90分（含）以上|good:4:80（含）-90分")]
    [InlineData("本部門對10個項目開展了績效自評，其中評價結果為「優」的項目8個、「良」的項目2個。", "10", "excellent:8:|good:2:")]
    [InlineData("本部门对10个项目开展了绩效自评，其中评价结果为“优”的项目6个、“良”的项目3个、“合格”的项目1个、“不合格”的项目0个。",
        "10", "excellent:6:|good:3:|fair:1:合格|poor:0:不合格")]
    [InlineData("本部门对24个项目开展绩效自评，涉及资金580.00万元；其中得分90分以上21个，80-89分3个。", "24", "excellent:21:90分以上|good:3:80-89分")]
    public void AWholeBreakdown_IsReadAndAddsUp(string paragraph, string evaluated, string expected)
    {
        var (read, diagnostics) = ReadPerformance(paragraph);
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA3012");
        Assert.Equal(evaluated, At(read, "/performance/projectEvaluationCount"));
        Assert.Equal(expected, Breakdown(read));
        Assert.Equal("all", JsonAt(read, "/performance/gradeCountsCover"));
        Assert.Equal(GradeCountsCover.All, read.Report.Performance!.GradeCountsCover);
        Assert.Equal("1.9", read.Report.SchemaVersion);
        Assert.False(Noted(read, "one grade or score band"));
    }

    /// <summary>Without 其中 (or with one grade only) the breakdown is not said to be whole: <c>some</c>, values read the same.</summary>
    [Theory]
    [InlineData("本部门对14个项目开展绩效自评，自评等级为优秀的12个，良好2个。", "excellent:12:优秀|good:2:良好")]
    [InlineData("本部门对9个项目开展了绩效自评，其中评为“优秀”的项目7个。", "excellent:7:优秀")]
    public void ABreakdownNotSaidWhole_IsSome(string paragraph, string expected)
    {
        var (read, diagnostics) = ReadPerformance(paragraph);
        Assert.Empty(Errors(diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA3012");
        Assert.Equal(expected, Breakdown(read));
        Assert.Equal("some", JsonAt(read, "/performance/gradeCountsCover"));
    }

    /// <summary>
    /// FA3012 from a text: a whole breakdown that falls short (10 + 1 of 12) is the Error on both pointers; a breakdown not said
    /// to be whole above the number (10 of 9) is a Warning only; below it (7 of 9), nothing.
    /// </summary>
    [Theory]
    [InlineData("本部门对12个项目开展了绩效自评，其中评价结果为“优”的项目10个、“良”的项目1个。", Severity.Error)]
    [InlineData("本部门对9个项目开展了绩效自评，评为“优秀”的项目10个。", Severity.Warning)]
    [InlineData("本部门对9个项目开展了绩效自评，评为“优秀”的项目7个。", null)]
    public void TheCountsAgainstTheEvaluated_AreFA3012(string paragraph, Severity? expected)
    {
        var (_, diagnostics) = ReadPerformance(paragraph);
        var found = diagnostics.Where(d => d.RuleId == "FA3012").ToList();
        if (expected is null)
        {
            Assert.Empty(found);
            return;
        }

        var finding = Assert.Single(found);
        Assert.Equal(expected, finding.Severity);
        Assert.Equal(["/performance/gradeCounts", "/performance/projectEvaluationCount"], finding.Pointers);
    }

    /// <summary>
    /// Near misses: indicators counted by grade (quoted, and noun-less in a sentence of 指标), units by grade, rates (优秀率),
    /// a band of another range (85 分), a count written before its grade, and a grade word that is no grade (优化) — no grade
    /// count is read, nothing is an Error.
    /// </summary>
    [Theory]
    [InlineData("本部门对9个项目开展了绩效自评，共设置绩效指标60个，其中评价为“优”的指标50个、“良”的指标10个。")]
    [InlineData("本部门对9个项目开展了绩效自评，绩效指标中优15个、良5个。")]
    [InlineData("本部门对下属5个单位开展绩效评价，其中评价为“优秀”的单位4个、“良好”的单位1个。")]
    [InlineData("本部门对9个项目开展了绩效自评，项目优秀率90%，良好率10%。")]
    [InlineData("本部门对9个项目开展了绩效自评，其中得分85分以上的项目7个，85分以下的项目2个。")]
    [InlineData("本部门对9个项目开展了绩效自评，其中7个项目评为优秀，2个项目评为良好。")]
    [InlineData("本部门对9个项目开展了绩效自评，其中优化调整的项目3个。")]
    public void ANearMiss_IsNoGradeCount(string paragraph)
    {
        var (read, diagnostics) = ReadPerformance(paragraph);
        Assert.Empty(Errors(diagnostics));
        Assert.Empty(read.Report.Performance?.GradeCounts ?? []);
        Assert.Null(JsonAt(read, "/performance/gradeCountsCover"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA3012");
    }

    /// <summary>A band of another range stays the located note of each count (the sentence is not read in part).</summary>
    [Fact]
    public void ABandOfAnotherRange_StaysANote()
    {
        var (read, _) = ReadPerformance("本部门对9个项目开展了绩效自评，其中得分85分以上的项目7个，85分以下的项目2个。");
        Assert.Equal(2, read.Notes.Count(n => n.MessageEn.Contains("one grade or score band", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The projects' average score is <c>averageProjectScore</c> and the department's score after ';' is
    /// <c>selfEvaluationScore</c> (before: both lost — the sentence held 平均 and 项目); an average of indicators stays a note.
    /// </summary>
    [Fact]
    public void TheAverageAndTheDepartmentsScore_GoToTheirOwnMembers()
    {
        var (read, diagnostics) = ReadPerformance("本部门对2024年度10个项目开展绩效自评，涉及资金500.00万元，平均得分91.8分；部门整体支出绩效自评得分"
            + "94.5分，等级为“优”。");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("10", At(read, "/performance/projectEvaluationCount"));
        Assert.Equal("91.8", At(read, "/performance/averageProjectScore"));
        Assert.Equal("94.5", At(read, "/performance/selfEvaluationScore"));
        Assert.Equal("1.9", read.Report.SchemaVersion);

        var (indicators, _) = ReadPerformance("本部门开展了部门整体支出绩效自评，各项绩效指标平均得分88分。");
        Assert.Null(At(indicators, "/performance/averageProjectScore"));
        Assert.Null(At(indicators, "/performance/selfEvaluationScore"));
        Assert.True(Noted(indicators, "average score"));
    }

    /// <summary>Scores listed without the projects' names are no evaluation and no figure: one located note.</summary>
    [Fact]
    public void ScoresWithoutNames_AreANote()
    {
        var (read, diagnostics) = ReadPerformance("本部门对政府性基金预算安排的3个项目开展绩效自评，涉及资金800.00万元，自评得分分别为95分、90分和85分。");
        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3", At(read, "/performance/projectEvaluationCount"));
        Assert.Empty(read.Report.Performance!.Evaluations);
        Assert.Null(read.Report.Performance.SelfEvaluationScore);
        Assert.True(Noted(read, "without the project each belongs to"));
    }

    /// <summary>"共3个项目评为优秀" is no count of the evaluated projects (the clause goes on after 项目).</summary>
    [Fact]
    public void ACountOfProjectsThatGoesOn_IsNotTheEvaluatedCount()
    {
        var (read, _) = ReadPerformance("本部门开展绩效自评，共3个项目评为优秀。");
        Assert.Null(At(read, "/performance/projectEvaluationCount"));
    }

    /// <summary>A count below zero is refused by the model.</summary>
    [Fact]
    public void ANegativeCount_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new GradeCount { Grade = PerformanceGrade.Good, Count = -1 });

    /// <summary>
    /// Any split of N evaluated projects into grade counts stated as whole passes FA3012, and any count off by k ≠ 0 is its
    /// Error; the same counts not said to be whole are a Warning exactly when they exceed the number, else nothing.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool AnySplit_Passes_AndAnyOffset_Fails(byte excellent, byte good, byte fair, byte poor, sbyte offset)
    {
        var counts = new[] { excellent % 40, good % 40, fair % 40, poor % 40 };
        var sum = counts.Sum();
        var k = offset % 5;
        var stated = Math.Max(sum + k, 0);
        Severity? Finding(int evaluated, GradeCountsCover? cover) => Validator.Default.Validate(Report(counts, evaluated, cover))
            .Diagnostics.FirstOrDefault(d => d.RuleId == "FA3012")?.Severity;
        var whole = Finding(stated, GradeCountsCover.All);
        var some = Finding(stated, GradeCountsCover.Some);
        return Finding(sum, GradeCountsCover.All) is null
            && whole == (stated == sum ? null : Severity.Error)
            && some == (stated < sum ? Severity.Warning : null);
    }

    /// <summary>The new members round-trip through JSON exactly, valid against the published schema, and make the report 1.9.</summary>
    [Fact]
    public void TheNewMembers_RoundTrip()
    {
        var report = Report([17, 4, 0, 0], 21, GradeCountsCover.All) with { SchemaVersion = "1.9" };
        report = report with
        {
            Performance = report.Performance! with
            {
                AverageProjectScore = Quantity.Parse("93.6"),
                GradeCounts = [new() { Grade = PerformanceGrade.Excellent, Count = 17, Band = "90分（含）以上" }],
            },
        };
        var json = FinalAccountsJson.Serialize(report, indented: false);
        Assert.Contains("\"gradeCounts\":[{\"grade\":\"excellent\",\"count\":17,\"band\":\"90分（含）以上\"}]", json, StringComparison.Ordinal);
        Assert.Contains("\"gradeCountsCover\":\"all\"", json, StringComparison.Ordinal);
        Assert.Contains("\"averageProjectScore\":\"93.6\"", json, StringComparison.Ordinal);
        ContractRoundTrip.AssertWhole(report, json, "1.9");
    }

    private static FinalAccountsReport Report(int[] counts, int evaluated, GradeCountsCover? cover) => new()
    {
        Entity = new ReportingEntity { Name = "测试单位", FiscalYear = 2024 },
        Performance = new PerformanceStatement
        {
            ProjectEvaluationCount = evaluated,
            GradeCountsCover = cover,
            GradeCounts = [.. counts.Select((c, i) => new GradeCount { Grade = (PerformanceGrade)i, Count = c })],
        },
    };

    /// <summary>
    /// The grade counts read, "grade:count:band|…" in order (band empty when absent), each count checked at its claimed pointer
    /// and each grade at its JSON pointer.
    /// </summary>
    private static string Breakdown(DisclosureReadResult read)
    {
        var performance = read.Report.Performance;
        Assert.NotNull(performance);
        var items = new List<string>();
        for (var i = 0; i < performance.GradeCounts.Count; i++)
        {
            var g = performance.GradeCounts[i];
            var at = "/performance/gradeCounts/" + i.ToString(Inv);
            Assert.Equal(g.Count.ToString(Inv), At(read, at + "/count"));
            var grade = JsonAt(read, at + "/grade");
            Assert.NotNull(grade);
            items.Add(grade + ":" + g.Count.ToString(Inv) + ":" + g.Band);
        }

        return string.Join("|", items);
    }

    private static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;
}
