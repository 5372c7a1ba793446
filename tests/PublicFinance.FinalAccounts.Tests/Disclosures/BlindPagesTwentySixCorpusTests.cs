using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-26 blind test's twelve invented 说明 excerpts (<c>TestData/blind-pages-26</c>, each with a <c>.truth.md</c>; four
/// carry one planted error in the text itself), checked by <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each
/// text's own figures call for, the truth's figures found not below the pinned floor, no finding printing a record, and the
/// planted errors reported as listed. Both fixers of the round (blindfixa, blindfixb) raise the rows of the texts they improve
/// in the tables below — one row per text, edited in place.
/// </summary>
public class BlindPagesTwentySixCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesTwentySixCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them), pinned
    /// at the count reached after blindfixa's fixes (f1, f2, f3, w1); raised as fixes land. t03 (亿元, C1), t02 (元 amounts read
    /// but shares/cascade), t07 (本级/所属单位, C3) and t12 (inline headings, F5) are blindfixb's.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 53,
        ["t02"] = 16,
        ["t03"] = 5,
        ["t04"] = 35,
        ["t05"] = 38,
        ["t06"] = 43,
        ["t07"] = 35,
        ["t08"] = 49,
        ["t09"] = 46,
        ["t10"] = 26,
        ["t11"] = 45,
        ["t12"] = 35,
    };

    /// <summary>
    /// The Errors each text's figures call for, by text; a text absent is clean (no Error). Before the round's fixes (the blind
    /// tester's CLI): the four planted errors found (t02 FA1202, t04 FA2104, t07 FA2001, t08 FA2104) and 19 false Errors + 3
    /// cascading ones. blindfixa: t05's 4 (f3, 同口径), t10's 5 (f1, two years in one sentence) and t11's 7 (f2, a series of
    /// years) gone. blindfixb: t08's 外事 receptions read as the domestic ones (FA8003 × 2; F4) and t12's inline heading
    /// (FA2104; F5) gone. t02's cascade of the wrong 合计 (FA2001 × 2, FA1210; F6) is, since the consequence analysis (spec
    /// §5.1), three Warnings linked to FA1202: with 本年收入合计 at 15,646,068.27 元 (its parts' sum) all of them hold.
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t02"] = ["FA1202"],
        ["t04"] = ["FA2104"],
        ["t07"] = ["FA2001"],
        ["t08"] = ["FA2104"],
    };

    /// <summary>
    /// The planted errors (true text → planted text) and whether an Error or a Warning names the planted figure: t02's 本年收入合计
    /// (FA1202: 15,263,418.27 + 382,650.00 = 15,646,068.27 元, stated 15,656,068.27), t04's 公务接待费 rate (7.81 → 6.12 is
    /// 21.64 %, stated 24.60 %), t07's 事业收入 share (362.10 / 9862.40 = 3.67 %, stated 3.97 %) and t08's 三公 change (52.18 −
    /// 40.46 = 11.72, stated 12.72).
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t02", "15646068.27", "15656068.27", true },
        { "t04", "21.64", "24.60", true },
        { "t07", "3.67", "3.97", true },
        { "t08", "11.72", "12.72", true },
    };

    /// <summary>The round: its folder (twelve texts, 4 planted) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-26", 12, 4, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());
}
