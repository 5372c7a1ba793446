using System.Globalization;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The text passes made cheaper per character in session 18 (issue 8), each against the slower path it replaced:
/// normalisation in one pass with a table read per character (against <see cref="SourceTextOracleTests"/>' character-by-
/// character oracle), the line of a position by the line after the last one or a written-out binary search (against a
/// search of the starts), and the magnitude check's reading of plain amounts (against <c>decimal.TryParse</c>, to the
/// bit). The text checks' scan was tried with a six-bit first test per character and measured slower than
/// <see cref="CharSearch"/> (docs/performance.md, session 18): its property stays, as an oracle of whatever the scan uses.
/// </summary>
public class TextPassCpuTests
{
    /// <summary>Characters the normalisation rules touch, one rule each, and plain ones.</summary>
    private static readonly char[] Touched =
    [
        '費', '決', '萬', '總', '計', '經', '撥', '財', '於', '収',            // Traditional → Simplified
        '１', '９', '，', '：', '；', '％', '（', '）', '．', 'ａ', 'Ｚ', '～', '！', // full-width → ASCII
        '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u2212', '\u2013', '\u3001', '\uFEFF', '\0',
        '*', '(', ')', '\r', '\n', 'j', 'ì', 'y', 'ù', 'ǎ',                     // drops: "**", "\r", glosses
        '预', '算', '支', '出', '年', '，', '1', '2', '.', ' ', 'a', '|',       // plain prose, digits, separators
    ];

    /// <summary>
    /// Random texts over the characters each rule touches (a Traditional character before a bracketed pinyin syllable,
    /// "**", "\r\n", NUL and byte-order marks among them) and plain prose: the normalised text and every origin are the
    /// oracle's — the pass writes each character as the table gives it and looks closer only at what may be dropped.
    /// </summary>
    [Property(MaxTest = 600)]
    public Property Normalisation_OnePass_AsTheOracle()
    {
        var piece = Gen.Frequency(
            (8, Gen.Elements(Touched).Select(c => c.ToString())),
            (2, Gen.Elements("總計(jì)", "預算（yù）", "**", "\r\n", "(jì)", "费用(fèi)", "，", "1 234.56", "１２.３")),
            (2, Gen.Choose(1, 30).Select(n => new string('年', n))));
        var gen = Gen.Choose(0, 80).SelectMany(n => piece.ArrayOf(n)).Select(string.Concat)
            .Select(text => text.Replace("\0", string.Empty, StringComparison.Ordinal));   // NUL: see SourceTextOracleTests
        return Prop.ForAll(gen.ToArbitrary(), text => SourceTextOracleTests.SameAsOracle(text).Label(Escape(text)));
    }

    /// <summary>
    /// Hand-made: "總計(jì)１２，**本年**\r\n" — 總計 become 总计, the gloss "(jì)" after an ideograph is dropped, full-width
    /// digits and comma become ASCII, both "**" and the "\r" are dropped: "总计12,本年\n". Origins: 总 0, 计 1, then
    /// 6, 7, 8 (the gloss is 2–5), 本 11 and 年 12 (the "**" at 9–10), "\n" at 16 ("**" 13–14, "\r" 15), end 17.
    /// </summary>
    [Fact]
    public void Normalisation_HandMade()
    {
        var source = new SourceText("總計(jì)１２，**本年**\r\n");
        Assert.Equal("总计12,本年\n", source.Text);
        Assert.Equal([0, 1, 6, 7, 8, 11, 12, 16, 17], Enumerable.Range(0, source.Origin.Length).Select(i => source.Origin[i]));
    }

    /// <summary>The first characters of the text checks' words (placeholders, 占, 本部门/本单位), as TextChecks lists them.</summary>
    private static readonly char[] Starts = [.. TextChecks.Placeholders.Select(p => p[0]).Concat(['占', '本']).Distinct()];

    /// <summary>
    /// Characters that share their low six bits with a start but are not one (a six-bit first test would pass them):
    /// found by the rule itself, so the test does not depend on which starts there are.
    /// </summary>
    private static readonly char[] Lookalikes = [.. Enumerable.Range(0x4E00, 0x5000).Select(c => (char)c)
        .Where(c => Array.IndexOf(Starts, c) < 0 && Starts.Any(s => (s & 63) == (c & 63))).Take(40)];

