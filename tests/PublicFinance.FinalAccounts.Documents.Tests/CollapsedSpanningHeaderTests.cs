using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Issue 8: tables copied from a web page whose header has rowspan/colspan cells — the browser writes each header cell once
/// and leaves out the slots it spans, so the header lines are narrower than the rows (项目 ⇥ 本年收入合计 ⇥ … over 科目编码 ⇥
/// 科目名称). The spans are recovered only when one tiling fits the rows; otherwise the table stays a note. Invented tables,
/// sums in the comments.
/// </summary>
public class CollapsedSpanningHeaderTests
{
    private static string Tab(params string[][] lines) => string.Join("\n", lines.Select(l => string.Join("\t", l))) + "\n";

    /// <summary>
    /// 收入决算表: 项目 over 科目编码 / 科目名称 (colspan 2), the sources over both lines (rowspan 2). 合计 150.00 = 财政拨款
    /// 120.00 + 事业 20.00 + 其他 10.00; 201 = 20103 = 2010301 (100.00 = 90.00 + 10.00 + 0.00); 221 = 22102 = 2210201 (50.00 =
    /// 30.00 + 10.00 + 10.00). Every 项 has its 款 above it, as a 收入决算表 prints them (session 27's table left the 款 rows out,
    /// and FA5002 — the parent of every 项 is listed — rightly named 2010301 and 2210201: no reading fault, a fixture one).
    /// </summary>
    private static string Income(string total = "150.00") => "收入决算表\n公开02表\t单位：万元\n" + Tab(
        ["项目", "本年收入合计", "财政拨款收入", "事业收入", "其他收入"],
        ["功能分类科目编码", "科目名称"],
        ["", "合计", total, "120.00", "20.00", "10.00"],
        ["201", "一般公共服务支出", "100.00", "90.00", "10.00", "0.00"],
        ["20103", "政府办公厅（室）及相关机构事务", "100.00", "90.00", "10.00", "0.00"],
        ["2010301", "行政运行", "100.00", "90.00", "10.00", "0.00"],
        ["221", "住房保障支出", "50.00", "30.00", "10.00", "10.00"],
        ["22102", "住房改革支出", "50.00", "30.00", "10.00", "10.00"],
        ["2210201", "住房公积金", "50.00", "30.00", "10.00", "10.00"]) + "注：本表反映部门本年度取得的各项收入情况。\n";

    [Fact]
    public void IncomeTable_WithItsRowspanHeaderCopiedOnce_IsReadUnderItsColumns()
    {
        var d = TestFiles.ReadText(Income());

        Assert.Empty(d.Notes);
        Assert.Equal(["项目/功能分类科目编码", "项目/科目名称", "本年收入合计", "财政拨款收入", "事业收入", "其他收入"],
            Assert.Single(d.Tables).Columns);
        var income = d.Report.Tables!.Income!;
        Assert.Equal((Amount.Parse("150.00"), Amount.Parse("120.00"), Amount.Parse("20.00"), Amount.Parse("10.00")),
            (income.Total!.Total, income.Total.FiscalAppropriation, income.Total.ServiceIncome, income.Total.OtherIncome));
        var row = income.Rows.Single(r => r.Code.ToString() == "2210201");
        Assert.Equal((Amount.Parse("30.00"), Amount.Parse("10.00")), (row.FiscalAppropriation, row.OtherIncome));
    }

