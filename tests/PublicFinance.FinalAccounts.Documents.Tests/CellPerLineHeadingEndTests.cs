using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Round five (issue 8): a table pasted one cell per line and followed straight by a numbered heading of the 说明 (二、…,
/// （二）…) with no sentence or 注 line between. The heading ends the table — before, it was read as one more cell, no column
/// count fitted and the table was a note — while the numbered row labels inside the table (一、一般公共服务支出) stay cells.
/// Invented texts (the fixture's 收入支出决算总表, sums in <see cref="TextTableFixtures.Summary"/>).
/// </summary>
public class CellPerLineHeadingEndTests
{
    /// <summary>The fixture's summary one cell per line (each cell ending in <c> |</c> when <paramref name="bars"/>, a blank cell
    /// then a lone <c> |</c>), then <paramref name="after"/> on the next line.</summary>
    private static string Text(bool bars, string after)
    {
        var table = TextTableFixtures.Table(TextLayout.CellPerLine, ["收入支出决算总表", "单位：万元"], TextTableFixtures.Summary, null);
        if (bars)
        {
            table = string.Concat(table.Split('\n').Skip(2).SkipLast(1).Select(l => (l.Length == 0 ? " |" : l + " |") + "\n"));
            table = "收入支出决算总表\n单位：万元\n" + table;
        }

        return "示例单位2024年度部门决算\n\n第二部分 部门决算表\n\n" + table + after;
    }

    public static TheoryData<bool, string> Headings() => new()
    {
        { false, "二、收入决算情况\n2024年度本年收入合计120.00万元。\n" },
        { true, "二、收入决算情况\n2024年度本年收入合计120.00万元。\n" },
        { false, "（二）收入决算\n2024年度本年收入合计120.00万元。\n" },
        { true, "（二）收入决算\n\n2024年度本年收入合计120.00万元。\n" },
        // A heading and the sub-heading under it before the prose.
        { false, "二、收入支出决算情况\n（一）收入决算\n2024年度本年收入合计120.00万元。\n" },
        // A heading as the text's last line.
        { true, "三、其他事项" },
    };

    [Theory]
    [MemberData(nameof(Headings))]
    public void NumberedHeadingRightAfterTheCells_EndsTheTable(bool bars, string after)
    {
        var d = TestFiles.ReadText(Text(bars, after));

        // Read, not a note: the rows as the fixture writes them — 总计 130.00 on both sides, two classes 90.00 and 25.00.
        Assert.Empty(d.Notes);
        var summary = Assert.IsType<Model.Tables.IncomeExpenditureSummaryTable>(d.Report.Tables!.Summary);
        Assert.Equal(Amount.Parse("130.00"), summary.Income!.GrandTotal);
        Assert.Equal(Amount.Parse("130.00"), summary.Expenditure!.GrandTotal);
        Assert.Equal(["一般公共服务支出 90.00", "住房保障支出 25.00"], summary.Expenditure.Classes.Select(c => c.Name + " " + c.Amount));
        // The table's last row is 总计 | 130.00 | 总计 | 130.00: the heading is in no cell.
        var table = Assert.Single(d.Tables);
        Assert.Equal(["总计", "130.00", "总计", "130.00"], table.Rows[^1].Select(c => c.Text));
        Assert.DoesNotContain(table.Rows.SelectMany(r => r), c => c.Text.Contains("决算情况", StringComparison.Ordinal)
            || c.Text.Contains("其他事项", StringComparison.Ordinal) || c.Text.Contains("收入决算", StringComparison.Ordinal));
    }

    [Fact]
    public void NumberedRowLabels_FollowedByTheirCells_StayCells()
    {
        // The fixture's rows 一、一般公共预算财政拨款收入, 二、上级补助收入 (blank cells), 三、其他收入 are numbered too; each is
        // followed by an amount or a blank cell, so the table is whole: 上级补助收入 0.00, 其他收入 20.00, 本年收入合计 120.00.
        var d = TestFiles.ReadText(Text(bars: false, "注：本表反映部门本年度的总收支。\n"));

        Assert.Empty(d.Notes);
        var income = d.Report.Tables!.Summary!.Income!;
        Assert.Equal((Amount.Parse("100.00"), Amount.Parse("0.00"), Amount.Parse("20.00"), Amount.Parse("120.00")),
            (income.GeneralBudgetAppropriation, income.SuperiorSubsidy, income.OtherIncome, income.CurrentYearTotal));
    }
}
