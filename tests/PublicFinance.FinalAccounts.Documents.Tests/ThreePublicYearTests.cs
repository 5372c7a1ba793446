using PublicFinance.FinalAccounts.Model.Tables;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// 三公 tables whose 预算数 / 决算数 columns (or rows) name a year (项目 | 2024年预算数 | 2024年决算数): the year is compared with
/// the report's — the report year's column is this year's, the year before's (上年, 2023年) is left out with a note, any other
/// year is a note — in pasted text (every layout), HTML and workbooks. Invented tables; sums in the comments.
/// </summary>
public class ThreePublicYearTests
{
    private const string Title = "财政拨款“三公”经费支出决算表";

    private const string Narrative = "示例单位2024年度部门决算\n\n";

    private static readonly TextLayout[] Layouts = [TextLayout.Pipe, TextLayout.Tab, TextLayout.Spaces, TextLayout.CellPerLine];

    public static TheoryData<TextLayout> AllLayouts() => [.. Layouts];

    /// <summary>
    /// Items as rows under two basis columns. Budget 30.00 = 10.00 + 15.00 + 5.00 (15.00 = 0.00 + 15.00); final 27.00 =
    /// 9.00 + 14.00 + 4.00 (14.00 = 0.00 + 14.00).
    /// </summary>
    private static string[][] ItemRows(string first, string second)
    {
        string[][] rows =
        [
            ["项目", first, second],
            ["合计", "30.00", "27.00"],
            ["因公出国（境）费", "10.00", "9.00"],
            ["公务用车购置及运行费", "15.00", "14.00"],
            ["其中：公务用车购置费", "0.00", "0.00"],
            ["公务用车运行维护费", "15.00", "14.00"],
            ["公务接待费", "5.00", "4.00"],
        ];
        return rows;
    }

    /// <summary>The one note: the year before's column (or row) named by its header was skipped (round four: no longer silent).</summary>
    private static void AssertPriorYearSkipped(PublishedDisclosure d, string header)
    {
        var note = Assert.Single(d.Notes);
        Assert.Contains("“" + header + "”：所列为上年", note.MessageZh, StringComparison.Ordinal);
        Assert.Contains("year before", note.MessageEn, StringComparison.Ordinal);
        Assert.NotNull(note.Location);
    }

    private static (Amount?, Amount?, Amount?, Amount?, Amount?, Amount?) Items(ThreePublicColumns? c)
        => c is null ? default : (c.Total, c.OverseasTravel, c.VehiclesSubtotal, c.VehiclePurchase, c.VehicleOperation, c.Reception);

    private static (Amount?, Amount?, Amount?, Amount?, Amount?, Amount?) Printed(params string[] figures)
        => (Amount.Parse(figures[0]), Amount.Parse(figures[1]), Amount.Parse(figures[2]), Amount.Parse(figures[3]),
            Amount.Parse(figures[4]), Amount.Parse(figures[5]));

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void YearNamedBudgetAndFinalColumns_OfTheReportYear_AreThisYears(TextLayout layout)
    {
        var text = Narrative + TextTableFixtures.Table(layout, [Title, "单位：万元"], ItemRows("2024年预算数", "2024年决算数"), null);
        var d = TestFiles.ReadText(text);

        Assert.Equal(2024, d.Report.Entity.FiscalYear);
        Assert.Empty(d.Notes);
        var t = d.Report.Tables!.ThreePublic!;
        Assert.Equal(Printed("30.00", "10.00", "15.00", "0.00", "15.00", "5.00"), Items(t.Budget));
        Assert.Equal(Printed("27.00", "9.00", "14.00", "0.00", "14.00", "4.00"), Items(t.Final));
        var (line, column) = TextTableFixtures.Find(text, "公务接待费", "4.00");
        Assert.Equal($"line {line}:{column}", d.TableSources["/tables/threePublic/final/reception"].Location!.ToString());
    }

