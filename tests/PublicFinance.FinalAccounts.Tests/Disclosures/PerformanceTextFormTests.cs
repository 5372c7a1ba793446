using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// 项目支出绩效自评表 pasted into a 说明 as text, read as <c>finacct check</c> reads a text: as <c>|</c> rows and tab rows (by the
/// 说明 reader's <c>PerformanceTableReader</c>) and one cell per line, plain or ending in <c> |</c> (by the Documents
/// package's <c>TextForms</c>, regrouped into rows) — into one evaluation on which FA3001–FA3008 hold, and a planted wrong
/// 总分 is an Error. An invented form whose figures add up (sums in the comments).
/// </summary>
public class PerformanceTextFormTests
{
    /// <summary>
    /// 8 columns. Funds: 全年执行数 114.00 / 全年预算数 120.00 = 95.00 %; score 10 × 95 % = 9.50; 年度资金总额 = 当年财政拨款
    /// + 上年结转 (0) + 其他 (blank) in each column. Weights 10 + 20 + 20 + 10 + 20 + 20 = 100; scores 9.50 + 20 + 20 + 9 +
    /// 20 + 20 = 98.50. 拨付率 100 % not met (95 %): 9 of 10, as FA3006 expects.
    /// </summary>
    private static string[][] Form(string totalScore) =>
    [
        ["项目名称", "社区养老服务补助", "", "", "", "", "", ""],
        ["主管部门", "示例区民政局", "", "", "实施单位", "示例区民政局", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "100.00", "120.00", "114.00", "10", "95.00%", "9.50"],
        ["", "其中：当年财政拨款", "100.00", "120.00", "114.00", "—", "—", "—"],
        ["", "上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"],
        ["", "其他资金", "", "", "", "—", "—", "—"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "为辖区老年人提供助餐服务", "", "", "全年提供助餐服务3.6万人次", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "助餐服务人次", "≥3万人次", "3.6万人次", "20", "20", ""],
        ["", "质量指标", "服务对象满意度", "≥90%", "95%", "20", "20", ""],
        ["", "时效指标", "补助资金按时拨付率", "100%", "95%", "10", "9", "个别街道拨付滞后"],
        ["效益指标", "社会效益指标", "老年人生活质量改善", "有所改善", "明显改善", "20", "20", ""],
        ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "96%", "20", "20", ""],
        ["总分", "", "", "", "", "100", totalScore, ""],
    ];

    public enum Layout
    {
        Pipe,
        Tab,
        CellPerLine,
        CellPerLineWithBars,
    }

    private static string Text(Layout layout, string totalScore = "98.50")
    {
        var rows = Form(totalScore);
        var body = layout switch
        {
            Layout.Pipe => string.Join('\n', rows.Select(r => "| " + string.Join(" | ", r) + " |")),
            Layout.Tab => string.Join('\n', rows.Select(r => string.Join('\t', r))),
            Layout.CellPerLine => string.Join('\n', rows.SelectMany(r => r)),
            _ => string.Join('\n', rows.SelectMany(r => r).Select(c => c.Length == 0 ? "|" : c + " |")),
        };
        return "示例区民政局2024年度部门决算\n\n第三部分 部门决算情况说明\n一、项目支出绩效自评情况\n"
            + "本部门对社区养老服务补助项目开展了绩效自评。\n\n项目支出绩效自评表\n（2024年度）\n" + body + "\n\n二、其他说明\n无。\n";
    }

    public static TheoryData<Layout> Layouts() => [Layout.Pipe, Layout.Tab, Layout.CellPerLine, Layout.CellPerLineWithBars];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void ConsistentForm_IsOneEvaluation_AndThePerformanceRulesHold(Layout layout)
    {
        var (report, diagnostics) = BlindCompleteCorpusTests.Check(Text(layout), "说明.txt");

        var evaluation = Assert.Single(report.Performance!.Evaluations);
        Assert.Equal("社区养老服务补助", evaluation.Name);
        Assert.Equal(5, evaluation.Indicators.Count);
        Assert.Equal(98.50m, evaluation.TotalScore!.Value.Value);
        Assert.Equal(100m, evaluation.TotalWeight!.Value.Value);
        var total = evaluation.Funds[0];
        Assert.Equal((Amount.Parse("120.00"), Amount.Parse("114.00"), 9.50m),
            (total.FullYearBudget, total.Executed, total.Score!.Value.Value));
        Assert.Equal(["助餐服务人次", "服务对象满意度", "补助资金按时拨付率", "老年人生活质量改善", "老年人满意度"],
            evaluation.Indicators.Select(i => i.Name));
        Assert.DoesNotContain(diagnostics, d => d.RuleId.StartsWith("FA30", StringComparison.Ordinal) && d.Severity != Severity.Info);
        var coverage = Validator.Default.Validate(report).Coverage;
        foreach (var rule in new[] { "FA3001", "FA3002", "FA3003", "FA3004", "FA3005", "FA3006", "FA3008" })
        {
            var c = coverage.Single(r => r.Rule.Id == rule);
            Assert.True(c.Passed > 0 && c.Failed == 0, rule);
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void PlantedWrongTotalScore_IsAnError(Layout layout)
    {
        // 94.50 printed where the scores add up to 98.50: 4.00 off, beyond the slack of whole-number scores (±2.51).
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(Text(layout, "94.50"), "说明.txt");

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA3003", error.RuleId);
    }

    [Fact]
    public void CellPerLineForm_WithAMergedCellWrittenOnce_IsANote_NotAnEvaluation()
    {
        // The 主管部门 row's blank third cell is left out (a merged cell written once): every later cell would be one column
        // off, so the form is not regrouped.
        var text = Text(Layout.CellPerLine).Replace("示例区民政局\n\n\n实施单位", "示例区民政局\n\n实施单位", StringComparison.Ordinal);
        var document = PublishedDocumentReader.ReadText(text, "说明.txt");

        Assert.Empty(document.Tables);
        Assert.Contains("表格文本未读入", Assert.Single(document.Notes).MessageZh, StringComparison.Ordinal);
        var (report, _) = BlindCompleteCorpusTests.Check(text, "说明.txt");
        Assert.Empty(report.Performance?.Evaluations ?? []);
    }
}
