using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 42 (issue 8, FA2106): where a reason ends inside a clause group. "…主要是 A；经营收入同比增加 X 万元，…，主要是 B":
/// the change after ';' compared with 同比 (not only 比上年/较上年) ends reason A, so each change keeps its own reason.
/// Invented texts of our own wording and numbers.
/// </summary>
public class ReasonPlacementSessionFortyTwoTests
{
    private const string IncomeHead = "# excerpt\n二、收入决算情况说明\n"
        + "2021年度本年收入合计1860.00万元，其中：财政拨款收入1500.00万元；事业收入280.00万元；经营收入80.00万元。";

    /// <summary>
    /// 280.00 / (280.00 + 40.00) → −12.50%; 80.00 / (80.00 − 16.00) → +25.00%. Reason A ends at ';' and the 经营收入 change
    /// keeps its rate and reason B (no FA2106), whichever prior-year basis word either clause uses.
    /// </summary>
    [Theory]
    [InlineData("同比", "同比")]
    [InlineData("比上年", "同比")]
    [InlineData("同比", "较上年")]
    public void ReasonEndsBeforeTheNextChangeComparedWithTongBi(string firstBasis, string secondBasis)
    {
        var (read, diagnostics) = Read(IncomeHead + $"事业收入{firstBasis}减少40.00万元，下降12.50%，主要是检验业务量下降；"
            + $"经营收入{secondBasis}增加16.00万元，增长25.00%，主要是苗木对外销售增加。\n");

        Assert.DoesNotContain("FA2106", RuleIds(diagnostics, Severity.Warning));
        Assert.Equal("检验业务量下降", JsonAt(read, "/narrative/income/serviceIncome/change/reason")?.TrimEnd('。', ';'));
        Assert.Equal("16.00", JsonAt(read, "/narrative/income/businessIncome/change/amount"));
        Assert.Equal("25.00", JsonAt(read, "/narrative/income/businessIncome/change/rate"));
        Assert.StartsWith("苗木对外销售增加", JsonAt(read, "/narrative/income/businessIncome/change/reason"));
    }

    /// <summary>Near miss: the 同比 change after ';' with no reason of its own still owes one (FA2106 stays).</summary>
    [Fact]
    public void TongBiChangeAfterReasonWithoutItsOwn_StillOwesOne()
    {
        var (_, diagnostics) = Read(IncomeHead + "事业收入同比减少40.00万元，下降12.50%，主要是检验业务量下降；"
            + "经营收入同比增加16.00万元，增长25.00%。\n");

        Assert.Contains("FA2106", RuleIds(diagnostics, Severity.Warning));
    }

    /// <summary>
    /// Near miss: a reason that names a change with 同比 and no marker after it ("主要是 A；经营收入同比增加 X 万元") is not cut —
    /// the clause after ';' stays part of the reason list as before (the first change keeps a reason, no FA2106 for it).
    /// </summary>
    [Fact]
    public void TongBiClauseWithoutLaterMarker_StaysInTheReason()
    {
        var (read, _) = Read(IncomeHead + "事业收入同比减少40.00万元，下降12.50%，主要是检验业务量下降；"
            + "经营收入同比增加16.00万元。\n");

        Assert.Contains("经营收入", JsonAt(read, "/narrative/income/serviceIncome/change/reason"));
    }
}
