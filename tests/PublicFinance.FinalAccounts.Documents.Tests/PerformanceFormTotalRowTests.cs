namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Round four (issue 8): a 绩效自评表 pasted one cell per line whose 总分 row is shorter than the indicator header (its trailing
/// blank cells left out, the 说明 going on right after it) is read with its figures under 分值/得分 and nothing of the text
/// after it taken as a cell — or, when cells inside the row were lost too (its figures shifted left), is a note; never read
/// shifted. An invented form whose scores add up (sums in the comments).
/// </summary>
public class PerformanceFormTotalRowTests
{
    /// <summary>
    /// 8 columns. Weights 10 + 30 + 30 + 30 = 100; scores 9.50 + 30 + 29 + 30 = 98.50. The fund line's score 9.50 = 10 × 95 %
    /// (114.00 / 120.00).
    /// </summary>
    private static readonly string[][] Form =
    [
        ["项目名称", "社区助餐服务补助", "", "", "", "", "", ""],
        ["主管部门", "示例区民政局", "", "", "实施单位", "示例区民政局", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "100.00", "120.00", "114.00", "10", "95.00%", "9.50"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "助餐服务人次", "≥3万人次", "3.6万人次", "30", "30", ""],
        ["效益指标", "社会效益指标", "老年人生活质量改善", "有所改善", "明显改善", "30", "29", "部分街道覆盖不足"],
        ["满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%", "96%", "30", "30", ""],
    ];

    private static string Text(string[] totalRow, string after)
        => "示例区民政局2024年度部门决算\n\n第三部分 部门决算情况说明\n一、项目支出绩效自评情况\n\n项目支出绩效自评表\n"
            + string.Concat(Form.Append(totalRow).SelectMany(r => r).Select(c => c + "\n")) + after;

    [Theory]
    [InlineData("二、其他说明\n无。\n")]                  // the heading right after the row's last figure
    [InlineData("\n二、其他说明\n无。\n")]                // a blank line between (the left-out cell, or a gap: blank either way)
    [InlineData("本部门将根据自评结果改进管理。\n")]        // a sentence
    [InlineData("- 3 -\n")]                               // a page number
    public void TotalRowWithoutItsTrailingBlankCell_IsRead_AndTheTextAfterItIsNoCell(string after)
    {
        // 总分 | | | | | 100 | 98.50 — the eighth cell (偏差原因, blank) left out.
        var text = Text(["总分", "", "", "", "", "100", "98.50"], after);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var table = Assert.Single(d.Tables);
        var total = table.Rows[^1].Select(c => c.Text).ToArray();
        Assert.Equal(["总分", "", "", "", "", "100", "98.50", ""], total);
        var evaluation = Assert.Single(d.Report.Performance!.Evaluations);
        Assert.Equal((100m, 98.50m), (evaluation.TotalWeight!.Value.Value, evaluation.TotalScore!.Value.Value));
    }

    [Fact]
    public void TotalRowThatLostCellsInsideToo_IsANote_NotReadShifted()
    {
        // 总分 | 100 | 98.50 — its blank cells before 分值 left out as well: 100 would stand under 二级指标 and 98.50 under
        // 三级指标, so the form is not regrouped (before, the lines after it were taken as its cells).
        var text = Text(["总分", "100", "98.50"], "\n二、其他说明\n无。\n");
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Tables);
        Assert.Contains("表格文本未读入", Assert.Single(d.Notes).MessageZh, StringComparison.Ordinal);
        Assert.Empty(d.Report.Performance?.Evaluations ?? []);
    }
}
