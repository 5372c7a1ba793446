using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 26 (issue 8, the reader's stages around the narrative): each cut answers as the code before it, which is the
/// oracle here. The time is measured by a probe in a process of its own (docs/performance.md "Reader, session 26: the
/// stages around the narrative"); the golden read results (<see cref="ReadResultGoldenTests"/>) hold the whole output
/// identical.
/// </summary>
public class StagesAroundNarrativeTests
{
    /// <summary>Texts of line breaks, carriage returns and a few other characters, long enough to cross vector widths.</summary>
    private static Gen<string> LineTexts =>
        from n in Gen.Choose(0, 300)
        from chars in Gen.ArrayOf(Gen.Elements('\n', '\n', '\r', 'a', ' ', '中', '\t', '\u2028'), n)
        select new string(chars);

    /// <summary>The line starts before session 26: one search per line.</summary>
    private static int[] LineStartsBefore(string text)
    {
        var starts = new List<int> { 0 };
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            starts.Add(at + 1);
        }

        return [.. starts];
    }

    [Property(MaxTest = 500)]
    public Property LineStarts_AreEveryLineBreakPlusOne()
        => Prop.ForAll(LineTexts.ToArbitrary(), text =>
            SourceText.LineStarts(text).SequenceEqual(LineStartsBefore(text)).Label($"{text.Length} characters"));

    [Fact]
    public void LineStarts_OfKnownTexts()
    {
        // "" is one line starting at 0; "a\nb" a second line at 2; a break as the last of 16 characters (one vector) and as
        // the 17th (the first of the tail after a 16-character vector) both count; "\r" is no line break.
        Assert.Equal([0], SourceText.LineStarts(string.Empty));
        Assert.Equal([0, 2], SourceText.LineStarts("a\nb"));
        Assert.Equal([0, 16, 17], SourceText.LineStarts(new string('x', 15) + "\n\n"));
        Assert.Equal([0, 4], SourceText.LineStarts("ab\r\n"));
        Assert.Equal([0, 1, 2, 3], SourceText.LineStarts("\n\n\n"));
    }

    /// <summary>Short texts over the two words' characters, with a range in them.</summary>
    private static Gen<(string Text, int From, int End)> TitleTexts =>
        from n in Gen.Choose(0, 40)
        from chars in Gen.ArrayOf(Gen.Elements('项', '目', '三', '公', '表', ' '), n)
        let text = new string(chars)
        from start in Gen.Choose(0, text.Length)
        from end in Gen.Choose(start, text.Length)
        select (text, start, end);

    [Property(MaxTest = 500)]
    public Property TitleWords_AreTheTwoSearches()
        => Prop.ForAll(TitleTexts.ToArbitrary(), c =>
        {
            // Before session 26: a search of the range for each word.
            var names = c.Text.IndexOf("项目", c.From, c.End - c.From, StringComparison.Ordinal) >= 0;
            var threePublic = c.Text.IndexOf("三公", c.From, c.End - c.From, StringComparison.Ordinal) >= 0;
            return (TextTableReader.TitleWords(c.Text, c.From, c.End) == (names, threePublic)).Label(c.ToString());
        });

    [Theory]
    [InlineData("项目支出绩效表", 0, 7, true, false)]   // 项目 at 0
    [InlineData("三公经费项目", 0, 6, true, true)]   // both
    [InlineData("项三公目", 0, 4, false, true)]   // 项 not followed by 目
    [InlineData("本表项目", 0, 3, false, false)]   // 项 is the range's last character: 目 lies outside it
    [InlineData("本表项目", 2, 4, true, false)]
    public void TitleWords_OfKnownTexts(string text, int from, int end, bool names, bool threePublic)
        => Assert.Equal((names, threePublic), TextTableReader.TitleWords(text, from, end));

    /// <summary>Lines whose figures are placed or not, in texts whose normalisation drops characters (CRLF, "**").</summary>
    private static Gen<string> FigureTexts =>
        from n in Gen.Choose(1, 30)
        from lines in Gen.ArrayOf(
            Gen.Elements(
                "某局2023年度部门决算说明", "一、收入支出决算总体情况", "2023年度收入总计1,234.56万元，比上年增加12.5万元。",
                "**本年支出**合计 300 万元。", "公务接待费 6.50 万元，接待 12 批次 80 人次。", "项目\t决算数\t预算数", "合计\t5\t6",
                "12.50", "车辆 3 辆，单价 20 万元", "增长 15%", "（单位：万元）", "全年支出５万元。"),
            n)
        from separator in Gen.Elements("\n", "\r\n")
        select string.Join(separator, lines);

    [Property(MaxTest = 150)]
    public Property UnplacedFigures_AreCountedAsBySet()
        => Prop.ForAll(FigureTexts.ToArbitrary(), text =>
        {
            // The merge walk of session 26 against the oracle that compares each figure's line and column with the set of
            // the claims' starts (ReadingPipeline.RunOnList).
            var first = new SourceText(text);
            var streamed = ReadingPipeline.Run(first, new ReportBuilder(first));
            var second = new SourceText(text);
            var listed = ReadingPipeline.RunOnList(second, new ReportBuilder(second));
            return (streamed.UnplacedFigureCount == listed.UnplacedFigureCount)
                .Label($"{streamed.UnplacedFigureCount} / {listed.UnplacedFigureCount}");
        });
}
