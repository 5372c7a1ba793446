using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Disclosures.Tokens;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A paragraph's numbers found once (session 22, issue 8): a stretch whose ends are cuts has exactly the numbers a scan
/// of the stretch finds; the figure count read from them records the starts of its own scan; a read that uses them gives
/// what the read without them gives (report JSON, outcome, claims, notes, findings).
/// </summary>
public class ParagraphFiguresTests
{
    /// <summary>Pieces with figures of every unit, signs, group commas (also "1, 537"), every stop, spaces and words.</summary>
    private static readonly string[] Pieces =
    [
        "收入", "增长", "其中", "1,234.5万元", "12%", "-3.2", "+7", "1, 537", "8人次", "2辆", "30.5平方米", "0.00 万", "5万人", "元/",
        "3亿元", "4千元", "5名", "名称", "，", "。", "、", ";", ":", ",", "!", "?", "；", "：", "！", "？", " ", "  ", "年", "1", "2",
        ".", "-", "+", "(", ")", "台(套)", "万", "元", "平方", "米", "%", "人", "次", "与上年相比", "主要原因是", "1,2345", "12,",
        "1234567890123456789012345678901", "79228162514264337593543950336", "99999999999999999999999999999.5", "2024年", "0.5",
    ];

    private static readonly Gen<string> Texts =
        Gen.Choose(0, 50).SelectMany(n => Gen.Elements(Pieces).ArrayOf(n)).Select(string.Concat);

    /// <summary>
    /// Hand-made: "收入12万元，增长3%；其中5人。" (17 characters) has three numbers: 12万元 at [2, 6), 3% at [9, 11) and 5人
    /// at [14, 16). The clause 增长3% is [7, 11): a stop either side (，at 6, ；at 11), so its numbers are the second alone;
    /// [0, 6) holds the first, [12, 17) the third. [3, 6) starts between two digits — a scan of it reads "2万元", a
    /// number the paragraph does not have — so it is no range; nor is any stretch of another string with the same text.
    /// </summary>
    [Fact]
    public void HandMade_RangesAtCutsOnly()
    {
        const string Text = "收入12万元，增长3%；其中5人。";
        using var numbers = new ParagraphFigures();
        numbers.Fill(Text);
        Assert.Equal([(2, 6, 12m), (9, 11, 3m), (14, 16, 5m)], numbers.Figures.ToArray().Select(f => (f.Start, f.End, f.Value)));
        Assert.True(numbers.TryRange(Text, 7, 11, out var first, out var end));
        Assert.Equal((1, 2), (first, end));
        Assert.True(numbers.TryRange(Text, 0, 6, out first, out end));
        Assert.Equal((0, 1), (first, end));
        Assert.True(numbers.TryRange(Text, 12, 17, out first, out end));
        Assert.Equal((2, 3), (first, end));
        Assert.False(numbers.TryRange(Text, 3, 6, out _, out _));
        Assert.False(numbers.TryRange(new string(Text.AsSpan()), 7, 11, out _, out _));
    }

    /// <summary>
    /// Hand-made: a space is no cut. In "合计1, 537万元" the number is "1, 537" (a group comma and a space, 2..10 with its
    /// unit), so a stretch starting after the space ([5, 11): "537万元" to a scan of it) is refused; a comma that groups
    /// digits is no stop either ([4, 11) starts right after "1,").
    /// </summary>
    [Fact]
    public void HandMade_SpaceAndGroupCommaAreNoCuts()
    {
        const string Text = "合计1, 537万元。";
        using var numbers = new ParagraphFigures();
        numbers.Fill(Text);
        Assert.Equal([(2, 10, 1537m)], numbers.Figures.ToArray().Select(f => (f.Start, f.End, f.Value)));
        Assert.False(numbers.TryRange(Text, 5, 11, out _, out _));
        Assert.False(numbers.TryRange(Text, 4, 11, out _, out _));
        Assert.True(numbers.TryRange(Text, 0, 11, out var first, out var end));
        Assert.Equal((0, 1), (first, end));
    }

