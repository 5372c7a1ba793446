using FsCheck;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 43 (issue 8, reasons): a reason sentence made of clauses, each headed by the figure it explains and its direction
/// (<c>收入增加的主要原因是A；基本支出增加主要是B，项目支出增加主要是C。</c>), after a comparison table or a sentence of totals,
/// gives each clause to the change it names — never the whole sentence to the change read last (before: the income's reason on
/// the expenditure total, and the rows' changes with none: false FA2106 Warnings). A head whose direction contradicts its
/// figure's change, or that may be two figures, attaches nothing. Invented texts of our own wording.
/// </summary>
public class NamedReasonClausesSessionFortyThreeTests
{
    private const string Head = "某局2023年度部门决算说明\n二、收入支出决算总体情况说明\n本部门2023年度收入、支出与上年对比情况如下表（单位：万元）：\n"
        + "项目\t上年数\t本年数\t增减额\t增减率\n"
        + "财政拨款收入\t2000.00\t2300.00\t300.00\t15.00%\n"
        + "其他收入\t100.00\t80.00\t-20.00\t-20.00%\n"
        + "本年收入合计\t2100.00\t2380.00\t280.00\t13.33%\n"
        + "基本支出\t900.00\t950.00\t50.00\t5.56%\n"
        + "项目支出\t1150.00\t1400.00\t250.00\t21.74%\n"
        + "本年支出合计\t2050.00\t2350.00\t300.00\t14.63%\n\n"
        + "2023年本年收入合计2380.00万元，本年支出合计2350.00万元。";

    private const string Reasons = "收入增加的主要原因是水利建设项目资金增加；基本支出增加主要是新增编制人员，项目支出增加主要是防汛工程集中实施。\n";

    private static string ReasonOf(PublicFinance.FinalAccounts.Disclosures.DisclosureReadResult read, string figure)
        => JsonAt(read, "/narrative/" + figure + "/change/reason") ?? string.Empty;

    /// <summary>Each clause goes to the change its head names; the expenditure total, named by none, has no reason.</summary>
    [Fact]
    public void EachNamedClause_GoesToItsChange()
    {
        var (read, diagnostics) = Read(Head + Reasons);

        Assert.Equal("水利建设项目资金增加", ReasonOf(read, "overall/currentYearIncome"));
        Assert.Equal("新增编制人员", ReasonOf(read, "expenditure/basic"));
        Assert.StartsWith("防汛工程集中实施", ReasonOf(read, "expenditure/project"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, ReasonOf(read, "overall/currentYearExpenditure"));
        Assert.Empty(RuleIds(diagnostics, Severity.Error));
    }

    /// <summary>The same in prose (no table): 收入 and 支出 heads after a sentence of both changes.</summary>
    [Fact]
    public void FlowHeads_InProse_GoToTheirFlows()
    {
        var (read, _) = Read("某局2023年度部门决算说明\n一、收入支出决算总体情况说明\n2023年度本年收入1200.00万元，比上年增加100.00万元，"
            + "增长9.09%；本年支出1180.00万元，比上年增加80.00万元，增长7.27%。收入增加的主要原因是上级补助增加；支出增加主要是办案经费增加。\n");

        Assert.Equal("上级补助增加", ReasonOf(read, "overall/currentYearIncome"));
        Assert.StartsWith("办案经费增加", ReasonOf(read, "overall/currentYearExpenditure"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Near miss: a head whose direction contradicts its figure's change (基本支出减少 when it rose) attaches to nothing —
    /// neither to 基本支出 nor to the change read before it.
    /// </summary>
    [Fact]
    public void AHeadAgainstItsChange_AttachesNothing()
    {
        var (read, _) = Read(Head + "收入增加的主要原因是水利建设项目资金增加；基本支出减少主要是退休人员减少。\n");

        Assert.Equal("水利建设项目资金增加", ReasonOf(read, "overall/currentYearIncome"));
        Assert.Equal(string.Empty, ReasonOf(read, "expenditure/basic"));
        Assert.Equal(string.Empty, ReasonOf(read, "overall/currentYearExpenditure"));
    }

    /// <summary>
    /// Property: the order of the named clauses does not matter — each change gets its own clause's reason whatever the order.
    /// </summary>
    [Property(MaxTest = 12)]
    public bool ClauseOrder_DoesNotMatter(bool incomeFirst, bool basicFirst)
    {
        var income = "收入增加的主要原因是水利建设项目资金增加";
        var basic = "基本支出增加主要是新增编制人员";
        var project = "项目支出增加主要是防汛工程集中实施";
        var (first, second) = basicFirst ? (basic, project) : (project, basic);
        var text = incomeFirst ? $"{income}；{first}，{second}。\n" : $"{first}，{second}；{income}。\n";
        var (read, _) = Read(Head + text);

        return ReasonOf(read, "overall/currentYearIncome").StartsWith("水利建设项目资金增加", StringComparison.Ordinal)
            && ReasonOf(read, "expenditure/basic").StartsWith("新增编制人员", StringComparison.Ordinal)
            && ReasonOf(read, "expenditure/project").StartsWith("防汛工程集中实施", StringComparison.Ordinal);
    }

    private const string ThreePublicTable = "某局2021年度部门决算说明\n六、“三公”经费财政拨款支出决算情况说明\n"
        + "2021年度“三公”经费财政拨款支出情况如下（单位：万元）：\n项目    本年决算    上年决算    增减额    增减率\n"
        + "合计    10.00    11.00    -1.00    -9.09%\n公务用车运行维护费    7.00    8.50    -1.50    -17.65%\n"
        + "公务接待费    3.00    2.50    0.50    20.00%\n";

    private const string ReasonNote = "A reason was found without a change";

    /// <summary>
    /// A reason after a table, headed by a row's figure (<c>公务用车运行维护费减少的原因是…</c>): the table reader places its rows
    /// after the narrative, so the reason waits for them and then goes to that row's change — only when the row's change goes
    /// the way the head says; otherwise it is the note it was (and the row still warns, FA2106).
    /// </summary>
    [Theory]
    [InlineData("公务用车运行维护费减少的原因是两辆执法用车报废，燃修费用下降。", true)]
    [InlineData("公务用车运行维护费增加的原因是新购车辆保险费用。", false)]
    public void AReasonAfterATable_WaitsForItsRow(string sentence, bool attached)
    {
        var (read, diagnostics) = Read(ThreePublicTable + sentence + "\n");

        var reason = ReasonOf(read, "threePublic/vehicleOperation");
        Assert.Equal(attached, reason.Length > 0);
        Assert.Equal(attached ? 0 : 1, read.Notes.Count(n => n.MessageEn.StartsWith(ReasonNote, StringComparison.Ordinal)));
        Assert.Equal(!attached, Of(diagnostics, Severity.Warning).Contains("FA2106 /narrative/threePublic/vehicleOperation/change"));
    }

    /// <summary>A head naming a figure that no table or sentence states a change of stays a note, as before.</summary>
    [Fact]
    public void AHeadNoTableStates_StaysANote()
    {
        var (read, _) = Read(ThreePublicTable + "因公出国（境）费减少的原因是暂停出访计划。\n");

        Assert.Equal(string.Empty, ReasonOf(read, "threePublic/overseasTravel"));
        Assert.Equal(1, read.Notes.Count(n => n.MessageEn.StartsWith(ReasonNote, StringComparison.Ordinal)));
    }
}
