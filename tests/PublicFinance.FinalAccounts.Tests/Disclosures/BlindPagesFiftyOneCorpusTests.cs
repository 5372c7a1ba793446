using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-51 blind test's ten invented 说明 (<c>TestData/blind-pages-51</c>, each with a <c>.truth.md</c>, and the tester's
/// generators in <c>gen/</c>; five carry one planted error in the text itself), checked by
/// <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's own figures call for, the truth's figures found
/// not below the pinned floor, no finding printing a record, and the planted errors reported as listed; and here the rule
/// and pointer of t03's planted Error.
/// </summary>
public class BlindPagesFiftyOneCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesFiftyOneCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them), pinned
    /// at session 54's r51fix branch (the tester scored the base a3df8a2b at 461/783 by <c>score-corpus</c>, with 11 false
    /// Errors; r51fix 466/783 with none: t01 79 → 84, its △ rows of the 收支 table read as decreases). Session 55 (tables55):
    /// t10 46 → 86, its pandoc simple tables (the 项 table and the 三公 table) read. The coordinator re-pins after the merge.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 84,
        ["t02"] = 32,
        ["t03"] = 86,
        ["t04"] = 28,
        ["t05"] = 37,
        ["t06"] = 11,
        ["t07"] = 57,
        ["t08"] = 40,
        ["t09"] = 45,
        ["t10"] = 86,
    };

    /// <summary>
    /// The Errors each text's figures raise today, by text; a text absent is clean (no Error). Both true, both planted: t01's
    /// 本年支出合计 增减额 (FA2105: 116.87 stated, 1,321.30 − 1,204.52 = 116.78) and t03's 项目支出 share (FA2002: 91.26 % stated,
    /// 4,066.92 / 4,454.66 = 91.30 %). The base's 11 false Errors are gone since session 54 (r51fix): t01's and t09's 三公
    /// tables whose decreases are marked △ / ▼ (FA2104 ×6, FA2105 ×6: the marker was skipped, a decrease read as an increase)
    /// and t03's FA8003 (the first rate of "执行率低于95%的项目：…" put on the last 项 of the table above). Session 55: t10's
    /// planted 重大公共卫生服务 执行率 (FA2201: 98.82 % stated, 402.18 / 438.00 = 91.82 %), its pandoc 项 table now read.
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t01"] = ["FA2105"],
        ["t03"] = ["FA2002"],
        ["t10"] = ["FA2201"],
    };

    /// <summary>
    /// The planted errors (true text → planted text) named by an Error or a Warning. Not named: t06's 本年收入合计 (1,540.82 for
    /// 1,530.82: its bare numbers after 金额单位：万元（下同） are not read), t08's 一般公共服务支出 (624.62 in the prose for the
    /// one-line 表5's 642.62: the flattened table is not read). t10's 重大公共卫生服务 rate (98.82 % for 91.82 %) is named since
    /// session 55 (tables55), its pandoc simple table read.
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t01", "116.78", "116.87", true },
        { "t03", "91.30", "91.26", true },
        { "t06", "1530.82", "1540.82", false },
        { "t08", "642.62", "624.62", false },
        { "t10", "91.82", "98.82", true },
    };

    /// <summary>The round: its folder (ten texts, 5 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-51", 10, 5, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t03's one Error is its planted 项目支出 share.</summary>
    [Fact]
    public void PlantedError_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t03", "FA2002 /narrative/expenditure/project/share");
}
