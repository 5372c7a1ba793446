using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A reason that names both flows (收支共用原因, issue 8): after an income change and an expenditure change stated in two
/// sentences, "收支增加的主要原因是…" explains both; a bare "主要原因是…" after the second that names one side explains the second
/// only (the first keeps FA2106's Warning). Invented texts: 本年收入合计 1100.00 (+100.00 on 1000.00, 10.00 %), 本年支出合计
/// 1050.00 (+50.00 on 1000.00, 5.00 %), so no rate is wrong.
/// </summary>
public class SharedFlowReasonTests
{
    private const string Head = "某县某局2024年度部门决算说明\n一、收入支出决算总体情况说明\n";
    private const string Income = "2024年度本年收入合计1100.00万元，较上年增加100.00万元，增长10.00%。";
    private const string Expenditure = "本年支出合计1050.00万元，较上年增加50.00万元，增长5.00%。";

    /// <summary>A lead naming both flows (收支, 收入和支出, 收入、支出) gives the reason to both changes; no FA2106.</summary>
    [Theory]
    [InlineData("收支增加的主要原因是人员增加。")]
    [InlineData("收入和支出均增加的主要原因是人员增加。")]
    [InlineData("收入、支出增长的主要原因是人员增加。")]
    public void ALeadNamingBothFlows_ExplainsBothChanges(string reason)
    {
        var (read, diagnostics) = Read(Head + Income + Expenditure + reason + "\n");
        var overall = read.Report.Narrative!.Overall!;
        Assert.Equal("人员增加。", overall.CurrentYearIncome!.Change!.Reason);
        Assert.Equal("人员增加。", overall.CurrentYearExpenditure!.Change!.Reason);
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA2106");
    }

    /// <summary>Near miss: a bare reason after the second sentence that names one side (支出) is the second change's only;
    /// the income change keeps no reason and its FA2106 Warning (precision first: the wording does not say it is shared).
    /// Session 46 (BareFlowReasons): one that names neither side, after two changes the same way and no other change in the
    /// paragraph, covers both (<c>BlindRoundFortyThreeSessionFortySixTests</c>).</summary>
    [Fact]
    public void ABareReasonAfterTheSecondSentence_IsTheSecondsOnly()
    {
        var (read, diagnostics) = Read(Head + Income + Expenditure + "主要原因是人员经费支出增加。\n");
        var overall = read.Report.Narrative!.Overall!;
        Assert.Null(overall.CurrentYearIncome!.Change!.Reason);
        Assert.Equal("人员经费支出增加。", overall.CurrentYearExpenditure!.Change!.Reason);
        Assert.Contains(diagnostics, d => d.RuleId == "FA2106");
    }

    /// <summary>Near miss: a lead whose direction (增加) contradicts the income change (减少) is not the income's reason.</summary>
    [Fact]
    public void ALeadWhoseDirectionContradicts_IsNotThatChangesReason()
    {
        var (read, _) = Read(Head + "2024年度本年收入合计900.00万元，较上年减少100.00万元，下降10.00%。" + Expenditure
            + "收支增加的主要原因是人员增加。\n");
        var overall = read.Report.Narrative!.Overall!;
        Assert.Null(overall.CurrentYearIncome!.Change!.Reason);
    }
}
