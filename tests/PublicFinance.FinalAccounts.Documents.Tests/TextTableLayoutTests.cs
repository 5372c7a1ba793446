using System.Collections.Generic;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Tables pasted as text, round two (issue 8): a header over two lines joined into one name per column, a table continued
/// after a page break read as one, tab rows that dropped their trailing blank cells, and a one-cell-per-line table whose
/// lines end in <c> |</c> — from invented texts; and the ambiguous cases left as notes.
/// </summary>
public class TextTableLayoutTests
{
    private static readonly TextLayout[] Layouts = [TextLayout.Pipe, TextLayout.Tab, TextLayout.Spaces, TextLayout.CellPerLine];

    public static TheoryData<TextLayout> AllLayouts() => [.. Layouts];

    /// <summary>Table 5's 合计 as the fixture prints it: 95.00 = 基本 70.00 + 项目 25.00.</summary>
    private static void AssertTable5Total(Model.Tables.GeneralBudgetExpenditureTable t5)
        => Assert.Equal((Amount.Parse("95.00"), Amount.Parse("70.00"), Amount.Parse("25.00")),
            (t5.Total!.Total, t5.Total.Basic, t5.Total.Project));

    /// <summary>
    /// 收入决算表 with 本年收入 spanning its four columns over a second header line. 合计 120.00 = 100.00 + 15.00 + 5.00;
    /// class 201 = 80.00 + 10.00 = 90.00, class 221 = 20.00 + 5.00 + 5.00 = 30.00; 90.00 + 30.00 = 120.00.
    /// </summary>
    private static readonly string[][] Income =
    [
        ["科目编码", "科目名称", "本年收入", "", "", ""],
        ["", "", "合计", "财政拨款收入", "事业收入", "其他收入"],
        ["", "合计", "120.00", "100.00", "15.00", "5.00"],
        ["201", "一般公共服务支出", "90.00", "80.00", "10.00", ""],
        ["20103", "政府办公厅（室）及相关机构事务", "90.00", "80.00", "10.00", ""],
        ["2010301", "行政运行", "90.00", "80.00", "10.00", ""],
        ["221", "住房保障支出", "30.00", "20.00", "5.00", "5.00"],
        ["22102", "住房改革支出", "30.00", "20.00", "5.00", "5.00"],
        ["2210201", "住房公积金", "30.00", "20.00", "5.00", "5.00"],
    ];

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void HeaderOverTwoLines_IsJoinedParentAndChild_InEveryLayout(TextLayout layout)
    {
        var text = "前言。\n\n" + TextTableFixtures.Table(layout, ["收入决算表", "公开02表", "单位：万元"], Income, "注：本表反映本年度收入。");
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var table = Assert.Single(d.Tables);
        // 本年收入 spans the four columns whose names stand under it; the two code/name columns span down.
        Assert.Equal(["科目编码", "科目名称", "本年收入/合计", "本年收入/财政拨款收入", "本年收入/事业收入", "本年收入/其他收入"], table.Columns);
        var income = d.Report.Tables!.Income!;
        Assert.Equal((Amount.Parse("120.00"), Amount.Parse("100.00"), Amount.Parse("15.00"), Amount.Parse("5.00")),
            (income.Total!.Total, income.Total.FiscalAppropriation, income.Total.ServiceIncome, income.Total.OtherIncome));
        var admin = income.Rows.Single(r => r.Code.ToString() == "2010301");
        // 行政运行: 90.00 = 80.00 + 10.00, its 其他收入 printed blank: 0.00.
        Assert.Equal((Amount.Parse("90.00"), Amount.Parse("80.00"), Amount.Parse("0.00")),
            (admin.Total, admin.FiscalAppropriation, admin.OtherIncome));
        var (line, column) = TextTableFixtures.Find(text, "住房公积金", "5.00");
        Assert.Equal($"line {line}:{column}", d.TableSources[$"/tables/income/rows/5/serviceIncome"].Location!.ToString());
    }

