using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 33 (issue 8), on invented texts: a fund the text does not mention is unknown, not 0, so a 财政拨款 total stated
/// beside a 一般公共预算 total with no 政府性基金 paragraph raises no FA1208, while a text that states every fund (a figure, or
/// "本年度无…") still does when they do not add up; and a 财政拨款 paragraph that gives an income change and an expenditure change,
/// each with its own reason, raises no FA2106 on either.
/// </summary>
public sealed class FundScopeAndSecondReasonTests
{
    private const string Title = "某区气象局2025年度部门决算\n\n";

    private static string? At(PublicFinance.FinalAccounts.Disclosures.DisclosureReadResult read, string pointer) =>
        TextReading.JsonAt(read, pointer);

    /// <summary>财政拨款支出 500 (the overview) and 一般公共预算 <paramref name="general"/> (its own section), then
    /// <paramref name="funds"/>: the fund sections the text has, or nothing.</summary>
    private static string FundsText(string appropriation, string general, string funds) => Title
        + "三、财政拨款收入支出决算总体情况说明\n\n" + appropriation + "\n\n"
        + "五、一般公共预算财政拨款支出决算情况说明\n\n"
        + "2025年度一般公共预算财政拨款支出" + general + "万元。\n\n" + funds;

    private static string[] Fa1208(List<Diagnostic> diagnostics) =>
        [.. TextReading.Of(diagnostics, Severity.Error).Where(e => e.StartsWith("FA1208", StringComparison.Ordinal))];

