using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Documents;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (headings48): a table pasted in a text with full-width digits (<c>| 金额 | ２２．５０ |</c>) or in Traditional
/// characters (<c>收入支出決算總表</c>) is read as its half-width, Simplified copy is: the published-table reader sees the
/// table lines normalised character for character (<c>SourceText.NormaliseTableLine</c>), columns unchanged. Every text is
/// invented.
/// </summary>
public class FullWidthTablesSessionFortyEightTests
{
    private const string Summary = "/tables/summary/";

    /// <summary>The text read as <c>finacct check</c> reads a .txt file: the 说明 and the tables pasted in it.</summary>
    private static (FinalAccountsReport Report, List<Diagnostic> Diagnostics) ReadDocument(string text)
    {
        var disclosure = PublishedDocumentReader.Combine([PublishedDocumentReader.Read(Encoding.UTF8.GetBytes(text), "t.txt")],
            RoundingMode.RoundToNearest);
        return (disclosure.Report,
            [.. disclosure.Read.TextFindings.Concat(Validator.Default.Validate(disclosure.Report, disclosure.Sources).Diagnostics)]);
    }

    /// <summary>An invented 说明 of a 文化站 with a pipe 收入支出决算总表 of the given title and amounts.</summary>
    private static string Document(string title, string appropriation, string other, string total) =>
        "某镇文化服务站2024年度部门决算说明\n一、部门基本情况\n本站负责全镇群众文化活动。\n二、收入支出决算总体情况\n"
        + title + "\n单位：万元\n"
        + "| 项目 | 金额 | 项目 | 金额 |\n| --- | --- | --- | --- |\n"
        + "| 一、一般公共预算财政拨款收入 | " + appropriation + " | 一、文化旅游体育与传媒支出 | " + total + " |\n"
        + "| 四、其他收入 | " + other + " | | |\n"
        + "| 本年收入合计 | " + total + " | 本年支出合计 | " + total + " |\n"
        + "| 总计 | " + total + " | 总计 | " + total + " |\n";

    /// <summary>Full-width digits and points in the amounts.</summary>
    private static string FullWidth(string s) =>
        new([.. s.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c == '.' ? '．' : c)]);

    /// <summary>A 总表 whose amounts are written in full-width digits is read (before session 48: no cell of it).</summary>
    [Fact]
    public void FullWidthDigitTable_IsRead()
    {
        var (report, _) = ReadDocument(Document("收入支出决算总表", FullWidth("86.40"), FullWidth("3.60"), FullWidth("90.00")));

        Assert.Equal("86.40", JsonAt(report, Summary + "income/generalBudgetAppropriation"));
        Assert.Equal("3.60", JsonAt(report, Summary + "income/otherIncome"));
    }

    /// <summary>A 总表 titled in Traditional characters (收入支出決算總表) is read.</summary>
    [Fact]
    public void TraditionalTitleTable_IsRead()
    {
        var (report, _) = ReadDocument(Document("收入支出決算總表", "86.40", "3.60", "90.00"));

        Assert.Equal("86.40", JsonAt(report, Summary + "income/generalBudgetAppropriation"));
    }

    /// <summary>
    /// Invariant: the table's amounts in full-width digits read the same summary figures and the same Errors as in
    /// half-width digits.
    /// </summary>
    [Property(MaxTest = 40)]
    public void FullWidthDigits_DoNotChangeTheTable(PositiveInt a, PositiveInt b)
    {
        var appropriation = (a.Get % 100000 / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var other = (b.Get % 10000 / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var total = (a.Get % 100000 / 100m + b.Get % 10000 / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var (half, halfDiagnostics) = ReadDocument(Document("收入支出决算总表", appropriation, other, total));
        var (full, fullDiagnostics) = ReadDocument(Document("收入支出决算总表", FullWidth(appropriation), FullWidth(other),
            FullWidth(total)));

        Assert.Equal(appropriation, JsonAt(half, Summary + "income/generalBudgetAppropriation"));
        Assert.Equal(JsonAt(half, Summary + "income/generalBudgetAppropriation"),
            JsonAt(full, Summary + "income/generalBudgetAppropriation"));
        Assert.Equal(JsonAt(half, Summary + "income/otherIncome"), JsonAt(full, Summary + "income/otherIncome"));
        Assert.Equal(Errors(halfDiagnostics), Errors(fullDiagnostics));
    }
}
