using PublicFinance.FinalAccounts.Model.Performance;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// 绩效自评表 in published files (TestData/fixtures/performance-*, written by make-performance-fixtures.py with
/// invented figures that add up): every expected value below is a figure that script places, reasoned from its lists
/// (the sums are worked in its header) — never the reader's output.
/// </summary>
public class PerformanceTableTests
{
    private const string Pdf = "fixtures/performance-tables.pdf";
    private const string Html = "fixtures/performance-tables.html";
    private const string Xlsx = "fixtures/performance-project.xlsx";
    private const string WrongTotal = "fixtures/performance-wrong-total.xlsx";

    /// <summary>The rules that must run (and pass) on a consistent table: weights, scores, total, rates, fund lines.</summary>
    private static readonly string[] TableRules = ["FA3001", "FA3002", "FA3003", "FA3004", "FA3005", "FA3006", "FA3008"];

    private static PerformanceEvaluation Single(string file)
        => Assert.Single(TestFiles.Check(file).Disclosure.Report.Performance!.Evaluations);

    /// <summary>The project table as the script lays it out: the same figures in the PDF, the web page and the workbook.</summary>
    private static void AssertProject(PerformanceEvaluation e)
    {
        Assert.Equal(EvaluationKind.Project, e.Kind);
        Assert.Equal("困难群众临时救助项目", e.Name);
        Assert.Equal("上海市虚构区民政局", e.Department);
        Assert.Equal("虚构区社会救助事务管理中心", e.ImplementingUnit);

        // Four fund lines under 项目资金（万元）; only 年度资金总额 carries 分值 and 得分 (the others print “—”: absent).
        Assert.Equal(
            [FundLineKind.Total, FundLineKind.CurrentYearAppropriation, FundLineKind.PriorYearCarryOver, FundLineKind.OtherFunds],
            e.Funds.Select(f => f.Kind).ToArray());
        var total = e.Funds[0];
        Assert.Equal("年度资金总额", total.Label);
        Assert.Equal(Amount.Parse("120.00"), total.InitialBudget);
        Assert.Equal(Amount.Parse("150.00"), total.FullYearBudget);
        Assert.Equal(Amount.Parse("135.00"), total.Executed);
        Assert.Equal(Quantity.Parse("10"), total.Weight);
        Assert.Equal(Percent.Parse("90.00%"), total.ExecutionRate);
        Assert.Equal(Quantity.Parse("9.00"), total.Score);
        Assert.Equal("其中：当年财政拨款", e.Funds[1].Label);
        Assert.Equal(Amount.Parse("117.00"), e.Funds[1].Executed);
        Assert.Null(e.Funds[1].Weight);
        Assert.Null(e.Funds[1].Score);
        Assert.Null(e.Funds[2].ExecutionRate); // 上年结转资金 0.00 / 0.00: the rate is printed “—”
        Assert.Equal(Amount.Parse("18.00"), e.Funds[3].Executed);

        Assert.Equal("按规定对遭遇突发困难的家庭给予临时救助，全年救助不少于1200人次。", e.ExpectedGoal);
        Assert.Equal("全年临时救助1260人次，救助资金按时足额发放。", e.ActualOutcome);

        // Seven indicators; 一级/二级 written once in a merged cell and given to the rows below it.
        Assert.Equal(7, e.Indicators.Count);
        Assert.Equal(["产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"], e.Indicators.Select(i => i.Level1).ToArray());
        Assert.Equal(["数量指标", "数量指标", "质量指标", "时效指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标"], e.Indicators.Select(i => i.Level2).ToArray());
        var households = e.Indicators[1];
        Assert.Equal("低保家庭入户核查户数", households.Name);
        Assert.Equal(Comparator.GreaterOrEqual, households.Target!.Comparator);
        Assert.Equal(Quantity.Parse("500"), households.Target.Value);
        Assert.Equal("户", households.Target.Unit);
        Assert.Equal(Quantity.Parse("480"), households.Actual!.Value);
        Assert.Equal(Quantity.Parse("15"), households.Weight);
        Assert.Equal(Quantity.Parse("14.40"), households.Score); // 480 / 500 × 15
        Assert.Equal("部分家庭迁出本区，下年度提前核实名单", households.DeviationNote);
        Assert.Equal(Comparator.LessOrEqual, e.Indicators[3].Target!.Comparator); // ≤15个工作日
        Assert.Equal("困难群众基本生活得到有效保障", e.Indicators[4].Name);
        Assert.Equal("有效保障", e.Indicators[4].Target!.Text);
        Assert.Null(e.Indicators[4].Target!.Value); // qualitative
        Assert.Null(e.Indicators[0].DeviationNote);

        // 总分: 10 + 90 = 100; 9.00 + 20 + 14.40 + 10 + 5 + 20 + 10 + 10 = 98.40.
        Assert.Equal(Quantity.Parse("100"), e.TotalWeight);
        Assert.Equal(Quantity.Parse("98.40"), e.TotalScore);
    }

