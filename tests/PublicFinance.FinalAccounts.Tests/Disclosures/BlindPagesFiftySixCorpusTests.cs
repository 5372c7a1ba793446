using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-56 blind test's ten invented 说明 (<c>TestData/blind-pages-56</c>, each with a <c>.truth.md</c>, and the tester's
/// generators in <c>gen/</c>; five carry one planted error in the text itself, each a changed number), checked by
/// <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's own figures call for, the truth's figures found
/// not below the pinned floor, no finding printing a record, and the planted errors reported as listed; and here the rule
/// and pointer of the planted Errors of t03 and t10.
/// </summary>
public class BlindPagesFiftySixCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesFiftySixCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them), pinned
    /// at the base 5a929dee (main's head), where the tester scored the round at 409/527 by <c>score-corpus</c>.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 57,
        ["t02"] = 35,   // session 60 (tbl60): 25 → 34, the 类 | 款 | 项 table with blank cells read by column (session 63: 35 measured)
        ["t03"] = 48,
        ["t04"] = 40,   // session 59 (r56fix): 15 → 38, the two tables read by their columns; session 61: 上年 after each item
        ["t05"] = 51,   // session 60 (prose60): 40 → 50, the overview's 本年收入 / 本年支出 after the staff paragraph;
        // session 61 (perf61): 50 → 51, "其中集中办公区物业管理服务项目自评得分94.5分" (the name after 其中)
        ["t06"] = 54,
        ["t07"] = 47,
        ["t08"] = 61,   // session 60 (prose60): 42 → 60, the 项目绩效自评 paragraphs and the scoring rule's weights (session 63: 61 measured)
        ["t09"] = 44,   // session 60 (tbl60): 31 → 43, the | 经济分类 基本支出 table under its numbered heading (session 63: 44 measured)
        ["t10"] = 51,   // session 63: 50 → 51 measured at the merged head
    };

    /// <summary>
    /// The Errors each text's figures raise at the base, by text; a text absent raises no Error. True: t03's 2100409 完成调整预算的
    /// 比例 (FA2201, planted: 82.48 % for 164.38 / 218.50 = 75.23 %), t05's 中小企业 share (FA2006, planted: 77.37 % for 1,846.25 /
    /// 2,219.10 = 83.20 %) and t10's 本年支出合计 decrease rate (FA2104, planted: 4.83 % for 446.52 / 上年 9,684.52 = 4.61 %).
    /// Session 59 (r56fix) removed the base's <b>false</b> t04 Errors (FA1211 and eight FA8003: the space-aligned table's numbered
    /// rows `一、收入合计  272.83  300.82  27.99  10.26` were list items read as prose, the 上年决算数 cell taken as this year's
    /// total); the table is now read by its columns and t04 raises no Error. The clean texts t01, t04, t06, t07, t09 raise no
    /// Error. Session 60 (tbl60): t02's planted 2240204 合计 is now found — the 类 | 款 | 项 table is read (its blank cells placed
    /// by column) and the row's 合计 1,683.92 against 基本支出 blank + 项目支出 1,638.92 is FA0501 (the 款 22402 subtotal's
    /// FA0502 is reported as its consequence, a Warning). Session 60 (prose60): t08's 项目绩效自评 paragraphs are read with the
    /// scoring rule's weights (`每个项目满分100分，其中预算执行率10分、…`), and its planted 自评总得分 is FA3003 (86.2 for 82.2).
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t02"] = ["FA0501"],
        ["t03"] = ["FA2201"],
        ["t05"] = ["FA2006"],
        ["t08"] = ["FA3003"],   // session 60 (prose60): the planted 残疾人就业培训项目 自评总得分 (true)
        ["t10"] = ["FA2104"],
    };

    /// <summary>
    /// The planted errors (true figure → planted figure) and whether an Error or a Warning names the planted figure at the
    /// base (false at the base 5a929dee for t02 and t08, both named since session 60). t02's 2240204 消防应急救援 row of the
    /// space-aligned 类 | 款 | 项 table (`04  消防应急救援  1683.92   1638.92`: 合计 1,683.92 for a blank 基本支出 and 项目支出
    /// 1,638.92; the 款 22402 subtotal 5,172.37 takes 1,638.92): FA0501 since tbl60 read the table. t08's 残疾人就业培训项目
    /// 自评总得分 (`自评总得分86.2分` for 8.1 + 41.0 + 24.5 + 8.6 = 82.2): FA3003 since prose60 read the 绩效 paragraph.
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t02", "1638.92", "1683.92", true },   // session 60 (tbl60): the table is read, FA0501 names 1683.92
        { "t03", "75.23", "82.48", true },
        { "t05", "83.20", "77.37", true },
        { "t08", "82.2", "86.2", true },
        { "t10", "4.61", "4.83", true },
    };

    /// <summary>The round: its folder (ten texts, 5 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-56", 10, 5, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t03's one Error is its planted 完成调整预算的 rate of 2100409 (82.48 % stated, 164.38 / 218.50 = 75.23 %).</summary>
    [Fact]
    public void PlantedCompletionRate_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t03", "FA2201 /narrative/generalBudget/items/2/budget/completionRate");

    /// <summary>t10's one Error is its planted 本年支出合计 decrease rate (4.83 % stated, 446.52 / 上年 9,684.52 = 4.61 %).</summary>
    [Fact]
    public void PlantedChangeRate_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t10", "FA2104 /narrative/expenditure/total/change/rate");
}
