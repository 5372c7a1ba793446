using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-39 blind test's ten invented 说明 (<c>TestData/blind-pages-39</c>, each with a <c>.truth.md</c>; four carry one
/// planted error in the text itself), checked by <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's
/// own figures call for, the truth's figures found not below the pinned floor, no finding printing a record, and the planted
/// errors reported as listed; and here the rule, severity and pointer of t07's planted Error (the one text whose only Error
/// is its planted one).
/// </summary>
public class BlindPagesThirtyNineCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesThirtyNineCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them; t08's
    /// 元 report counted as written), pinned at the count reached on session 41's merged main (ccc299e); raised as fixes land
    /// (session 42: t01 57, t08 26 and t09 46 — the 绩效 selection and score lists, and a neutral 增减率 after a change;
    /// session 43: t02 41 — a fund's paragraph's bare carry-overs — and t04 60 — its comparison table's rows by column).
    /// Raised on session 44's merged main: t05 44; on session 46's: t07 76, t08 30.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 62,
        ["t02"] = 47,
        ["t03"] = 41,
        ["t04"] = 61,
        ["t05"] = 44,
        ["t06"] = 49,
        ["t07"] = 77,
        ["t08"] = 30,
        ["t09"] = 58,   // session 63: 55 → 58 measured at the merged head
        ["t10"] = 62,
    };

    /// <summary>
    /// The Errors each text's figures raise today, by text; a text absent is clean (no Error). Planted (true): t01's
    /// 附属单位上缴收入 share (FA2001: 58.00 / 4279.39 = 1.36 %, stated 1.63 %, in a 分别占 list), t04's 三公 prose total (FA1107:
    /// 27.46 against the table's 27.64, and FA2201 on the prose total's 完成率 as its consequence — true), t07's 完成调整预算的
    /// (FA2201: 5545.92 / 5620.00 = 98.68 %, stated 98.86 %) and t09's 本年收入 in the 收入 section (FA1202: 8828.93 against
    /// 8325.36 + 412.30 + 145.27 = 8882.93). No false Error is left. Session 41 removed three of t02 (FA1213, FA8003 ×2:
    /// NarrativeReader.FundHeadedParagraphs) and t09's FA1208 (a bare 本年支出 after 一般公共预算财政拨款上年结转, typed as the
    /// 一般公共预算 part's: TypedGeneralBudgetFlow); session 43 the last two: t01's FA4201 (a partial 其中 of vehicles, "其中：
    /// 其他用车2辆" of 4, checked as the whole breakdown: PartialLists.ShownComplete) and t02's FA1208 (a paragraph headed
    /// 一般公共预算 read as the whole 财政拨款's: FundHeads now name it).
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t01"] = ["FA2001"],
        ["t04"] = ["FA1107", "FA2201"],
        ["t07"] = ["FA2201"],
        ["t09"] = ["FA1202"],
    };

    /// <summary>
    /// The planted errors (true text → planted text) named by an Error or a Warning: t01's share, t04's 三公 total, t07's
    /// completion rate and t09's income total.
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t01", "1.36", "1.63", true },
        { "t04", "27.64", "27.46", true },
        { "t07", "98.68", "98.86", true },
        { "t09", "8882.93", "8828.93", true },
    };

    /// <summary>The round: its folder (ten texts, 4 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-39", 10, 4, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t07's one Error is its planted completion rate, on the 一般公共预算 total's second (调整) budget basis.</summary>
    [Fact]
    public void PlantedError_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t07", "FA2201 /narrative/generalBudget/total/secondBudget/completionRate");
}
