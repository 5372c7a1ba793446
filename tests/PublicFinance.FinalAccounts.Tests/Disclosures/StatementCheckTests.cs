using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Typed statements and the checks between them (issue 8), each from an invented text: 财政拨款 against its fund parts
/// (income, expenditure and changes kept apart, a fund word inside a reason ignored), a completion rate against the
/// budget difference, "与预算相比无变化" against a budget stated elsewhere, and the 三公 total with a derived vehicle subtotal.
/// </summary>
public class StatementCheckTests
{
    private static Amount A(string s) => Amount.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static Diagnostic[] Findings(DisclosureReadResult r, RuleDescriptor rule) =>
        [.. r.TextFindings.Where(f => f.RuleId == rule.Id)];

    private const string AppropriationHeading = "某县林业局2022年度部门决算说明\n四、财政拨款收入支出决算总体情况说明\n";

    /// <summary>An invented 财政拨款 section: the total's sentence carries a reason that names 一般公共预算 funds.</summary>
    private static string Appropriation(string generalExpenditure, string fundExpenditure, string totalChange, string stateCapital = "") =>
        AppropriationHeading +
        "本部门2022年度财政拨款本年收入620.00万元，比上年增加50.00万元，增长8.77%，主要是项目增加。同时减少了使用一般公共预算安排的会议费；"
        + "本年支出600.00万元，比上年增加" + totalChange + "万元，增长9.09%，主要是项目增加。\n" +
        "一般公共预算财政拨款本年收入420.00万元，比上年增加30.00万元；本年支出" + generalExpenditure + "万元，比上年增加30.00万元，增长8.11%，主要是人员经费增加。\n" +
        "政府性基金预算财政拨款本年收入200.00万元，比上年增加20.00万元，增长11.11%，主要原因是12345项目开展；本年支出" + fundExpenditure + "万元，比上年增加20.00万元，增长11.76%。\n" +
        stateCapital;

    [Fact]
    public void FundParts_ThatAddUp_GiveNoFindingAndNoConflict()
    {
        // 620.00 = 420.00 + 200.00; 600.00 = 400.00 + 200.00; changes 50 = 30 + 20 (income and expenditure alike).
        var r = DisclosureReader.Read(Appropriation("400.00", "200.00", "50.00"));
        Assert.Empty(Findings(r, TextRules.PartsSum));
        Assert.Empty(Findings(r, TextRules.Conflict));   // 一般公共预算 and 政府性基金 figures are other figures, not restatements
        Assert.Equal(A("600.00"), r.Report.Narrative!.Appropriation!.CurrentYearExpenditure!.Amount);
    }

    [Fact]
    public void FundParts_ThatDisagree_AreAWarningWhenTheStateCapitalPartIsNotStated()
    {
        // Expenditure: 390.5 + 200.00 = 590.50, not 600.00 (gap 9.50, far beyond rounding) — a 国有资本经营 part could
        // explain it, so a Warning. Income (620.00 = 420.00 + 200.00) and the changes (50 = 30 + 20) agree.
        var r = DisclosureReader.Read(Appropriation("390.5", "200.00", "50.00"));
        var f = Assert.Single(Findings(r, TextRules.PartsSum));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("600.00", f.MessageZh);
        Assert.Contains("390.5 + 200.00 = 590.50", f.MessageZh);
        Assert.Empty(Findings(r, TextRules.Conflict));
    }

    [Fact]
    public void FundParts_WithinRounding_AreNotReported()
    {
        // 399.9 + 200.05 = 599.95; 600.00 − 599.95 = 0.05 ≤ ½ unit of each figure (0.005 + 0.05 + 0.005 = 0.06).
        var r = DisclosureReader.Read(Appropriation("399.9", "200.05", "50.00"));
        Assert.Empty(Findings(r, TextRules.PartsSum));
    }

    [Fact]
    public void ChangeParts_AreComparedWithinTheirFlow()
    {
        // Expenditure change 65.00 against 30.00 + 20.00 = 50.00; the income change (50 = 30 + 20) is not involved.
        var r = DisclosureReader.Read(Appropriation("400.00", "200.00", "65.00"));
        var f = Assert.Single(Findings(r, TextRules.PartsSum));
        Assert.Contains("65.00", f.MessageZh);
        Assert.Contains("30.00 + 20.00 = 50.00", f.MessageZh);
        Assert.Contains("本年支出比上年增减额", f.MessageZh);
    }

    [Fact]
    public void FundParts_WithEveryPartStated_AreAnError()
    {
        // 390.00 + 200.00 + 0.00 = 590.00 ≠ 600.00: every part is stated, so nothing can explain the gap of 10.00.
        var r = DisclosureReader.Read(Appropriation("390.00", "200.00", "50.00", "国有资本经营预算财政拨款本年收入0.00万元；本年支出0.00万元。\n"));
        var f = Assert.Single(Findings(r, TextRules.PartsSum), d => d.MessageZh.Contains("本年支出 600.00"));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Theory]
    [InlineData("90", true)]    // 800 / (800 + 200) = 80%: 90% is wrong
    [InlineData("80", false)]
    [InlineData("80.00", false)]
    public void CompletionRate_IsCheckedAgainstTheBudgetDifference(string rate, bool reported)
    {
        var r = DisclosureReader.Read(AppropriationHeading +
            "本部门2022年度财政拨款本年收入800.00万元，完成年初预算的" + rate + "%，比年初预算减少200.00万元，决算数小于预算数的主要原因是项目延后。\n");
        var found = Findings(r, TextRules.CompletionRate);
        Assert.Equal(reported, found.Length == 1);
        if (reported)
        {
            Assert.Contains("800.00 / 1000.00", found[0].MessageZh);
        }
    }