    /// <summary>
    /// No fund paragraph: 500 − 420 = 80 may be the unmentioned 政府性基金 (or 国有资本经营) — unknown, not 0, so no FA1208
    /// (before: the missing funds counted as 0 and 500 ≠ 420 was an Error). The figures are read as before.
    /// </summary>
    [Theory]
    [InlineData("2025年度财政拨款收入500.00万元，财政拨款支出500.00万元。")]
    [InlineData("2025年度财政拨款本年收入500.00万元；本年支出500.00万元。")]
    [InlineData("本年度财政拨款收入合计500.00万元，财政拨款支出合计500.00万元。")]
    public void UnmentionedFund_IsUnknown_NoFa1208(string appropriation)
    {
        var (read, diagnostics) = TextReading.Read(FundsText(appropriation, "420.00", string.Empty));

        Assert.Equal("500.00", At(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        Assert.Equal("420.00", At(read, "/narrative/generalBudget/total/amount"));
        Assert.Null(At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Empty(Fa1208(diagnostics));
    }

    /// <summary>
    /// Every fund stated: 政府性基金 80 and 国有资本经营 "本年度无…" — 420 + 80 + 0 = 500 passes; 政府性基金 60 makes 480 ≠ 500,
    /// an Error on the 财政拨款 total. A fund stated as none in its own section is known to be 0.
    /// </summary>
    [Theory]
    [InlineData("80.00", false)]
    [InlineData("60.00", true)]
    public void EveryFundStated_Fa1208Checks(string fund, bool fails)
    {
        var text = FundsText("2025年度财政拨款收入500.00万元，财政拨款支出500.00万元。", "420.00",
            "六、政府性基金预算财政拨款收入支出决算情况说明\n\n2025年度政府性基金预算财政拨款支出" + fund + "万元。\n\n"
            + "七、国有资本经营预算财政拨款支出决算情况说明\n\n本年度无国有资本经营预算财政拨款支出。\n");
        var (read, diagnostics) = TextReading.Read(text);

        Assert.Equal(fund, At(read, "/narrative/governmentFund/currentYearExpenditure/amount"));
        Assert.Equal(fails ? ["FA1208 /narrative/appropriation/currentYearExpenditure/amount"] : [], Fa1208(diagnostics));
    }

    /// <summary>
    /// Both funds said to be none in their sections: 420 ≠ 500 is a real disagreement, FA1208 fires (the rule still checks a
    /// text that states all parts).
    /// </summary>
    [Theory]
    [InlineData("本年度无政府性基金预算财政拨款收支情况。", "本年度无国有资本经营预算财政拨款支出。")]
    [InlineData("本年度无政府性基金预算财政拨款收入、支出。", "本年度无国有资本经营预算财政拨款收支。")]
    public void BothFundsStatedNone_Fa1208Fires(string fundNone, string capitalNone)
    {
        var text = FundsText("2025年度财政拨款收入500.00万元，财政拨款支出500.00万元。", "420.00",
            "六、政府性基金预算财政拨款收入支出决算情况说明\n\n" + fundNone + "\n\n"
            + "七、国有资本经营预算财政拨款支出决算情况说明\n\n" + capitalNone + "\n");
        var (_, diagnostics) = TextReading.Read(text);

        Assert.Equal(["FA1208 /narrative/appropriation/currentYearExpenditure/amount"], Fa1208(diagnostics));
    }

    /// <summary>
    /// A fund unknown but the stated 一般公共预算 520 above the 财政拨款 total 500: no fund is negative, so no unknown fund can
    /// close the gap — FA1208 still fires.
    /// </summary>
    [Fact]
    public void UnknownFund_StatedPartAboveTotal_Fa1208Fires()
    {
        var (_, diagnostics) = TextReading.Read(FundsText("2025年度财政拨款收入500.00万元，财政拨款支出500.00万元。", "520.00", string.Empty));

        Assert.Equal(["FA1208 /narrative/appropriation/currentYearExpenditure/amount"], Fa1208(diagnostics));
    }

    /// <summary>
    /// Issue 8, cause 2: income 450 → 500 (+50, 50 / 450 = 11.11 %) and expenditure 460 → 500 (+40, 40 / 460 = 8.70 %),
    /// or 550 → 500 (−50, 9.09 %) and 520 → 500 (−20, 3.85 %), each followed by its own reason before the next change: no
    /// FA2106 on either change, and each reason is the one written after it (already so on main de7917e: these tests show it).
    /// </summary>
    [Theory]
    [InlineData("2025年度财政拨款收入500.00万元，比上年增加50.00万元，增长11.11%，主要原因是新增气象观测专项经费；"
        + "财政拨款支出500.00万元，比上年增加40.00万元，增长8.70%，主要原因是气象服务业务量增加。", "新增气象观测专项经费", "气象服务业务量增加")]
    [InlineData("2025年度财政拨款收入500.00万元，比上年增加50.00万元，增长11.11%，主要原因是新增气象观测专项经费。"
        + "财政拨款支出500.00万元，比上年增加40.00万元，增长8.70%，主要原因是气象服务业务量增加。", "新增气象观测专项经费", "气象服务业务量增加")]
    [InlineData("2025年度财政拨款收入500.00万元，比上年减少50.00万元，下降9.09%，主要原因是一次性项目结束；"
        + "财政拨款支出500.00万元，比上年减少20.00万元，下降3.85%，主要原因是压减会议费。", "一次性项目结束", "压减会议费")]
    [InlineData("2025年度财政拨款收入500.00万元，较上年增加50.00万元，主要原因是一是新增观测站点，二是人员增加；"
        + "财政拨款支出500.00万元，较上年增加40.00万元，主要原因是一是站点运维支出增加，二是人员经费增加。", "新增观测站点", "站点运维支出增加")]
    public void IncomeAndExpenditureChanges_EachTakeTheirReason(string paragraph, string incomeReason, string expenditureReason)
    {
        var (read, diagnostics) = TextReading.Read(Title + "三、财政拨款收入支出决算总体情况说明\n\n" + paragraph + "\n");

        Assert.Equal("500.00", At(read, "/narrative/appropriation/currentYearIncome/amount"));
        Assert.Equal("500.00", At(read, "/narrative/appropriation/currentYearExpenditure/amount"));
        // The income change is the paragraph's (the 财政拨款 statement's own change), the expenditure's its member's.
        Assert.Contains(incomeReason, At(read, "/narrative/appropriation/change/reason") ?? "(none)");
        Assert.Contains(expenditureReason, At(read, "/narrative/appropriation/currentYearExpenditure/change/reason") ?? "(none)");
        Assert.DoesNotContain(TextReading.RuleIds(diagnostics, Severity.Warning), id => id == "FA2106");
        Assert.Empty(TextReading.Errors(diagnostics));
    }
}
