using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The block split made cheaper per line in session 20 (issue 8: the split is 15–35 % of a read of the Shanghai texts,
/// whose tables are written one cell per line — docs/performance.md, "Reader, session 20: the floor"). Each cut is a
/// test that can only rule out, before the tests it guards: a line without a tab, '|' or space is no table row; a line
/// whose last character is not 表, 明, 况 or 算 ends in none of the heading words; the numerals by a comparison, not a
/// search of "一二…十"; white space looked at one character at a time before the vectorised search. The properties
/// compare each with the tests it guards, written out from their definitions.
/// </summary>
public class ReadFloorSplitTests
{
    private const string Numerals = "一二三四五六七八九十";

    [Fact]
    public void IsChineseNumeral_IsExactlyTheTenNumerals_ForEveryCharacter()
    {
        var count = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var expected = Numerals.Contains((char)c, StringComparison.Ordinal);
            Assert.Equal(expected, BlockClassifier.IsChineseNumeral((char)c));
            count += expected ? 1 : 0;
        }

        Assert.Equal(10, count);   // 一 二 三 四 五 六 七 八 九 十, nothing else (not 〇, 零, 百 or 两)
        Assert.False(BlockClassifier.IsChineseNumeral('零'));
    }

    /// <summary>
    /// Random lines over tabs, '|', spaces, punctuation, digits and prose: <see cref="BlockClassifier.Classify"/> says
    /// "table row" exactly when one of the six table tests holds (two tabs, a leading '|', " | ", a space-aligned row, a
    /// row of cells apart by one space — session 43 —, a frameless row of two bars or more — session 52), and the pre-test
    /// says "maybe" whenever one does.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property TableRow_AsTheFourTests()
    {
        var piece = Gen.Frequency(
            (6, Gen.Elements("收入", "支出", "决算", "合计", "项目", "年", "12.50", "3", "，", "。", "、", ":", "一", "（")),
            (3, Gen.Elements("\t", "|", " ", "  ", " | ", "   ")));
        var gen = Gen.Choose(1, 12).SelectMany(n => piece.ArrayOf(n)).Select(string.Concat).Where(l => l.Length > 0);
        return Prop.ForAll(gen.ToArbitrary(), line =>
        {
            var tabs = line.Count(c => c == '\t');
            var fourTests = tabs >= 2 || line[0] == '|' || line.Contains(" | ", StringComparison.Ordinal)
                || BlockClassifier.IsSpaceAlignedRow(line, 0, line.Length)
                || InlineSpaceTable.IsSingleSpaceRow(line, 0, line.Length)    // session 43: the fifth test
                || BlockClassifier.IsFramelessBarRow(line, 0, line.Length);   // session 52: the sixth
            var kind = BlockClassifier.Classify(line, 0, line.Length, out _);
            var may = BlockClassifier.MayBeTableRow(line, 0, line.Length);
            return (fourTests == (kind == BlockKind.TableRow) && (!fourTests || may)
                && may == (line.IndexOfAny(['\t', '|', ' ']) >= 0)).Label(line.Replace("\t", "\\t", StringComparison.Ordinal));
        });
    }

    /// <summary>
    /// Headings decided by their last words, each reasoned from <see cref="BlockClassifier.Classify"/>'s rules: a table
    /// title ends in 决算表/总表/明细表 (≤ 40 characters, no 。); a web page's title ends in 说明/情况/决算 and names 决算 or
    /// 三公 without 。,;: (≤ 60); an unnumbered heading ends in 说明/情况/概况 (an optional 。 after it), names a subject
    /// (收入 支出 决算 …) and has no digit or clause mark (≤ 30); "4." before such a heading makes it a heading, before a
    /// sentence a list item. Lines whose last character is none of 表 明 况 算 — and one- or two-character lines, where
    /// the words would reach back before the line — are prose.
    /// </summary>
    [Theory]
    [InlineData("收入支出决算总表", "Heading")]
    [InlineData("财政拨款“三公”经费支出决算表", "Heading")]
    [InlineData("政府采购支出明细表", "Heading")]
    [InlineData("2020年某局“三公”经费决算情况说明", "Heading")]
    [InlineData("某局部门决算", "Heading")]
    [InlineData("机关运行经费支出情况", "Heading")]
    [InlineData("国有资产占用情况。", "Heading")]
    [InlineData("部门基本概况", "Prose")]            // 概况 but no subject word
    [InlineData("收入概况", "Heading")]
    [InlineData("4.机关运行经费支出情况", "Heading")]
    [InlineData("4.本年度支出12万元", "ListItem")]
    [InlineData("收入支出决算总表格", "Prose")]      // 格 after 表: no title word at the end
    [InlineData("的政府采购支出情况。", "Prose")]     // the tail of a broken sentence
    [InlineData("况", "Prose")]
    [InlineData("况。", "Prose")]
    [InlineData("。", "Prose")]
    [InlineData("表", "Prose")]
    public void Headings_ByTheirLastWords(string line, string expected)   // the kind by name: BlockKind is internal
        => Assert.Equal(Enum.Parse<BlockKind>(expected), BlockClassifier.Classify(line, 0, line.Length, out _));

    /// <summary>
    /// A line cut out of a longer text ([s, e) not at 0): "。" right after "收入支出情况" is a line of its own here; the
    /// heading words before it are not its own, and it names no subject within itself, so it stays prose, where the whole
    /// "收入支出情况。" is a heading (ends in 情况 before its 。, names 收入) and so is "支出决算总表" further on.
    /// </summary>
    [Fact]
    public void Heading_InsideALongerText_LooksAtTheLineOnly()
    {
        const string Text = "收入支出情况。\n支出决算总表\n";
        Assert.Equal(BlockKind.Heading, BlockClassifier.Classify(Text, 0, 7, out _));
        Assert.Equal(BlockKind.Prose, BlockClassifier.Classify(Text, 6, 7, out _));
        Assert.Equal(BlockKind.Heading, BlockClassifier.Classify(Text, 8, 14, out _));
    }

    /// <summary>
    /// Runs of white space of every length around the scalar probe's 8 characters (and past it, where the vectorised search
    /// takes over), from any start, to any end: the first other character is the one a loop over
    /// <see cref="char.IsWhiteSpace(char)"/> finds.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property IndexOfOther_AsALoop()
    {
        var white = Gen.Elements(' ', '\n', '\t', '\r', '\u3000', '\u00A0', '\u2003', '\u0085');
        var other = Gen.Elements('年', 'a', '1', '|', '\u200B', '\uFEFF');
        var gen = from run in Gen.Choose(0, 20)
                  from whites in white.ArrayOf(run)
                  from tail in Gen.Frequency((3, other.ArrayOf(1)), (1, Gen.Constant(Array.Empty<char>())))
                  from lead in Gen.Choose(0, 3)
                  from cut in Gen.Choose(0, 3)
                  let text = new string('字', lead) + new string(whites) + new string(tail) + new string(' ', cut)
                  from start in Gen.Choose(0, text.Length)
                  from end in Gen.Choose(start, text.Length)
                  select (text, start, end);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var expected = -1;
            for (var i = c.start; i < c.end; i++)
            {
                if (!char.IsWhiteSpace(c.text[i]))
                {
                    expected = i;
                    break;
                }
            }

            return (WhiteSpace.IndexOfOther(c.text, c.start, c.end) == expected).Label($"{c.text.Length} {c.start} {c.end}");
        });
    }

    /// <summary>
    /// By hand: "  \n\n" then 8 more spaces then "年": from 0 the first other character is at 4 + 8 = 12 (past the scalar
    /// probe, found by the vectorised search); up to 12 there is none; from 12 it is 12 itself; U+200B (zero width space)
    /// and U+FEFF are not white space for .NET, so they are found.
    /// </summary>
    [Fact]
    public void IndexOfOther_ByHand()
    {
        var text = "  \n\n" + new string(' ', 8) + "年";
        Assert.Equal(12, WhiteSpace.IndexOfOther(text, 0, text.Length));
        Assert.Equal(-1, WhiteSpace.IndexOfOther(text, 0, 12));
        Assert.Equal(12, WhiteSpace.IndexOfOther(text, 12, 13));
        Assert.Equal(-1, WhiteSpace.IndexOfOther(text, 5, 5));
        Assert.Equal(1, WhiteSpace.IndexOfOther(" \u200B", 0, 2));
        Assert.Equal(2, WhiteSpace.IndexOfOther("\u3000\u00A0\uFEFF", 0, 3));
    }
}
