using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Rule-less tables that continue on the next page, with and without a repeated header, and wrapped cell text
/// (TestData/fixtures/ruleless-continued.pdf, written by make-ruleless-continued-pdf.py with invented figures): the
/// expected cells are the lists that script places — never the reader's output.
/// </summary>
public class RuleLessContinuationTests
{
    private const string Fixture = "fixtures/ruleless-continued.pdf";

    private static string[] Texts(DocumentTable t, int row) => [.. t.Rows[row].Select(c => c.Text)];

    [Fact]
    public void TwoTables_EachOverTwoPages()
    {
        var doc = TestFiles.Read(Fixture);
        Assert.Equal(new[] { "一般公共预算财政拨款项目支出决算表", "机关运行经费支出决算表" }, doc.Tables.Select(t => t.Title).ToArray());
        Assert.Equal([1, 2], doc.Tables[0].Pages);
        Assert.Equal([3, 4], doc.Tables[1].Pages);
        Assert.DoesNotContain(doc.Notes, n => n.MessageEn.Contains("without ruling lines", System.StringComparison.Ordinal));
    }

    [Fact]
    public void RepeatedHeader_Skipped_WrappedNameJoined()
    {
        var t = TestFiles.Read(Fixture).Tables[0];
        Assert.Equal(new[] { "科目编码", "科目名称", "项目支出" }, t.Columns.ToArray());
        // Nine rows on page 1 (row 3's name printed over two lines), three rows and 合计 on page 2 after the repeated header.
        Assert.Equal(13, t.Rows.Count);
        Assert.Equal(new[] { "2010301", "行政运行", "45.00" }, Texts(t, 0));
        Assert.Equal(new[] { "2010350", "事业运行（含机关服务中心运行）", "20.00" }, Texts(t, 2));
        Assert.Equal(new[] { "2010399", "其他政府办公厅（室）及相关机构事务支出", "8.75" }, Texts(t, 3));
        Assert.Equal(new[] { "2240106", "安全监管", "1.50" }, Texts(t, 8));
        Assert.Equal(new[] { "2130101", "行政运行", "7.00" }, Texts(t, 9));
        Assert.Equal(new[] { "合计", "", "113.00" }, Texts(t, 12));
        Assert.Equal(1, t.Rows[8][2].Location!.Page);
        Assert.Equal(2, t.Rows[9][2].Location!.Page);
        // The page-2 header and the page numbers are not rows; the narrative after the table stays narrative.
        Assert.DoesNotContain(t.Rows,
            r => r.Any(c => c.Text.Contains("科目编码", System.StringComparison.Ordinal)
            || c.Text.Contains("- 1 -", System.StringComparison.Ordinal)));
        Assert.Contains("九、机关运行经费支出情况说明", TestFiles.Read(Fixture).Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void NoRepeatedHeader_EveryLineAtTheTopIsData_MappedTotalFromTheNextPage()
    {
        var doc = TestFiles.Read(Fixture);
        var t = doc.Tables[1];
        Assert.Equal(new[] { "项目", "决算数" }, t.Columns.ToArray());
        Assert.Equal(
            new[] { "办公费", "印刷费", "水费", "电费", "邮电费", "差旅费", "维修（护）费", "合计" },
            t.Rows.Select(r => r[0].Text).ToArray());
        Assert.Equal(new[] { "合计", "13.50" }, Texts(t, 7));
        // The 合计 row printed on page 4 is the 机关运行经费 total (3.00 + 1.20 + 0.80 + 2.50 + 0.60 + 4.10 + 1.30).
        var report = PublishedDocumentReader.Combine(new[] { doc }).Report;
        Assert.Equal(Amount.Parse("13.50"), report.Tables!.OperatingExpenses!.Total);
    }
}
