using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 40 (issue 8, docs/performance.md "Session 40: …"): the sentence-table's header cells are compacted without a
/// builder and without joining 32 bracketed unit words per cell (<c>SentenceCompact</c>, asked of every 绩效 table row by
/// its 年), its scratch lists are kept from row to row, and the 安 before an expenditure figure's clause is found once for the
/// paragraph (<see cref="FirstCharBefore"/>). These tests hold each against the plain answer it replaces.
/// </summary>
public sealed class SpeedSessionFortyTests
{
    private static bool Plain(string text, char c, int length) => text.IndexOf(c, 0, length) >= 0;

    /// <summary>Asks going forward and back on one text, of another text, of an equal text of another reference.</summary>
    [Fact]
    public void FirstCharBefore_AnswersThePlainSearch_OnExamples()
    {
        const string Text = "本年支出100.00万元，安排的支出20.00万元";
        var first = new FirstCharBefore('安');
        Assert.False(first.In(Text, 13));   // 安 stands at 13
        Assert.True(first.In(Text, 14));
        Assert.True(first.In(Text, Text.Length));
        Assert.False(first.In(Text, 0));
        Assert.False(first.In("本年支出100.00万元", 12));   // another text, without 安
        Assert.True(first.In(new string(Text.ToCharArray()), 20));   // equal, another reference
        Assert.False(first.In(string.Empty, 0));
    }

    /// <summary>
    /// Runs of asks over texts of 安, its words, figures and commas: any bound, in any order, now and then on an equal text
    /// of another reference or on another text. Each answer is the plain search's.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property FirstCharBefore_AnswersThePlainSearch()
    {
        var texts = Gen.Elements("安", "排", "的支出", " ", "1.00", "万元", "，", "安排支出")
            .ArrayOf().Select(parts => string.Concat(parts));
        var asks = Gen.Choose(0, 1000).Two().ListOf();
        var cases = from a in texts from b in texts from list in asks select (a, b, list);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var first = new FirstCharBefore('安');
            var copy = new string(c.a.ToCharArray());
            foreach (var (bound, kind) in c.list)
            {
                var text = (kind % 5) switch { 0 => c.b, 1 => copy, _ => c.a };
                var length = bound % (text.Length + 1);
                if (first.In(text, length) != Plain(text, '安', length))
                {
                    return false;
                }
            }

            return true;
        });
    }

    /// <summary>The compacted header cells: spaces, quotes and 、 gone, a bracketed unit taken out and kept, (%) dropped.</summary>
    [Theory]
    [InlineData("本年 （万元）", "本年", "万元")]
    [InlineData("2024年(单位：元)", "2024年", "元")]
    [InlineData("增减率（%）", "增减率", null)]
    [InlineData("“上年”、 决算数", "上年决算数", null)]
    [InlineData("年初预算数", "年初预算数", null)]
    [InlineData("本年(亿元）", "本年", "亿元")]
    [InlineData("本年（美元）", "本年（美元）", null)]
    public void SentenceCompact_Examples(string cell, string expected, string? unit)
    {
        string? unitWords = null;
        Assert.Equal(expected, NarrativeReader.SentenceCompact(cell, 0, cell.Length, ref unitWords));
        Assert.Equal(unit, unitWords);
    }

    /// <summary>
    /// Cells of the header's pieces — brackets of both widths, the unit words, 单位, %, quotes, spaces, years — any stretch
    /// of them, longer than the buffer on the stack too, with and without a unit already known: the compacted cell and the
    /// unit are the plain path's.
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property SentenceCompact_IsThePlainPath()
    {
        var pieces = Gen.Elements("(", "（", ")", "）", "万元", "元", "千元", "亿元", "单位：", "单位:", "%", " ", "“", "”", "、",
            "2024年", "本年", "预算数", "\"", "增减率", "项目名称项目名称项目名称项目名称项目名称项目名称");
        var texts = pieces.ArrayOf().Select(parts => string.Concat(parts));
        var cases = from text in texts
                    from start in Gen.Choose(0, text.Length)
                    from end in Gen.Choose(start, text.Length)
                    from known in Gen.Elements<string?>(null, "元")
                    select (text, start, end, known);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (fastUnit, plainUnit) = (c.known, c.known);
            var fast = NarrativeReader.SentenceCompact(c.text, c.start, c.end, ref fastUnit);
            var plain = NarrativeReader.SentenceCompactPlain(c.text, c.start, c.end, ref plainUnit);
            return fast == plain && fastUnit == plainUnit;
        });
    }

    /// <summary>
    /// A 绩效 header row (its 年 sends it to the sentence-table's header test, which it fails) before a sentence-table
    /// whose header carries the unit in brackets: the table's rows are read with the header's columns, which the rows after
    /// it (each asked whether it is a header, in the same scratch lists) do not disturb. 642.30 − 600.10 = 42.20; 42.20 /
    /// 600.10 = 7.032 % → 7.03; 630.50 − 655.00 = −24.50; 24.50 / 655.00 = 3.740 % → 3.74.
    /// </summary>
    [Fact]
    public void SentenceTable_AfterARowThatIsNoHeader_KeepsItsColumns()
    {
        var text = "某县档案馆2024年度部门决算说明\n一、收入支出决算总体情况\n"
            + "项目名称 | 年初预算数 | 全年预算数 | 全年执行数\n"
            + "项目 | 本年（万元） | 上年（万元） | 增减额 | 增减率\n"
            + "收入合计 | 642.30 | 600.10 | 42.20 | 7.03%\n"
            + "支出合计 | 630.50 | 655.00 | -24.50 | -3.74%\n";

        var (read, _) = Read(text);

        Assert.Equal("642.30", JsonAt(read, "/narrative/overall/currentYearIncome/amount"));
        Assert.Equal("630.50", JsonAt(read, "/narrative/overall/currentYearExpenditure/amount"));
        Assert.Equal("42.20", JsonAt(read, "/narrative/overall/currentYearIncome/change/amount"));
        Assert.Equal("7.03", JsonAt(read, "/narrative/overall/currentYearIncome/change/rate"));
        Assert.Equal("decrease", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/direction"));
        Assert.Equal("24.50", JsonAt(read, "/narrative/overall/currentYearExpenditure/change/amount"));
    }
}
