using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 37 (blind round 34, M4): a text without headings on one line, running through several subjects (收支 → 三公 →
/// 机关运行经费 → 政府采购). Its first sentence says where it starts (NarrativeReader.OneLineSections); before, the whole
/// line's 三公 put the 收支 figures at its start in the 三公 section, unplaced. Invented texts, several wordings.
/// </summary>
public class OneLineSectionsTests
{
    private const string Rest = "“三公”经费支出3.6万元，其中因公出国（境）费0万元，公务接待费1.2万元，公务用车运行维护费2.4万元。"
        + "机关运行经费41.5万元，比上年减少2.1万元，下降4.8%，主要是压减办公费。政府采购支出15.0万元，全部为服务采购。";

    /// <summary>
    /// The totals, their parts and their changes at the start of the line are read as the same sentences on lines of their
    /// own are: 收入 402.8 = 380.5 + 22.3; 支出 398.6 = 290.4 + 108.2; the 三公 items after them are still the 三公 section's.
    /// (The change after each 其中 list stays a located note: ListHeadChanges cannot tell the total's from the last part's
    /// when the two flows share a sentence cut by '；'.)
    /// </summary>
    [Theory]
    [InlineData("某市科协2019年度部门决算说明 本部门2019年度收入合计402.8万元，其中财政拨款收入380.5万元，其他收入22.3万元，"
        + "比上年增加12.4万元，增长3.2%，主要是科普经费增加；支出合计398.6万元，其中基本支出290.4万元，项目支出108.2万元，"
        + "比上年减少6.6万元，下降1.6%，主要是压减会议费。")]
    [InlineData("2019年度本单位收入合计402.8万元，其中：财政拨款收入380.5万元，其他收入22.3万元，比上年增加12.4万元，增长3.2%，"
        + "主要是科普经费增加；本年支出合计398.6万元，其中：基本支出290.4万元，项目支出108.2万元，比上年减少6.6万元，下降1.6%，"
        + "主要是压减会议费。")]
    public void TotalsAtTheStartOfTheLine_AreRead(string head)
    {
        var (read, diagnostics) = Read(head + Rest + "\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("402.8", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("380.5", JsonAt(read, "/narrative/income/fiscalAppropriation/amount"));
        Assert.Equal("398.6", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("290.4", JsonAt(read, "/narrative/expenditure/basic/amount"));
        Assert.Equal("3.6", JsonAt(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("1.2", JsonAt(read, "/narrative/threePublic/reception/amount"));
        Assert.Equal("41.5", JsonAt(read, "/narrative/operatingExpenses/administrativeOperatingExpenses/amount"));
        Assert.Equal("15.0", JsonAt(read, "/narrative/procurement/total/amount"));
        Assert.False(Noted(read, "未能归类的金额"));
    }

    /// <summary>
    /// A wrong rate at the start of the line is now an Error where it was a note: 12.4 / (402.8 − 12.4) = 3.176%, stated
    /// 3.9% (FA2104).
    /// </summary>
    [Fact]
    public void WrongRateAtTheStart_IsFound()
    {
        var text = "本部门2019年度收入合计402.8万元，比上年增加12.4万元，增长3.9%，主要是科普经费增加；支出合计398.6万元，"
            + "比上年减少6.6万元，下降1.6%，主要是压减会议费。" + Rest + "\n";

        var (_, diagnostics) = Read(text);

        Assert.Contains("FA2104", RuleIds(diagnostics, PublicFinance.FinalAccounts.Validation.Severity.Error));
    }

    /// <summary>A one-sentence stand-alone 三公 statement is still the 三公 section's (its whole text's subject).</summary>
    [Fact]
    public void OneSentenceThreePublicStatement_IsUnchanged()
    {
        var (read, diagnostics) = Read("2019年度本单位“三公”经费支出3.6万元，其中公务接待费1.2万元，公务用车运行维护费2.4万元。\n");

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3.6", JsonAt(read, "/narrative/threePublic/total/amount"));
        Assert.Equal("2.4", JsonAt(read, "/narrative/threePublic/vehicleOperation/amount"));
    }
}
