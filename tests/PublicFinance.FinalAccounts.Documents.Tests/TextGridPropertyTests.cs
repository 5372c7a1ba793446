using System.Collections.Generic;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicFinance.FinalAccounts.Documents.Pdf;
using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>
/// Rule-less tables built from glyphs placed by the test (random column gaps, amounts, blank cells, a horizontal
/// shift): the grid found holds exactly the texts placed, column by column; with the amounts of one column no longer
/// flush, no table is found.
/// </summary>
public class TextGridPropertyTests
{
    private const double Size = 9;
    private static readonly string[] Names = ["行政运行", "一般行政管理事务", "住房公积金", "购房补贴", "其他支出"];
    private static readonly string[] Headers = ["合计", "基本支出", "项目支出", "金额", "其他"];

    private static IEnumerable<Glyph> Word(string text, double left, double top)
    {
        var x = left;
        foreach (var ch in text)
        {
            var w = ch < 128 ? Size / 2 : Size;
            yield return new Glyph(ch.ToString(), x, x + w, top, top + Size);
            x += w;
        }
    }

    private static double Width(string text) => text.Sum(ch => ch < 128 ? Size / 2 : Size);

    /// <summary>A table: name column at <paramref name="shift"/>, amount columns right-aligned after the given gaps.</summary>
    private static (List<TextLine> Lines, string?[][] Cells) Place(int[] gaps, int[][] cents, bool[][] blank, double shift, double drift)
    {
        var columns = gaps.Length;
        var rights = new double[columns];
        var x = shift + 40 + 8 * Size; // the widest name ends here
        for (var c = 0; c < columns; c++)
        {
            rights[c] = x += gaps[c] + 60;
        }

        var glyphs = new List<Glyph>();
        glyphs.AddRange(Word("支出决算表", shift + 200, 40));
        glyphs.AddRange(Word("单位：万元", shift + 300, 60));
        glyphs.AddRange(Word("项目", shift + 40, 80));
        for (var c = 0; c < columns; c++)
        {
            glyphs.AddRange(Word(Headers[c], rights[c] - Width(Headers[c]), 80));
        }

        var cells = new string?[cents.Length][];
        for (var r = 0; r < cents.Length; r++)
        {
            var top = 100 + r * 16;
            cells[r] = new string?[columns + 1];
            cells[r][0] = Names[r % Names.Length];
            glyphs.AddRange(Word(cells[r][0]!, shift + 40, top));
            for (var c = 0; c < columns; c++)
            {
                if (r > 0 && blank[r][c])
                {
                    continue; // the first row prints every column, so each column has an amount
                }

                var text = (cents[r][c] / 100m).ToString("N2", CultureInfo.InvariantCulture);
                cells[r][c + 1] = text;
                var right = rights[c] + (c == columns - 1 ? r * drift : 0);
                glyphs.AddRange(Word(text, right - Width(text), top));
            }
        }

        return (TextLine.Build(1, glyphs), cells);
    }

    private static Arbitrary<(int[] Gaps, int[][] Cents, bool[][] Blank, double Shift)> Tables() =>
        (from columns in Gen.Choose(2, 5)
         from rows in Gen.Choose(2, 8)
         from gaps in Gen.Choose(12, 40).ArrayOf(columns)
         from cents in Gen.Choose(0, 9_999_999).ArrayOf(columns).ArrayOf(rows)
         from blank in Gen.Elements(true, false, false).ArrayOf(columns).ArrayOf(rows)
         from shift in Gen.Choose(0, 60)
         select (gaps, cents, blank, (double)shift)).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property AlignedTables_AreReadCellByCell() => Prop.ForAll(Tables(), t =>
    {
        var (lines, cells) = Place(t.Gaps, t.Cents, t.Blank, t.Shift, drift: 0);
        var notes = new List<DocumentNote>();
        var grid = TextGrids.Find(lines, 1, notes).Single();
        var ok = notes.Count == 0 && grid.RowCount == cells.Length + 1 && grid.ColumnCount == t.Gaps.Length + 1;
        for (var r = 0; ok && r < cells.Length; r++)
        {
            for (var c = 0; ok && c <= t.Gaps.Length; c++)
            {
                ok = grid.TextAt(r + 1, c) == (cells[r][c] ?? string.Empty);
            }
        }
        // Only the caption lines stay in the narrative.
        return ok && lines.Select(l => TableAssembler.Compact(l.Text)).SequenceEqual(new[] { "支出决算表", "单位：万元" });
    });

    [Property(MaxTest = 50)]
    public Property DriftingAmounts_AreNotATable() => Prop.ForAll(Tables(), t =>
    {
        // The last column prints one amount on every row, moved 5 pt right per row: its right, left and centre edges
        // all spread by 5 pt or more.
        var last = t.Gaps.Length - 1;
        var cents = t.Cents.Select(row => row.Select((v, c) => c == last ? t.Cents[0][last] : v).ToArray()).ToArray();
        var (lines, _) = Place(t.Gaps, cents, [.. t.Blank.Select(_ => new bool[t.Gaps.Length])], t.Shift, drift: 5);
        var count = lines.Count;
        var notes = new List<DocumentNote>();
        return TextGrids.Find(lines, 1, notes).Count == 0 && notes.Count == 1 && lines.Count == count;
    });
}
