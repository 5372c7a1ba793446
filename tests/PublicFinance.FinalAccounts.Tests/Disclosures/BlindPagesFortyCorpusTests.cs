using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-40 blind test's ten invented 说明 (<c>TestData/blind-pages-40</c>, each with a <c>.truth.md</c>; four carry one
/// planted error in the text itself), checked by <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's
/// own figures call for, the truth's figures found not below the pinned floor, no finding printing a record, and the planted
/// errors reported as listed; and here the rule, severity and pointer of t08's planted Error (the one text whose only Error
/// is its planted one).
/// </summary>
public class BlindPagesFortyCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesFortyCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them; t05's
    /// 元 report counted as written), pinned at the count reached on session 42's merged main (2d72d11) and raised on session
    /// 43's (t01 89, t02 42, t04 42, t06 55, t07 34, t08 84: table columns by header, share lists, the 三公 budget breakdown,
    /// per-fund carry-overs) and on session 44's (507/536: t01 91, t02 44, t04 44, t06 57, t07 41, t08 87, t10 44 — functional
    /// lists led by a fund, a fund's 基本支出 split, fund shares, grade counts and the average score).
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 93,
        ["t02"] = 44,
        ["t03"] = 51,
        ["t04"] = 46,
        ["t05"] = 24,
        ["t06"] = 60,
        ["t07"] = 41,
        ["t08"] = 90,
        ["t09"] = 25,
        ["t10"] = 44,
    };

    /// <summary>
    /// The Errors each text's figures raise today, by text; a text absent is clean (no Error). Planted (true): t01's 本年支出合计
    /// in section 三 (FA1203: 3829.80 against 2987.14 + 905.66 = 3892.80), t03's 本年收入合计 (FA1202: 4251.53 against the five
    /// sources' 4241.53), t05's 三公 total in 元 (FA8006: 25855.50 against 18640.00 + 6215.50 = 24855.50) and t08's 防汛（项）
    /// 完成年初预算的 (FA2201: 341.80 / 300.00 = 113.93 %, stated 103.93 %). **The tester's placeholders (true as written, not
    /// misreadings):** FA8001 on XX镇 (t04 ×2), XX旗 (t05) and ××市 (t07 ×3, two of them in the 上一篇/下一篇 links). **Fixed in
    /// session 43 (false, no longer raised):** t06's FA1207 (a 三公 budget breakdown, 年初预算…其中…公务用车购置及运行维护费 5.00,
    /// read as the actual vehicle subtotal: ThreePublicBudgetBreakdowns); t06's FA2004 and FA8003 ×3 (占…的比重分别为 after a list
    /// of four classes, the four shares put on the last class: ShareListWordings); t07's FA8003 ×6 (a space-aligned 三公 table
    /// inside a one-line page, its 上年 and 增减额 columns read as restatements of the 本年 figure: InlineSpaceTable).
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t01"] = ["FA1203"],
        ["t03"] = ["FA1202"],
        ["t04"] = ["FA8001", "FA8001"],
        ["t05"] = ["FA8001", "FA8006"],
        ["t07"] = ["FA8001", "FA8001", "FA8001"],
        ["t08"] = ["FA2201"],
    };

    /// <summary>
    /// The planted errors (true text → planted text) named by an Error or a Warning: t01's expenditure total, t03's income
    /// total, t05's 三公 total and t08's completion rate. (t06's rounding-sized 1309.29 for 1309.30 is an Info, FA1205: no row.)
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t01", "3892.80", "3829.80", true },
        { "t03", "4241.53", "4251.53", true },
        { "t05", "24855.50", "25855.50", true },
        { "t08", "113.93", "103.93", true },
    };

    /// <summary>The round: its folder (ten texts, 4 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-40", 10, 4, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t08's one Error is its planted completion rate, on the 防汛（项） item's 年初预算 basis.</summary>
    [Fact]
    public void PlantedError_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t08", "FA2201 /narrative/generalBudget/items/3/budget/completionRate");
}
