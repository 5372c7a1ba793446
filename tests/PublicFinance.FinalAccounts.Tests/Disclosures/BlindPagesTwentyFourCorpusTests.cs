using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The session-24 blind test's twelve invented 说明 texts (<c>TestData/blind-pages-24</c>, each with a <c>.truth.md</c>; four
/// carry one planted error in the text itself), checked by <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each
/// text's own figures call for, the truth's figures found not below the pinned floor, no finding printing a record, and the
/// planted errors reported as listed. Both fixers of session 24 (blindfixa, blindfixb) raise the rows of the texts they
/// improve in the tables below — one row per text, edited in place.
/// </summary>
public class BlindPagesTwentyFourCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesTwentyFourCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them),
    /// pinned at the count reached; raised as fixes land. Before the session's fixes: 161 of 217 distinct figures. blindfixa:
    /// t02 12 → 14 (用事业基金弥补收支差额 and 结余分配 placed), t08 6 → 13 (each evaluated project its own record, with its
    /// execution and self-evaluation score).
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 22,
        ["t02"] = 14,
        ["t03"] = 14,
        ["t04"] = 6,
        ["t05"] = 10,
        ["t06"] = 21,
        ["t07"] = 21,
        ["t08"] = 13,
        ["t09"] = 7,
        ["t10"] = 16,
        ["t11"] = 16,
        ["t12"] = 10,
    };

    /// <summary>
    /// The Errors each text's figures call for, by text; a text absent is clean (no Error). Before the session's fixes: the
    /// four planted errors, plus the false FA2103 of t06 (负增长 read as an increase), the two false FA1210 of t02
    /// (用事业基金弥补收支差额 and 结余分配 not placed) and the two false FA8003 of t08 (three evaluated projects in one slot) —
    /// gone (blindfixa). t02's planted 收入合计 (4570.80 for 4560.80) fails two identities, both true: FA1202 (the sources add
    /// up to 4560.80) and, since 用事业基金弥补收支差额 is placed, FA1210 (收入总计 5208.15 ≠ 4570.80 + 45.00 + 602.35); FA1210
    /// holds with 收入合计 at the 4560.80 FA1202 implies, so since session 27 it is FA1202's linked Warning (rules spec §5.1).
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t02"] = ["FA1202"],
        ["t05"] = ["FA2104"],
        ["t07"] = ["FA2001"],
        ["t11"] = ["FA2104"],
    };

    /// <summary>
    /// The planted errors (true text → planted text) and whether an Error or a Warning names the planted figure: t02's 收入合计
    /// (FA1202), t05's rate (FA2104), t07's share (FA2001), t11's change (FA2104 on the rate, whose message names the change
    /// 592.64 as its numerator: the prior-year base is not printed, so the rate is checked against the change).
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t02", "4560.80", "4570.80", true },
        { "t05", "14.7", "16.7", true },
        { "t07", "87.7", "90.7", true },
        { "t11", "572.64", "592.64", true },
    };

    /// <summary>The round: its folder (twelve texts, 4 planted) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-24", 12, 4, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());
}
