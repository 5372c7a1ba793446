using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 25 (issue 8, the reader's allocation with margin): each cut replaces a string, list or array by something
/// that answers the same, and each answer is checked here against the code before it (the oracle). The bytes themselves
/// are measured by a probe in a process of its own, not here (docs/performance.md "Reader, session 25: allocation with
/// margin"); the golden read results (<see cref="ReadResultGoldenTests"/>) hold the whole output identical.
/// </summary>
public class AllocationMarginTests
{
    /// <summary>Characters of figures and of what stands around them, so that short texts repeat and collide.</summary>
    private static Gen<string> FigureLike(int maxLength) =>
        from n in Gen.Choose(0, maxLength)
        from chars in Gen.ArrayOf(Gen.Elements('0', '1', '5', '9', '.', ',', ' ', '%', '=', '-', '万', '分'), n)
        select new string(chars);

    [Property(MaxTest = 500)]
    public Property FigureTexts_GiveAStringEqualToTheText()
        => Prop.ForAll(FigureLike(12).ToArbitrary(), text =>
        {
            // Whatever the table holds (other tests read texts at the same time), the answer is the text itself.
            var first = FigureTexts.Of(text.AsSpan());
            var again = FigureTexts.Of(text.AsSpan());
            return (first == text && again == text).Label($"'{text}' -> '{first}', '{again}'");
        });

    [Fact]
    public void FigureTexts_ShareAShortText_AndMakeALongOneEachTime()
    {
        // "100.00" fits the table (6 characters): asked twice in a row it is one string — unless a test on another thread
        // put another text in its slot in between, so the pair is asked for up to ten times.
        var shared = false;
        for (var attempt = 0; attempt < 10 && !shared; attempt++)
        {
            shared = ReferenceEquals(FigureTexts.Of("100.00".AsSpan()), FigureTexts.Of("100.00".AsSpan()));
        }

        Assert.True(shared);
        var longText = "12345678.90";   // 11 characters, over MaxLength (8): made anew each time, equal to the text
        Assert.True(longText.Length > FigureTexts.MaxLength);
        var a = FigureTexts.Of(longText.AsSpan());
        var b = FigureTexts.Of(longText.AsSpan());
        Assert.Equal(longText, a);
        Assert.NotSame(a, b);
        Assert.Same(string.Empty, FigureTexts.Of(ReadOnlySpan<char>.Empty));
    }

    /// <summary><see cref="Scanner.PlainDigits"/> before session 25: a substring, or the characters without ',' and ' '.</summary>
    private static string PlainDigitsBefore(string s, int start, int end, bool grouped)
    {
        if (!grouped)
        {
            return s.Substring(start, end - start);
        }

        var sb = new StringBuilder(end - start);
        for (var k = start; k < end; k++)
        {
            if (s[k] != ',' && s[k] != ' ')
            {
                sb.Append(s[k]);
            }
        }

        return sb.ToString();
    }

    [Property(MaxTest = 500)]
    public Property PlainDigits_AsBefore()
        => Prop.ForAll(
            (from s in FigureLike(40) from a in Gen.Choose(0, 40) from b in Gen.Choose(0, 40) from grouped in Gen.Elements(true, false)
             select (s, a, b, grouped)).ToArbitrary(),
            c =>
            {
                // Ranges of 0–40 characters: under and over the stack buffer (16) and the table's length (8).
                var start = Math.Min(c.a, c.s.Length);
                var end = Math.Min(Math.Max(c.b, start), c.s.Length);
                var before = PlainDigitsBefore(c.s, start, end, c.grouped);
                var now = Scanner.PlainDigits(c.s, start, end, c.grouped);
                return (before == now).Label($"'{c.s}'[{start}, {end}) grouped {c.grouped}: '{before}' vs '{now}'");
            });

    /// <summary>Opening words of paragraphs: codes (ASCII, full-width, bracketed, spaced), numbers, names and marks.</summary>
    private static Gen<string> Openings =>
        from n in Gen.Choose(0, 8)
        from pieces in Gen.ArrayOf(
            Gen.Elements(
                "2010301", "201 03 01", "[2010301]", "【20501】", "［205］", "２０１０３", "205", "2024", "12", "1.", " ", "  ", "　",
                "行政运行", "一般公共服务支出", ":", ",", "(类)", "[", "【", "x", "-", "\t", "0"),
            n)
        select string.Concat(pieces);

    [Property(MaxTest = 1000)]
    public Property MayStartCode_IsNecessaryForACode()
        => Prop.ForAll(Openings.ToArbitrary(), text =>
        {
            // The pre-test must never refuse a word the code parser takes: a refusal is only where it finds no code.
            var parsed = FunctionalCode.TryParseLabelled(NarrativeReader.FirstWord(text, out _), out _, out _);
            return (!parsed || NarrativeReader.MayStartCode(text)).Label($"'{text}': parsed {parsed}");
        });

    /// <summary>Whether the core's code scanner finds a code at the start of the reader's first word of <paramref name="text"/>.</summary>
    private static bool Scans(string text) => CodeText.TryScan(NarrativeReader.FirstWord(text, out _), out _, out _, out _);

    /// <summary>
    /// The characters the core's scanner takes as a code's opening, derived from <c>CodeText.TryScan</c> itself over the whole
    /// BMP (not copied from it): a character before "205]" or "[205]" that it accepts is white space, an opening bracket or a
    /// digit. A character the scanner learns to open with joins this set, and the properties below then test it.
    /// </summary>
    private static readonly Lazy<char[]> ScannerOpenings = new(() =>
    [
        .. Enumerable.Range(0, 0x10000).Select(i => (char)i)
            .Where(c => Scans(c + "205]") || Scans(c + "[205]") || Scans(c + "205")),
    ]);

    /// <summary>The characters the scanner reads as a digit: those of <see cref="ScannerOpenings"/> that are a code alone.</summary>
    private static readonly Lazy<char[]> ScannerDigits = new(() => [.. ScannerOpenings.Value.Where(c => Scans(c.ToString()))]);

    [Fact]
    public void ScannerOpenings_HoldTheKnownOpenings()
    {
        // The derivation is not vacuous: white space (ASCII, tab, ideographic), the three brackets and both digit sets are
        // among the openings, and 'x', ':' and ']' are not; the digits are exactly 0–9 and ０–９ (20) as the scanner reads today.
        var openings = ScannerOpenings.Value;
        foreach (var c in " \t\u3000[【［09０９")
        {
            Assert.Contains(c, openings);
        }

        Assert.DoesNotContain('x', openings);
        Assert.DoesNotContain(']', openings);
        Assert.DoesNotContain(':', openings);
        Assert.Equal(20, ScannerDigits.Value.Length);
    }

    [Fact]
    public void MayStartCode_TakesEveryOpeningOfTheScanner()
    {
        // Every character of the BMP in every place an opening stands (before a code, before a bracketed code, before white
        // space and a code): where the scanner takes the text, the pre-test must too — else a code would be lost silently.
        var missed = new List<string>();
        for (var i = 0; i < 0x10000; i++)
        {
            var c = (char)i;
            foreach (var text in new[] { c + "205", c + "205]", c + "[205]", c + " 205", " " + c + "205]" })
            {
                if (Scans(text) && !NarrativeReader.MayStartCode(text))
                {
                    missed.Add(text);
                }
            }
        }

        Assert.Empty(missed);
    }

    /// <summary>
    /// Texts built from the scanner's own openings (<see cref="ScannerOpenings"/>, so every kind of white space, bracket and digit
    /// it takes), its digits, separators, closing brackets and words, up to past the first word's 40 characters.
    /// </summary>
    private static Gen<string> ScannerLike =>
        from n in Gen.Choose(0, 12)
        from pieces in Gen.ArrayOf(
            Gen.OneOf(
                Gen.Elements(ScannerOpenings.Value).Select(c => c.ToString()),
                Gen.Elements(ScannerDigits.Value).Select(c => c.ToString()),
                Gen.Elements("]", "】", "］", "|", " ", "　", "行政运行", ":", ",", "x", "2010301", "          ")),
            n)
        select string.Concat(pieces);

    [Property(MaxTest = 2000)]
    public Property MayStartCode_IsNecessaryForTheScanner()
        => Prop.ForAll(ScannerLike.ToArbitrary(), text =>
        {
            // The scanner itself, not the functional code's validation, is what the pre-test stands before: every text whose
            // first word it scans passes the pre-test.
            var scanned = Scans(text);
            return (!scanned || NarrativeReader.MayStartCode(text)).Label($"'{text}': scanned {scanned}");
        });

    [Theory]
    [InlineData("2010301 行政运行:支出 5 万元", true)]
    [InlineData("  【20501】普通教育", true)]
    [InlineData("２０５ 教育支出", true)]   // full-width digits
    [InlineData("一般公共服务支出 2010301", false)]   // the code is not at the start
    [InlineData("行政运行:2010301", false)]   // past the first word
    [InlineData("", false)]
    public void MayStartCode_Cases(string text, bool expected) => Assert.Equal(expected, NarrativeReader.MayStartCode(text));

    [Fact]
    public void ItemString_IsFindStringOfTheItemsPointer()
    {
        // A list of objects with and without a code, a code that is a number (no string), and a compact row: every item's
        // "code" read by index answers as the look-up of its pointer did, and past either end there is none.
        var b = new ReportBuilder(new SourceText("本年支出 12.5 万元。"));
        var span = new SourceSpan(1, 1, 1, 2);
        const string List = "/narrative/generalBudget/items";
        var first = b.Append(List);
        b.Set(first + "/code", "2010301", span);
        b.Set(first + "/name", "行政运行", span);
        var second = b.Append(List);
        b.Set(second + "/name", "事业运行", span);   // no code
        var third = b.Append(List);
        b.Set(third + "/code", 205, span);   // a number, not a string
        var row = b.AppendItemWithRoom(List, out var rowNode, 2);
        b.SetInRow(rowNode, row, "code", "2050101", span);
        var items = b.Find(List);
        Assert.NotNull(items);
        for (var i = -1; i <= 4; i++)
        {
            var expected = b.FindString(List + "/" + i.ToString(CultureInfo.InvariantCulture), "code");
            Assert.Equal(expected, ReportBuilder.ItemString(items!, i, "code"));
        }

        Assert.Equal("2010301", ReportBuilder.ItemString(items!, 0, "code"));
        Assert.Null(ReportBuilder.ItemString(items!, 1, "code"));
        Assert.Null(ReportBuilder.ItemString(items!, 2, "code"));
        Assert.Equal("2050101", ReportBuilder.ItemString(items!, 3, "code"));
        Assert.Null(ReportBuilder.ItemString(b.Find(first)!, 0, "code"));   // an object, not a list
    }

    [Fact]
    public void FigureStarts_AfterARelease_ReadAnotherTextExactly()
    {
        // The bits are rented: a second count on the thread gets the first one's array back and must see none of its
        // starts. A text dense with figures, released, then a sparse one: the second records only its own starts.
        var dense = string.Concat(Enumerable.Repeat("收入 12.5 万元，支出 3 万元，增长 5%。\n", 60));
        var sparse = "说明\n\n本年支出 7 万元。\n";
        var first = Starts(dense, release: true);
        Assert.True(first.Count >= 180);
        var second = Starts(sparse, release: false);
        Assert.Equal(Oracle(sparse), second);
        Assert.Single(second);
    }

    private static List<int> Starts(string text, bool release)
    {
        var source = new SourceText(text);
        var figures = new FigureStarts(source.Text.Length);
        foreach (var block in Paragraphs.Split(source.Text))
        {
            figures.Add(block);
        }

        var positions = figures.Positions();
        if (release)
        {
            figures.Release();
            Assert.Empty(figures.Positions());   // released: as if none had been recorded
        }

        return positions;
    }

    private static List<int> Oracle(string text)
    {
        var source = new SourceText(text);
        var oracle = new List<int>();
        foreach (var block in Paragraphs.Split(source.Text))
        {
            var next = 0;
            while (Scanner.Next(block.Content.Text, ref next, out var token))
            {
                if (token.Unit != FigureUnit.None)
                {
                    oracle.Add(block.Content.At(token.Start));
                }
            }
        }

        return oracle.OrderBy(p => p).ToList();
    }

    /// <summary>Lines of texts the splitter decides on: prose, headings, one-cell-per-line cells, blank cells, rows.</summary>
    private static Gen<string> SplitterTexts =>
        from n in Gen.Choose(0, 260)
        from lines in Gen.ArrayOf(
            Gen.Elements(
                "本年收入 5 万元。", "一、收入支出决算总体情况说明", "项目", "支出", "12.50", "7", "-", "合计", "公务用车 |", "购置费 |",
                "|", "", " ", "本年支出 3", "万元，比上年增加。", "| 项目 | 金额 |", "收入\t5\t6", "第 3 页", "（一）基本支出"),
            n)
        select string.Join("\n", lines);

    [Property(MaxTest = 200)]
    public Property Splitter_BlocksDoNotDependOnWhenPlacedLinesAreForgotten()
        => Prop.ForAll(SplitterTexts.ToArbitrary(), text =>
        {
            // Up to 260 lines, many short candidate lines that wait for the numbers after them: the list of lines read
            // ahead is cut every 16 placed lines now (every 64 before session 25); never cutting it is the oracle.
            var now = Paragraphs.Split(text);
            var never = Paragraphs.Split(text, int.MaxValue);
            var every = Paragraphs.Split(text, 64);
            return (Same(now, never) && Same(every, never)).Label($"{now.Count} / {never.Count} / {every.Count} blocks");
        });

    private static bool Same(List<Block> a, List<Block> b)
        => a.Count == b.Count && a.Zip(b).All(p => p.First.Kind == p.Second.Kind
            && p.First.Content.Text == p.Second.Content.Text && StartOf(p.First) == StartOf(p.Second)
            && p.First.BlankCellsAfter == p.Second.BlankCellsAfter && p.First.Continued == p.Second.Continued);

    private static int StartOf(Block block) => block.Content.Length == 0 ? -1 : block.Content.At(0);
}