    /// <summary>
    /// The differential: on random texts (numbers of 29 digits and more among them, which the scanner may refuse) the
    /// whole string's numbers are the scanner's, and on random stretches, whenever a range is given it holds exactly the numbers
    /// <see cref="Scanner.NextIn"/> finds in the stretch (span, digits, value, decimals, unit); and the stretches the
    /// narrative reads (its sentences, and the clauses of each) are ranges more often than not (the property counts them,
    /// so that the identity is not checked on refusals alone).
    /// </summary>
    [Property(MaxTest = 500)]
    public Property Range_IsTheStretchScan()
    {
        var gen = Texts.SelectMany(text => Gen.Choose(0, text.Length).ArrayOf(12).Select(cuts => (text, cuts)));
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            using var numbers = new ParagraphFigures();
            numbers.Fill(c.text);
            var same = numbers.TryRange(c.text, 0, c.text.Length, out _, out var all) && all == numbers.Count
                && SameAsScan(numbers, c.text, 0, c.text.Length);   // the whole string is always a range: every number
            for (var k = 0; k + 1 < c.cuts.Length; k += 2)
            {
                same &= SameAsScan(numbers, c.text, Math.Min(c.cuts[k], c.cuts[k + 1]), Math.Max(c.cuts[k], c.cuts[k + 1]));
            }

            foreach (var (from, to) in Stretches(c.text))
            {
                same &= SameAsScan(numbers, c.text, from, to);
            }

            return same.Label(c.text);
        });
    }

    /// <summary>On the seed, the narrative's sentences and clauses are nearly all ranges, and each is its own scan's.</summary>
    [Fact]
    public void Seed_SentencesAndClauses_RangesAsTheirScans()
    {
        var ranges = 0;
        var stretches = 0;
        using var numbers = new ParagraphFigures();
        foreach (var block in Paragraphs.Split(new SourceText(TestFiles.SampleText).Text).Where(b => b.Kind == BlockKind.Prose))
        {
            var text = block.Content.Text;
            numbers.Fill(text);
            foreach (var (from, to) in Stretches(text))
            {
                stretches++;
                ranges += numbers.TryRange(text, from, to, out _, out _) ? 1 : 0;
                Assert.True(SameAsScan(numbers, text, from, to), text.Substring(from, to - from));
            }
        }

        // The seed's prose: its sentences end at 。 and its clauses at stops, so every stretch but a few (a sentence
        // trimmed of a leading space after a stop is still a cut; one after a heading number is not) is a range.
        Assert.True(stretches > 500, stretches.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(ranges * 10 >= stretches * 9, $"{ranges} of {stretches}");
    }

    /// <summary>
    /// The figure count read from a prose block's numbers records the starts its own scan records, on the seed, the
    /// three Shanghai texts and random texts of several lines (joined paragraphs included).
    /// </summary>
    [Fact]
    public void FigureStarts_FromParagraphNumbers_AsItsOwnScan()
    {
        foreach (var text in TestFiles.RealShanghaiTexts.Select(TestFiles.Data).Append(TestFiles.SampleText))
        {
            Assert.Equal(Starts(text, false), Starts(text, true));
        }
    }

    [Property(MaxTest = 300)]
    public Property FigureStarts_FromParagraphNumbers_RandomTexts()
    {
        var gen = Texts.ArrayOf().Select(lines => string.Join("\n", lines));
        return Prop.ForAll(gen.ToArbitrary(), text => Starts(text, false).SequenceEqual(Starts(text, true)).Label(text));
    }

    /// <summary>
    /// A read over the paragraphs' numbers gives what the read without them gives, on the seed, the real texts and every
    /// blind page (a test can fail on any).
    /// </summary>
    [Fact]
    public void Read_OverParagraphNumbers_AsWithout()
    {
        foreach (var text in TokenizerTests.ReadTexts())
        {
            Assert.Equal(Read(text, false), Read(text, true));
        }
    }

    /// <summary>The same on random texts made of the pieces above and lines of the seed.</summary>
    [Property(MaxTest = 200)]
    public Property Read_OverParagraphNumbers_AsWithout_RandomTexts()
    {
        var seedLines = TestFiles.SampleText.Split('\n');
        var gen = Gen.OneOf(Texts, Gen.Elements(seedLines)).ArrayOf().Select(lines => string.Join("\n", lines));
        return Prop.ForAll(gen.ToArbitrary(), text => (Read(text, false) == Read(text, true)).Label(text));
    }

    /// <summary>The narrative's stretches of <paramref name="text"/>: every sentence, and every clause of each.</summary>
    private static List<(int From, int To)> Stretches(string text)
    {
        var stretches = new List<(int, int)>();
        var at = 0;
        while (NarrativeReader.NextSentence(text, ref at, out var start, out var end))
        {
            stretches.Add((start, end));
            var clauseAt = start;
            var depth = 0;
            while (NarrativeReader.NextClause(text, start, end, ref clauseAt, ref depth, out var from, out var to))
            {
                stretches.Add((from, to));
            }
        }

        return stretches;
    }

    private static bool SameAsScan(ParagraphFigures numbers, string text, int from, int to)
    {
        if (!numbers.TryRange(text, from, to, out var first, out var end))
        {
            return true;   // refused: the caller scans
        }

        var scanned = new List<NumberToken>();
        var next = from;
        while (Scanner.NextIn(text, from, to, ref next, out var token))
        {
            scanned.Add(token);
        }

        var ranged = numbers.Figures[first..end].ToArray();
        return ranged.Select(Figure).SequenceEqual(scanned.Select(Figure));
    }

    private static List<int> Starts(string text, bool fromParagraphNumbers)
    {
        var source = new SourceText(text);
        var starts = new FigureStarts(source.Text.Length);
        using var numbers = new ParagraphFigures();
        foreach (var block in Paragraphs.Split(source.Text))
        {
            if (fromParagraphNumbers && block.Kind == BlockKind.Prose)
            {
                numbers.Fill(block.Content.Text);
                starts.Add(block, numbers);
            }
            else
            {
                starts.Add(block);
            }
        }

        return starts.Positions();
    }

    private static string Read(string text, bool paragraphFigures) => TokenizerTests.Read(text, overTokens: false, paragraphFigures);

    private static (int, int, string, decimal, int, FigureUnit, string) Figure(NumberToken f)
        => (f.Start, f.End, f.Digits, f.Value, f.Decimals, f.Unit, f.UnitText);
}
