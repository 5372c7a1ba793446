using System.Text;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The reader's passes made bounded and single (issue 14): the normalised text shared when nothing changes, line
/// starts found lazily, the text checks in one pass (the same findings as the fourteen whole-text scans they replace),
/// the block splitter with a bounded look-ahead and paragraphs closed at <see cref="Paragraphs.MaxParagraphLength"/>.
/// </summary>
public class ReaderPassesTests
{
    [Fact]
    public void UnchangedText_IsItsOwnNormalisedText_AndPositionsStayExact()
    {
        var original = "abc\n\tdef\n";
        var source = new SourceText(original);
        Assert.Same(original, source.Text);
        Assert.Equal(1, source.Origin.Runs);
        // 'e' is the 7th character (index 6): line 2 ("\tdef"), column 3.
        Assert.Equal((2, 3), source.Position(source.Origin[6]));
    }

    [Fact]
    public void ChangedText_CopiesFromTheFirstChange_AndMapsBack()
    {
        // "ab\r\n（c": '\r' dropped, the full-width bracket becomes '(' — normalised "ab\n(c", whose index 2 ('\n')
        // maps to 3, 3 (the bracket) to 4, 4 ('c') to 5 and the end (5) to 6.
        var source = new SourceText("ab\r\n（c");
        Assert.Equal("ab\n(c", source.Text);
        Assert.Equal(3, source.Origin[2]);
        Assert.Equal(5, source.Origin[4]);
        Assert.Equal(6, source.Origin[5]);
        Assert.Equal((2, 2), source.Position(source.Origin[4]));
    }

    /// <summary>The placeholder words of <see cref="TextChecks"/>, in its order.</summary>
    private static readonly string[] Words =
        ["XX", "xx", "××", "某某", "增加(减少)", "减少(增加)", "增长(下降)", "下降(增长)", "减增加", "增减少", "大于(小于)", "小于(大于)"];

    /// <summary>
    /// The checks as they were written before the single pass — one IndexOf loop per word (next search after the match,
    /// at most 50 reported, "XX" after an ASCII letter or digit skipped), every 占 (no 本单位: see below) — as (rule, column).
    /// </summary>
    private static List<(string Rule, int Column)> Reference(string text)
    {
        var found = new List<(string, int)>();
        foreach (var word in Words)
        {
            var at = 0;
            var reported = 0;
            while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0 && reported < 50)
            {
                if (!(word is "XX" or "xx" && at > 0 && char.IsLetterOrDigit(text[at - 1]) && text[at - 1] < 128))
                {
                    found.Add((TextRules.Placeholder.Id, at + 1));
                    reported++;
                }

                at += word.Length;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '占')
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && j - i < 20 && !Scanner.IsDigit(text[j]) && text[j] != ',' && text[j] != '。' && text[j] != ';')
            {
                j++;
            }