    private static void AssertRulesRanAndPassed(ValidationResult result)
    {
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleId.StartsWith("FA30", StringComparison.Ordinal)
            && d.Severity == Severity.Error);
        foreach (var id in TableRules)
        {
            Assert.Equal(CheckOutcome.Passed, result.Coverage.Single(c => c.Rule.Id == id).Outcome);
        }
    }

    [Fact]
    public void Pdf_RuledFormOverTwoPages_IsOneTable()
    {
        var doc = TestFiles.Read(Pdf);
        var table = Assert.Single(doc.Tables, t => t.Kind == PublishedTableKind.PerformanceEvaluation);
        Assert.Equal("项目支出绩效自评表", table.Title);
        Assert.Equal([1, 2], table.Pages);
        // A form keeps every row: name, department, fund header + 4 lines, goal header + text, indicator header + 7, 总分.
        Assert.Equal(18, table.Rows.Count);
        Assert.Equal(9, table.Columns.Count);
        Assert.Contains("其他需说明的事项", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("低保家庭入户核查户数", doc.Text, StringComparison.Ordinal); // table cells are not narrative
    }

    [Fact]
    public void Pdf_MapsIntoTheModel_WithLocatedCells()
    {
        var (d, result) = TestFiles.Check(Pdf);
        AssertProject(Assert.Single(d.Report.Performance!.Evaluations));
        // 14.40 is on page 1; 时效指标 opens page 2 (its 产出指标 carried over the break) and 总分 closes it.
        Assert.StartsWith("p.1 项目支出绩效自评表 row “低保家庭入户核查户数” column 得分", d.Locate("/performance/evaluations/0/indicators/1/score"),
            StringComparison.Ordinal);
        Assert.StartsWith("p.2 项目支出绩效自评表 row “救助审批办结时限” column 分值", d.Locate("/performance/evaluations/0/indicators/3/weight"),
            StringComparison.Ordinal);
        Assert.StartsWith("p.2 项目支出绩效自评表 row “总分” column 得分", d.Locate("/performance/evaluations/0/totalScore"), StringComparison.Ordinal);
        Assert.StartsWith("p.1 项目支出绩效自评表 row “年度资金总额” column 执行率", d.Locate("/performance/evaluations/0/funds/0/executionRate"),
            StringComparison.Ordinal);
        AssertRulesRanAndPassed(result);
    }

    [Fact]
    public void Html_DepartmentAndProjectTables()
    {
        var (d, result) = TestFiles.Check(Html);
        var evaluations = d.Report.Performance!.Evaluations;
        Assert.Equal(2, evaluations.Count);
        var department = evaluations[0];
        Assert.Equal(EvaluationKind.DepartmentOverall, department.Kind);
        Assert.Equal("上海市虚构区民政局", department.Name);
        Assert.Null(department.Department);
        // 800.00 = 760.00 + 40.00 (年初), 820.00 = 780.00 + 40.00 (全年), 779.00 = 741.00 + 38.00 (执行); 779 / 820 = 95.00 %.
        Assert.Equal([FundLineKind.Total, FundLineKind.CurrentYearAppropriation, FundLineKind.OtherFunds],
            department.Funds.Select(f => f.Kind).ToArray());
        Assert.Equal(Amount.Parse("779.00"), department.Funds[0].Executed);
        Assert.Equal(Quantity.Parse("9.50"), department.Funds[0].Score);
        Assert.Equal(4, department.Indicators.Count);
        Assert.Equal(Quantity.Parse("9.78"), department.Indicators[3].Score); // 88 / 90 × 10, rounded to 0.01
        Assert.Equal("个别群众对办理时限不满意，将简化流程", department.Indicators[3].DeviationNote);
        Assert.Equal(Quantity.Parse("99.28"), department.TotalScore);
        AssertProject(evaluations[1]);
        // Department table rows: 部门名称, fund header, 3 lines, goal header, goal text, indicator header, 4 rows, 总分 = row 13.
        Assert.Equal("table 1 row 13 column 8 部门整体支出绩效自评表 row “总分” column 得分", d.Locate("/performance/evaluations/0/totalScore"));
        Assert.StartsWith("table 2 row ", d.Locate("/performance/evaluations/1/totalScore"), StringComparison.Ordinal);
        AssertRulesRanAndPassed(result);
    }

    [Fact]
    public void Xlsx_MergedCells_SheetReferences()
    {
        var (d, result) = TestFiles.Check(Xlsx);
        AssertProject(Assert.Single(d.Report.Performance!.Evaluations));
        // Sheet rows 1–2 are the title and the year; the table's 18 rows start at row 3, so 总分 is row 20; 得分 is column H.
        Assert.Equal("项目自评!H20 项目支出绩效自评表 row “总分” column 得分", d.Locate("/performance/evaluations/0/totalScore"));
        // 年度资金总额 is the table's 4th row (sheet row 6); 全年执行数 is the 6th column (F).
        Assert.Equal("项目自评!F6 项目支出绩效自评表 row “年度资金总额” column 全年执行数", d.Locate("/performance/evaluations/0/funds/0/executed"));
        AssertRulesRanAndPassed(result);
    }

    [Fact]
    public void WrongTotalScore_GivesExactlyFA3003()
    {
        var (d, result) = TestFiles.Check(WrongTotal);
        Assert.Equal(Quantity.Parse("94.40"), Assert.Single(d.Report.Performance!.Evaluations).TotalScore);
        // The scores add up to 98.40 (see AssertProject); 94.40 is printed, 4.00 short — more than the rounding of
        // six whole-number scores (±0.5 each) and three 0.01 ones can explain: the total rule fails, and only it.
        var error = Assert.Single(result.Diagnostics, x => x.RuleId.StartsWith("FA3", StringComparison.Ordinal)
            && x.Severity == Severity.Error);
        Assert.Equal("FA3003", error.RuleId);
        Assert.Contains("/performance/evaluations/0/totalScore", error.Pointers);
        Assert.Equal(-4.00m, error.Difference);
        Assert.StartsWith("项目自评!H20 ", d.Locate("/performance/evaluations/0/totalScore"), StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableScore_IsANote_AndTheRestIsRead()
    {
        // A form whose one 得分 cell holds text: that score is absent with a located note, nothing else is lost.
        var table = new DocumentTable
        {
            Title = "项目支出绩效自评表",
            Columns = ["", "", "", "", "", "", "", ""],
            Rows =
            [
                Row("项目名称", "某项目", "", "", "", "", "", ""),
                Row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
                Row("产出指标", "数量指标", "指标甲", "≥10次", "12次", "50", "满分", ""),
                Row("", "", "指标乙", "≥5次", "5次", "50", "50", ""),
                Row("总分", "", "", "", "", "100", "", ""),
            ],
        };
        var disclosure = PublishedDocumentReader.Combine([new PublishedDocument { Name = "t", Tables = [table] }]);
        var e = Assert.Single(disclosure.Report.Performance!.Evaluations);
        Assert.Equal(["指标甲", "指标乙"], e.Indicators.Select(i => i.Name).ToArray());
        Assert.Null(e.Indicators[0].Score);
        Assert.Equal(Quantity.Parse("50"), e.Indicators[1].Score);
        // 总分 prints 100 under the 分值 column and leaves 得分 blank.
        Assert.Equal(Quantity.Parse("100"), e.TotalWeight);
        Assert.Null(e.TotalScore);
        var note = Assert.Single(disclosure.Notes);
        Assert.Equal(DocumentMessages.NotAScore(table, "指标甲", "得分", "满分", null).MessageEn, note.MessageEn);
    }

    private static TableCell[] Row(params string[] texts) => [.. texts.Select(t => new TableCell { Text = t })];
}