    [Fact]
    public void IncomeTable_WithAPlantedWrongTotal_IsOneTableError()
    {
        // 合计 160.00 where the sources add to 150.00 (120.00 + 20.00 + 10.00) and the classes to 150.00.
        var d = TestFiles.ReadText(Income("160.00"));
        var errors = Validator.Default.Validate(d.Report, d.Sources).Diagnostics.Where(x => x.Severity == Severity.Error).ToList();

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("/tables/income/total", e.Pointers[0], StringComparison.Ordinal));
        Assert.DoesNotContain(Validator.Default.Validate(TestFiles.ReadText(Income()).Report).Diagnostics,
            x => x.Severity == Severity.Error);
    }

    [Fact]
    public void BasicExpenditureTable_TwoSided_IsSplitAtItsSecondCodeColumn()
    {
        // 人员经费 and 公用经费 each over 科目编码 | 科目名称 | 决算数 (colspan 3): a side starts at its label columns, so 2 + 4 or
        // 4 + 2 are not tilings. 人员经费合计 80.00 = 301 60.00 + 303 20.00; 公用经费合计 25.00 = 302 25.00.
        var text = "一般公共预算财政拨款基本支出决算表\n单位：万元\n" + Tab(
            ["人员经费", "公用经费"],
            ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "60.00", "302", "商品和服务支出", "25.00"],
            ["30101", "基本工资", "60.00", "30201", "办公费", "25.00"],
            ["303", "对个人和家庭的补助", "20.00", "", "", ""],
            ["30302", "退休费", "20.00", "", "", ""],
            ["", "人员经费合计", "80.00", "", "公用经费合计", "25.00"]);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        Assert.Equal(["人员经费/科目编码", "人员经费/科目名称", "人员经费/决算数", "公用经费/科目编码", "公用经费/科目名称", "公用经费/决算数"],
            Assert.Single(d.Tables).Columns);
        var basic = d.Report.Tables!.BasicExpenditure!;
        Assert.Equal((Amount.Parse("80.00"), Amount.Parse("25.00")), (basic.PersonnelTotal, basic.PublicTotal));
    }

    [Fact]
    public void FundTable_ParentIsTheOneItsChildrenNameAPartOf()
    {
        // 本年支出 over 小计 | 基本支出 | 项目支出; 年初结转和结余, 本年收入, 年末结转和结余 over both lines. Which parent holds the
        // three is not fixed by the shape alone (any of the four could); only 本年支出 shares 支出 with 基本支出 and 项目支出.
        // 年初 5.00 + 收入 40.00 − 支出 30.00 = 年末 15.00; 30.00 = 0.00 + 30.00.
        var text = "政府性基金预算财政拨款收入支出决算表\n单位：万元\n" + Tab(
            ["项目", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"],
            ["功能分类科目编码", "科目名称", "小计", "基本支出", "项目支出"],
            ["", "合计", "5.00", "40.00", "30.00", "0.00", "30.00", "15.00"],
            ["229", "其他支出", "5.00", "40.00", "30.00", "0.00", "30.00", "15.00"],
            ["2296004", "用于体育事业的彩票公益金支出", "5.00", "40.00", "30.00", "0.00", "30.00", "15.00"]);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        Assert.Equal(["项目/功能分类科目编码", "项目/科目名称", "年初结转和结余", "本年收入", "本年支出/小计", "本年支出/基本支出",
            "本年支出/项目支出", "年末结转和结余"], Assert.Single(d.Tables).Columns);
    }

    [Fact]
    public void TwoSidedSummary_SplitsAtTheSecondLabelColumn()
    {
        // 收入 over 项目 | 决算数, 支出 over 项目 | 决算数. 收入 100.00 + 年初 10.00 = 110.00 = 支出 95.00 + 年末 15.00.
        var text = "收入支出决算总表\n单位：万元\n" + Tab(
            ["收入", "支出"],
            ["项目", "决算数", "项目", "决算数"],
            ["一、一般公共预算财政拨款收入", "100.00", "一、一般公共服务支出", "95.00"],
            ["本年收入合计", "100.00", "本年支出合计", "95.00"],
            ["年初结转和结余", "10.00", "年末结转和结余", "15.00"],
            ["总计", "110.00", "总计", "110.00"]);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        Assert.Equal(["收入/项目", "收入/决算数", "支出/项目", "支出/决算数"], Assert.Single(d.Tables).Columns);
        Assert.NotNull(d.Report.Tables!.Summary);
    }

    [Fact]
    public void ThreePublicGroups_AreSplitWhereTheSecondTotalStarts()
    {
        // 预算数 and 决算数 over six amount columns: 2 + 4 and 4 + 2 would put a 合计 second under its group, so 3 + 3.
        // 预算 8.00 = 5.00 + 3.00; 决算 7.50 = 4.80 + 2.70.
        var text = "一般公共预算财政拨款“三公”经费支出决算表\n单位：万元\n" + Tab(
            ["预算数", "决算数"],
            ["合计", "因公出国（境）费", "公务接待费", "合计", "因公出国（境）费", "公务接待费"],
            ["8.00", "5.00", "3.00", "7.50", "4.80", "2.70"]);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var threePublic = d.Report.Tables!.ThreePublic!;
        Assert.Equal((Amount.Parse("8.00"), Amount.Parse("3.00")), (threePublic.Budget!.Total, threePublic.Budget.Reception));
        Assert.Equal((Amount.Parse("7.50"), Amount.Parse("4.80")), (threePublic.Final!.Total, threePublic.Final.OverseasTravel));
    }

    [Fact]
    public void GroupLineWhoseSplitNothingFixes_IsANote()
    {
        // 财政拨款 and 非财政拨款 over five sources: 2 + 3 and 3 + 2 both fit, and no source names a part of either. Not guessed.
        // 合计 100.00 = 50.00 + 10.00 + 20.00 + 15.00 + 5.00.
        var text = "收入决算表\n单位：万元\n" + Tab(
            ["项目", "财政拨款", "非财政拨款"],
            ["科目编码", "科目名称", "一般公共预算", "政府性基金", "事业收入", "经营收入", "其他收入"],
            ["", "合计", "50.00", "10.00", "20.00", "15.00", "5.00"],
            ["201", "一般公共服务支出", "50.00", "10.00", "20.00", "15.00", "5.00"]);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Tables);
        Assert.Contains("表格文本未读入", Assert.Single(d.Notes).MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderLineWithABlankCell_IsNotRetiled()
    {
        // A blank cell in a narrow header line is no browser copy of spanning cells (those write each cell once): the table
        // keeps its reading as before — here a row shorter than the header, a note.
        var text = "收入决算表\n单位：万元\n" + Tab(
            ["项目", "", "本年收入合计", "财政拨款收入", "事业收入", "其他收入"],
            ["功能分类科目编码", "科目名称", ""],
            ["", "合计", "150.00", "120.00", "20.00", "10.00"],
            ["201", "一般公共服务支出", "150.00", "120.00", "20.00", "10.00"]);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Tables);
        Assert.Single(d.Notes);
    }
}
