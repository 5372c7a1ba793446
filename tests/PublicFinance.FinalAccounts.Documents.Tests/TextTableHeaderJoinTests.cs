using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Tables pasted as text, round three: the risks in the header joins — a parent set centred or right-aligned over its
/// columns in the space-aligned layout must not let the parent on its left take one of them, and a tab row that lost a
/// cell inside must not be padded at its end as if it had dropped trailing blank cells. Invented tables, sums in comments.
/// </summary>
public class TextTableHeaderJoinTests
{
    private const string Caption = "收入决算表\n单位：万元\n";

    /// <summary>
    /// 收入决算表 by source, no 合计 column. 财政拨款收入 120.00 = 90.00 + 30.00; 事业收入 15.00 = 10.00 + 5.00; 其他收入
    /// 5.00 = 0 + 5.00.
    /// </summary>
    private static readonly string[][] IncomeRows =
    [
        ["", "合计", "120.00", "15.00", "5.00"],
        ["201", "一般公共服务支出", "90.00", "10.00", ""],
        ["2010301", "行政运行", "90.00", "10.00", ""],
        ["221", "住房保障支出", "30.00", "5.00", "5.00"],
        ["2210201", "住房公积金", "30.00", "5.00", "5.00"],
    ];

    private static readonly string[] Sources = ["科目编码", "科目名称", "财政拨款收入", "事业收入", "其他收入"];

    /// <summary>The table is not read — one note, no figure. (Which of the layout's notes depends on the reading tried last: a
    /// space-aligned table whose header cannot be joined under one character width is tried under the other.)</summary>
    private static void AssertNotRead(PublishedDisclosure d, string? problem = null)
    {
        Assert.Empty(d.Tables);
        Assert.Empty(d.TableSources);
        var note = Assert.Single(d.Notes).MessageZh;
        Assert.Contains("表格文本未读入", note, StringComparison.Ordinal);
        Assert.True(problem is null || note.Contains(problem, StringComparison.Ordinal), note);
    }

    [Fact]
    public void ShortParentOnTheLeft_AndACentredParent_IsANote_NotAColumnTaken()
    {
        // 项目 stands over 科目编码 科目名称; 本年收入 is centred over the three sources, so it starts over 事业收入 and
        // 财政拨款收入 has a blank above it. Before, 项目 took it (项目/财政拨款收入).
        var text = Caption + AlignedHeaderText.Render(
            [new TopCell("项目", 0, 2, HeaderAlign.Left), new TopCell("本年收入", 2, 3, HeaderAlign.Centre)], Sources, IncomeRows);
        AssertNotRead(TestFiles.ReadText(text));
    }

    [Fact]
    public void ShortParentOnTheLeft_AndARightAlignedParent_IsANote()
    {
        var text = Caption + AlignedHeaderText.Render(
            [new TopCell("项目", 0, 2, HeaderAlign.Left), new TopCell("本年收入", 2, 3, HeaderAlign.Right)], Sources, IncomeRows);
        AssertNotRead(TestFiles.ReadText(text));
    }

    [Fact]
    public void ShortParentOnTheLeft_AndALeftAlignedParent_IsANoteToo()
    {
        // Without ruling lines a left-aligned 本年收入 after a short 项目 is not told from a centred one by this reader: the
        // cost of the rule above (a note, no figure), pinned here.
        var text = Caption + AlignedHeaderText.Render(
            [new TopCell("项目", 0, 2, HeaderAlign.Left), new TopCell("本年收入", 2, 3, HeaderAlign.Left)], Sources, IncomeRows);
        AssertNotRead(TestFiles.ReadText(text));
    }

    [Fact]
    public void ParentWhoseTextRunsOverAllItsColumns_AndALeftAlignedParent_AreJoined()
    {
        // 项目（科目编码及名称） runs over both of its columns, so none of them can be the next parent's.
        var text = Caption + AlignedHeaderText.Render(
            [new TopCell("项目（科目编码及名称）", 0, 2, HeaderAlign.Left), new TopCell("本年收入", 2, 3, HeaderAlign.Left)], Sources,
            IncomeRows);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        Assert.Equal(["项目（科目编码及名称）/科目编码", "项目（科目编码及名称）/科目名称", "本年收入/财政拨款收入", "本年收入/事业收入",
            "本年收入/其他收入"], Assert.Single(d.Tables).Columns);
        var income = d.Report.Tables!.Income!;
        Assert.Equal((Amount.Parse("120.00"), Amount.Parse("15.00"), Amount.Parse("5.00")),
            (income.Total!.FiscalAppropriation, income.Total.ServiceIncome, income.Total.OtherIncome));
    }