            if (j < text.Length && Scanner.IsDigit(text[j]))
            {
                var numbers = Scanner.Numbers(text.Substring(j, Math.Min(30, text.Length - j)));
                if (numbers.Count > 0 && numbers[0].Start == 0 && numbers[0].Unit == FigureUnit.None && numbers[0].Decimals > 0)
                {
                    found.Add((TextRules.ShareWithoutPercent.Id, i + 1));
                }
            }
        }

        // No FA8004 since session 39: these texts state no 部门决算 and count no units, so their 本单位 shows no department of
        // several units (the wording finding's place among the others is pinned by TextScanTests).
        return found;
    }

    [Property(MaxTest = 300)]
    public Property TextChecks_InOnePass_FindWhatTheWholeTextScansFound()
    {
        // One line of pieces that make, break and overlap the words ("XXX", "a" + "XX", "增" + "加(减少)", "占 12.5").
        string[] pieces = ["XX", "X", "xx", "a", "7", "××", "某", "某某", "增", "加(减少)", "增加(减少)", "减", "减增加", "增减少", "大于(小于)", "小于(大于)",
            "下降(增长)", "占", "占 12.5", "12.50", "%", ",", "本单位", "本", "单位", " "];
        var gen = Gen.Elements(pieces).ArrayOf().Select(a => string.Concat(a));
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var expected = Reference(text).OrderBy(f => f.Column).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();
            var actual = DisclosureReader.Read(text).TextFindings
                .Where(f => f.RuleId == TextRules.Placeholder.Id
                    || f.RuleId == TextRules.ShareWithoutPercent.Id
                    || f.RuleId == TextRules.EntityWording.Id)
                .Select(f => (Rule: f.RuleId, Column: f.Span!.Value.StartColumn))
                .OrderBy(f => f.Column)
                .ThenBy(f => f.Rule, StringComparer.Ordinal)
                .ToList();
            return expected.SequenceEqual(actual).Label(text);
        });
    }

    [Fact]
    public void TextChecks_ReportEachWordAtMostFiftyTimes()
    {
        // 60 × "XX " and 60 × "某某 ": 50 findings of each, 100 in all.
        var text = string.Concat(Enumerable.Repeat("XX 某某 ", 60));
        Assert.Equal(100, DisclosureReader.Read(text).TextFindings.Count(f => f.RuleId == TextRules.Placeholder.Id));
    }

    [Fact]
    public void LongParagraph_IsClosedAtALineBreakAfterTheLimit()
    {
        // Lines of 99 characters without a sentence end: a paragraph takes lines until it holds the limit, so each
        // paragraph but the last has ⌈limit / 99⌉ lines; with two such paragraphs and 3 lines more there are three,
        // and no character is lost.
        var line = string.Concat(Enumerable.Repeat("本年收入,", 19)) + "收入支出\n";
        var perParagraph = (Paragraphs.MaxParagraphLength + 98) / 99;
        var lines = 2 * perParagraph + 3;
        var blocks = Paragraphs.Split(string.Concat(Enumerable.Repeat(line, lines)));
        Assert.All(blocks, b => Assert.Equal(BlockKind.Prose, b.Kind));
        Assert.Equal(3, blocks.Count);
        Assert.Equal(99 * perParagraph, blocks[0].Content.Length);
        Assert.Equal(99 * 3, blocks[2].Content.Length);
    }

    [Fact]
    public void CellLabels_AreDecidedByTheLinesAroundThem_AcrossBlankLines()
    {
        // A label is a cell when a bare number follows within four non-blank lines and two are within four either
        // side; blank lines between do not count. "项目" has 10.00 three lines on and 10.00, 9.00 around it.
        var blocks = Paragraphs.Split("项目\n\n决算数\n合计\n\n10.00\n9.00\n\n说明文字,不是单元格。\n");
        Assert.Equal(
            ["项目", "决算数", "合计", "10.00", "9.00"], blocks.Where(b => b.Kind == BlockKind.Cell).Select(b => b.Content.Text).ToArray());
        Assert.Equal(BlockKind.Prose, blocks[^1].Kind);
    }

    [Fact]
    public void ManyLines_AreSplitWithABoundedLookAhead()
    {
        // 20,001 lines, a number on every fifth from the first to the last, labels between: every label has a number
        // among the next four lines and two within four either side, so every line is a cell, in order, whatever the
        // look-ahead window holds at a time.
        var text = new StringBuilder();
        for (var i = 0; i <= 20_000; i++)
        {
            text.Append(i % 5 == 0 ? "1.00\n" : "收入\n");
        }

        var blocks = Paragraphs.Split(text.ToString());
        Assert.Equal(20_001, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(BlockKind.Cell, b.Kind));
        Assert.Equal("收入", blocks[19_999].Content.Text);
        Assert.Equal("1.00", blocks[20_000].Content.Text);
    }

    [Fact]
    public void LongLine_IsCutIntoBoundedParagraphs_AfterASentenceEnd()
    {
        // One line of sentences of 20 characters (本年收入 12.34 万元 , 比上年增加 10 。: 4 + 5 + 2 + 1 + 5 + 2 + 1),
        // no line break: 2.5 × the limit. Each cut comes after the last 。 before the limit, so every paragraph but the last is a
        // whole number of sentences, at most the limit long, and together they hold every character of the line.
        var sentence = "本年收入12.34万元,比上年增加10。";
        Assert.Equal(20, sentence.Length);
        var line = string.Concat(Enumerable.Repeat(sentence, Paragraphs.MaxParagraphLength * 5 / 2 / 20));
        var blocks = Paragraphs.Split(line);
        Assert.Equal(3, blocks.Count);
        Assert.All(blocks, b => Assert.True(b.Content.Length <= Paragraphs.MaxParagraphLength));
        Assert.All(blocks.Take(2), b => Assert.EndsWith("。", b.Content.Text, StringComparison.Ordinal));
        Assert.Equal(line, string.Concat(blocks.Select(b => b.Content.Text)));
        // Positions stay exact: the second paragraph starts where the first ended.
        Assert.Equal(blocks[0].Content.Length, blocks[1].Content.At(0));
    }

    [Theory]
    [InlineData("甲乙丙丁戊。己,庚辛", 0, 10, 6)]        // after the last sentence end in the second half
    [InlineData("甲乙丙丁戊己,庚辛壬癸", 0, 10, 7)]      // no sentence end: after the last clause end
    [InlineData("甲乙丙丁戊己12.345678", 0, 10, 6)]     // neither: not inside the number 12.345678
    [InlineData("甲乙丙丁戊己庚辛壬癸子丑", 0, 10, 10)] // neither, no number: at the limit
    [InlineData("甲。乙丙丁戊己庚辛壬癸子", 0, 10, 10)]  // a sentence end in the first half only: not taken
    public void Cut_PrefersASentenceEnd_ThenAClauseEnd_NeverANumber(string text, int start, int limit, int expected)
    {
        Assert.Equal(expected, Paragraphs.Cut(text, start, limit));
    }

    [Property(MaxTest = 300)]
    public Property YuanDocument_OnePass_AnswersAsTheFourScans()
    {
        // The scans the one pass replaced: at least three 元, and no 万, no 亿元, no "单位:" other than "单位:元" (session 16: a
        // declaration of 元 says what the figures' own 元 say); the first 元 marks it.
        // Session 20: 万 before 人, 张, 份, 次 or 户 is a count ("1.3万人"), not 万元.
        // Session 56: 亿元 no longer refuses alone; the 元 that are not 亿元 must be more than twice as many as the 亿元.
        static bool Reference(string t) => Yuan(t) >= 3 && Yuan(t) > 2 * YiYuan(t)
            && !System.Text.RegularExpressions.Regex.IsMatch(t, "万(?![人张份次户])")
            && !System.Text.RegularExpressions.Regex.IsMatch(t, "单位:(?!元)");
        static int YiYuan(string t) => System.Text.RegularExpressions.Regex.Count(t, "亿元");
        static int Yuan(string t) => t.Count(c => c == '元') - YiYuan(t);
        string[] pieces = ["元", "万", "亿", "亿元", "单", "单位:", "单位", "位:", "收入", "1.5", "。", "人", "万人"];
        var gen = Gen.Elements(pieces).ArrayOf().Select(a => string.Concat(a));
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var yuan = NarrativeReader.IsYuanDocument(text, out var first);
            var firstOwn = System.Text.RegularExpressions.Regex.Match(text, "(?<!亿)元").Index;
            return (yuan == Reference(text) && (!yuan || first == firstOwn)).Label(text);
        });
    }
}
