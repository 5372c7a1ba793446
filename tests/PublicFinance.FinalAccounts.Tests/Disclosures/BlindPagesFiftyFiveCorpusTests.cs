using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-55 blind test's ten invented 说明 (<c>TestData/blind-pages-55</c>, each with a <c>.truth.md</c>, and the tester's
/// generators in <c>gen/</c>; five carry one planted error in the text itself, each a changed number), checked by
/// <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's own figures call for, the truth's figures found
/// not below the pinned floor, no finding printing a record, and the planted errors reported as listed; and here the rule
/// and pointer of the planted Errors of t01 and t05.
/// </summary>
public class BlindPagesFiftyFiveCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesFiftyFiveCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them), pinned
    /// at the base 4e1d9dfc (main's head), where the tester scored the round at 407/597 by <c>score-corpus</c>.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 59,
        ["t02"] = 32,   // session 63: 30 → 32 measured at the merged head
        ["t03"] = 31,   // session 58 (prose58): the 政府性基金 年初结转 / 年末结转; session 60 (prose60): 主要用于：'s first item
        ["t04"] = 42,   // session 59 (tables59): the 11 items of the one-cell-per-line 一般公共预算 table (session 63: 42 measured)
        ["t05"] = 58,   // session 63: 56 → 58 measured at the merged head
        ["t06"] = 32,   // session 63: 31 → 32 measured at the merged head
        ["t07"] = 58,   // session 59 (tables59): the three untitled '|' 绩效自评表; session 62 (prose62): the bare 小微 share
        ["t08"] = 54,   // session 59 (prose59): the nine 上年 figures beside 上上年 as the items' prior-year amounts
        ["t09"] = 52,   // session 63: 49 → 52 measured at the merged head
        ["t10"] = 43,   // session 63: 41 → 43 measured at the merged head
    };

    /// <summary>
    /// The Errors each text's figures raise at the base, by text; a text absent raises no Error. True: t01's 财政拨款收入 share
    /// (FA2001, planted: 92.87 % for 1,500.63 / 本年收入合计 1,588.08 = 94.49 %), t05's 公务用车运行维护费 change (FA2105,
    /// planted: `比上年减少3.69万元` where 19.36 − 22.15 = −2.79) and t09's 「三公」經費 total (FA8006, planted: 15.03 for
    /// 0 + 0 + 10.86 + 3.27 = 14.13); since session 59, t03's 政府性基金 list after `具体为：` (FA8006, planted: 2136902 1149.62 for
    /// 1,419.62, the four items add to 17,632.32 against 17,902.32). The clean texts t02, t04, t06, t08 and t10 raise no Error.
    /// Session 59 (units59) removed the base's four false FA1103 of t06 (说明“支出决算情况”与支出决算表一致): the 支出决算表 is
    /// titled `支出决算表（单位：千元）` and its cells (350,747.6 / 218,431.6 / 126,352.6 / 5,963.4 千元) equal the prose's
    /// 35,074.76 / 21,843.16 / 12,635.26 / 596.34 万元; the caption's 千元 had been read as 元 (items sum to 35.07476 …).
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t01"] = ["FA2001"],
        ["t03"] = ["FA8006"],   // session 59 (prose59): the planted 2136902 item of the 具体为 list (FundListSumCheck)
        ["t05"] = ["FA2105"],
        ["t07"] = ["FA3003"],   // session 59 (tables59): the planted 总分 96.2 of the untitled '|' 绩效自评表 (9.3 + 47.0 + 28.5 + 9.4)
        ["t09"] = ["FA8006"],
    };

    /// <summary>
    /// The planted errors (true figure → planted figure) and whether an Error or a Warning names the planted figure at the
    /// base. Named since session 59 (prose59): t03's 政府性基金 item 2136902 (`（2136902）1149.62万元` in the prose list after
    /// `具体为：`, the table has 1,419.62), FA8006 weighing the list against the 17,902.32 支出; and (tables59) t07's 绩效 score
    /// (`总分 | 100 | | | 96.2` for 9.3 + 47.0 + 28.5 + 9.4 = 94.2), FA3003 on the untitled `|` 绩效自评表.
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t01", "94.49", "92.87", true },
        { "t03", "1419.62", "1149.62", true },
        { "t05", "2.79", "3.69", true },
        { "t07", "94.2", "96.2", true },   // session 59 (tables59): FA3003 on the '|' 绩效自评表's 总分
        { "t09", "14.13", "15.03", true },
    };

    /// <summary>The round: its folder (ten texts, 5 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-55", 10, 5, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t01's one Error is its planted 财政拨款收入 share on the wrong base (收入总计 instead of 本年收入合计).</summary>
    [Fact]
    public void PlantedShare_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t01", "FA2001 /narrative/income/fiscalAppropriation/share");

    /// <summary>t05's one Error is its planted 公务用车运行维护费 change (3.69 stated, 19.36 − 22.15 = −2.79).</summary>
    [Fact]
    public void PlantedChange_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t05", "FA2105 /narrative/threePublic/vehicleOperation/change/amount");
}
