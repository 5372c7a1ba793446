using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 48 (issue 8, docs/performance.md "Session 48: …"): a text table's row is split into cells by a span search for
/// the next separator (<c>TextTableReader.SplitAt</c>) rather than by a test of every character. The cells must be those of
/// the body before (<see cref="SplitAtPlain"/>, kept here as the oracle, not in the library): held here by FsCheck on
/// rows of separators, white space and text in any order, over any stretch of the string, with examples of the rows the
/// reader meets.
/// </summary>
public sealed class SpeedSessionFortyEightTests
{
    /// <summary>Pieces of a row: the separators, white space (ASCII and ideographic), cell text and figures.</summary>
    private static readonly string[] RowPieces = ["|", "\t", " ", "  ", "\u3000", "\r", "中", "项目", "1,234.56", "（万元）", "-", "a"];

    private static readonly char[] Separators = ['|', '\t', ' '];

    /// <summary>
    /// Any row, any stretch of it, any separator: the cells (trimmed ranges, every blank cell kept) are the oracle's, in the
    /// same order and number.
    /// </summary>
    [Property(MaxTest = 4000)]
    public Property SplitAt_GivesThePlainBodysCells()
        => Prop.ForAll(
            Gen.Elements(RowPieces).ArrayOf().Select(p => string.Concat(p)).ToArbitrary(),
            (from a in Gen.Choose(0, 1000) from b in Gen.Choose(0, 1000) select (a, b)).ToArbitrary(),
            Gen.Elements(Separators).ToArbitrary(),
            (text, stretch, separator) =>
            {
                var from = text.Length == 0 ? 0 : stretch.a % (text.Length + 1);
                var to = from + (stretch.b % (text.Length - from + 1));
                return Cells(text, from, to, separator, TextTableReader.SplitAt)
                    .SequenceEqual(Cells(text, from, to, separator, SplitAtPlain));
            });

    /// <summary>Rows as the reader meets them: bars at both ends, tabs, one space apart, blank cells, no separator.</summary>
    [Theory]
    [InlineData("| 项目 | 1.00 | 2.00 |", '|', "|项目|1.00|2.00|")]
    [InlineData("项目\t\t3.00\t", '\t', "项目||3.00|")]
    [InlineData("合计 12.00 13.50", ' ', "合计|12.00|13.50")]
    [InlineData("　公务接待费　", '|', "公务接待费")]
    [InlineData("", '|', "")]
    [InlineData("||", '|', "||")]
    public void SplitAt_CutsARowIntoTrimmedCells(string row, char separator, string expected)
    {
        var cells = Cells(row, 0, row.Length, separator, TextTableReader.SplitAt);
        Assert.Equal(expected, string.Join("|", cells.Select(c => row[c.Start..c.End])));
        Assert.Equal(Cells(row, 0, row.Length, separator, SplitAtPlain), cells);
    }

    /// <summary>A stretch inside a longer string: no cell reaches outside [from, to).</summary>
    [Fact]
    public void SplitAt_StaysInsideItsStretch()
    {
        const string Text = "前|后 | 甲 | 乙 |尾";
        var from = Text.IndexOf(' ', StringComparison.Ordinal);
        var to = Text.LastIndexOf(' ');
        var cells = Cells(Text, from, to, '|', TextTableReader.SplitAt);
        Assert.Equal(["", "甲", "乙"], cells.Select(c => Text[c.Start..c.End]));
        Assert.All(cells, c => Assert.True(c.Start >= from && c.End <= to));
    }

    private static List<(int Start, int End)> Cells(
        string text, int from, int to, char separator, Action<string, int, int, char, List<(int Start, int End)>> split)
    {
        var cells = new List<(int Start, int End)>();
        split(text, from, to, separator, cells);
        return cells;
    }

    /// <summary>
    /// <c>TextTableReader.SplitAt</c> as it was before session 48 (a test of every character, each cell trimmed of white
    /// space at both ends): the oracle.
    /// </summary>
    private static void SplitAtPlain(string text, int from, int to, char separator, List<(int Start, int End)> cells)
    {
        var start = from;
        for (var i = from; i <= to; i++)
        {
            if (i < to && text[i] != separator)
            {
                continue;
            }

            var (s, e) = (start, i);
            while (s < e && WhiteSpace.Is(text[s]))
            {
                s++;
            }

            while (e > s && WhiteSpace.Is(text[e - 1]))
            {
                e--;
            }

            cells.Add((s, e));
            start = i + 1;
        }
    }
}
