using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// 三公 tables written as text one cell per line (web-page mirrors: each cell a line ending in " |"), from invented
/// texts: a blank cell written as a lone "|" line, and the transposed layout whose header cells (the 三公 items, on two
/// levels, some broken over two lines) all come first and whose rows are the bases (预算数, 决算数, 上年决算数, 决算对比).
/// </summary>
public class TextTableTests
{
    private static Amount A(string s) => Amount.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static string Cells(params string[] cells) => string.Concat(cells.Select(c => c + " |\n"));

    private static string? Claimed(DisclosureReadResult r, string pointer) => r.Claims.FirstOrDefault(c => c.Pointer == pointer)?.Value;

    private const string Three = "/narrative/threePublic/";

    [Fact]
    public void BlankCellLine_KeepsTheRowAligned()
    {
        // The 出国 row has a budget and a blank final cell ("|" alone on its line). Without the blank cell its one
        // figure could not be placed (one figure for two columns); with it, 10.00 is the budget, the final is blank.
        var r = DisclosureReader.Read(
            "某镇2020年“三公”经费支出决算表\n单位:万元\n" +
            Cells("项 目", "预算数", "决算数", "合 计", "30.00", "12.50", "因公出国(境)费", "10.00") + "|\n" +
            Cells("公务接待费", "8.00", "4.50", "公务用车购置及运行费", "12.00", "8.00"));
        Assert.Equal("10.00", Claimed(r, Three + "overseasTravel/budget/budgetAmount"));
        Assert.Null(Claimed(r, Three + "overseasTravel/amount"));
        Assert.Equal("30.00", Claimed(r, Three + "total/budget/budgetAmount"));
        Assert.Equal("12.50", Claimed(r, Three + "total/amount"));
        // The rows after the blank cell still line up: 公务接待费 8.00 budget, 4.50 final.
        Assert.Equal("8.00", Claimed(r, Three + "reception/budget/budgetAmount"));
        Assert.Equal("4.50", Claimed(r, Three + "reception/amount"));
        Assert.Equal("8.00", Claimed(r, Three + "vehiclesSubtotal/amount"));
        Assert.DoesNotContain(r.Notes, n => n.MessageEn.Contains("blank cells were lost", System.StringComparison.Ordinal));
    }

    [Fact]
    public void LoneBarLines_OutsideACellTable_AreStillResidue()
    {
        // "|" lines after prose (not after a "text |" cell) carry nothing: the paragraph is read as before.
        var blocks = Paragraphs.Split("某局2019年度“三公”经费支出5.00万元,\n|\n|\n比上年减少1.00万元。\n");
        var block = Assert.Single(blocks);
        Assert.Equal(BlockKind.Prose, block.Kind);
        Assert.Equal("某局2019年度“三公”经费支出5.00万元,比上年减少1.00万元。", block.Content.Text);
    }

    /// <summary>
    /// An invented transposed table with the layout of a mirror page: corner, 合计, 出国, the vehicle group (小计 /
    /// 购置费 / 运行费, "公务用车" broken over two lines), the reception group (小计 and two classes, one of them 行政运行),
    /// 行次 1–8, then four rows. Each row adds up (reasoned by hand): 预算 10.00 = 1.00 + 5.00 + 4.00 with 5.00 = 0.00 +
    /// 5.00 and 4.00 = 3.00 + 1.00; 决算 9.00 = 0.50 + 4.50 + 4.00; 上年 8.00 = 0.00 + 5.00 + 3.00; 对比 = 决算 − 上年.
    /// </summary>
    private static string TransposedTable(bool loseACell = false) =>
        "(单位:万元)\n" +
        Cells("“三公”经费项目", "合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费", "小计") +
        "公务用车\n" + Cells("购置费") + "公务用车\n" + Cells("运行费") +
        Cells("小计", "一般行政管理事务", "行政运行", "行次", "1", "2", "3", "4", "5", "6", "7", "8") +
        Cells("2019年度预算数", "10.00", "1.00", "5.00", "0.00", "5.00", "4.00", "3.00", "1.00") +
        Cells("2019年度决算数", "9.00", "0.50", "4.50", "0.00", "4.50", "4.00", "2.50") + (loseACell ? string.Empty : Cells("1.50")) +
        Cells("2018年度决算数", "8.00", "0.00", "5.00", "1.00", "4.00", "3.00", "2.00", "1.00") +
        Cells("决算对比", "1.00", "0.50", "-0.50", "-1.00", "0.50", "1.00", "0.50", "0.50") +
        "注:预算数为年初预算数。\n";

