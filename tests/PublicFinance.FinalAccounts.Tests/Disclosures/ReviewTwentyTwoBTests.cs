using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The reader's part of the outside review of session 22 (revfixb), with invented texts: a 款 and its 项 counted twice in a
/// partial-list decision (bug 1), a part of the SME contracts read as their total (bug 2, blind family r07), and an empty
/// <c>"threePublic": {}</c> left in the narrative when every 三公 figure was the table's (remark).
/// </summary>
public class ReviewTwentyTwoBTests
{
    private const string Budget = "某县某局2024年度部门决算说明\n一、一般公共预算财政拨款支出决算情况\n";

    private static Diagnostic[] Errors(List<Diagnostic> diagnostics)
        => [.. diagnostics.Where(d => d.Severity == Severity.Error)];

    /// <summary>
    /// A 类 (100.00) with one 款 (60.00) and that 款's 项 (60.00): one level per class counts the 项 only, 60.00 &lt; 100.00,
    /// so the list is partial — its entries become notes and FA1205 has nothing to compare. Before: the 款 and the 项 were
    /// both summed (120.00 &gt; 100.00, an over-sum, kept) and FA1205 said "items sum to 120.00", a false Error.
    /// </summary>
    [Theory]
    [InlineData("一般公共服务支出（类）100.00万元。人大事务（20101）60.00万元。行政运行（2010101）60.00万元。")]
    [InlineData("教育支出（类）100.00万元。普通教育（20502）60.00万元。小学教育（2050202）60.00万元。")]
    public void AKuanAndItsXiang_AreNotSummedTwice(string paragraph)
    {
        var (read, diagnostics) = Read(Budget + paragraph + "\n");
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA1205" && d.Severity == Severity.Error);
        Assert.Empty(Errors(diagnostics));
        Assert.Empty(read.Report.Narrative?.GeneralBudget?.Items ?? []);
    }

    /// <summary>
    /// The complete list of one level: 款 20101 60.00 (its 项 2010101 60.00) + 款 20102 40.00 = 100.00 = the 类, so the list
    /// stays (three entries) and FA1205 passes. An over-sum of the one level (项 70.00 + 款 40.00 = 110.00 &gt; 100.00) stays an
    /// Error — the rule can fail.
    /// </summary>
    [Theory]
    [InlineData("60.00", false)]
    [InlineData("70.00", true)]
    public void OneLevelPerClass_IsCompared(string xiang, bool error)
    {
        var (read, diagnostics) = Read(Budget + "一般公共服务支出（类）100.00万元。人大事务（20101）" + xiang + "万元。行政运行（2010101）"
            + xiang + "万元。政协事务（20102）40.00万元。\n");
        Assert.Equal(3, read.Report.Narrative?.GeneralBudget?.Items.Count);
        Assert.Equal(error, diagnostics.Any(d => d.RuleId == "FA1205" && d.Severity == Severity.Error));
    }

    private const string Procurement = "某县某局2024年度部门决算说明\n（二）政府采购支出情况\n";

    /// <summary>
    /// Family r07: the SME total (820.00) is followed by its breakdown into the reserved projects and the other projects'
    /// contracts (500.00 + 320.00 = 820.00). The other projects' part is a note, never the total: the total stays 820.00 and
    /// no FA8003 ("320.00 here, 820.00 before"). Before the fix the part was read as a second SME total (FA8003, an Error).
    /// </summary>
    [Theory]
    [InlineData("面向中小企业预留项目合同金额500.00万元，其他项目中授予中小企业合同金额320.00万元。")]
    [InlineData("其中预留给中小企业的项目合同金额500.00万元；其他项目中授予中小企业的合同金额320.00万元。")]
    [InlineData("其他项目中授予中小企业合同金额320.00万元。")]
    public void TheSmeBreakdown_IsNotTheSmeTotal(string breakdown)
    {
        var (read, diagnostics) = Read(Procurement + "本部门2024年度政府采购支出总额1000.00万元，其中：政府采购货物支出400.00万元；"
            + "政府采购工程支出300.00万元；政府采购服务支出300.00万元。授予中小企业合同金额820.00万元，占政府采购支出总额的82.00%，"
            + "其中：授予小微企业合同金额500.00万元，占政府采购支出总额的50.00%。" + breakdown + "\n");
        Assert.Equal("820.00", read.Report.Narrative?.Procurement?.SmeContracts?.Amount.ToString());
        Assert.DoesNotContain(diagnostics, d => d.RuleId == "FA8003");
        Assert.Empty(Errors(diagnostics));
        Assert.Contains(read.Notes, n => n.MessageEn.StartsWith("A procurement breakdown amount", StringComparison.Ordinal)
            && n.MessageZh.Contains("其他项目", StringComparison.Ordinal));
    }

    /// <summary>
    /// A titled 三公 table inside a 说明 whose narrative states no 三公 figure of its own: every figure the narrative's table
    /// reader read is the table's, so the narrative keeps no 三公 statement at all — no empty <c>"threePublic": {}</c>.
    /// </summary>
    [Fact]
    public void EveryThreePublicFigureTheTables_LeavesNoEmptyStatement()
    {
        var text = "某县某局2024年度部门决算\n表七 财政拨款“三公”经费支出决算表\n单位：万元\n| 项目 | 预算数 | 决算数 |\n"
            + "| 合计 | 30.00 | 26.00 |\n| 1、因公出国（境）费 | 0.00 | 0.00 |\n| 2、公务用车购置及运行费 | 20.00 | 18.00 |\n"
            + "| 其中：公务用车购置费 | 0.00 | 0.00 |\n|       公务用车运行费 | 20.00 | 18.00 |\n| 3、公务接待费 | 10.00 | 8.00 |\n"
            + "第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况\n2024年度收入总计200.00万元，支出总计200.00万元。\n";
        var (report, _) = BlindCompleteCorpusTests.Check(text, "echo");
        Assert.NotNull(report.Tables?.ThreePublic);
        Assert.Null(report.Narrative?.ThreePublic);
    }
}
