using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A table's figure and the prose's figure of one field that differ (session 45, issue 8; FA8008): a space-aligned
/// 收入支出对比表 gives 事业收入 620.00 and the prose's 其中 list 事业收入 602.00 — one figure written twice, reported as a
/// Warning naming both places. The same value written twice, a prose figure of another year or of a budget, and two
/// prose statements raise no FA8008.
/// </summary>
public class TableAndProseSessionFortyFiveTests
{
    private const string Head = "泸溪县气象服务中心2023年度单位决算说明\n一、收入支出决算总体情况\n";

    private const string Table = "收入支出决算对比表（单位：万元）\n"
        + "项目                上年决算数  本年决算数      增减额    增减率\n"
        + "财政拨款收入          3200.00     3400.00      200.00     6.25%\n"
        + "事业收入               500.00      620.00      120.00    24.00%\n"
        + "本年收入合计          3700.00     4020.00      320.00     8.65%\n\n";

    private static string Prose(string serviceIncome)
        => "二、收入决算情况\n本年收入4020.00万元，其中：财政拨款收入3400.00万元；事业收入" + serviceIncome + "万元，主要是检测服务收入。\n";

    private static string[] TableAndText(string text)
    {
        var (_, diagnostics) = Read(text);
        return [.. diagnostics.Where(d => d.RuleId == "FA8008").Select(d => d.Severity + " " + string.Join(",", d.Pointers))];
    }

    [Fact]
    public void AProseFigureThatDiffersFromTheTables_IsAWarningNamingBoth()
    {
        var (read, diagnostics) = Read(Head + Table + Prose("602.00"));
        var finding = Assert.Single(diagnostics, d => d.RuleId == "FA8008");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["/narrative/income/serviceIncome/amount"], finding.Pointers);
        Assert.Contains("620.00 in the table", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("602.00 in the prose", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("表格为 620.00", finding.MessageZh, StringComparison.Ordinal);
        Assert.Equal("620.00", At(read, "/narrative/income/serviceIncome/amount"));
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
    }

    [Theory]
    [InlineData("620.00")]
    [InlineData("620.0")]
    [InlineData("620")]
    public void TheSameValue_IsNoFinding(string written)
        => Assert.Empty(TableAndText(Head + Table + Prose(written)));

    [Theory]
    [InlineData("二、收入决算情况\n2022年事业收入602.00万元。\n")]                           // another year named
    [InlineData("二、收入决算情况\n事业收入年初预算为602.00万元。\n")]                        // a budget
    [InlineData("二、收入决算情况\n事业收入上年为602.00万元。\n")]                            // the prior year
    public void AProseFigureOfAnotherKind_IsNoFinding(string prose)
        => Assert.Empty(TableAndText(Head + Table + prose));

    [Fact]
    public void TwoProseStatements_AreNotATableAndProseFinding()
    {
        var text = Head + "本年收入4020.00万元，其中：事业收入620.00万元。\n" + Prose("602.00");
        Assert.Empty(TableAndText(text));
    }

    [Theory]
    [InlineData("/narrative/income/serviceIncome/amount", "table", "flow=收入;scope=其中;staff=事业;", true)]
    [InlineData("/narrative/income/serviceIncome/amount", "flow=收入;scope=其中;staff=事业;", "table", true)]
    [InlineData("/narrative/income/serviceIncome/amount", "table", "", true)]                  // prose with no qualifier word
    [InlineData("/narrative/income/serviceIncome/amount", "table", "flow=收入;year=2022;", false)]
    [InlineData("/narrative/income/serviceIncome/amount", "table", "basis=年初预算;", false)]
    [InlineData("/narrative/income/serviceIncome/amount", "table", "staff=事业编制;", false)]
    [InlineData("/narrative/income/serviceIncome/amount", "table", "item=项目支出;", false)]
    [InlineData("/narrative/income/serviceIncome/amount", "table", "fund=政府性基金;", false)]
    [InlineData("/narrative/governmentFund/expenditure/amount", "table", "fund=政府性基金;flow=支出;", true)]
    [InlineData("/narrative/income/serviceIncome/amount", "table;total=thisYear;", "flow=收入;", false)]
    [InlineData("/narrative/income/serviceIncome/amount", "flow=收入;", "scope=其中;", false)]    // no table
    public void TheQualifiers_DecideWhetherATableAndTheProseStateOneFigure(string pointer, string first, string second, bool same)
        => Assert.Equal(same, ReportBuilder.SameFigureInTableRowAndProse(pointer, first, second));

    /// <summary>
    /// Property: a prose 事业收入 at any value differing from the table's 620.00 is one FA8008 Warning; the table's own
    /// value, however many zeros it is written with, none.
    /// </summary>
    [Property(MaxTest = 25)]
    public bool AnyDifference_IsOneWarning(PositiveInt cents, bool sameValue)
    {
        var value = sameValue ? 620.00m : 1m + (cents.Get % 99_999) / 100m;
        var written = value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        var found = TableAndText(Head + Table + Prose(written));
        return value == 620.00m
            ? found.Length == 0
            : found.SequenceEqual(["Warning /narrative/income/serviceIncome/amount"]);
    }
}