    [Fact]
    public void HeaderOverTwoLines_CodeColumns_TheBriefsExpenditureLayout()
    {
        // 科目编码 over 类 | 款 | 项, 本年支出 over 合计 | 基本支出 | 项目支出 (tab rows). The codes 201 03 01 join into
        // 2010301; 合计 95.00 = 70.00 + 25.00 as in the fixture's table 5.
        string[][] rows =
        [
            ["科目编码", "", "", "科目名称", "本年支出", "", ""],
            ["类", "款", "项", "", "合计", "基本支出", "项目支出"],
            ["", "", "", "合计", "95.00", "70.00", "25.00"],
            ["201", "", "", "一般公共服务支出", "70.00", "60.00", "10.00"],
            ["201", "03", "", "政府办公厅（室）及相关机构事务", "70.00", "60.00", "10.00"],
            ["201", "03", "01", "行政运行", "60.00", "60.00", ""],
            ["201", "03", "02", "一般行政管理事务", "10.00", "", "10.00"],
            ["221", "", "", "住房保障支出", "25.00", "10.00", "15.00"],
            ["221", "02", "", "住房改革支出", "25.00", "10.00", "15.00"],
            ["221", "02", "01", "住房公积金", "25.00", "10.00", "15.00"],
        ];
        var d = TestFiles.ReadText(TextTableFixtures.Table(TextLayout.Tab, ["一般公共预算财政拨款支出决算表", "单位：万元"], rows, null));

        Assert.Empty(d.Notes);
        Assert.Equal(["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "本年支出/合计", "本年支出/基本支出", "本年支出/项目支出"],
            d.Tables[0].Columns);
        var t5 = d.Report.Tables!.GeneralBudgetExpenditure!;
        AssertTable5Total(t5);
        var general = t5.Rows.Single(r => r.Code.ToString() == "2010302");
        Assert.Equal((Amount.Parse("10.00"), Amount.Parse("0.00"), Amount.Parse("10.00")), (general.Total, general.Basic, general.Project));
    }

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void HeaderOverTwoLines_WithACentredParent_IsANote(TextLayout layout)
    {
        // 本年收入 stands over the second of its four columns: does the blank over 合计 belong to it or to 科目名称? Not guessed.
        var centred = Income.Select((r, i) => i == 0 ? ["科目编码", "科目名称", "", "本年收入", "", ""] : r).ToArray();
        var d = TestFiles.ReadText(TextTableFixtures.Table(layout, ["收入决算表", "单位：万元"], centred, null));

        Assert.Null(d.Report.Tables);
        Assert.Empty(d.TableSources);
        var note = Assert.Single(d.Notes);
        Assert.Contains("表格文本未读入", note.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderOverTwoLines_WithASecond合计UnderOneParent_IsANote()
    {
        // 本年收入 | | 本年支出 printed left-aligned, but the second 合计 shows 本年支出 may be centred: the pipe table is a note.
        string[][] rows =
        [
            ["项目", "本年收入", "", "", "本年支出", ""],
            ["", "合计", "财政拨款收入", "合计", "基本支出", "项目支出"],
            ["合计", "10.00", "10.00", "10.00", "6.00", "4.00"],
        ];
        var d = TestFiles.ReadText(TextTableFixtures.Table(TextLayout.Pipe, ["收入支出决算总表", "单位：万元"], rows, null));

        Assert.Empty(d.TableSources);
        var note = Assert.Single(d.Notes);
        Assert.Equal(DocumentMessages.TextTableNotRead("收入支出决算总表", Text.TextTableProblem.HeaderSpan,
            new CellLocation { TextLine = 3, TextColumn = 1 }), note); // the header's first line, under the title and unit
    }

    /// <summary>
    /// Table 5 of the fixtures split after its 20103 row by a page break: <c>- 12 -</c>, the title again with （续）, its
    /// unit line and (when <paramref name="repeatHeader"/>) the header again.
    /// </summary>
    private static string SplitTable5(TextLayout layout, string pageNumber, bool repeatTitle, bool repeatHeader)
    {
        var table = TextTableFixtures.Table(layout, ["一般公共预算财政拨款支出决算表", "公开05表", "单位：万元"], TextTableFixtures.GeneralBudget,
            "注：本表反映一般公共预算财政拨款支出。");
        var lines = table.Split('\n').ToList();
        var perRow = layout == TextLayout.CellPerLine ? 5 : 1;
        var header = lines.GetRange(3, perRow);
        var split = 3 + (4 * perRow); // caption (3 lines), header, 合计, 201, 20103
        List<string> page = ["", pageNumber, ""];
        if (repeatTitle)
        {
            page.AddRange(["一般公共预算财政拨款支出决算表（续）", "单位：万元"]);
        }

        if (repeatHeader)
        {
            page.AddRange(header);
        }

        lines.InsertRange(split, page);
        return "正文。\n" + string.Join('\n', lines) + "正文继续。\n";
    }

    [Theory]
    [InlineData(TextLayout.Pipe, "- 12 -", true, true)]
    [InlineData(TextLayout.Tab, "第 12 页", true, true)]
    [InlineData(TextLayout.Spaces, "12", true, true)]
    [InlineData(TextLayout.CellPerLine, "—12—", true, true)]
    [InlineData(TextLayout.Pipe, "- 12 -", false, true)]
    [InlineData(TextLayout.Tab, "- 12 -", false, false)]
    [InlineData(TextLayout.Spaces, "- 12 -", true, false)]
    [InlineData(TextLayout.CellPerLine, "第12页 共30页", false, true)]
    public void TableContinuedAfterAPageBreak_IsOneTable_AndTheRepeatedHeaderIsNoRow(TextLayout layout, string pageNumber,
        bool repeatTitle, bool repeatHeader)
    {
        var text = SplitTable5(layout, pageNumber, repeatTitle, repeatHeader);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var table = Assert.Single(d.Tables);
        // The eight rows of the fixture (合计 and seven coded rows), none of them a header.
        Assert.Equal(8, table.Rows.Count);
        var t5 = d.Report.Tables!.GeneralBudgetExpenditure!;
        Assert.Equal(["201", "20103", "2010301", "2010302", "221", "22102", "2210201"], t5.Rows.Select(r => r.Code.ToString()));
        AssertTable5Total(t5);
        // A row after the break is located after it: 住房公积金's 15.00 on its own line below the page number.
        var (line, column) = TextTableFixtures.Find(text, "住房公积金", "15.00");
        Assert.True(line > Array.FindIndex(text.Split('\n'), l => l.Trim() == pageNumber) + 1);
        Assert.Equal($"line {line}:{column}", d.TableSources["/tables/generalBudgetExpenditure/rows/6/project"].Location!.ToString());
    }

    [Fact]
    public void RowsAfterABlankLine_WithoutPageNumberTitleOrHeader_AreNotJoined()
    {
        // Only the first part is the table; the rows after a blank line are not taken for its continuation.
        var text = SplitTable5(TextLayout.Pipe, string.Empty, repeatTitle: false, repeatHeader: false);
        var d = TestFiles.ReadText(text);

        Assert.Equal(3, Assert.Single(d.Tables).Rows.Count); // 合计, 201, 20103
    }

    [Fact]
    public void TabRowsThatDroppedTrailingBlankCells_AreRowsWithBlankCellsAtTheEnd()
    {
        // As Excel/WPS export: 2010301's blank 项目支出 is dropped, and a 上级补助收入 line keeps only its label.
        var table5 = TextTableFixtures.Table(TextLayout.Tab, ["一般公共预算财政拨款支出决算表", "单位：万元"], TextTableFixtures.GeneralBudget, null)
            .Replace("60.00\t60.00\t\n", "60.00\t60.00\n", StringComparison.Ordinal);
        var summary = TextTableFixtures.Table(TextLayout.Tab, ["收入支出决算总表", "单位：万元"], TextTableFixtures.Summary, null)
            .Replace("二、上级补助收入\t\t\t\n", "二、上级补助收入\n", StringComparison.Ordinal);
        Assert.Contains("60.00\t60.00\n", table5, StringComparison.Ordinal);
        Assert.Contains("二、上级补助收入\n", summary, StringComparison.Ordinal);
        var text = summary + "\n" + table5;
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var admin = d.Report.Tables!.GeneralBudgetExpenditure!.Rows.Single(r => r.Code.ToString() == "2010301");
        Assert.Equal((Amount.Parse("60.00"), Amount.Parse("60.00"), Amount.Parse("0.00")), (admin.Total, admin.Basic, admin.Project));
        // The dropped cell is located just after the line's last character.
        var line = Array.IndexOf(text.Split('\n'), "2010301\t行政运行\t60.00\t60.00") + 1;
        Assert.Equal($"line {line}:{"2010301\t行政运行\t60.00\t60.00".Length + 1}",
            d.TableSources["/tables/generalBudgetExpenditure/rows/2/project"].Location!.ToString());
        Assert.Equal(Amount.Parse("0.00"), d.Report.Tables.Summary!.Income!.SuperiorSubsidy);
        Assert.Equal(Amount.Parse("120.00"), d.Report.Tables.Summary.Income.CurrentYearTotal);
    }

    [Fact]
    public void PipeRowsShorterThanTheHeader_StayANote()
    {
        // Dropped trailing cells are a tab export's habit only: a short | row may have lost any cell.
        var table5 = TextTableFixtures.Table(TextLayout.Pipe, ["一般公共预算财政拨款支出决算表", "单位：万元"], TextTableFixtures.GeneralBudget, null)
            .Replace("| 60.00 | 60.00 |  |", "| 60.00 | 60.00 |", StringComparison.Ordinal);
        var d = TestFiles.ReadText(table5);

        Assert.Empty(d.TableSources);
        Assert.Contains("该行单元格数与表头不同", Assert.Single(d.Notes).MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void OneCellPerLine_EndingInABar_IsReadAsCells()
    {
        // Each cell on its own line followed by " |", a blank cell a lone "|".
        var plain = TextTableFixtures.Table(TextLayout.CellPerLine, ["一般公共预算财政拨款支出决算表", "单位：万元"], TextTableFixtures.GeneralBudget, null);
        var lines = plain.TrimEnd('\n').Split('\n');
        var text = string.Join('\n', lines.Select((l, i) => i < 2 ? l : l.Length == 0 ? "|" : l + " |")) + "\n";
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var t5 = d.Report.Tables!.GeneralBudgetExpenditure!;
        AssertTable5Total(t5);
        Assert.Equal("60.00", d.Tables[0].Rows[3][2].Text); // 2010301's 合计, without the bar
    }

    [Theory]
    [InlineData("收入决算表\n第 3 页\n")]
    [InlineData("收入决算表\n- 3 - |\n")]
    [InlineData("收入决算表\n-\t-\n")]
    public void TitleFollowedByAPageNumberOrARule_IsNoTable(string text)
    {
        // Found by the property test: a page number right under a title left no line to read (an index out of range).
        var d = TestFiles.ReadText(text);
        Assert.Empty(d.Tables);
        Assert.Empty(d.Notes);
    }

    /// <summary>
    /// A 三公 table with the items as rows under 预算数 | 决算数 and count columns 批次 | 人次 (and a count row): budget
    /// 30.00 = 10.00 + 15.00 + 5.00, final 27.00 = 9.00 + 14.00 + 4.00; 15.00 = 0.00 + 15.00 and 14.00 = 0.00 + 14.00.
    /// </summary>
    private static readonly string[][] ThreePublicByRows =
    [
        ["项目", "预算数", "决算数", "批次", "人次"],
        ["合计", "30.00", "27.00", "", ""],
        ["1.因公出国（境）费", "10.00", "9.00", "2", "6"],
        ["2.公务用车购置及运行费", "15.00", "14.00", "", ""],
        ["其中：公务用车购置费", "0.00", "0.00", "", ""],
        ["公务用车运行维护费", "15.00", "14.00", "", ""],
        ["3.公务接待费", "5.00", "4.00", "30", "240"],
        ["公务用车保有量（辆）", "3", "3", "", ""],
    ];

    [Theory]
    [InlineData(TextLayout.Pipe)]
    [InlineData(TextLayout.CellPerLine)]
    public void ThreePublic_ItemsAsRows_WithCounts_MapsTheAmountsOnly(TextLayout layout)
    {
        var text = TextTableFixtures.Table(layout, ["财政拨款“三公”经费支出决算表", "公开09表", "单位：万元"], ThreePublicByRows, null);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var table = d.Report.Tables!.ThreePublic!;
        Assert.Equal((Amount.Parse("30.00"), Amount.Parse("10.00"), Amount.Parse("15.00"), Amount.Parse("0.00"), Amount.Parse("15.00"),
            Amount.Parse("5.00")), (table.Budget!.Total, table.Budget.OverseasTravel, table.Budget.VehiclesSubtotal,
            table.Budget.VehiclePurchase, table.Budget.VehicleOperation, table.Budget.Reception));
        Assert.Equal((Amount.Parse("27.00"), Amount.Parse("9.00"), Amount.Parse("4.00")), (table.Final!.Total, table.Final.OverseasTravel,
            table.Final.Reception));
        // The counts (2 批次, 30 批次, 3 辆) are no figure of the model: nothing is placed from the count columns or row.
        var (line, column) = TextTableFixtures.Find(text, "3.公务接待费", "4.00");
        Assert.Equal($"line {line}:{column}", d.TableSources["/tables/threePublic/final/reception"].Location!.ToString());
        var (vehicles, at) = TextTableFixtures.Find(text, "公务用车保有量", "3");
        Assert.DoesNotContain(d.TableSources.Values, s => s.Location!.ToString() == $"line {vehicles}:{at}");
    }

    [Fact]
    public void ThreePublic_TwoLineHeader_WithACountRow_MapsBudgetAndFinal()
    {
        // 公务用车购置及运行费 spans 小计 | 购置费 | 运行维护费; 预算数 and 决算数 are rows, the 批次/人次/辆 row is not read.
        string[][] rows =
        [
            ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
            ["", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""],
            ["预算数", "30.00", "10.00", "15.00", "0.00", "15.00", "5.00"],
            ["决算数", "27.00", "9.00", "14.00", "", "14.00", "4.00"],
            ["批次/人次/辆", "", "2", "3", "", "3", "30"],
        ];
        var d = TestFiles.ReadText(TextTableFixtures.Table(TextLayout.Spaces, ["财政拨款“三公”经费支出决算表", "单位：万元"], rows, null));

        Assert.Empty(d.Notes);
        Assert.Equal("公务用车购置及运行费/公务用车运行维护费", d.Tables[0].Columns[5]);
        var table = d.Report.Tables!.ThreePublic!;
        Assert.Equal((Amount.Parse("15.00"), Amount.Parse("0.00"), Amount.Parse("15.00")),
            (table.Budget!.VehiclesSubtotal, table.Budget.VehiclePurchase, table.Budget.VehicleOperation));
        // 决算 公务用车购置费 printed blank: 0.00; total 27.00 = 9.00 + 14.00 + 4.00.
        Assert.Equal((Amount.Parse("27.00"), Amount.Parse("0.00"), Amount.Parse("4.00")),
            (table.Final!.Total, table.Final.VehiclePurchase, table.Final.Reception));
    }
}
