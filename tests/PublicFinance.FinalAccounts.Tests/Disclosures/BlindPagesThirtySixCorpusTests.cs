using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-36 blind test's ten invented 说明 excerpts (<c>TestData/blind-pages-36</c>, each with a <c>.truth.md</c>; four
/// carry one planted error in the text itself), checked by <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each
/// text's own figures call for, the truth's figures found not below the pinned floor, no finding printing a record, and the
/// planted errors reported as listed; and here each planted Error's rule, severity and pointer.
/// </summary>
public class BlindPagesThirtySixCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesThirtySixCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them, but an
    /// amount in 元 of a 万元 report counted in 万元, as the report holds it), pinned at the count reached on branch data36
    /// (session 39); raised as fixes land.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 22,  // 上年结转 12.30 in brackets (含上年结转…), family F
        ["t02"] = 19,  // 公共财政拨款 2198.40 and its share 95.0 (family E)
        ["t03"] = 21,  // all
        ["t04"] = 29,  // all: the coded | table (session 38)
        ["t05"] = 15,  // all
        ["t06"] = 19,  // 一般公共预算 share in a three-budget sentence, 国有资本 amounts
        ["t07"] = 21,  // 人员经费 of 基本支出 in a one-line text (family H)
        ["t08"] = 14,  // per-unit rows are notes (no model place), named projects (family C)
        ["t09"] = 11,  // named projects (C), 三公 change of one item
        ["t10"] = 16,  // 比重为 shares (D), 上年结转 beside the total
    };

    /// <summary>
    /// The Errors each text's figures call for, by text; a text absent is clean (no Error). The four planted errors: t01's
    /// 本年收入合计 (FA1202: 1702.18 + 145.24 = 1847.42 against the stated 1856.42; the plant is 其他收入 145.24 for 154.24,
    /// and the share 91.69 % = 1702.18 / 1856.42 agrees with the stated total), t03's 事业收入 share (FA2001: 7105.62 / 8642.35
    /// = 82.2186 %, stated 84.22 %), t04's 2040202 完成率 in the coded table (FA2201: 312.45 / 260.00 = 120.17 %, stated
    /// 112.17 %) and t06's 国有资本经营预算 change rate (FA2104: 25.00 over last year's 85.00 − 25.00 = 60.00 is 41.67 %, stated
    /// 29.41 %, which is 25.00 over this year's 85.00). No other Error.
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t01"] = ["FA1202"],
        ["t03"] = ["FA2001"],
        ["t04"] = ["FA2201"],
        ["t06"] = ["FA2104"],
    };

    /// <summary>Each planted Error by text: its rule and the pointer of the figure it names (its first pointer).</summary>
    private static readonly Dictionary<string, string> PlantedErrorAt = new(StringComparer.Ordinal)
    {
        ["t01"] = "FA1202 /narrative/income/total/amount",
        ["t03"] = "FA2001 /narrative/income/serviceIncome/share",
        ["t04"] = "FA2201 /narrative/generalBudget/items/1/budget/completionRate",
        ["t06"] = "FA2104 /narrative/stateCapital/currentYearExpenditure/change/rate",
    };

    /// <summary>
    /// The planted errors (true text → planted text) named by an Error or a Warning: t01's 本年收入合计 against its parts' sum
    /// (the plant is 其他收入 145.24 for 154.24, but the Error names the stated total 1856.42 and the sum 1847.42: nothing in
    /// the text tells which figure is wrong), t03's share, t04's completion rate and t06's change rate.
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t01", "1847.42", "1856.42", true },
        { "t03", "82.22", "84.22", true },
        { "t04", "120.17", "112.17", true },
        { "t06", "41.67", "29.41", true },
    };

    /// <summary>The round: its folder (ten texts, 4 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-36", 10, 4, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>The texts with a planted error.</summary>
    public static TheoryData<string> PlantedNames() => new(PlantedErrorAt.Keys);

    /// <summary>A planted text's one Error has the pinned rule, the severity Error and the pinned first pointer.</summary>
    [Theory]
    [MemberData(nameof(PlantedNames))]
    public void PlantedError_HasItsRuleAndPointer(string name) => CorpusFolder.AssertSingleError(Round, name, PlantedErrorAt[name]);
}