    [Theory]
    [InlineData(HeaderAlign.Centre)]
    [InlineData(HeaderAlign.Right)]
    public void ParentNotAtItsFirstColumn_WithLeavesOnItsLeft_IsANote(HeaderAlign align)
    {
        // 科目编码 and 科目名称 span down (nothing under them): nothing on the left can take 财政拨款收入.
        var text = Caption + AlignedHeaderText.Render(
            [new TopCell("科目编码", 0, 1, HeaderAlign.Left), new TopCell("科目名称", 1, 1, HeaderAlign.Left),
                new TopCell("本年收入", 2, 3, align)], ["", "", "财政拨款收入", "事业收入", "其他收入"], IncomeRows);
        AssertNotRead(TestFiles.ReadText(text));
    }

    [Fact]
    public void ParentAtItsFirstColumn_WithLeavesOnItsLeft_IsJoined()
    {
        var text = Caption + AlignedHeaderText.Render(
            [new TopCell("科目编码", 0, 1, HeaderAlign.Left), new TopCell("科目名称", 1, 1, HeaderAlign.Left),
                new TopCell("本年收入", 2, 3, HeaderAlign.Left)], ["", "", "财政拨款收入", "事业收入", "其他收入"], IncomeRows);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        Assert.Equal(["科目编码", "科目名称", "本年收入/财政拨款收入", "本年收入/事业收入", "本年收入/其他收入"], Assert.Single(d.Tables).Columns);
        // 住房公积金's 其他收入 5.00 is under its own column.
        var row = d.Report.Tables!.Income!.Rows.Single(r => r.Code.ToString() == "2210201");
        Assert.Equal((Amount.Parse("30.00"), Amount.Parse("5.00"), Amount.Parse("5.00")),
            (row.FiscalAppropriation, row.ServiceIncome, row.OtherIncome));
    }

    private static string Table5Tab() =>
        TextTableFixtures.Table(TextLayout.Tab, ["一般公共预算财政拨款支出决算表", "单位：万元"], TextTableFixtures.GeneralBudget, null);

    [Fact]
    public void TabRowThatLostAnInnerBlankCell_WhereTrailingTabsAreKept_IsANote()
    {
        // 2010302 一般行政管理事务 prints 合计 10.00, 基本支出 blank, 项目支出 10.00; its blank cell is lost. The export keeps
        // trailing tabs (2010301 ends in one), so the short row did not drop trailing cells: padding it would give 基本支出
        // 10.00 and 项目支出 0 — a false figure. Before, it was padded.
        var text = Table5Tab().Replace("10.00\t\t10.00\n", "10.00\t10.00\n", StringComparison.Ordinal);
        Assert.Contains("60.00\t60.00\t\n", text, StringComparison.Ordinal);
        AssertNotRead(TestFiles.ReadText(text), "该行单元格数与表头不同");
    }

    [Fact]
    public void TabRowsWhoseRunsOfTabsWereCollapsed_AndLineEndsTrimmed_AreANote()
    {
        // A paste that turns every run of tabs into one loses each inner blank cell: 2010301 行政运行 60.00 60.00 (项目 blank)
        // and 2010302 一般行政管理事务 10.00 10.00 (基本 blank) look alike; no line keeps two tabs in a row, so neither is padded.
        var lines = Table5Tab().Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\t+", "\t").TrimEnd('\t'));
        var text = string.Join('\n', lines);
        Assert.DoesNotContain("\t\t", text, StringComparison.Ordinal);
        AssertNotRead(TestFiles.ReadText(text), "该行单元格数与表头不同");
    }

    [Fact]
    public void TabRowThatLostItsName_IsNotPadded_EvenWhereLineEndsAreTrimmed()
    {
        // Line ends trimmed (2010301 60.00 60.00 dropped its blank 项目支出, as Excel/WPS do) and 2010302 lost its name: padding it
        // would put 10.00 under 科目名称 — the cells are not of their columns' kinds, so the row is a note.
        var text = Table5Tab().Replace("60.00\t60.00\t\n", "60.00\t60.00\n", StringComparison.Ordinal)
            .Replace("2010302\t一般行政管理事务\t", "2010302\t", StringComparison.Ordinal);
        AssertNotRead(TestFiles.ReadText(text), "该行单元格数与表头不同");
    }

    [Fact]
    public void TabRowThatDroppedTrailingCells_WhereInnerBlanksAreKept_IsPadded()
    {
        // The round-two case, still read: 2010302's inner blank is kept (10.00, blank, 10.00), so tabs are not collapsed and the
        // short 2010301 row dropped its trailing blank 项目支出: 合计 60.00 = 基本 60.00 + 项目 0.
        var text = Table5Tab().Replace("60.00\t60.00\t\n", "60.00\t60.00\n", StringComparison.Ordinal);
        var d = TestFiles.ReadText(text);

        Assert.Empty(d.Notes);
        var admin = d.Report.Tables!.GeneralBudgetExpenditure!.Rows.Single(r => r.Code.ToString() == "2010301");
        Assert.Equal((Amount.Parse("60.00"), Amount.Parse("60.00"), Amount.Parse("0.00")), (admin.Total, admin.Basic, admin.Project));
    }
}
