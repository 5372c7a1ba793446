using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// <see cref="SourceText"/> gives the origin map one run at a time (a run ends where a character is dropped) and finds a
/// position's line from the last line asked for first (session 11). Both must give exactly what the code before gave:
/// the origin of every normalised character appended one by one, and a binary search of the line starts per position —
/// kept here as the oracle (<see cref="OldOrigins"/>, <see cref="OldPosition"/>).
/// </summary>
public class SourceTextOracleTests
{
    /// <summary>Pieces that normalisation changes or drops, and plain ones.</summary>
    private static readonly string[] Pieces =
    [
        "**", "*", "\r", "\r\n", "\n", "\uFEFF", "總計", "(jì)", "（yù）", "(ji)", "(abc)", "（", "(", "預算", "收入", "１２", "　",
        "\u00A0", "—", "\u2212", "，", "：", "abc", "12.5", "万元", "|", "\t", " ",
    ];

    [Fact]
    public void Seed_SameOriginsAndPositions() => AssertSame(TestFiles.SampleText);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void RealTexts_SameOriginsAndPositions(int index) => AssertSame(TestFiles.Data(TestFiles.RealShanghaiTexts[index]));

    /// <summary>
    /// Hand-made: "a**b\r\nc" drops "**" (1–2) and "\r" (4), so the normalised "ab\nc" comes from 0, 3, 5, 6 and
    /// the end (7): three runs — [0], [3], [5, 6, 7].
    /// </summary>
    [Fact]
    public void HandMade_RunsEndWhereCharactersAreDropped()
    {
        var source = new SourceText("a**b\r\nc");
        Assert.Equal("ab\nc", source.Text);
        Assert.Equal([0, 3, 5, 6, 7], Enumerable.Range(0, source.Origin.Length).Select(i => source.Origin[i]));
        Assert.Equal(3, source.Origin.Runs);
    }

    [Property(MaxTest = 500)]
    public Property RandomPieces_SameOriginsAndPositions()
    {
        // Without NUL: the normaliser keeps a NUL before the first character it changes and drops one after (as before
        // session 11 too); the character-by-character oracle below does not model that.
        var random = ArbMap.Default.GeneratorFor<string>().Select(s => (s ?? string.Empty).Replace("\0", string.Empty));
        var piece = Gen.Frequency((6, Gen.Elements(Pieces)), (1, random));
        var gen = Gen.Choose(0, 60).SelectMany(n => piece.ArrayOf(n)).Select(string.Concat);
        return Prop.ForAll(gen.ToArbitrary(), text => Same(text).Label(text));
    }

    /// <summary>
    /// Texts that normalisation changes but drops nothing from (no "\r", "**", byte-order mark or pinyin gloss): since
    /// session 14 they are written straight into their string (<c>string.Create</c>) instead of a rented buffer copied
    /// out — the same text, origins and positions as the oracle. Lone '*' and brackets that open no gloss are among the
    /// pieces, so the look-ahead for drops meets its candidates and must pass over them.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property RandomPiecesWithoutDrops_SameOriginsAndPositions()
    {
        var kept = Pieces.Where(p => !p.Contains('\r', StringComparison.Ordinal) && !p.Contains("**", StringComparison.Ordinal)
            && p != "\uFEFF" && p != "(jì)" && p != "（yù）").ToArray();
        var gen = Gen.Choose(1, 80).SelectMany(n => Gen.Elements(kept).ArrayOf(n)).Select(pieces => "，" + string.Concat(pieces))
            .Where(text => !text.Contains("**", StringComparison.Ordinal));
        return Prop.ForAll(gen.ToArbitrary(), text => Same(text).Label(text));
    }

    /// <summary>Hand-made, no drop: "预算，收入（一）*" becomes "预算,收入(一)*" with every origin its own index.</summary>
    [Fact]
    public void HandMade_WithoutDrops_OneRunAndTheSameLength()
    {
        var source = new SourceText("预算，收入（一）*");
        Assert.Equal("预算,收入(一)*", source.Text);
        Assert.Equal(Enumerable.Range(0, 10), Enumerable.Range(0, source.Origin.Length).Select(i => source.Origin[i]));
        Assert.Equal(1, source.Origin.Runs);
        Assert.True(Same("预算，收入（一）*"));
    }

    private static void AssertSame(string text) => Assert.True(Same(text));

    /// <summary>Whether the normalised text, every origin and every position of <paramref name="text"/> are the oracle's.</summary>
    internal static bool SameAsOracle(string text) => Same(text);

    private static bool Same(string text)
    {
        var source = new SourceText(text);
        var (normalised, origins) = OldOrigins(text);
        normalised = SpaceGroupedNumbers.Join(normalised);   // session 62: "1 234.56萬" → "1,234.56万", one character for one
        if (source.Text != normalised || source.Origin.Length != origins.Count)
        {
            return false;
        }

        for (var i = 0; i < origins.Count; i++)
        {
            if (source.Origin[i] != origins[i])
            {
                return false;
            }
        }

        // Positions in text order, backwards and jumping (the last line is only a first guess).
        var offsets = Enumerable.Range(0, text.Length + 1).ToList();
        offsets.AddRange(Enumerable.Range(0, text.Length + 1).Reverse());
        offsets.AddRange(Enumerable.Range(0, text.Length + 1).Select(k => (k * 7919) % (text.Length + 1)));
        return offsets.All(o => source.Position(o) == OldPosition(text, o));
    }

    /// <summary>The normalisation loop before session 11: every kept character's origin appended one by one.</summary>
    private static (string Text, List<int> Origins) OldOrigins(string original)
    {
        var chars = new List<char>();
        var origins = new List<int>();
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c == '*' && i + 1 < original.Length && original[i + 1] == '*')
            {
                i++;
                continue;
            }

            if (c == '\r')
            {
                continue;
            }

            if (c is '(' or '\uFF08' && chars.Count > 0 && chars[^1] is >= '\u4E00' and <= '\u9FFF' && Gloss(original, i) is var end
                && end > i)
            {
                i = end;
                continue;
            }

            var n = new SourceText(c.ToString()).Text;
            if (n.Length == 0)
            {
                continue;
            }

            chars.Add(n[0]);
            origins.Add(i);
        }

        origins.Add(original.Length);
        return (new string([.. chars]), origins);
    }

    /// <summary>The pinyin gloss rule as documented: 1–6 pinyin letters, at least one tone-marked, then a closing bracket.</summary>
    private static int Gloss(string text, int open)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyzüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
        var i = open + 1;
        var toned = false;
        while (i < text.Length && i - open <= 7 && Letters.Contains(text[i], StringComparison.Ordinal))
        {
            toned |= text[i] > 'z';
            i++;
        }

        var letters = i - open - 1;
        return letters is >= 1 and <= 6 && toned && i < text.Length && text[i] is ')' or '\uFF09' ? i : -1;
    }

    /// <summary>The position look-up before session 11: a binary search of the line starts every time.</summary>
    private static (int Line, int Column) OldPosition(string text, int offset)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        var line = starts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - starts[line] + 1);
    }
}