    /// <summary>
    /// Random texts of starts, look-alikes (same low six bits, not a start) and plain prose, searched from every index,
    /// with and without blank stretches: the scan's next start is what a loop over every character finds.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property NextStart_AsALoopOverEveryCharacter()
    {
        var piece = Gen.Frequency(
            (2, Gen.Elements(Starts).Select(c => c.ToString())),
            (3, Gen.Elements(Lookalikes).Select(c => c.ToString())),
            (3, Gen.Elements("年", "支出", "12.34", "\n", "，", "a", "  ")),
            (1, Gen.Choose(0, 60).Select(n => new string('年', n))));
        var gen = piece.ArrayOf().Select(string.Concat);
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var same = true;
            for (var from = 0; from <= text.Length; from++)
            {
                same &= TextChecks.NextStart(text, from, null) == Loop(text, from);
            }

            return same.Label(text);
        });
    }

    /// <summary>
    /// Blank stretches marked (<see cref="SourceText.BlankChunks"/>) are passed over as before: a start after a blank
    /// chunk of 4 Ki spaces is found from before the chunk, and from inside it.
    /// </summary>
    [Fact]
    public void NextStart_PassesOverBlankChunks()
    {
        var text = new string(' ', SourceText.ChunkLength) + "年年增加";
        var blank = new[] { true, false };
        Assert.Equal(SourceText.ChunkLength + 2, TextChecks.NextStart(text, 0, blank));
        Assert.Equal(SourceText.ChunkLength + 2, TextChecks.NextStart(text, 17, blank));
        Assert.Equal(-1, TextChecks.NextStart(text, SourceText.ChunkLength + 3, blank));
        Assert.NotEmpty(Lookalikes);   // the property above meets characters a six-bit test would take for starts
    }

    /// <summary>
    /// Random line lengths (empty lines among them) and every offset asked for forwards — the line after the last one
    /// answers most — then backwards and at random: the line and column are those of a search of the line starts.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Position_AsASearchOfTheLineStarts()
    {
        var gen = Gen.Choose(0, 6).ArrayOf().Select(lengths => string.Join("\n", lengths.Select(n => new string('字', n))));
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var source = new SourceText(text);
            var starts = new List<int> { 0 };
            starts.AddRange(Enumerable.Range(0, text.Length).Where(i => text[i] == '\n').Select(i => i + 1));
            var offsets = Enumerable.Range(0, text.Length + 1).ToList();
            offsets.AddRange(Enumerable.Range(0, text.Length + 1).Reverse());
            offsets.AddRange(Enumerable.Range(0, text.Length + 1).Select(k => (k * 7919) % (text.Length + 1)));
            return offsets.All(o =>
            {
                var line = starts.FindLastIndex(s => s <= o);
                return source.Position(o) == (line + 1, o - starts[line] + 1)
                    && SourceText.LineOf([.. starts], o) == line;
            }).Label(Escape(text));
        });
    }

    /// <summary>
    /// Hand-made: "a\n\nbc\n" has lines starting at 0, 2, 3 and 6. Offset 2 (the empty line) is line 2 column 1 and is
    /// reached from line 1 by the next-line step; offset 3 then line 3 column 1; offset 6 (the end, after the last "\n")
    /// line 4 column 1; back to offset 1 (the first "\n") line 1 column 2 by the search.
    /// </summary>
    [Fact]
    public void Position_HandMade()
    {
        var source = new SourceText("a\n\nbc\n");
        Assert.Equal((1, 1), source.Position(0));
        Assert.Equal((2, 1), source.Position(2));
        Assert.Equal((3, 1), source.Position(3));
        Assert.Equal((3, 2), source.Position(4));
        Assert.Equal((4, 1), source.Position(6));
        Assert.Equal((1, 2), source.Position(1));
    }

    /// <summary>
    /// Random strings over digits, '.', signs, ',', spaces and 'e' (plain amounts, numbers with thousands separators,
    /// signs, leading and trailing zeros, more than 18 digits, a dangling point): the magnitude check reads exactly what
    /// <c>decimal.TryParse</c> reads, the decimal's bits included (its scale: "0.50" stays two decimals).
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property TryParseAmount_AsDecimalTryParse()
    {
        var piece = Gen.Frequency(
            (10, Gen.Elements('0', '1', '5', '9').Select(c => c.ToString())),
            (2, Gen.Elements(".", "-", "+", ",", " ", "e", "00", "12345678901234567")));
        var gen = Gen.Choose(0, 12).SelectMany(n => piece.ArrayOf(n)).Select(string.Concat);
        return Prop.ForAll(gen.ToArbitrary(), text => SameAsTryParse(text).Label(text));
    }

    /// <summary>
    /// Hand-made, reasoned from the decimal's layout: "12834.56" is 1,283,456 with scale 2; "0.50" is 50 with scale 2
    /// (the trailing zero kept); "007" is 7; 18 digits are read here, 19 and 29 digits and "1,234", "1." and "-5" by the
    /// runtime — each the same as <c>decimal.TryParse</c>.
    /// </summary>
    [Fact]
    public void TryParseAmount_HandMade()
    {
        Assert.True(TextChecks.TryParseAmount("12834.56", out var a));
        Assert.Equal(new[] { 1_283_456, 0, 0, 2 << 16 }, decimal.GetBits(a));
        Assert.True(TextChecks.TryParseAmount("0.50", out var b));
        Assert.Equal(new[] { 50, 0, 0, 2 << 16 }, decimal.GetBits(b));
        Assert.True(TextChecks.TryParseAmount("007", out var c));
        Assert.Equal(7m, c);
        string[] texts = ["123456789012345678", "1234567890123456789", "12345678901234567890123456789", "1,234", "1.", "-5", "", "."];
        foreach (var text in texts)
        {
            Assert.True(SameAsTryParse(text), text);
        }
    }

    private static bool SameAsTryParse(string text)
    {
        var expected = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var e);
        var actual = TextChecks.TryParseAmount(text, out var a);
        return expected == actual && (!expected || decimal.GetBits(e).SequenceEqual(decimal.GetBits(a)));
    }

    private static int Loop(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (Array.IndexOf(Starts, text[i]) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString()));
}