    [Theory]
    [InlineData(TextLayout.Pipe, "2023年决算数", "2024年决算数")]
    [InlineData(TextLayout.Tab, "2023年决算数", "2024年决算数")]
    [InlineData(TextLayout.Spaces, "2023年决算数", "2024年决算数")]
    [InlineData(TextLayout.CellPerLine, "2023年决算数", "2024年决算数")]
    [InlineData(TextLayout.Pipe, "上年决算数", "本年决算数")]
    [InlineData(TextLayout.Tab, "上年决算数", "本年决算数")]
    [InlineData(TextLayout.Spaces, "上年决算数", "本年决算数")]
    [InlineData(TextLayout.CellPerLine, "上年决算数", "本年决算数")]
    public void TwoYears_ThePriorYearsColumnIsLeftOut_AndThisYearsIsTheFinal(TextLayout layout, string prior, string current)
    {
        // The first figure column is the year before (30.00 …), the second this year's (27.00 …): only the second is a figure
        // of the model; no 预算数 column, so no budget; the prior year's column is skipped with a note naming it.
        var text = Narrative + TextTableFixtures.Table(layout, [Title, "单位：万元"], ItemRows(prior, current), null);
        var d = TestFiles.ReadText(text);

        AssertPriorYearSkipped(d, prior);
        var t = d.Report.Tables!.ThreePublic!;
        Assert.Equal(Printed("27.00", "9.00", "14.00", "0.00", "14.00", "4.00"), Items(t.Final));
        Assert.Null(t.Budget!.Total);
        Assert.DoesNotContain(d.TableSources.Keys, k => k.StartsWith("/tables/threePublic/budget/", StringComparison.Ordinal));
    }

    [Fact]
    public void AColumnOfAnotherYear_IsANote_NotAFigure()
    {
        // 2022 is neither the report's year (2024) nor the one before: its column (30.00 …) is not read, a note names it.
        var d = TestFiles.ReadText(Narrative + TextTableFixtures.Table(TextLayout.Pipe, [Title, "单位：万元"],
            ItemRows("2022年决算数", "2024年决算数"), null));

        var note = Assert.Single(d.Notes);
        Assert.Contains("2022年决算数", note.MessageZh, StringComparison.Ordinal);
        Assert.Contains("2024", note.MessageEn, StringComparison.Ordinal);
        Assert.Equal(Amount.Parse("27.00"), d.Report.Tables!.ThreePublic!.Final!.Total);
    }

