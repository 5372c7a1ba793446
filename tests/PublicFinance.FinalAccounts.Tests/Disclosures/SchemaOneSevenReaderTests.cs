using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 36, schema 1.7 (issue 8): the parts of the all-funds 基本支出 stated in the 支出 section are read into
/// <c>expenditure/basicPersonnel</c> and <c>expenditure/basicPublic</c> and checked by FA1214 (基本支出 = 人员经费 + 公用经费).
/// Invented texts; sums in the comments.
/// </summary>
public sealed class SchemaOneSevenReaderTests
{
    private const string Title = "某县水务服务中心2023年度部门决算说明\n";

    private static string Expenditure(string body) => Title + "二、支出决算情况说明\n2023年度本年支出合计2500.00万元，" + body + "\n";

    /// <summary>
    /// 2000.00 = 1500.00 + 500.00 in two wordings (包括, a part list in brackets): both parts placed, the
    /// report declares 1.7, FA1214 passes (no Error, its coverage passed).
    /// </summary>
    [Theory]
    [InlineData("其中：基本支出2000.00万元，包括人员经费1500.00万元、公用经费500.00万元；项目支出500.00万元。")]
    [InlineData("其中：基本支出2000.00万元（人员经费1500.00万元，公用经费500.00万元），项目支出500.00万元。")]
    public void StatedParts_AreRead_AndFA1214Passes(string body)
    {
        var (read, diagnostics) = Read(Expenditure(body));

        Assert.Equal("2000.00", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("1500.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.Null(JsonAt(read, "/narrative/basicExpenditure"));
        Assert.Equal("1.7", read.Report.SchemaVersion);
        Assert.Empty(Errors(diagnostics));
        var coverage = Validator.Default.Validate(read.Report, read.Sources).Coverage.Single(c => c.Rule.Id == "FA1214");
        Assert.Equal(CheckOutcome.Passed, coverage.Outcome);
    }

    /// <summary>A wrong part: 1500.00 + 450.00 = 1950.00 ≠ 2000.00 — one FA1214 Error on the three figures.</summary>
    [Fact]
    public void AWrongPart_IsFA1214()
    {
        var (read, diagnostics) = Read(Expenditure("其中：基本支出2000.00万元，其中人员经费1500.00万元，公用经费450.00万元；项目支出500.00万元。"));

        Assert.Equal("450.00", JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA1214", error.RuleId);
        Assert.Equal(["/narrative/expenditure/basic/amount", "/narrative/expenditure/basicPersonnel/amount",
            "/narrative/expenditure/basicPublic/amount"], error.Pointers);
    }

    /// <summary>
    /// The 一般公共预算财政拨款 基本支出 section keeps its parts in <c>basicExpenditure</c> (FA1206), and the all-funds members
    /// stay empty; the two sections side by side each hold their own (all funds 1500 + 500; 一般公共预算 1200 + 300 = 1500).
    /// </summary>
    [Fact]
    public void TheGeneralBudgetsBasicParts_StayTheirs()
    {
        var text = Expenditure("其中：基本支出2000.00万元，包括人员经费1500.00万元、公用经费500.00万元；项目支出500.00万元。")
            + "五、一般公共预算财政拨款基本支出决算情况说明\n2023年度一般公共预算财政拨款基本支出1500.00万元，其中：人员经费1200.00万元，"
            + "公用经费300.00万元。\n";
        var (read, diagnostics) = Read(text);

        Assert.Equal("1200.00", JsonAt(read, "/narrative/basicExpenditure/personnel/amount"));
        Assert.Equal("300.00", JsonAt(read, "/narrative/basicExpenditure/public/amount"));
        Assert.Equal("1500.00", JsonAt(read, "/narrative/expenditure/basicPersonnel/amount"));
        Assert.Equal("500.00", JsonAt(read, "/narrative/expenditure/basicPublic/amount"));
        Assert.Empty(Errors(diagnostics));
    }

    /// <summary>A prior year's part (上年人员经费) is no part of this year's 基本支出: not placed.</summary>
    [Fact]
    public void APriorYearsPart_IsNotPlaced()
    {
        var (read, _) = Read(Expenditure("其中：基本支出2000.00万元，上年人员经费1400.00万元。"));

        Assert.Null(JsonAt(read, "/narrative/expenditure/basicPersonnel"));
    }

    /// <summary>A report without a 1.7 member keeps the version below (the floor): the parts alone make it 1.7.</summary>
    [Fact]
    public void WithoutParts_TheVersionStaysBelowOneSeven()
    {
        var (read, _) = Read(Expenditure("其中：基本支出2000.00万元，项目支出500.00万元。"));

        Assert.NotEqual("1.7", read.Report.SchemaVersion);
        Assert.Equal(SchemaVersionFloor.Floor, read.Report.SchemaVersion);
    }
}
