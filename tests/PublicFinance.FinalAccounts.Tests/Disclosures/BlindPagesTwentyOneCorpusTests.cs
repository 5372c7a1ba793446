using PublicFinance.FinalAccounts.Validation;
using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The session-21 blind test's twelve invented 说明 texts (<c>TestData/blind-pages-21</c>, each with a <c>.truth.md</c>; four
/// carry one planted error in the text itself), read and checked as <c>finacct check</c> reads a text file
/// (<see cref="BlindCompleteCorpusTests.Check"/>) and scored as <see cref="BlindPagesCorpusTests"/> scores the session-20
/// pages: exactly the Errors each text's own figures call for, the truth's figures found not below the floor measured
/// after the session's fixes, and the planted errors reported but for the known gap.
/// </summary>
public class BlindPagesTwentyOneCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesTwentyOneCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report, measured after the session-21 fixes (value presence, as
    /// <c>score-corpus</c> counts). The misses are the recall families (the 财政拨款支出 total,
    /// coded 项 lines, 绩效 amounts and scores, staff counts, vehicle kinds and 50 万元 equipment) and small counts (个, 名).
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 33, ["t02"] = 32, ["t03"] = 40, ["t04"] = 38, ["t05"] = 35, ["t06"] = 30,
        ["t07"] = 27, ["t08"] = 38, ["t09"] = 38, ["t10"] = 32, ["t11"] = 33, ["t12"] = 37,
    };

    /// <summary>
    /// The Errors each text's figures call for: the planted ones (t05 rate 7.63 % for 6.63 %: FA2104; t08 share 17.25 % for
    /// 15.25 %: FA2001; t10 change 485.54 for 458.54: FA2104 on the rate computed from it; t02 本年支出合计 2,463.60 for
    /// 2,436.60 in its side-by-side 表四: FA0408, Σ classes ≠ 合计; FA0405, 合计 + 年末结转 84.90 ≠ 总计 2,521.50, holds with the
    /// 合计 at the 2,436.60 its classes imply, so since session 27 it is FA0408's linked Warning, rules spec §5.1). Every
    /// other text is clean: no Error (t11's false FA2104 of family f1 is gone; its own slip, 机关运行经费 268.45 above
    /// 公用经费 261.33, is FA1209's Warning).
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t02"] = ["FA0408"],
        ["t05"] = ["FA2104"],
        ["t08"] = ["FA2001"],
        ["t10"] = ["FA2104"],
    };

    /// <summary>
    /// The planted errors (true text → planted text) and whether they are reported: all four since the side-by-side
    /// 表四 is read (t02's 本年支出合计 2,463.60 for 2,436.60 is in its right half, family f2).
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t02", "2436.60", "2463.60", true },
        { "t05", "6.63", "7.63", true },
        { "t08", "15.25", "17.25", true },
        { "t10", "458.54", "485.54", true },
    };

    /// <summary>The round: its folder (twelve texts, 4 planted) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-21", 12, 4, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());
}
