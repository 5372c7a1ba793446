using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-47 blind test's ten invented 说明 (<c>TestData/blind-pages-47</c>, each with a <c>.truth.md</c>; four carry one
/// planted error in the text itself), checked by <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's
/// own figures call for, the truth's figures found not below the pinned floor, no finding printing a record, and the planted
/// errors reported as listed; and here the rule and pointer of t08's planted Error (a text whose only Error is its planted one).
/// </summary>
public class BlindPagesFortySevenCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesFortySevenCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them), pinned
    /// at the round47 branch (session 50; the base 55b2145 scored 482/766 by <c>score-corpus</c>, the branch 489/766: t04 65 → 72).
    /// Session 51: t02 29 → 49 at tables51 (its 增减变化 tables' rows, prior years and changes) and → 51 at lists51 (bare list
    /// members); t05 28 → 50 and t08 52 → 80 (lists51: numbered <c>名称（代码）：</c> item lines), t09 41 → 47 (lists51: bracketed
    /// shares, 执行率 after two budgets), t07 5 → 43 (perf51: the indicator lines and the overview heading).
    /// Session 56, re-pinned at the merged head: t05 50 → 57, t06 64 → 70 (tables56: its 附表5 CSV table; priors56: stated prior-year
    /// figures).
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 79,
        ["t02"] = 69,   // session 63: 51 → 69 measured at the merged head
        ["t03"] = 132,   // session 61 (tbl61): the full-width-space 项 table with the prior year and the change
        ["t04"] = 81,   // session 62 (prose62): Arabic-numbered run-in headings "（N）…情况。" (was 73, prose61)
        ["t05"] = 57,
        ["t06"] = 70,
        ["t07"] = 43,
        ["t08"] = 80,
        ["t09"] = 47,
        ["t10"] = 49,
    };

    /// <summary>
    /// The Errors each text's figures raise today, by text; a text absent is clean (no Error). Planted (true): t04's 项目支出
    /// share (FA2002: 32.87 % for 32.78 %) and t08's 基本支出 (FA1206: 2347.05 for 2086.53 + 287.52 = 2374.05). **Fixed in
    /// session 50 (false, no longer an Error):** t01 and t03 FA2104 (the 财政拨款 change, labelled 财政拨款支出, was divided by the
    /// grand total less the change; it is now the stated 本年财政拨款支出's) and t04 FA1208 (`【十一】其他重要事项` was no heading,
    /// and the procurement total was read as 国有资本经营 spending). **Fixed in session 51:** t02 FA2105 ×3 and FA8003 ×4
    /// (tables51: the 合计 row of the 功能分类 增减变化 table read as the 三公 total; `（2.56）` read as an increase) — its one Error
    /// is now the planted 项目支出 增减率 (FA2104: −16.56 % for −15.66 %); t09 FA2203 (lists51: a general `小于` sentence applied
    /// to an item above its budget; GeneralRelationSentences).
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t02"] = ["FA2104"],
        ["t04"] = ["FA2002"],
        ["t08"] = ["FA1206"],
    };

    /// <summary>
    /// The planted errors (true text → planted text) named by an Error or a Warning: t04's 项目支出 share, t08's 基本支出 and (session
    /// 51) t02's 项目支出 增减率 in its 增减变化 table (−15.66 % written −16.56 %: FA2104). Not named:
    /// t06's 大气 item (the CSV 附表5 has 462.50, the prose 426.50; the CSV rows are not read).
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t02", "15.66", "16.56", true },
        { "t04", "32.78", "32.87", true },
        { "t06", "462.50", "426.50", false },
        { "t08", "2374.05", "2347.05", true },
    };

    /// <summary>The round: its folder (ten texts, 4 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-47", 10, 4, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t08's one Error is its planted 基本支出.</summary>
    [Fact]
    public void PlantedError_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t08", "FA1206 " + PlantedPointer);

    private const string PlantedPointer = "/narrative/basicExpenditure/total/amount";
}
