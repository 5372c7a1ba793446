using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Round four (issue 8): a 三公 column skipped because it is of another year than the report's is never dropped silently — the
/// year before's (上年决算数, 2023年决算数 in a 2024 report) and every basis column of a table whose title names another year
/// (2023年度“三公”经费支出决算表 in a 2024 report) leave a located note naming the column and why. Invented tables.
/// </summary>
public class ThreePublicSkippedColumnTests
{
    private const string Title = "财政拨款“三公”经费支出决算表";

    private const string Narrative = "示例单位2024年度部门决算\n\n";

    /// <summary>Budget 30.00 = 10.00 + 15.00 + 5.00; final 27.00 = 9.00 + 14.00 + 4.00.</summary>
    private static string[][] ItemRows(string first, string second) =>
    [
        ["项目", first, second],
        ["合计", "30.00", "27.00"],
        ["因公出国（境）费", "10.00", "9.00"],
        ["公务用车购置及运行费", "15.00", "14.00"],
        ["公务接待费", "5.00", "4.00"],
    ];

    [Theory]
    [InlineData(TextLayout.Pipe)]
    [InlineData(TextLayout.CellPerLine)]
    public void PriorYearColumn_IsSkippedWithANote_NamingItAndTheYear(TextLayout layout)
    {
        // 上年决算数 (30.00 …) is 2023's in a 2024 report; 本年决算数 (27.00 …) is read.
        var text = Narrative + TextTableFixtures.Table(layout, [Title, "单位：万元"], ItemRows("上年决算数", "本年决算数"), null);
        var d = TestFiles.ReadText(text);

        var note = Assert.Single(d.Notes);
        Assert.Equal(DocumentMessages.PriorYearColumnSkipped(d.Tables[0], "上年决算数", 2024, note.Location).MessageZh, note.MessageZh);
        Assert.Contains("2023", note.MessageEn, StringComparison.Ordinal);
        Assert.Equal(Array.IndexOf(text.Split('\n'), Title) + 1, note.Location!.TextLine);   // the table's title line
        Assert.Equal(Amount.Parse("27.00"), d.Report.Tables!.ThreePublic!.Final!.Total);
    }

    [Theory]
    [InlineData(TextLayout.Pipe)]
    [InlineData(TextLayout.Tab)]
    [InlineData(TextLayout.CellPerLine)]
    public void TitleNamingAnotherYear_ItsUnnamedColumnsAreSkipped_EachWithANote(TextLayout layout)
    {
        // A 2024 report with a table titled 2023年度: its 预算数 and 决算数 are 2023's — before, they were read as 2024's.
        var text = Narrative + TextTableFixtures.Table(layout, ["2023年度" + Title, "单位：万元"], ItemRows("预算数", "决算数"), null);
        var d = TestFiles.ReadText(text);

        Assert.Equal(2, d.Notes.Count);
        Assert.Contains("“预算数”：表题所列年度（2023年）非报告年度（2024年）", d.Notes[0].MessageZh, StringComparison.Ordinal);
        Assert.Contains("“决算数”", d.Notes[1].MessageZh, StringComparison.Ordinal);
        Assert.All(d.Notes, n => Assert.NotNull(n.Location?.TextLine));
        Assert.DoesNotContain(d.TableSources.Keys, k => k.StartsWith("/tables/threePublic/", StringComparison.Ordinal));
    }

    [Fact]
    public void TitleNamingTheReportsYear_IsReadWithoutANote()
    {
        var d = TestFiles.ReadText(Narrative + TextTableFixtures.Table(TextLayout.Pipe, ["2024年度" + Title, "单位：万元"], ItemRows("预算数", "决算数"),
            null));

        Assert.Empty(d.Notes);
        Assert.Equal((Amount.Parse("30.00"), Amount.Parse("27.00")),
            (d.Report.Tables!.ThreePublic!.Budget!.Total, d.Report.Tables.ThreePublic.Final!.Total));
    }
}
