using PublicFinance.FinalAccounts.Validation;
using Xunit.Abstractions;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The round-61 blind test's ten invented 说明 (<c>TestData/blind-pages-61</c>, each with a <c>.truth.md</c>, and the tester's
/// generators in <c>gen/</c>; five carry one planted error in the text itself, each a changed number), checked by
/// <see cref="BlindPagesRoundTests{TRound}"/>: exactly the Errors each text's own figures call for, the truth's figures found
/// not below the pinned floor, no finding printing a record, and the planted errors reported as listed; and here the rule
/// and pointer of the planted Errors of t02, t04, t05, t06 and t10, and the Warning naming t10's planted part.
/// </summary>
public class BlindPagesSixtyOneCorpusTests(ITestOutputHelper output)
    : BlindPagesRoundTests<BlindPagesSixtyOneCorpusTests>(output), IBlindPagesRound
{
    /// <summary>
    /// The truth's distinct non-zero figures found in each report (value presence, as <c>score-corpus</c> counts them), pinned
    /// at the base 2fed8a7b (main's head), where the tester scored the round at 438/611 by <c>score-corpus</c>.
    /// </summary>
    private static readonly Dictionary<string, int> RecallFloors = new(StringComparer.Ordinal)
    {
        ["t01"] = 76,   // session 64 (fix61): the 三公 sub-paragraphs after "2.…费。" headings
        ["t02"] = 34,
        ["t03"] = 29,
        ["t04"] = 53,
        ["t05"] = 53,
        ["t06"] = 57,
        ["t07"] = 31,
        ["t08"] = 44,   // session 64 (fix61): "（3）…费：支出X万元" (a bare 支出 after the colon)
        ["t09"] = 38,
        ["t10"] = 35,
    };

    /// <summary>
    /// The Errors each text's figures raise at the base, by text; a text absent raises no Error. All five are true: t02's
    /// 本年支出 增长率 (FA2104, planted: the change `同比增加28.46万元` for 250.80 − 225.94 = 24.86, so the stated 11.00% no longer
    /// fits the printed change; a web page scraped into one line — the Error names the rate, computed with the planted 28.46),
    /// t04's 防汛 row of the table without outer pipes (FA0501, planted: the 合计 cell 284.60 for 0 + 248.60), t05's “三公”
    /// 下降率 (FA2104, planted: `下降15.63%` for 2.24 / 13.55 = 16.53%), t06's 小微企业 share of the 中小企业 contracts
    /// (FA2010, planted: `70.34%` for 615.27 / 842.36 = 73.04%; a long 说明) and t10's 本年收入合计 (FA1211, `声明 865.25，各项合计
    /// 847.25`: the planted 事业收入 46.85 for 865.25 − 795.24 − 5.16 = 64.85 — the Error names the total and the sum, and a
    /// Warning FA2001 the planted part). t05 also raises FA5002 ×3 here (科目 2080505 / 2101102 / 2210201 whose 款 20805 / 21011 /
    /// 22102 is not listed), true by the rule's letter: its tab 收入决算表 lists the 类 rows 208 / 210 / 221 and their 项 without
    /// the 款 rows (while 21301 is listed). They are Errors in this in-process check and Warnings in <c>finacct check</c>,
    /// whose message says the table was read from text (<c>表格由文本读出…至多为警告</c>). No false Error at the base; the clean
    /// texts t01, t03, t07, t08 and t09 raise no Error.
    /// </summary>
    private static readonly Dictionary<string, string[]> ErrorsOfTheText = new(StringComparer.Ordinal)
    {
        ["t02"] = ["FA2104"],
        ["t04"] = ["FA0501"],
        ["t05"] = ["FA2104", "FA5002", "FA5002", "FA5002"],
        ["t06"] = ["FA2010"],
        ["t10"] = ["FA1211"],
    };

    /// <summary>
    /// The planted errors (true figure → planted figure) and whether an Error or a Warning names the planted figure at the
    /// base. All five are named: t02's 28.46 as the numerator of FA2104, t04's 284.60 by FA0501 (and its consequences FA0502
    /// and FA1105, Warnings), t05's 15.63 and t06's 70.34 as the stated rate and share, t10's 46.85 by the Warning FA2001 (the
    /// 事业收入 share 7.49% against 46.85 / 865.25, a consequence of FA1211).
    /// </summary>
    public static TheoryData<string, string, string, bool> Planted() => new()
    {
        { "t02", "24.86", "28.46", true },
        { "t04", "248.60", "284.60", true },
        { "t05", "16.53", "15.63", true },
        { "t06", "73.04", "70.34", true },
        { "t10", "64.85", "46.85", true },
    };

    /// <summary>The round: its folder (ten texts, 5 planted rows) and the rows above.</summary>
    public static BlindPagesRound Round { get; } =
        new("blind-pages-61", 10, 5, ".truth.md", RecallFloors, ErrorsOfTheText, Planted());

    /// <summary>t02's one Error is the 本年支出 rate against its planted change (增加28.46万元 for 24.86; a one-line page).</summary>
    [Fact]
    public void PlantedExpenditureChange_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t02", "FA2104 /narrative/overall/currentYearExpenditure/change/rate");

    /// <summary>t04's one Error is its planted 防汛 合计 cell (284.60 printed for 0 + 248.60) in the table without outer pipes.</summary>
    [Fact]
    public void PlantedTableCell_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t04", "FA0501 /tables/generalBudgetExpenditure/rows/3/total");

    /// <summary>
    /// t05's planted “三公” 下降率 (15.63% stated, 2.24 / 13.55 = 16.53%) is its one Error besides the three FA5002 of the
    /// 收入决算表 without its 款 rows.
    /// </summary>
    [Fact]
    public void PlantedThreePublicRate_HasItsRuleAndPointer()
    {
        var text = File.ReadAllText(Path.Combine(Round.FolderPath, "t05.txt"));
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(text, "t05");
        var rate = Assert.Single(diagnostics, d => d.Severity == Severity.Error && d.RuleId != "FA5002");
        Assert.Equal("FA2104 /narrative/threePublic/total/change/rate", rate.RuleId + " " + rate.Pointers[0]);
    }

    /// <summary>t06's one Error is its planted 小微企业 share of the 中小企业 contracts (70.34% stated, 615.27 / 842.36 = 73.04%).</summary>
    [Fact]
    public void PlantedMicroSmallShare_HasItsRuleAndPointer()
        => CorpusFolder.AssertSingleError(Round, "t06", "FA2010 /narrative/procurement/microSmallShareOfSme");

    /// <summary>
    /// t10's one Error is the 本年收入合计 against its parts (FA1211: 865.25 stated, 847.25 summed — the planted 事业收入 46.85
    /// for 64.85), and the Warning FA2001 names the planted part (its share 7.49% against 46.85 / 865.25).
    /// </summary>
    [Fact]
    public void PlantedServiceIncome_IsNamedByTheIncomeSumAndTheShare()
    {
        CorpusFolder.AssertSingleError(Round, "t10", "FA1211 /narrative/overall/currentYearIncome/amount");
        var text = File.ReadAllText(Path.Combine(Round.FolderPath, "t10.txt"));
        var (_, diagnostics) = BlindCompleteCorpusTests.Check(text, "t10");
        var share = Assert.Single(diagnostics, d => d.RuleId == "FA2001");
        Assert.Contains("46.85", share.MessageZh, StringComparison.Ordinal);
    }
}
