using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// A 收入支出决算总表 pasted as text with group lines above its column header (blind round 35, M1, session 38): 收入 and 支出
/// over the two column pairs, blank cells continuing a group or its text repeated, and a second group line (本年) under the
/// first. The group lines are header; the column header under them (项目 | 决算数 | 项目 | 决算数) maps the columns as it
/// does alone. Invented tables in 元 beside a 万元 text, sums in comments.
/// </summary>
public class GroupLineHeaderTests
{
    /// <summary>
    /// The narrative in 万元, agreeing with the table: 收入总计 1500.00 = 本年收入 1450.00 + 年初 50.00; 支出总计 1500.00 =
    /// 本年支出 1420.00 + 年末 80.00.
    /// </summary>
    private const string Narrative = "示例统计中心2024年度部门决算\n一、收入支出决算总体情况说明\n"
        + "2024年度收入总计1500.00万元、支出总计1500.00万元。本年收入1450.00万元，年初结转和结余50.00万元；"
        + "本年支出1420.00万元，年末结转和结余80.00万元。\n";

    /// <summary>
    /// The table's column header and rows, in 元. Income: 14,123,456.78 + 376,543.22 = 14,500,000.00; + 年初 500,000.00 =
    /// 15,000,000.00. Expenditure: 11,234,567.89 + 1,765,432.11 + 1,200,000.00 = 14,200,000.00; + 年末 800,000.00 =
    /// 15,000,000.00. In 万元: 1412.345678, 37.654322, 1450, 50, 1500; 1123.456789, 176.543211, 120, 1420, 80, 1500.
    /// </summary>
    private static string[][] Body(string total = "15000000.00") =>
    [
        ["项目", "决算数", "项目", "决算数"],
        ["一、一般公共预算财政拨款收入", "14123456.78", "一、一般公共服务支出", "11234567.89"],
        ["二、其他收入", "376543.22", "二、社会保障和就业支出", "1765432.11"],
        ["", "", "三、住房保障支出", "1200000.00"],
        ["本年收入合计", "14500000.00", "本年支出合计", "14200000.00"],
        ["年初结转和结余", "500000.00", "年末结转和结余", "800000.00"],
        ["总计", total, "总计", "15000000.00"],
    ];

    /// <summary>The group lines tried above the column header.</summary>
    public static TheoryData<string, TextLayout> GroupLines()
    {
        var data = new TheoryData<string, TextLayout>();
        foreach (var layout in new[] { TextLayout.Pipe, TextLayout.Tab, TextLayout.CellPerLine })
        {
            foreach (var groups in new[] { "none", "blank", "repeated", "two blank", "two repeated" })
            {
                data.Add(groups, layout);
            }
        }

        return data;
    }

    private static string[][] Groups(string groups) => groups switch
    {
        "none" => [],
        "blank" => [["收入", "", "支出", ""]],
        "repeated" => [["收入", "收入", "支出", "支出"]],
        "two blank" => [["收入", "", "支出", ""], ["", "本年", "", "本年"]],
        _ => [["收入", "收入", "支出", "支出"], ["", "本年", "", "本年"]],
    };

    private static string Text(string groups, TextLayout layout, string total = "15000000.00") =>
        Narrative + TextTableFixtures.Table(layout, ["收入支出决算总表", "公开01表", "单位：元"], [.. Groups(groups), .. Body(total)], null);

    [Theory]
    [MemberData(nameof(GroupLines))]
    public void GroupLinesAboveTheColumnHeader_AreHeader_AndTheTableIsRead(string groups, TextLayout layout)
    {
        var text = Text(groups, layout);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var summary = d.Report.Tables!.Summary!;
        // The 元 cells in the 万元 report: 14,123,456.78 元 = 1412.345678 万元, and so on (see Body).
        Assert.Equal(1412.345678m, summary.Income!.GeneralBudgetAppropriation!.Value.Value);
        Assert.Equal(37.654322m, summary.Income.OtherIncome!.Value.Value);
        Assert.Equal(1450m, summary.Income.CurrentYearTotal!.Value.Value);
        Assert.Equal(50m, summary.Income.OpeningCarryOver!.Value.Value);
        Assert.Equal(1500m, summary.Income.GrandTotal!.Value.Value);
        Assert.Equal([1123.456789m, 176.543211m, 120m], summary.Expenditure!.Classes.Select(c => c.Amount.Value));
        Assert.Equal(1420m, summary.Expenditure.CurrentYearTotal!.Value.Value);
        Assert.Equal(80m, summary.Expenditure.ClosingCarryOver!.Value.Value);
        // Located where printed: 本年支出合计's 14200000.00.
        var (line, column) = TextTableFixtures.Find(text, "本年支出合计", "14200000.00");
        Assert.Equal($"line {line}:{column}", d.TableSources["/tables/summary/expenditure/currentYearTotal"].Location!.ToString());

        // check: the table's sums hold and agree with the 万元 text within its rounding — no Error, no Warning.
        var result = Validator.Default.Validate(d.Report, d.Sources);
        Assert.DoesNotContain(result.Diagnostics, x => x.Severity is Severity.Error or Severity.Warning);
    }

    [Theory]
    [InlineData(TextLayout.Pipe)]
    [InlineData(TextLayout.Tab)]
    [InlineData(TextLayout.CellPerLine)]
    public void TwoGroupLines_NameEachColumn_GroupByGroup(TextLayout layout)
    {
        var d = TestFiles.ReadText(Text("two blank", layout));

        // 项目 goes up through the blank under 收入 (收入/项目); 决算数 sits under 收入 and 本年.
        Assert.Equal(["收入/项目", "收入/本年/决算数", "支出/项目", "支出/本年/决算数"], Assert.Single(d.Tables).Columns);
    }

    [Theory]
    [InlineData("blank", TextLayout.Pipe)]
    [InlineData("two blank", TextLayout.Pipe)]
    [InlineData("two blank", TextLayout.Tab)]
    [InlineData("two repeated", TextLayout.CellPerLine)]
    public void AWrongTotalUnderGroupLines_IsReportedOnTheTable(string groups, TextLayout layout)
    {
        // 收入 总计 printed 15,100,000.00 for 15,000,000.00 (14,500,000.00 + 500,000.00): the table's own sum fails.
        var d = TestFiles.ReadText(Text(groups, layout, total: "15100000.00"));

        Assert.Empty(d.Notes);
        var errors = Validator.Default.Validate(d.Report, d.Sources).Diagnostics.Where(x => x.Severity == Severity.Error).ToList();
        Assert.Contains(errors, e => e.Pointers.Any(p => p.StartsWith("/tables/summary/income", StringComparison.Ordinal)));
    }

    [Fact]
    public void AGroupLineWhoseFirstCellIsBlank_IsStillANote()
    {
        // | | 收入 | | 支出 |: the first group line's text stands right of its first column (收入 may be centred over 项目 and
        // 决算数, or name 决算数 alone); nothing is guessed, a located note says so and no figure is placed.
        var rows = new[] { new[] { "", "收入", "", "支出" } }.Concat(Body()).ToArray();
        var text = Narrative + TextTableFixtures.Table(TextLayout.Pipe, ["收入支出决算总表", "单位：元"], rows, null);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Tables);
        Assert.Null(d.Report.Tables);
        var note = Assert.Single(d.Notes);
        Assert.Contains("表格文本未读入", note.MessageZh, StringComparison.Ordinal);
        Assert.Equal((int?)text.Split('\n').ToList().FindIndex(l => l.StartsWith("|  | 收入", StringComparison.Ordinal)) + 1,
            note.Location!.TextLine);
    }
}
