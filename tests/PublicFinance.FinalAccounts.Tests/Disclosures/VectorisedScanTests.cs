using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The two scans made vectorised in session 12 (issue 14): normalisation jumps from one character it may change to the
/// next (<see cref="SourceText.NextCandidate"/>) and copies what lies between as a run, and the splitter passes over a
/// run of white-space-only lines in one search (<see cref="Paragraphs.PastBlankLines"/>). Both must give exactly what
/// the character-by-character and line-by-line code gave.
/// </summary>
public class VectorisedScanTests
{
    /// <summary>
    /// Every UTF-16 code unit but NUL, once before the first change (found by the first-change scan) and once after it
    /// (copied by the run loop), against <see cref="SourceTextOracleTests"/>' character-by-character oracle. NUL is left
    /// out as in that oracle: it is kept before the first change and dropped after it.
    /// </summary>
    [Fact]
    public void EveryCharacter_BeforeAndAfterTheFirstChange_AsTheOracle()
    {
        var different = new List<int>();
        for (var c = 1; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var text = "a" + ch + "b，" + ch + "预" + ch + "\n" + ch;
            if (!SourceTextOracleTests.SameAsOracle(text))
            {
                different.Add(c);
            }
        }

        Assert.Empty(different);
    }

    /// <summary>
    /// The candidates are exactly the characters normalisation changes or may drop: a character is skipped only when
    /// normalising it alone leaves it as it is and it is none of '\r', NUL, '*', '('.
    /// </summary>
    [Fact]
    public void NextCandidate_StopsExactlyAtWhatNormalisationMayChange()
    {
        var wrong = new List<int>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var alone = new SourceText(ch.ToString()).Text;
            var candidate = alone != ch.ToString() || ch is '\r' or '\0' or '*' or '(';
            var text = "ab" + ch + "c";
            if (SourceText.NextCandidate(text, 0) != (candidate ? 2 : 4))
            {
                wrong.Add(c);
            }
        }

