using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 39 (issue 8; blind round 36, family G): the income and the expenditure of one fund in one sentence, each with its
/// change, in either order (amount then rate, rate then amount). Each change is its own flow's member
/// (<c>/narrative/{fund}/currentYearIncome/change</c>, <c>…/currentYearExpenditure/change</c>); before, the income's change
/// went to the fund's statement and the expenditure's was dropped. Reasons go to the flow their head names. Invented texts.
/// Figures: income 3,200.00 down 800.00 → prior 4,000.00, 800 / 4,000 = 20.00 %; expenditure 3,150.00 down 350.00 → prior
/// 3,500.00, 350 / 3,500 = 10.00 %; up: 800 / 2,400 = 33.33 %, 350 / 2,800 = 12.50 %.
/// </summary>
public sealed class FundFlowChangeTests
{
    private const string GovernmentFundHead = "某县住建局2023年度部门决算说明\n\n八、政府性基金预算财政拨款收入支出决算情况说明\n";

    private const string StateCapitalHead = "某县国资局2023年度部门决算说明\n\n九、国有资本经营预算财政拨款收入支出决算情况说明\n";

    private static string? At(DisclosureReadResult read, string pointer) => TextReading.JsonAt(read, pointer);

    private static string[] Of(List<Diagnostic> diagnostics, string rule, Severity severity) =>
        [.. TextReading.Of(diagnostics, severity).Where(d => d.StartsWith(rule, StringComparison.Ordinal))];

    private static string HeadOf(string fund) => fund == "governmentFund" ? GovernmentFundHead : StateCapitalHead;

    private static string NameOf(string fund) => fund == "governmentFund" ? "政府性基金预算" : "国有资本经营预算";

    /// <summary>
    /// Decreases: each flow's amount and rate on its own change (both orders, 减幅 / 降幅 / 同比下降 / 较上年减少), the
    /// statement without a change, no FA2104 and no Error. Both funds.
    /// </summary>
    [Theory]
    [InlineData("governmentFund", "较上年减少800.00万元，减幅20.00%；支出3,150.00万元，同比下降10.00%，较上年减少350.00万元。")]
    [InlineData("governmentFund", "比上年减少800.00万元，降幅20.00%；支出3,150.00万元，降幅10.00%，较上年减少350.00万元。")]
    [InlineData("governmentFund", "同比下降20.00%，较上年减少800.00万元；支出3,150.00万元，较上年减少350.00万元，减幅10.00%。")]
    [InlineData("stateCapital", "较上年减少800.00万元，减幅20.00%；支出3,150.00万元，同比下降10.00%，较上年减少350.00万元。")]
    [InlineData("stateCapital", "同比下降20.00%，较上年减少800.00万元；支出3,150.00万元，降幅10.00%，较上年减少350.00万元。")]
    public void TwoDecreasesInOneSentence_AreEachFlowsOwn(string fund, string changes)
    {
        var (read, diagnostics) = TextReading.Read(HeadOf(fund) + "本年" + NameOf(fund) + "财政拨款收入3,200.00万元，" + changes
            + "收入减少主要是专项资金减少；支出减少主要是项目完工。\n");

        var n = "/narrative/" + fund;
        Assert.Equal("3200.00", At(read, n + "/currentYearIncome/amount"));
        Assert.Equal("800.00", At(read, n + "/currentYearIncome/change/amount"));
        Assert.Equal("20.00", At(read, n + "/currentYearIncome/change/rate"));
        Assert.Equal("decrease", At(read, n + "/currentYearIncome/change/direction"));
        Assert.Equal("3150.00", At(read, n + "/currentYearExpenditure/amount"));
        Assert.Equal("350.00", At(read, n + "/currentYearExpenditure/change/amount"));
        Assert.Equal("10.00", At(read, n + "/currentYearExpenditure/change/rate"));
        Assert.Null(At(read, n + "/change"));
        Assert.Empty(Of(diagnostics, "FA2104", Severity.Error));
        Assert.Empty(TextReading.Errors(diagnostics));
    }

    /// <summary>Increases, with 增幅 before and after the amount: 33.33 % and 12.50 % on their own flows; no Error.</summary>
    [Theory]
    [InlineData("比上年增加800.00万元，增幅33.33%；支出3,150.00万元，增幅12.50%，比上年增加350.00万元。")]
    [InlineData("同比增长33.33%，较上年增加800.00万元；支出3,150.00万元，比上年增加350.00万元，增长12.50%。")]
    public void TwoIncreasesInOneSentence_AreEachFlowsOwn(string changes)
    {
        var (read, diagnostics) = TextReading.Read(GovernmentFundHead + "本年政府性基金预算财政拨款收入3,200.00万元，" + changes
            + "收入增加的主要原因是土地出让收入增加；支出增加的主要原因是新增市政道路项目。\n");

        Assert.Equal("800.00", At(read, "/narrative/governmentFund/currentYearIncome/change/amount"));
        Assert.Equal("33.33", At(read, "/narrative/governmentFund/currentYearIncome/change/rate"));
        Assert.Equal("350.00", At(read, "/narrative/governmentFund/currentYearExpenditure/change/amount"));
        Assert.Equal("12.50", At(read, "/narrative/governmentFund/currentYearExpenditure/change/rate"));
        Assert.Equal("土地出让收入增加", At(read, "/narrative/governmentFund/currentYearIncome/change/reason"));
        Assert.Equal("新增市政道路项目。", At(read, "/narrative/governmentFund/currentYearExpenditure/change/reason"));
        Assert.Empty(TextReading.Errors(diagnostics));
        Assert.Empty(Of(diagnostics, "FA2106", Severity.Warning));
    }

