using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-52 blind test's ten invented 说明 (<c>TestData/blind-pages-52</c>, each with a <c>.truth.md</c>, and the tester's
/// generators in <c>gen/</c>; five carry one planted error in the text itself), checked by
/// <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's own figures call for, the truth's figures found
/// not below the pinned floor, no finding printing a record, and the planted errors reported as listed; and here the rule
/// and pointer of t08's planted Error.
/// </summary>
public class BlindPagesFiftyTwoCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesFiftyTwoCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them), pinned
    /// at the base 82b978e2 of session 55, where the tester scored the round at 463/619 by <c>score-corpus</c> with no false
    /// Error.
    /// Session 56, re-pinned at the merged head: t02 38 → 63, t04 21 → 45, t05 66 → 68, t06 23 → 47, t09 36 → 50 (tables56: t02's CSV
    /// tables, t06's 绩效自评表; units56: t04 read in 元; priors56: t05's staff, t09's priors).
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 83,   // session 61 (perf61): 81 → 82, "其中困难职工帮扶项目自评得分93.5分" (the name after 其中) (session 63: 83 measured)
        ["t02"] = 63,
        ["t03"] = 78,   // session 61 (perf61): 77 → 78, "其中市级政务云运维项目得分92.6分" (the name after 其中)
        ["t04"] = 46,   // session 63: 45 → 46 measured at the merged head
        ["t05"] = 68,
        ["t06"] = 47,
        ["t07"] = 29,
        ["t08"] = 45,   // session 63: 44 → 45 measured at the merged head
        ["t09"] = 50,
        ["t10"] = 55,
    };

    /// <summary>
    /// The Errors each text's figures raise today, by text; a text absent is clean (no Error). Both true, both planted: t04's
    /// 本年支出合计 growth rate (FA2104: 6.85 % stated, (37,986,155.86 − 35,642,187.15) / 35,642,187.15 = 6.58 %) and t08's
    /// 一般公共服务支出 share (FA2004: 85.26 % stated, 289.37 / 350.48 = 82.56 %). Since session 56 (tables56), planted too:
    /// t02's CSV 表2 合计 基本支出 (FA1103: 1,030.74 in the table, 1,003.74 in the prose and the rows) and t06's 应急广播体系建设
    /// 执行率 (FA3004: 96.00 % stated, 236.60 / 260.00 = 91.00 %).
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t02"] = ["FA1103"],
        ["t04"] = ["FA2104"],
        ["t06"] = ["FA3004"],
        ["t08"] = ["FA2004"],
    };

    /// <summary>
    /// The planted errors (true text → planted text) named by an Error or a Warning. Named since session 56 (tables56): t02's
    /// 合计 row of the CSV 表2 (基本支出 1,030.74 for 1,003.74; FA1103 at the cell, the CSV rows read as tab rows by
    /// CsvTableLines), t06's 应急广播体系建设 执行率 (96.00 % for 236.60 / 260.00 = 91.00 %; FA3004, the full-width-space
    /// 绩效自评表 read by PerformanceRow's space split). t10's 行政运行 in
    /// the item prose (487.36 for the table's 478.36) is named since session 55 (r52fix): the quoted 类/款/项 line names the
    /// table row, whose amount is compared with the prose's (FA8008, NarrativeReader.QuotedLevelPaths.cs).
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t02", "1003.74", "1030.74", true },
        { "t04", "6.58", "6.85", true },
        { "t06", "91.00", "96.00", true },
        { "t08", "82.56", "85.26", true },
        { "t10", "478.36", "487.36", true },
    };

    /// <summary>The round: its folder (ten texts, 5 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-52", 10, 5, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t08's one Error is its planted 一般公共服务支出 share.</summary>
    [Fact]
    public void PlantedError_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t08", "FA2004 /narrative/generalBudget/classes/0/share");
}