    [Theory]
    [InlineData("84", false)]   // 800 / 950 = 84.21%: rounded 84
    [InlineData("84.2", false)]
    [InlineData("85", true)]    // neither rounded (84) nor truncated (84)
    public void CompletionRate_AllowsRoundingAndTruncationOnly(string rate, bool reported)
    {
        var r = DisclosureReader.Read(AppropriationHeading +
            "本部门2022年度财政拨款本年支出800.00万元，完成年初预算的" + rate + "%，比年初预算减少150.00万元。\n");
        Assert.Equal(reported, Findings(r, TextRules.CompletionRate).Length == 1);
    }

    private const string ThreePublicTitle = "某县水利局2022年度“三公”经费决算情况说明\n";

    [Theory]
    [InlineData("与2022年度预算相比无变化")]
    [InlineData("与年初预算相比，无增减")]
    [InlineData("與2022年度預算相比無增減")]
    public void UnchangedAgainstTheBudget_IsABudgetRelation_CheckedAgainstTheStatedBudget(string wording)
    {
        // The budget 6.00 is stated in one sentence, the final 2.00 "unchanged against the budget" in another: 2.00 ≠ 6.00.
        var r = DisclosureReader.Read(ThreePublicTitle +
            "公务用车购置及运行维护费预算数为6.00万元。\n" +
            "公务用车购置及运行维护费支出2.00万元，" + wording + "。\n");
        var vehicles = r.Report.Narrative!.ThreePublic!.VehiclesSubtotal!;
        Assert.Equal(A("2.00"), vehicles.Amount);
        Assert.Equal(BudgetRelation.FinalEqualsBudget, vehicles.Budget!.Relation);
        Assert.Equal(A("6.00"), vehicles.Budget.BudgetAmount);
        Assert.Contains(
            Validator.Default.Validate(r.Report, r.Sources).Diagnostics, d => d.RuleId == "FA2203" && d.Severity == Severity.Error);
    }

    [Fact]
    public void ThreePublicTotal_WithBothVehicleParts_IsCheckedWithADerivedSubtotal()
    {
        // No vehicle subtotal is stated; derived 3.00 + 3.50 = 6.50; 1.00 + 2.00 + 6.50 = 9.50 ≠ 10.00 — every part stated: Error.
        var r = DisclosureReader.Read(ThreePublicTitle +
            "2022年度“三公”经费支出合计10.00万元，其中：因公出国（境）费1.00万元，公务接待费2.00万元，公务用车购置费3.00万元，公务用车运行维护费3.50万元。\n");
        Assert.Null(r.Report.Narrative!.ThreePublic!.VehiclesSubtotal);   // derived for the check only, never placed
        var f = Assert.Single(Findings(r, TextRules.PartsSum));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("9.50", f.MessageZh);
        Assert.Contains("推得", f.MessageZh);
    }

    [Theory]
    [InlineData("6.50", "Warning")]   // 1 + 2 + 6.50 = 9.50 < 10.00: an unstated purchase could be 0.50
    [InlineData("7.50", "Error")]     // 1 + 2 + 7.50 = 10.50 > 10.00: no purchase (never negative) explains it
    [InlineData("7.00", null)]        // 1 + 2 + 7.00 = 10.00: agrees
    public void ThreePublicTotal_WithOnlyTheOperationStated(string operation, string? severity)
    {
        var r = DisclosureReader.Read(ThreePublicTitle +
            "2022年度“三公”经费支出合计10.00万元，其中：公务接待费2.00万元，公务用车运行维护费" + operation + "万元，因公出国（境）费1.00万元。\n");
        var found = Findings(r, TextRules.PartsSum);
        if (severity is null)
        {
            Assert.Empty(found);
            return;
        }

        Assert.Equal(severity, Assert.Single(found).Severity.ToString());
    }

    [Fact]
    public void ThreePublicChange_IsCheckedAgainstTheItemChanges_AsAWarning()
    {
        // Total +1.00; 接待 −0.20 and 运行 +0.90 give 0.70; 出国 spent 0 and states no change. A Warning (unstated parts).
        var r = DisclosureReader.Read(ThreePublicTitle +
            "2022年度“三公”经费支出合计10.00万元，其中：公务接待费2.00万元，公务用车运行维护费8.00万元，因公出国（境）费0万元。" +
            "“三公”经费支出较上年增加1.00万元，其中：公务接待费减少0.20万元，公务用车运行维护费增加0.90万元。\n");
        var f = Assert.Single(Findings(r, TextRules.PartsSum));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("1.00", f.MessageZh);
        Assert.Contains("0.70", f.MessageZh);
    }
}
