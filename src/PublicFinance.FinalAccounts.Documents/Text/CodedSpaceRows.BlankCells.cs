namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Session 60 (tbl60, blind round 56 t02): a 类 / 款 / 项 table with blank cells (空白单元格) — <c>        01  行政运行
/// 2856.40  2856.40</c> under <c>合计   基本支出   项目支出</c>, a zero left blank. Counting its cells cannot say which column a
/// blank is (two amounts under three columns), so such a row is placed by where its amounts stand instead.
/// </summary>
internal static partial class CodedSpaceRows
{
    /// <summary>
    /// Places the amounts of rows with blank cells by column (按列位置对齐放置空白单元格): under one character width (wide
    /// characters two display columns, or every character one), the rows with every amount show each amount column's place —
    /// every amount of theirs overlaps its column's header name, and they all end at one display position (set flush right)
    /// or all start at one (set flush left); a column's extent is its name and those amounts. Each amount of a row with
    /// blanks must then overlap exactly one column's extent and end (or start) exactly where that column's amounts do, the
    /// columns in order. A row that does not — an amount a place off, between two columns — leaves the whole table unread (a
    /// note, as before), and so do two widths that would place a row differently. Precision first: no column is guessed.
    /// </summary>
    private static class BlankCells
    {
        /// <summary>How many rows with every amount must show the columns' places.</summary>
        private const int MinFullRows = 2;

        /// <summary>One amount column: its extent (display positions, end exclusive), and where all its full rows' amounts
        /// start and end (−1 when they do not share one).</summary>
        private readonly record struct AmountColumn(int From, int To, int Start, int End);

        /// <summary>
        /// Fills the amount cells of <paramref name="shortRows"/> (row index in <paramref name="rows"/>, which is also the
        /// line's index in <paramref name="lines"/>, and the amounts written) by column; false when any of them cannot be
        /// placed (the rows are then not to be used).
        /// </summary>
        public static bool Place(List<string> lines, List<TextTableGrids.Cell[]> rows,
            List<(int Row, int Line, List<(string Text, int From)> Amounts)> shortRows, int amounts)
        {
            var shortLines = shortRows.Select(s => s.Line).ToHashSet();
            List<int[]>? placement = null;
            foreach (var wide in new[] { true, false })
            {
                if (Columns(lines, rows.Count, shortLines, amounts, wide) is not { } columns)
                {
                    continue;
                }

                var placed = new List<int[]>();
                foreach (var (_, line, given) in shortRows)
                {
                    if (Placement(lines[line], given, columns, wide) is not { } p)
                    {
                        placed = null;
                        break;
                    }

                    placed.Add(p);
                }

                if (placed is null)
                {
                    continue;
                }

                if (placement is not null && !placement.Zip(placed).All(p => p.First.AsSpan().SequenceEqual(p.Second)))
                {
                    return false;   // the two widths place a row differently: not guessed between
                }

                placement = placed;
            }

            if (placement is null)
            {
                return false;
            }

            for (var s = 0; s < shortRows.Count; s++)
            {
                var (row, line, given) = shortRows[s];
                for (var i = 0; i < given.Count; i++)
                {
                    rows[row][4 + placement[s][i]] = new TextTableGrids.Cell(given[i].Text, line + 1, given[i].From + 1);
                }
            }

            return true;
        }

        /// <summary>The amount columns under one width as the full rows (every amount written) show them, or null.</summary>
        private static AmountColumn[]? Columns(List<string> lines, int count, HashSet<int> shortLines, int amounts, bool wide)
        {
            var header = Tokens(lines[0]);
            var spans = Enumerable.Range(0, amounts).Select(_ => new List<(int From, int To)>()).ToArray();
            for (var k = 1; k < count; k++)
            {
                if (shortLines.Contains(k))
                {
                    continue;
                }

                var tokens = Tokens(lines[k]);
                for (var a = 0; a < amounts; a++)
                {
                    spans[a].Add(Span(lines[k], tokens[tokens.Count - amounts + a], wide));
                }
            }

            if (spans[0].Count < MinFullRows)
            {
                return null;
            }

            var columns = new AmountColumn[amounts];
            for (var a = 0; a < amounts; a++)
            {
                var name = Span(lines[0], header[4 + a], wide);
                if (spans[a].Exists(s => !Overlap(s, name)))
                {
                    return null;   // an amount not under its column's name
                }

                var starts = spans[a].Select(s => s.From).Distinct().ToList();
                var ends = spans[a].Select(s => s.To).Distinct().ToList();
                columns[a] = new AmountColumn(Math.Min(name.From, spans[a].Min(s => s.From)), Math.Max(name.To, spans[a].Max(s => s.To)),
                    starts.Count == 1 ? starts[0] : -1, ends.Count == 1 ? ends[0] : -1);
                if ((columns[a].Start < 0 && columns[a].End < 0) || (a > 0 && columns[a].From < columns[a - 1].To))
                {
                    return null;   // amounts set neither flush right nor flush left, or two columns that overlap
                }
            }

            return columns;
        }

        /// <summary>The column of each amount of a row with blanks, or null when one is not exactly in one column.</summary>
        private static int[]? Placement(string line, List<(string Text, int From)> given, AmountColumn[] columns, bool wide)
        {
            var placed = new int[given.Count];
            var last = -1;
            for (var i = 0; i < given.Count; i++)
            {
                var span = Span(line, given[i], wide);
                var under = Enumerable.Range(0, columns.Length).Where(a => Overlap(span, (columns[a].From, columns[a].To))).ToList();
                if (under.Count != 1 || under[0] <= last || !(span.To == columns[under[0]].End || span.From == columns[under[0]].Start))
                {
                    return null;
                }

                placed[i] = last = under[0];
            }

            return placed;
        }

        /// <summary>A cell's display positions (end exclusive).</summary>
        private static (int From, int To) Span(string line, (string Text, int From) token, bool wide)
            => (Display(line, token.From, wide), Display(line, token.From + token.Text.Length, wide));

        private static bool Overlap((int From, int To) a, (int From, int To) b) => a.From < b.To && b.From < a.To;
    }
}