    [Fact]
    public void ReportYearUnknown_TwoYearsNamed_NothingIsGuessed()
    {
        // No year in the text nor in the title: 2023年 and 2024年 cannot be told apart from this year — two notes, no figure.
        var d = TestFiles.ReadText("示例单位部门决算\n\n" + TextTableFixtures.Table(TextLayout.Pipe, [Title, "单位：万元"],
            ItemRows("2023年决算数", "2024年决算数"), null));

        Assert.Null(d.Report.Entity.FiscalYear);
        Assert.Equal(2, d.Notes.Count);
        Assert.All(d.Notes, n => Assert.Contains("unknown", n.MessageEn, StringComparison.Ordinal));
        Assert.DoesNotContain(d.TableSources.Keys, k => k.StartsWith("/tables/threePublic/", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportYearUnknown_EveryBasisNamingOneYear_IsThatYearsTable()
    {
        // 2024年预算数 | 2024年决算数 and nothing else: a 决算 table's one year is the year it reports.
        var d = TestFiles.ReadText("示例单位部门决算\n\n" + TextTableFixtures.Table(TextLayout.Tab, [Title, "单位：万元"],
            ItemRows("2024年预算数", "2024年决算数"), null));

        Assert.Empty(d.Notes);
        Assert.Equal((Amount.Parse("30.00"), Amount.Parse("27.00")),
            (d.Report.Tables!.ThreePublic!.Budget!.Total, d.Report.Tables.ThreePublic.Final!.Total));
    }

    [Fact]
    public void ReportYearUnknown_TheTitlesYear_Decides()
    {
        // The title names 2024: its 2023年 column is the year before (left out, a note), its 2024年 column this year's.
        var d = TestFiles.ReadText("示例单位部门决算\n\n" + TextTableFixtures.Table(TextLayout.Pipe, ["2024年度" + Title, "单位：万元"],
            ItemRows("2023年决算数", "2024年决算数"), null));

        AssertPriorYearSkipped(d, "2023年决算数");
        Assert.Equal(Amount.Parse("27.00"), d.Report.Tables!.ThreePublic!.Final!.Total);
    }

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void BasisRowsNamingYears_UnderItemColumns_TakeTheReportYearsRows(TextLayout layout)
    {
        // Items are columns; 2024年预算数 (30.00 = 10.00 + 15.00 + 5.00), 2024年决算数 (27.00 = 9.00 + 14.00 + 4.00) and the
        // year before's 2023年决算数 (33.00 = 12.00 + 16.00 + 5.00) are rows. Before, every row naming a digit was skipped.
        string[][] rows =
        [
            ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
            ["2023年决算数", "33.00", "12.00", "16.00", "5.00"],
            ["2024年预算数", "30.00", "10.00", "15.00", "5.00"],
            ["2024年决算数", "27.00", "9.00", "14.00", "4.00"],
        ];
        var text = Narrative + TextTableFixtures.Table(layout, [Title, "单位：万元"], rows, null);
        var d = TestFiles.ReadText(text);

        AssertPriorYearSkipped(d, "2023年决算数");
        var t = d.Report.Tables!.ThreePublic!;
        Assert.Equal((Amount.Parse("30.00"), Amount.Parse("10.00"), Amount.Parse("15.00"), Amount.Parse("5.00")),
            (t.Budget!.Total, t.Budget.OverseasTravel, t.Budget.VehiclesSubtotal, t.Budget.Reception));
        Assert.Equal((Amount.Parse("27.00"), Amount.Parse("9.00"), Amount.Parse("14.00"), Amount.Parse("4.00")),
            (t.Final!.Total, t.Final.OverseasTravel, t.Final.VehiclesSubtotal, t.Final.Reception));
        var (line, column) = TextTableFixtures.Find(text, "2024年决算数", "27.00");
        Assert.Equal($"line {line}:{column}", d.TableSources["/tables/threePublic/final/total"].Location!.ToString());
    }

    private static PublishedDisclosure ReadHtml(string table)
        => PublishedDocumentReader.Combine([PublishedDocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(
            "<html><body><p>示例单位2024年度部门决算</p><h3>" + Title + "</h3><p>单位：万元</p><table border=\"1\">" + table
            + "</table></body></html>"), "sangong.html")]);

    [Fact]
    public void Html_YearGroupsOverItemColumns_ThePriorYearsGroupIsNotTheFinal()
    {
        // 2024年决算数 over 合计 9.00 | 因公出国（境）费 3.00, then 2023年决算数 over 10.00 | 4.00. Before, both groups were
        // 决算 columns and the later (the year before's) overwrote this year's.
        var d = ReadHtml("<tr><th rowspan=\"2\">单位名称</th><th colspan=\"2\">2024年决算数</th><th colspan=\"2\">2023年决算数</th></tr>"
            + "<tr><th>合计</th><th>因公出国（境）费</th><th>合计</th><th>因公出国（境）费</th></tr>"
            + "<tr><td>示例单位</td><td>9.00</td><td>3.00</td><td>10.00</td><td>4.00</td></tr>");

        // The year before's two columns are skipped, each with a note.
        Assert.Equal(2, d.Notes.Count);
        Assert.All(d.Notes, n => Assert.Contains("2023年决算数", n.MessageZh, StringComparison.Ordinal));
        var t = d.Report.Tables!.ThreePublic!;
        Assert.Equal((Amount.Parse("9.00"), Amount.Parse("3.00")), (t.Final!.Total, t.Final.OverseasTravel));
        Assert.Equal("table 1 row 3 column 2", d.TableSources["/tables/threePublic/final/total"].Location!.ToString());
    }

    [Fact]
    public void Html_ItemRowsUnderYearNamedColumns_AreMapped()
    {
        var rows = ItemRows("2024年预算数", "2024年决算数");
        var d = ReadHtml(string.Concat(rows.Select(r => "<tr>" + string.Concat(r.Select(c => "<td>" + c + "</td>")) + "</tr>")));

        Assert.Empty(d.Notes);
        var t = d.Report.Tables!.ThreePublic!;
        Assert.Equal(Printed("30.00", "10.00", "15.00", "0.00", "15.00", "5.00"), Items(t.Budget));
        Assert.Equal(Printed("27.00", "9.00", "14.00", "0.00", "14.00", "4.00"), Items(t.Final));
    }

    [Theory]
    [InlineData("2024年预算数", "2024年决算数", "30.00")]
    [InlineData("2023年决算数", "2024年决算数", null)]
    public void Xlsx_ItemRowsUnderYearNamedColumns_TheTitlesYearDecides(string first, string second, string? budgetTotal)
    {
        // The workbook has no narrative year; its caption names 2024年度. The year-before's column (2023) is left out.
        string[][] caption = [["2024年度" + Title], ["单位：万元"]];
        var bytes = MinimalXlsx.Write("三公", caption.Concat(ItemRows(first, second)));
        var d = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(bytes, "sangong.xlsx")]);

        if (budgetTotal is null)
        {
            AssertPriorYearSkipped(d, first);
        }
        else
        {
            Assert.Empty(d.Notes);
        }

        var t = d.Report.Tables!.ThreePublic!;
        Assert.Equal(budgetTotal is null ? null : Amount.Parse(budgetTotal), t.Budget!.Total);
        Assert.Equal(Printed("27.00", "9.00", "14.00", "0.00", "14.00", "4.00"), Items(t.Final));
        Assert.Equal("三公!C9", d.TableSources["/tables/threePublic/final/reception"].Location!.ToString());
    }
}
