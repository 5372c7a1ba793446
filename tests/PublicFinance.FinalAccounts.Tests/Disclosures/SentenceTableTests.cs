using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 37 (blind round 34, M2): comparison tables written as text — a header row (项目 | 本年 | 上年 | 增减额 |
/// 增减率, with years, 决算数, 预算数, 完成率) and rows of known subjects — read as the sentences they stand for
/// (NarrativeReader.SentenceTables). Invented texts, several wordings; the figures are our own.
/// </summary>
public class SentenceTableTests
{
    private const string Title = "某县档案馆2024年度部门决算说明\n一、收入支出决算总体情况\n";

    /// <summary>
    /// The header's wordings (本年/上年, two consecutive years, 本年决算数/上年决算数) and separators ('|' with or without
    /// borders, tabs): 收入合计 642.30 against 600.10 is +42.20 (42.20 / 600.10 = 7.032% → 7.03), 支出合计 630.50 against
    /// 655.00 is −24.50 (24.50 / 655.00 = 3.740% → 3.74). Each row fills what its sentence would.
    /// </summary>
    [Theory]
    [InlineData("项目 | 本年 | 上年 | 增减额 | 增减率", " | ", "")]
    [InlineData("| 项目 | 2024年 | 2023年 | 增减额 | 增减率 |", " | ", "|")]
    [InlineData("项目\t本年决算数\t上年决算数\t增减额\t增减率", "\t", "")]
    [InlineData("项目 | 2024年决算数 | 2023年决算数 | 增减金额 | 增减幅度", " | ", "")]
    public void ComparisonRows_FillTheSentencesMembers(string header, string sep, string border)
    {
        string Row(params string[] cells) => border + (border.Length > 0 ? " " : "") + string.Join(sep, cells)
            + (border.Length > 0 ? " " + border : "") + "\n";
        var text = Title + "本部门收支与上年对比如下（单位：万元）：\n" + header + "\n"
            + Row("收入合计", "642.30", "600.10", "42.20", "7.03%")
            + Row("支出合计", "630.50", "655.00", "-24.50", "-3.74%")
            + "收入增加主要是档案数字化项目经费增加。支出减少主要是压减会议费。\n";

        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("642.30", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("increase", JsonAt(read, "/narrative/overall/currentYearIncome/change/direction"));
        Assert.Equal("42.20", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("7.03", JsonAt(read, "/narrative/overall/currentYearIncome/change/rate"));
        Assert.Equal("630.50", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/direction"));
        Assert.Equal("24.50", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/amount"));
        Assert.Equal("3.74", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/rate"));
        Assert.Null(JsonAt(read, "/narrative/threePublic"));   // 收入合计 is no 三公 合计
    }

    /// <summary>
    /// A wrong rate in a row is the same Error its sentence would give: 42.20 / 600.10 = 7.032%, stated 7.30% (FA2104 on
    /// the row's rate), located in the row.
    /// </summary>
    [Fact]
    public void WrongRateInARow_IsTheSentencesError()
    {
        var text = Title + "（单位：万元）\n项目 | 本年 | 上年 | 增减额 | 增减率\n收入合计 | 642.30 | 600.10 | 42.20 | 7.30%\n";

        var (_, diagnostics) = Read(text);

        var error = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("FA2104", error.RuleId);
        Assert.Equal("/narrative/overall/currentYearIncome/change/rate", error.Pointers[0]);
    }

    /// <summary>
    /// 预算数 | 决算数 | 完成率: the row's 决算数 is the total (its budget and rate go where the sentence "收入合计642.30万元，
    /// 年初预算700.00万元，完成年初预算的91.76%" puts them); a row with a label no subject names is one located note.
    /// </summary>
    [Fact]
    public void BudgetColumns_AndAnUnknownLabel()
    {
        var text = Title + "（单位：万元）\n项目 | 预算数 | 决算数 | 完成率\n收入合计 | 700.00 | 642.30 | 91.76%\n"
            + "档案征集 | 20.00 | 18.00 | 90.00%\n";

        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("642.30", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Single(read.Notes, n => n.MessageZh == DisclosureMessages.SentenceTableRowUnknown("档案征集").Zh);
    }

    /// <summary>Without a unit in the header or before the table the rows are notes, not a guess of 万元.</summary>
    [Fact]
    public void NoUnit_RowsAreNotes()
    {
        var text = Title + "本年支出合计630.50万元。\n项目 | 本年 | 上年 | 增减额 | 增减率\n收入合计 | 642.30 | 600.10 | 42.20 | 7.03%\n";

        var (read, _) = Read(text);

        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome"));
        Assert.Single(read.Notes, n => n.MessageZh == DisclosureMessages.SentenceTableUnitUnknown("收入合计").Zh);
    }

    /// <summary>The unit in the header: 本年（万元） is enough, as is 元 (642300.00 元 = 64.23 万元).</summary>
    [Theory]
    [InlineData("本年（万元）", "上年（万元）", "642.30", "600.10", "42.20", "642.30")]
    [InlineData("本年（元）", "上年（元）", "642300.00", "600100.00", "42200.00", "64.230000")]
    public void UnitInTheHeader(string now, string then, string a, string p, string c, string expected)
    {
        var text = Title + $"项目 | {now} | {then} | 增减额\n收入合计 | {a} | {p} | {c}\n";

        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.StartsWith(expected.TrimEnd('0').TrimEnd('.'), JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
    }

    /// <summary>
    /// Years that are not this year and the one before (2024 and 2022), or a header whose years cannot be told, open no
    /// table: nothing is placed from its rows.
    /// </summary>
    [Fact]
    public void YearsNotConsecutive_AreNotRead()
    {
        var text = Title + "本年支出合计630.50万元。（单位：万元）\n项目 | 2024年 | 2022年 | 增减额\n收入合计 | 642.30 | 600.10 | 42.20\n";

        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Null(JsonAt(read, "/narrative/overall/currentYearIncome"));
    }

    /// <summary>
    /// The 三公 table after a sentence-table is still the text-table reader's: its 合计 is the 三公 total. The
    /// sentence-table reads 支出合计 (24.50 / 655.00 = 3.740% → 3.74); a row of another section's subject (机关运行经费 under
    /// the overview) is a note, and its change is not read (it would have gone to the overview's own change).
    /// </summary>
    [Fact]
    public void ThreePublicTableAfter_IsUntouched_AndAnotherSectionsRowIsANote()
    {
        var text = Title + "（单位：万元）\n项目 | 本年 | 上年 | 增减额 | 增减率\n支出合计 | 630.50 | 655.00 | -24.50 | -3.74%\n"
            + "机关运行经费 | 38.40 | 41.00 | -2.60 | -6.34%\n支出减少主要是压减会议费。\n"
            + "二、“三公”经费支出情况\n| 项目 | 本年决算数 | 上年决算数 |\n| 合计 | 3.10 | 3.50 |\n| 公务接待费 | 1.10 | 1.20 |\n"
            + "| 公务用车购置及运行维护费 | 2.00 | 2.30 |\n“三公”经费比上年减少0.40万元，主要是压减公务接待。\n";

        var (read, diagnostics) = Read(text);

        Assert.Empty(Errors(diagnostics));
        Assert.Equal("3.74", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/rate"));
        Assert.Null(JsonAt(read, "/narrative/overall/change"));
        Assert.Single(read.Notes, n => n.MessageZh == DisclosureMessages.SentenceTableRowUnknown("机关运行经费").Zh);
        Assert.Equal("3.10", JsonAt(read, "/narrative/threePublic/total/amount"));
    }
}
