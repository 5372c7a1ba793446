using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The four invented complete documents of the session 25 blind test (<c>TestData/blind-complete-25</c>: c01 a pdftotext
/// -layout text, c02 one cell per line, c03 an Excel tab export in 元, c04 a web page with <c>|</c> rows and bold titles),
/// read as <c>finacct check</c> reads a text file: no false Error, each planted error found, and the tables read per
/// document (rows at least as many as now — a floor that a fix may raise, never lower).
/// </summary>
public sealed class BlindCompleteTwentyFiveTests
{
    private static (FinalAccountsReport Report, List<Diagnostic> Diagnostics) Check(string name)
    {
        var (_, report, diagnostics) = BlindRoundTwentyFiveBTests.Tables(TestFiles.Data("blind-complete-25/" + name + ".txt"));
        return (report, diagnostics);
    }

    private static string[] Errors(List<Diagnostic> diagnostics)
        => [.. diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.RuleId + " " + d.Pointers[0])
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The Errors are exactly the planted ones. c01: the continued page's 2120399 项目支出 printed 478.60 for 487.60 — its row
    /// does not add (FA0301: 487.60 ≠ 0 + 478.60) and 款 21203 no longer equals Σ项 (FA0302) — found only now that 公开03表's
    /// 栏次 row (F3) and its continuation after `— 4 —` (F1) are read. c02: 事业收入 229.90 for 219.90 makes the sources add to
    /// 1,652.92 ≠ 1,642.92 (FA1202) and its share 13.38 % then disagrees (FA2001, the same figure). c03: clean. c04: 公务接待费
    /// 3.86 / 5.00 = 77.20 %, printed 72.20 % (FA2201).
    /// </summary>
    [Theory]
    // Since the consequence analysis (spec §5.1): c01's FA0302 (款 项目支出 ≠ Σ) holds with row 2120399's 项目支出 at 487.60,
    // the value FA0301 implies, and c02's FA2001 (事业收入 share) with 事业收入 at 219.90, the value FA1202 implies: both are
    // linked Warnings now, one Error per planted figure.
    [InlineData("c01", "FA0301 /tables/expenditure/rows/15/total")]
    [InlineData("c02", "FA1202 /narrative/income/total/amount")]
    [InlineData("c03", "")]
    [InlineData("c04", "FA2201 /narrative/threePublic/reception/budget/completionRate")]
    public void TheErrors_AreThePlantedOnes(string name, string expected)
    {
        var (_, diagnostics) = Check(name);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Errors(diagnostics));
    }

    /// <summary>
    /// The tables read per document, with the rows under 合计 each has (floors: what the reader reaches now). c01: 公开02/03/05
    /// (25 rows each: 5 类, 7 款, 13 项; 公开03表 joined over its page break); c02: 公开01 (its group line), 03, 05, 07; c03:
    /// 公开01–08 (31 rows: the 类/款/项 columns joined; 公开07表 under its 预算数/决算数 line); c04: 公开01–05 and 08 (its bold
    /// titles read).
    /// </summary>
    [Theory]
    [InlineData("c01", "income 25|expenditure 25|generalBudgetExpenditure 25")]
    [InlineData("c02", "summary|expenditure 18|generalBudgetExpenditure 16|threePublic")]
    [InlineData("c03", "summary|income 31|expenditure 31|appropriationSummary|generalBudgetExpenditure 31|basicExpenditure|threePublic")]
    [InlineData("c03", "governmentFund")]
    [InlineData("c04", "summary|income 21|expenditure 21|appropriationSummary|generalBudgetExpenditure 17|governmentFund 4")]
    public void TheTablesRead_ReachTheirFloors(string name, string expected)
    {
        var (report, _) = Check(name);
        TableFloors.AssertReached(name, report, expected);
    }
}
