using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-60 blind test's ten invented 说明 (<c>TestData/blind-pages-60</c>, each with a <c>.truth.md</c>, and the tester's
/// generators in <c>gen/</c>; five carry one planted error in the text itself, each a changed number), checked by
/// <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's own figures call for, the truth's figures found
/// not below the pinned floor, no finding printing a record, and the planted errors reported as listed; and here the rule
/// and pointer of the planted Errors of t02 and t07, and the Warning naming t05's planted part.
/// </summary>
public class BlindPagesSixtyCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesSixtyCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them), pinned
    /// at the base 9ce19a51 (main's head), where the tester scored the round at 433/562 by <c>score-corpus</c>.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 88,   // session 63 (fix60): the 三公 prose after the table titled …决算表 (上年, 完成预算, changes, 批次/人次)
        ["t02"] = 45,
        ["t03"] = 34,
        ["t04"] = 35,
        ["t05"] = 43,
        ["t06"] = 25,
        ["t07"] = 80,   // session 64 (perf64): the `|` table introduced by its project, its 预算执行率 row
        ["t08"] = 21,
        ["t09"] = 58,   // session 64: merged head
        ["t10"] = 54,   // session 64 (perf64): the space-aligned 部门整体支出绩效自评表
    };

    /// <summary>
    /// The Errors each text's figures raise at the base, by text; a text absent raises no Error. All three are true: t02's
    /// 财政拨款收入 share (FA2001, planted: `占94.34%` for 400.44 / 424.04 = 94.43%; a web page scraped into one line), t07's
    /// 一般公共预算财政拨款支出 增长率 (FA2104, planted: `增长4.80%` for 133.26 / 3262.40 = 4.08%; a long 说明) and t09's 政府采购
    /// total (FA4101, `声明 134.22，各项合计 131.52`: the planted 服务 72.54 for 134.22 − 46.38 − 12.60 = 75.24 — the Error names
    /// the total and the sum, not the planted part). No false Error at the base. t05's planted 公务用车运行维护费 (3.49 for 3.94)
    /// is named by a Warning (FA8006, `“三公”经费合计 4.68 万元不等于各项之和 … 3.49 = 4.23`); t04's planted completion rate is
    /// not found; the clean texts t01, t03, t06, t08 and t10 raise no Error.
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t02"] = ["FA2001"],
        ["t07"] = ["FA2104"],
        ["t09"] = ["FA4101"],
    };

    /// <summary>
    /// The planted errors (true figure → planted figure) and whether an Error or a Warning names the planted figure at the
    /// base. Not named at the base: t04's 项 line `完成年初预算的85.92%` (286,450.00 / 320,000.00 = 89.52%; the line met the table
    /// row's 89.52 as a figure of another kind — named since session 63 by FA8008, table against text) and t09's 政府采购服务支出
    /// 72.54 (134.22 − 46.38 − 12.60 = 75.24: FA4101 finds the gap of 2.70 but names the total 134.22 and the sum 131.52).
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t02", "94.43", "94.34", true },
        { "t04", "89.52", "85.92", true },   // session 63 (fix60): FA8008, the table's 89.52 against the 项 line's 85.92
        { "t05", "3.94", "3.49", true },
        { "t07", "4.08", "4.80", true },
        { "t09", "75.24", "72.54", false },
    };

    /// <summary>The round: its folder (ten texts, 5 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-60", 10, 5, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t02's one Error is its planted 财政拨款收入 share (94.34% stated, 400.44 / 424.04 = 94.43%; a one-line page).</summary>
    [Fact]
    public void PlantedIncomeShare_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t02", "FA2001 /narrative/income/fiscalAppropriation/share");

    /// <summary>t07's one Error is its planted 财政拨款支出 增长率 (4.80% stated, 133.26 / 3262.40 = 4.08%).</summary>
    [Fact]
    public void PlantedAppropriationRate_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t07", "FA2104 /narrative/generalBudget/total/change/rate");

    /// <summary>
    /// t05's planted 公务用车运行维护费 (3.49 printed for 4.68 − 0.74 = 3.94) is named by the 三公 sum check FA8006 (a Warning
    /// at the base: the 三公 合计 4.68 against 0.74 + 3.49 = 4.23).
    /// </summary>
    [Fact]
    public void PlantedVehicleOperation_IsNamedByTheThreePublicSum()
    {
        var text = File.ReadAllText(Path.Combine(Round.FolderPath, "t05.txt"));
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(text, "t05");
        var sum = Assert.Single(diagnostics, d => d.RuleId == "FA8006");
        Assert.Contains("3.49", sum.MessageZh, StringComparison.Ordinal);
        Assert.Contains("4.68", sum.MessageZh, StringComparison.Ordinal);
    }
}