    [Fact]
    public void TransposedTable_WithTwoHeaderLevels_IsReadByColumn()
    {
        var r = DisclosureReader.Read(TransposedTable());
        var three = r.Report.Narrative!.ThreePublic!;
        // 合计: the 2019 决算 row is this year's, the 2018 row (the year before) the prior year's, 决算对比 the change.
        Assert.Equal(A("9.00"), three.Total!.Amount);
        Assert.Equal(A("10.00"), three.Total.Budget!.BudgetAmount);
        Assert.Equal(A("8.00"), three.Total.Change!.PriorYearAmount);
        Assert.Equal(A("1.00"), three.Total.Change.Amount);
        Assert.Equal(ChangeDirection.Increase, three.Total.Change.Direction);
        Assert.Equal(A("0.50"), three.OverseasTravel!.Amount);
        // The vehicle group: 小计 is the subtotal, then 购置费 and 运行费 (joined from two lines each).
        Assert.Equal(A("4.50"), three.VehiclesSubtotal!.Amount);
        Assert.Equal(ChangeDirection.Decrease, three.VehiclesSubtotal.Change!.Direction);
        Assert.Equal(A("0.50"), three.VehiclesSubtotal.Change.Amount);
        Assert.Equal(A("0.00"), three.VehiclePurchase!.Amount);
        Assert.Equal(A("1.00"), three.VehiclePurchase.Change!.PriorYearAmount);
        // 运行费 is the vehicle group's 4.50 — never the reception group's class 行政运行 (1.50).
        Assert.Equal(A("4.50"), three.VehicleOperation!.Amount);
        Assert.Equal(A("5.00"), three.VehicleOperation.Budget!.BudgetAmount);
        // The reception group: its 小计 is 公务接待费; its classes are no 三公 item and are not placed.
        Assert.Equal(A("4.00"), three.Reception!.Amount);
        Assert.Equal(A("3.00"), three.Reception.Change!.PriorYearAmount);
        // Since session 24 they are the reception's split by function class (threePublic/byClass), and nothing else.
        Assert.DoesNotContain(
            r.Claims, c => c.Value is "2.50" or "1.50" && !c.Pointer.Contains("/byClass/reception/", StringComparison.Ordinal));
        Assert.DoesNotContain(r.TextFindings, f => f.Severity == Severity.Error);
        var result = Validator.Default.Validate(r.Report, r.Sources);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void TransposedTable_WhoseRowsDoNotLineUp_IsNotGuessed()
    {
        // The 2019 决算 row lost a cell: 7 cells for 8 columns (and 8 行次). Nothing of the table is placed; a note says why.
        var r = DisclosureReader.Read(TransposedTable(loseACell: true));
        Assert.DoesNotContain(
            r.Claims,
            c => c.Pointer.StartsWith(Three, System.StringComparison.Ordinal) && c.Text.Contains("决算数", System.StringComparison.Ordinal));
        Assert.Contains(r.Notes, n => n.MessageEn.Contains("does not line up", System.StringComparison.Ordinal));
    }

    [Fact]
    public void TransposedTable_HeaderCellBrokenOverTwoLines_IsOneCell()
    {
        var blocks = Paragraphs.Split(TransposedTable());
        var broken = blocks.Where(b => b.Kind == BlockKind.Cell && b.Continued).Select(b => b.Content.Text).ToArray();
        Assert.Equal(["公务用车", "公务用车"], broken);
        // Every line of the table from the corner to the last 决算对比 cell is a cell: 1 + 10 header lines (+2 broken
        // halves) + 行次 and 8 numbers + 4 rows of 9 = 1 + 12 + 9 + 36 = 58.
        Assert.Equal(58, blocks.Count(b => b.Kind == BlockKind.Cell));
    }
}
