using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 38 (issue 8): whose change a comparison in the 财政拨款 section is. After a stated grand total of 3600.00, the
/// year's expenditure 3300.00 "比上年增加 300.00 万元，增长 10.00%" (300 / 3000 = 10.00 %) is the expenditure's change: checked
/// against the grand total (300 / 3300 = 9.09 %) it was a false FA2104. Invented texts.
/// </summary>
public sealed class AppropriationFigureChangeTests
{
    private const string Head = "某区园林局2024年度部门决算说明\n\n四、财政拨款收入支出决算总体情况说明\n";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.JsonAt(read, pointer);

    private static string[] Of(List<Diagnostic> diagnostics, string rule) =>
        [.. TextReading.Of(diagnostics, Severity.Warning).Concat(TextReading.Of(diagnostics, Severity.Error))
            .Where(d => d.StartsWith(rule, StringComparison.Ordinal))];

    /// <summary>
    /// The grand total (3600.00, two wordings) then the year's expenditure in three wordings with 增长 / 上升: the change 300.00
    /// and its rate are the expenditure's member; the statement has no change; no FA2104 (10.00 % is 300 / 3000).
    /// </summary>
    [Theory]
    [InlineData("2024年度财政拨款收入支出总计3600.00万元。", "本年财政拨款支出3300.00万元，比上年增加300.00万元，增长10.00%。")]
    [InlineData("2024年度财政拨款收入总计3600.00万元，支出总计3600.00万元。", "本年财政拨款支出3300.00万元，比上年增加300.00万元，增长10.00%。")]
    [InlineData("2024年度财政拨款收入支出总计3600.00万元。", "财政拨款支出合计3300.00万元，比上年增加300.00万元，增长10.00%。")]
    [InlineData("2024年度财政拨款收入支出总计3600.00万元。", "财政拨款支出决算3300.00万元，较上年增加300.00万元，上升10.00%。")]
    public void ExpenditureChangeAfterAGrandTotal_IsTheExpenditures(string total, string expenditure)
    {
        var (read, diagnostics) = TextReading.Read(Head + total + expenditure + "主要原因是绿化养护面积增加。\n");

        Assert.Equal("3600.00", At(read, "/narrative/appropriation/incomeGrandTotal/amount"));
        Assert.Equal("3300.00", At(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Equal("300.00", At(read, "/narrative/appropriation/currentYearExpenditure/change/amount"));
        Assert.Equal("10.00", At(read, "/narrative/appropriation/currentYearExpenditure/change/rate"));   // JSON: no %
        Assert.Null(At(read, "/narrative/appropriation/change"));
        Assert.Empty(Of(diagnostics, "FA2104"));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// The income side: 本年财政拨款收入 3400.00 after the grand total, its change 400.00 and 13.33 % (400 / 3000) are its own
    /// (on the grand total 400 / 3200 = 12.50 %: the false Error before).
    /// </summary>
    [Fact]
    public void IncomeChangeAfterAGrandTotal_IsTheIncomes()
    {
        var (read, diagnostics) = TextReading.Read(Head + "2024年度财政拨款收入支出总计3600.00万元。本年财政拨款收入3400.00万元，"
            + "比上年增加400.00万元，增长13.33%，主要原因是新增绿道建设项目。\n");

        Assert.Equal("400.00", At(read, "/narrative/appropriation/currentYearIncome/change/amount"));
        Assert.Equal("13.33", At(read, "/narrative/appropriation/currentYearIncome/change/rate"));
        Assert.Null(At(read, "/narrative/appropriation/change"));
        Assert.Empty(Of(diagnostics, "FA2104"));
    }

    /// <summary>
    /// A wrong rate is still found, on the figure's own change: 12.00 % written for 300 / 3000 = 10.00 % is one FA2104 Error
    /// there (more than rounding: 12.00 lies outside 10.00 ± 0.005).
    /// </summary>
    [Fact]
    public void AWrongRateOfTheExpenditure_IsOneFA2104()
    {
        var (_, diagnostics) = TextReading.Read(Head + "2024年度财政拨款收入支出总计3600.00万元。本年财政拨款支出3300.00万元，"
            + "比上年增加300.00万元，增长12.00%，主要原因是绿化养护面积增加。\n");

        Assert.Equal(["FA2104 /narrative/appropriation/currentYearExpenditure/change/rate"], Of(diagnostics, "FA2104"));
    }

    /// <summary>
    /// Without a stated grand total, or with one equal to the figure (the same base), the change stays the statement's as
    /// earlier decisions state (StructureSectionsAndCodes, PhrasingFamily): 300.00 on <c>/narrative/appropriation/change</c>.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("2024年度财政拨款收入支出总计3300.00万元。")]
    public void WithoutADifferentGrandTotal_TheChangeStaysTheStatements(string total)
    {
        var (read, diagnostics) = TextReading.Read(Head + total + "本年财政拨款支出3300.00万元，比上年增加300.00万元，增长10.00%，"
            + "主要原因是绿化养护面积增加。\n");

        Assert.Equal("300.00", At(read, "/narrative/appropriation/change/amount"));
        Assert.Null(At(read, "/narrative/appropriation/currentYearExpenditure/change"));
        Assert.Empty(Of(diagnostics, "FA2104"));
    }
}
