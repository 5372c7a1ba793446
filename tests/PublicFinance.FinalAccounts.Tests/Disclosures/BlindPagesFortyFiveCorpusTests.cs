using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-45 blind test's ten invented 说明 (<c>TestData/blind-pages-45</c>, each with a <c>.truth.md</c>; four carry one
/// planted error in the text itself), checked by <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's
/// own figures call for, the truth's figures found not below the pinned floor, no finding printing a record, and the planted
/// errors reported as listed; and here the rule and pointer of t08's planted Error (a text whose only Error is its planted one).
/// </summary>
public class BlindPagesFortyFiveCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesFortyFiveCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them), pinned
    /// at the round45 branch's final state (session 48; the base edaa3cd scored 459/596 by <c>score-corpus</c>); raised
    /// to the merged session-49 head (520/596: t01's 项 items under <c>5.3 具体使用情况</c>, t04's and t06's tables, t08's 项 table).
    /// Session 56, re-pinned at the merged head: t03 31 → 33 (priors56: stated prior-year figures).
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 58,   // session 58
        ["t02"] = 59,
        ["t03"] = 33,
        ["t04"] = 48,
        ["t05"] = 87,
        ["t06"] = 41,
        ["t07"] = 32,
        ["t08"] = 56,   // session 62 (prose62): the bare 小微 share continuing the total base (was 55)
        ["t09"] = 87,   // session 58
        ["t10"] = 36,
    };

    /// <summary>
    /// The Errors each text's figures raise today, by text; a text absent is clean (no Error). Planted (true): t01's 基本支出
    /// share (FA2002: 77.57 % stated, 76.75 % by its figures) and t08's 本年支出 change (FA2104: 46.69 written for 64.69, seen
    /// through its rate). **Fixed in session 48 (false, no longer an Error):** t04's FA8003 on 科教收入 6553.63 (医疗收入 after
    /// 其中 is no longer read as 本年收入). **Fixed in session 49:** (prose49) the 、-entry 科教收入 after 其中医疗收入 is not
    /// 本年收入; t01's FA1208 ×2 and FA8003 ×2 (nopunct49: items
    /// `（1）`…`（5）` on lines without 。 under the title `5.3 具体使用情况` ran into one paragraph; each is now a paragraph of its
    /// own); t04's FA8003 ×4 (tables49: the 三公 table's 2022年决算数 column is the prior year's figure now) and its FA1202 on
    /// 6553.63 (the income table's 合计 row is 本年收入 now); t04's one Error is now its planted 合计 (FA1202: 308654.56 for its
    /// rows' 308564.56, true). t06's FA1207 is no longer the flattened table's 预算数 column summed against the 决算 total: the
    /// table is read by its columns, and FA1207 now sums the prose's planted 公务接待费 4.38 (with 0.00 and 31.72) against
    /// 36.55 — a true consequence of the planted error.
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t01"] = ["FA2002"],
        ["t04"] = ["FA1202"],
        ["t06"] = ["FA1207"],
        ["t08"] = ["FA2104"],
    };

    /// <summary>
    /// The planted errors (true text → planted text) named by an Error or a Warning: all four — t01's 基本支出 share, t08's 本年支出
    /// change, and since session 49 t04's income table 合计 (FA1202: the table's 合计 row is 本年收入) and t06's 公务接待费 in the
    /// prose (FA8008: 4.38 against the flattened table's 4.83, now read by its columns).
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t01", "76.75", "77.57", true },
        { "t04", "308564.56", "308654.56", true },
        { "t06", "4.83", "4.38", true },
        { "t08", "64.69", "46.69", true },
    };

    /// <summary>The round: its folder (ten texts, 4 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-45", 10, 4, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t08's one Error is its planted 本年支出 change, on a change rate.</summary>
    [Fact]
    public void PlantedError_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t08", "FA2104 /narrative/overall/currentYearExpenditure/change/rate");
}
