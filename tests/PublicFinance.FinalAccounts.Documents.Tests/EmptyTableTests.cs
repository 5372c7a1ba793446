using System.Text;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Issue 8, session 29: a department without 政府性基金 publishes 公开08表 empty, with a statement — a row inside the table, a
/// line under it, or the long form (本部门2024年度无政府性基金收入，也没有使用政府性基金安排的支出，故本表为空表). Every format
/// reads it the same way: the table is found, <c>isEmpty</c> true with the statement as its note, and no Error names it
/// (FA6002 wants the statement, FA6101 the table — both are there). Invented tables.
/// </summary>
public class EmptyTableTests
{
    private const string Title = "政府性基金预算财政拨款收入支出决算表";
    private const string Short = "本表无数据";
    private const string Long = "本部门2024年度无政府性基金收入，也没有使用政府性基金安排的支出，故本表为空表。";

    /// <summary>The fund table's header (one line) and its blank 合计 row.</summary>
    private static readonly string[][] Rows =
    [
        ["科目编码", "科目名称", "年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"],
        ["", "合计", "", "", "", "", "", ""],
    ];

    public static TheoryData<TextLayout, string> TextCases() => new()
    {
        { TextLayout.Pipe, Short }, { TextLayout.Tab, Short }, { TextLayout.Spaces, Short }, { TextLayout.CellPerLine, Short },
        { TextLayout.Pipe, Long }, { TextLayout.Tab, Long }, { TextLayout.Spaces, Long }, { TextLayout.CellPerLine, Long },
    };

    [Theory]
    [MemberData(nameof(TextCases))]
    public void TextTable_WithItsStatementBelow_IsEmpty(TextLayout layout, string statement)
    {
        var text = TextTableFixtures.Table(layout, [Title, "公开08表", "单位：万元"], Rows, "注：" + statement);

        AssertEmpty(TestFiles.ReadText(text), statement);
    }

    [Theory]
    [InlineData(false, Short)]
    [InlineData(true, Short)]
    [InlineData(false, Long)]
    [InlineData(true, Long)]
    public void HtmlTable_WithItsStatement_IsEmpty(bool insideTable, string statement)
    {
        AssertEmpty(Html(Rows, statement, insideTable), statement);
    }

    [Theory]
    [InlineData(Short)]
    [InlineData(Long)]
    public void WorkbookTable_WithItsStatementBelow_IsEmpty(string statement)
    {
        string[][] sheet = [[Title], ["公开08表", "", "", "", "", "", "", "单位：万元"], .. Rows, ["注：" + statement]];
        var document = PublishedDocumentReader.Read(MinimalXlsx.Write("公开08表", sheet), "公开08表.xlsx");

        AssertEmpty(PublishedDocumentReader.Combine([document]), statement);
    }

    [Theory]
    [InlineData("fixtures/empty-fund-ruled.pdf")]
    [InlineData("fixtures/empty-fund-unruled.pdf")]
    public void PdfTable_WithItsStatementBelow_IsEmpty(string file)
        => AssertEmpty(PublishedDocumentReader.Combine([TestFiles.Read(file)]), Long);

    [Fact]
    public void TableDeclaredEmpty_WithANonZeroFigure_IsReadAndNoted()
    {
        // 本表无数据 under a 合计 row that prints 本年收入 10.00 = 本年支出合计 10.00 (基本 10.00 + 项目 0.00): one of the two is
        // wrong. The figures are read (declared empty, the table's sums would be skipped), the statement stays the note, and a
        // located note names the statement's table and the cell.
        string[][] rows = [Rows[0], ["", "合计", "0.00", "10.00", "10.00", "10.00", "0.00", "0.00"]];
        var d = Html(rows, Short, insideTable: false);

        var fund = d.Report.Tables!.GovernmentFund!;
        Assert.False(fund.IsEmpty);
        Assert.Contains(Short, fund.Note, StringComparison.Ordinal);
        Assert.Equal(Values.Amount.Parse("10.00"), fund.Total!.Income);
        var note = Assert.Single(d.Notes, n => n.MessageZh.Contains("非零金额", StringComparison.Ordinal));
        // The table starts at table 1 row 1 column 1; the 本年收入 cell is row 2 (合计), column 4.
        Assert.Contains("table 1 row 1 column 1", note.MessageZh, StringComparison.Ordinal);
        Assert.Contains("table 1 row 2 column 4", note.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(Validator.Default.Validate(d.Report, d.Sources).Diagnostics,
            x => x.Severity == Severity.Error && x.Pointers.Any(p => p.StartsWith("/tables/governmentFund", StringComparison.Ordinal)));
    }

    /// <summary>A web page with the table and its statement, as a last row spanning the table or a paragraph after it.</summary>
    private static PublishedDisclosure Html(string[][] rows, string statement, bool insideTable)
    {
        var row = insideTable ? $"<tr><td colspan=\"8\">{statement}</td></tr>" : string.Empty;
        var html = "<html><body><p>公开08表</p><p>" + Title + "</p><p>单位：万元</p><table border=\"1\">"
            + string.Concat(rows.Select(r => "<tr>" + string.Concat(r.Select(c => "<td>" + c + "</td>")) + "</tr>")) + row
            + "</table>" + (insideTable ? string.Empty : "<p>注：" + statement + "</p>") + "</body></html>";
        return PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(html), "公开08表.html")]);
    }

    private static void AssertEmpty(PublishedDisclosure d, string statement)
    {
        var table = Assert.Single(d.Tables);
        Assert.Contains(statement.TrimEnd('。'), table.EmptyStatement, StringComparison.Ordinal);
        var fund = d.Report.Tables!.GovernmentFund!;
        Assert.True(fund.IsEmpty);
        Assert.Contains(statement.TrimEnd('。'), fund.Note, StringComparison.Ordinal);
        var errors = Validator.Default.Validate(d.Report, d.Sources).Diagnostics.Where(x => x.Severity == Severity.Error
            && x.Pointers.Any(p => p.StartsWith("/tables/governmentFund", StringComparison.Ordinal)));
        Assert.Empty(errors);
    }
}