        Assert.Empty(wrong);
    }

    /// <summary>
    /// Hand-made: in "\t\n \n\f\nx\n" the first line with anything but white space is "x", which starts at 6; in
    /// " \n\u3000" every line is blank (U+3000 is white space), so the scan ends one past the end (4).
    /// </summary>
    [Fact]
    public void PastBlankLines_HandMade()
    {
        Assert.Equal(6, Paragraphs.PastBlankLines("\t\n \n\f\nx\n", 0));
        Assert.Equal(6, Paragraphs.PastBlankLines("\t\n \n\f\n x\n", 0));
        Assert.Equal(4, Paragraphs.PastBlankLines(" \n\u3000", 0));
        Assert.Equal(2, Paragraphs.PastBlankLines("\t\n\t|\n", 0));
    }

    private static readonly string[] BlankPieces = [" ", "\t", "\f", "\v", "\r", "\u3000", "\u00A0", "\u2028", "\u0085", "\n"];

    private static readonly string[] ContentPieces = ["|", "x", "收入", "12.5", "?", "\u200B", "\u3001", "-"];

    /// <summary>
    /// The line-by-line definition: the start of the first line (from <paramref name="start"/>) with a character that is
    /// not white space.
    /// </summary>
    private static int LineByLine(string text, int start)
    {
        var lineStart = start;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            for (var i = lineStart; i < lineEnd; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return lineStart;
                }
            }

            lineStart = lineEnd + 1;
        }

        return text.Length + 1;
    }

    [Property(MaxTest = 500)]
    public Property PastBlankLines_AsLineByLine()
    {
        var piece = Gen.Frequency((8, Gen.Elements(BlankPieces)), (1, Gen.Elements(ContentPieces)));
        var gen =
            from count in Gen.Choose(0, 40)
            from pieces in piece.ArrayOf(count)
            let text = string.Concat(pieces)
            from start in Gen.Choose(0, text.Length)
            let lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1
            select (text, lineStart);
        return Prop.ForAll(gen.ToArbitrary(), t => (Paragraphs.PastBlankLines(t.text, t.lineStart) == LineByLine(t.text, t.lineStart))
            .Label(t.text.Replace("\n", "\\n", StringComparison.Ordinal) + " @" + t.lineStart));
    }

    private static readonly string[] Lines =
    [
        "一、收入支出决算总体情况", "2023年度收入总计1,234.56万元，比上年增加12.30万元，", "增长1.0%。", "| 项目 | 决算数 |", "|---|---|",
        "项目", "决算数", "合计", "10.00", "9.00", "公务用车", "购置费 |", "接待费 |", "|", "单位:万元", "说明文字", "x",
    ];

    private static readonly string[] BlankLines = [string.Empty, " ", "\t", "\f", "\u3000 \t", "\r", "\u00A0\u2028"];

    /// <summary>
    /// A white-space-only line changes nothing the splitter decides: random texts of table rows, cells, blank cells,
    /// headings and prose give blocks of the same kinds, texts, blank cells and continuations with white-space-only
    /// lines put anywhere between their lines (in runs, at the start and at the end).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property BlankLinesAnywhere_SameBlocks()
    {
        var gen =
            from count in Gen.Choose(0, 30)
            from lines in Gen.Elements(Lines).ArrayOf(count)
            from blanks in Gen.Choose(0, 3).SelectMany(n => Gen.Elements(BlankLines).ArrayOf(n)).ArrayOf(count + 1)
            select (lines, blanks);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var plain = string.Join("\n", t.lines);
            var spread = new List<string>();
            for (var i = 0; i <= t.lines.Length; i++)
            {
                spread.AddRange(t.blanks[i]);
                if (i < t.lines.Length)
                {
                    spread.Add(t.lines[i]);
                }
            }

            var text = string.Join("\n", spread);
            return (Describe(plain) == Describe(text)).Label(text.Replace("\n", "\\n", StringComparison.Ordinal));
        });
    }

    /// <summary>Whitespace-only texts of every kind the harness uses hold no block at all.</summary>
    [Theory]
    [InlineData("\t\n")]
    [InlineData("\f\n")]
    [InlineData(" \t \n")]
    [InlineData("\u3000\r\n")]
    public void WhiteSpaceOnlyLines_NoBlock(string line)
        => Assert.Empty(Paragraphs.Split(string.Concat(Enumerable.Repeat(line, 5000))));

    private static string Describe(string text)
        => string.Join("¦", Paragraphs.Split(text).Select(b => $"{b.Kind}:{b.Content.Text}:{b.BlankCellsAfter}:{b.Continued}"));

    /// <summary>Pieces of a text normalisation leaves unchanged: long runs of white space and a little content.</summary>
    private static Gen<string> UnchangedPiece() => Gen.Frequency(
        (3, Gen.Choose(1, 9000).SelectMany(n => Gen.Elements(" ", "\t", "\n", "\f", "\u2028")
            .Select(w => string.Concat(Enumerable.Repeat(w, n))))),
        (2, Gen.Elements("x", "收入", "|", "12.5万元", "\n|\n", "\t\n")),
        (1, Gen.Elements("，", "\r\n")));   // a change: the text is copied and no stretch is kept

    private static Gen<string> LongTexts() => Gen.Choose(0, 8).SelectMany(n => UnchangedPiece().ArrayOf(n)).Select(string.Concat);

    /// <summary>
    /// <see cref="SourceText.BlankChunks"/> flags exactly the stretches of <see cref="SourceText.ChunkLength"/> characters
    /// that hold only white space, and only for a text normalisation leaves unchanged.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property BlankChunks_FlagExactlyTheStretchesOfWhiteSpace() => Prop.ForAll(LongTexts().ToArbitrary(), text =>
    {
        var source = new SourceText(text);
        var chunks = source.BlankChunks;
        if (!ReferenceEquals(source.Text, text) || chunks is null)
        {
            // No flags for a copied text; none for an unchanged one only when no stretch is all white space.
            var anyBlank = Enumerable.Range(0, (text.Length + SourceText.ChunkLength - 1) / SourceText.ChunkLength)
                .Any(k => text.Skip(k * SourceText.ChunkLength).Take(SourceText.ChunkLength).All(char.IsWhiteSpace));
            return (chunks is null && (!ReferenceEquals(source.Text, text) || !anyBlank)).Label("no flags");
        }

        return Enumerable.Range(0, chunks.Length).All(k =>
                chunks[k] == text.Skip(k * SourceText.ChunkLength).Take(SourceText.ChunkLength).All(char.IsWhiteSpace))
            .Label("flags");
    });

    /// <summary>Passing over the flagged stretches unread finds the same line as reading every line.</summary>
    [Property(MaxTest = 200)]
    public Property PastBlankLines_OverFlaggedStretches_AsLineByLine()
    {
        var gen =
            from text in LongTexts()
            from start in Gen.Choose(0, text.Length)
            let lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1
            select (text, lineStart);
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var chunks = new SourceText(t.text).BlankChunks;
            return Paragraphs.PastBlankLines(t.text, t.lineStart, chunks) == LineByLine(t.text, t.lineStart);
        });
    }

    /// <summary>The blocks split with the flagged stretches passed over are the blocks split reading everything.</summary>
    [Property(MaxTest = 100)]
    public Property Blocks_OverFlaggedStretches_AsSplit() => Prop.ForAll(LongTexts().ToArbitrary(), text =>
    {
        var source = new SourceText(text);
        var streamed = string.Join("¦", Paragraphs.Blocks(source.Text, source.BlankChunks)
            .Select(b => $"{b.Kind}:{b.Content.Text}:{b.BlankCellsAfter}:{b.Continued}"));
        return streamed == Describe(source.Text);
    });
}