    /// <summary>
    /// A wrong rate planted in one flow is exactly one FA2104 Error on that flow's rate: 25.00 % for the income's 20.00 %,
    /// 12.00 % for the expenditure's 10.00 % (each beyond rounding), in both orders.
    /// </summary>
    [Theory]
    [InlineData("较上年减少800.00万元，减幅25.00%；支出3,150.00万元，同比下降10.00%，较上年减少350.00万元。", "currentYearIncome")]
    [InlineData("较上年减少800.00万元，减幅20.00%；支出3,150.00万元，同比下降12.00%，较上年减少350.00万元。", "currentYearExpenditure")]
    [InlineData("同比下降20.00%，较上年减少800.00万元；支出3,150.00万元，较上年减少350.00万元，降幅12.00%。", "currentYearExpenditure")]
    [InlineData("同比下降25.00%，较上年减少800.00万元；支出3,150.00万元，较上年减少350.00万元，降幅10.00%。", "currentYearIncome")]
    public void AWrongRateInOneFlow_IsOneFA2104OnThatFlow(string changes, string flow)
    {
        var (_, diagnostics) = TextReading.Read(GovernmentFundHead + "本年政府性基金预算财政拨款收入3,200.00万元，" + changes
            + "收入减少主要是专项资金减少；支出减少主要是项目完工。\n");

        Assert.Equal(["FA2104 /narrative/governmentFund/" + flow + "/change/rate"], Of(diagnostics, "FA2104", Severity.Error));
        Assert.Single(TextReading.Errors(diagnostics));
    }

    /// <summary>
    /// Reasons: "收入减少主要是A；支出减少主要是B" and a reason after each flow's clause give each change its own; no FA2106.
    /// </summary>
    [Theory]
    [InlineData("较上年减少800.00万元，减幅20.00%；支出3,150.00万元，同比下降10.00%，较上年减少350.00万元。"
        + "收入减少主要是专项资金减少；支出减少主要是项目完工。", "专项资金减少", "项目完工。")]
    [InlineData("较上年减少800.00万元，降幅20.00%，主要原因是专项资金减少；支出3,150.00万元，降幅10.00%，"
        + "较上年减少350.00万元，主要原因是项目完工。", "专项资金减少", "项目完工。")]
    [InlineData("较上年减少800.00万元，减幅20.00%；支出3,150.00万元，同比下降10.00%，较上年减少350.00万元。"
        + "支出减少的主要原因是项目完工；收入减少的主要原因是专项资金减少。", "专项资金减少。", "项目完工")]
    public void EachFlowsReason_GoesToItsChange(string changes, string incomeReason, string expenditureReason)
    {
        var (read, diagnostics) = TextReading.Read(GovernmentFundHead + "本年政府性基金预算财政拨款收入3,200.00万元，" + changes + "\n");

        Assert.Equal(incomeReason, At(read, "/narrative/governmentFund/currentYearIncome/change/reason"));
        Assert.Equal(expenditureReason, At(read, "/narrative/governmentFund/currentYearExpenditure/change/reason"));
        Assert.Empty(Of(diagnostics, "FA2106", Severity.Warning));
    }

    /// <summary>
    /// A reason sentence whose head names no flow ("下降的主要原因是…") after the two changes explains the change read last,
    /// the expenditure's, as before; the income's change keeps no reason and FA2106 warns on it (not on the expenditure).
    /// A head naming the income when only the expenditure changed gives the reason to no change (FA2106 on the expenditure).
    /// </summary>
    [Fact]
    public void AReasonOfNoFlow_IsTheLastChanges_AndOfAnotherFlow_NoOnes()
    {
        var (read, diagnostics) = TextReading.Read(GovernmentFundHead + "本年政府性基金预算财政拨款收入3,200.00万元，较上年减少800.00万元，"
            + "减幅20.00%；支出3,150.00万元，同比下降10.00%，较上年减少350.00万元。支出主要用于市政设施配套。下降的主要原因是项目完工。\n");

        Assert.Null(At(read, "/narrative/governmentFund/currentYearIncome/change/reason"));
        Assert.Equal("项目完工。", At(read, "/narrative/governmentFund/currentYearExpenditure/change/reason"));
        Assert.Equal(["FA2106 /narrative/governmentFund/currentYearIncome/change"], Of(diagnostics, "FA2106", Severity.Warning));

        var (other, otherDiagnostics) = TextReading.Read(GovernmentFundHead + "本年政府性基金预算财政拨款支出3,150.00万元，"
            + "较上年减少350.00万元，下降10.00%。收入减少的主要原因是专项资金减少。\n");

        Assert.Equal("350.00", At(other, "/narrative/governmentFund/currentYearExpenditure/change/amount"));
        Assert.Null(At(other, "/narrative/governmentFund/currentYearExpenditure/change/reason"));
        Assert.Equal(["FA2106 /narrative/governmentFund/currentYearExpenditure/change"],
            Of(otherDiagnostics, "FA2106", Severity.Warning));
    }
}
