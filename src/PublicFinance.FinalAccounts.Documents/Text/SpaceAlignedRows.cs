using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// The rows of a table whose columns are aligned by spaces (空格对齐的表格文本). A cell is a run of text in which single
/// spaces may occur; two or more spaces (or an ideographic space, or a tab) separate cells. The columns are the runs of
/// display positions covered by some cell of some line (header included) — so a blank cell is a column with nothing in it
/// on that line, and a cell never straddles two columns. Display positions depend on how wide the text was set: every
/// character one column, or wide (CJK, full-width) characters two; both are tried, and the caller keeps only the
/// regular result (two regular results that differ are not guessed between). Under a header over two lines a cell of the
/// first line over two or more names of the second (a parent: 本年收入 over 合计 财政拨款收入 其他收入; a name that starts
/// right where the parent's text ends is under it too) counts only where it starts — its text may run on over the next
/// column — and stands in that column.
/// </summary>
internal static class SpaceAlignedRows
{
    /// <summary>The rows under each character width that aligns every line (at most two; identical ones once), with a header
    /// over <paramref name="headerLines"/> lines (one or two).</summary>
    public static List<List<TextTableGrids.Cell[]>> Candidates(List<string> lines, int start, int end, int headerLines)
    {
        var found = new List<List<TextTableGrids.Cell[]>>();
        foreach (var wide in new[] { true, false })
        {
            if (Rows(lines, start, end, wide, headerLines) is { } rows && !found.Exists(f => SameTexts(f, rows)))
            {
                found.Add(rows);
            }
        }

        return found;
    }

    internal static bool SameTexts(List<TextTableGrids.Cell[]> a, List<TextTableGrids.Cell[]> b)
        => a.Count == b.Count && a.Zip(b).All(p => p.First.Select(c => c.Text).SequenceEqual(p.Second.Select(c => c.Text)));

    /// <summary>The rows under one character width, or null when a line has two cells in one column or the header leaves a
    /// column without a name.</summary>
    private static List<TextTableGrids.Cell[]>? Rows(List<string> lines, int start, int end, bool wide, int headerLines)
    {
        if (end - start <= headerLines)
        {
            return null;
        }

        var tokens = new List<List<(int From, int To, int Display, int DisplayEnd)>>();
        var width = 0;
        for (var k = start; k < end; k++)
        {
            var line = Tokens(lines[k], wide);
            tokens.Add(line);
            width = Math.Max(width, line.Count == 0 ? 0 : line[^1].DisplayEnd);
        }

        OneSpaceHeaderNames.Split(lines, start, tokens, headerLines, wide);   // session 59: 经营收入 附属单位上缴, one space apart
        OverflowingLabels.Shift(lines, start, tokens, headerLines);   // session 59: a name longer than its column pushes its row
        var covered = new bool[width + 1];
        for (var k = 0; k < tokens.Count; k++)
        {
            foreach (var t in tokens[k])
            {
                // A parent over two or more names of the next header line covers only where it starts — a name that starts
                // right where the parent's text ends counts (no gap between them: covered whole, the parent would merge
                // their columns into one).
                var parent = k < headerLines - 1
                    && tokens[k + 1].Count(n => n.Display <= t.DisplayEnd && t.Display < n.DisplayEnd) >= 2;
                Array.Fill(covered, true, t.Display, parent ? 1 : t.DisplayEnd - t.Display);
            }
        }

        var columns = new List<int>();   // the display position where each column starts
        for (var x = 0; x < width; x++)
        {
            if (covered[x] && (x == 0 || !covered[x - 1]))
            {
                columns.Add(x);
            }
        }

        MergeRightAlignedUnderHeaders(lines, start, tokens, columns, headerLines);
        var rows = new List<TextTableGrids.Cell[]>();
        for (var k = 0; k < tokens.Count; k++)
        {
            var line = lines[start + k];
            var cells = new TextTableGrids.Cell?[columns.Count];
            foreach (var t in tokens[k])
            {
                var c = columns.FindLastIndex(x => x <= t.Display);
                if (cells[c] is not null)
                {
                    return null;   // two cells of one line in one column
                }

                cells[c] = TextTableGrids.Trimmed(line, t.From, t.To, start + k) with
                {
                    Reach = k < headerLines ? columns.FindLastIndex(x => x < t.DisplayEnd) : -1,
                };
            }

            if (k == headerLines - 1
                && Enumerable.Range(0, columns.Count).Any(c => cells[c] is null && (k == 0 || rows[0][c].Text.Length == 0)))
            {
                return null;   // a column without a header
            }

            rows.Add([.. cells.Select((c, i) => c ?? new TextTableGrids.Cell(string.Empty, start + k + 1,
                Column(line, columns[i], wide)))]);
        }

        return rows;
    }

    /// <summary>
    /// Session 56 (blind round 51 t04's family): amounts set flush right under a name set flush left, the name ending before
    /// the widest amount's first digit (<c>项目支出</c> over <c>9,561,900</c>, <c>3,045,200</c>): the name's column holds no
    /// cell of the body and the amounts' column no name. The amounts' column joins the name's when every cell of it is an
    /// amount and all end at one display position (right-aligned), so no line can have a cell in both; otherwise the table
    /// keeps "a column without a header" (not read, as before).
    /// </summary>
    private static void MergeRightAlignedUnderHeaders(List<string> lines, int start,
        List<List<(int From, int To, int Display, int DisplayEnd)>> tokens, List<int> columns, int headerLines)
    {
        for (var c = columns.Count - 2; c >= 0; c--)
        {
            var (nameFrom, amountsFrom) = (columns[c], columns[c + 1]);
            var amountsTo = c + 2 < columns.Count ? columns[c + 2] : int.MaxValue;
            bool In(int display, int from, int to) => display >= from && display < to;
            var (names, body, ends) = (0, 0, new HashSet<int>());
            var fits = true;
            for (var k = 0; k < tokens.Count && fits; k++)
            {
                foreach (var t in tokens[k])
                {
                    var header = k < headerLines;
                    if (In(t.Display, nameFrom, amountsFrom))
                    {
                        names += header ? 1 : 0;
                        fits &= header;   // a body cell in the name's column: two columns after all
                    }
                    else if (In(t.Display, amountsFrom, amountsTo))
                    {
                        fits &= !header && TableAssembler.IsNumber(lines[start + k].Substring(t.From, t.To - t.From));
                        body++;
                        ends.Add(t.DisplayEnd);
                    }
                }
            }

            if (fits && names > 0 && body > 1 && ends.Count == 1)
            {
                columns.RemoveAt(c + 1);
            }
        }
    }

    /// <summary>The cells of a line: (first, last + 1) character index and display positions.</summary>
    private static List<(int From, int To, int Display, int DisplayEnd)> Tokens(string line, bool wide)
    {
        var tokens = new List<(int, int, int, int)>();
        var x = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (IsBlank(line, i))
            {
                x += Width(line[i], wide);
                i++;
                continue;
            }

            var from = i;
            var display = x;
            var lastEnd = i;
            var lastDisplayEnd = x;
            while (i < line.Length && !(IsBlank(line, i) && (i + 1 >= line.Length || IsBlank(line, i + 1) || line[i] != ' ')))
            {
                x += Width(line[i], wide);
                i++;
                if (line[i - 1] != ' ')
                {
                    (lastEnd, lastDisplayEnd) = (i, x);
                }
            }

            tokens.Add((from, lastEnd, display, lastDisplayEnd));
        }

        return tokens;
    }

    /// <summary>White space that may separate cells (a single space between two characters does not, on its own).</summary>
    private static bool IsBlank(string line, int i) => line[i] is ' ' or '\t' or '\u3000' or '\u00A0';

    /// <summary>The character index (1-based) where display position <paramref name="display"/> falls, for a blank cell.</summary>
    private static int Column(string line, int display, bool wide)
    {
        var x = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (x >= display)
            {
                return i + 1;
            }

            x += Width(line[i], wide);
        }

        return line.Length + 1;
    }

    /// <summary>Display width: 2 for wide characters (CJK, full-width forms, the quotation marks and dashes set full width
    /// in Chinese text) when <paramref name="wide"/>, else 1.</summary>
    internal static int Width(char ch, bool wide)
        => wide && (ch is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6'
            or >= '\u2010' and <= '\u2027' or '\u3000') ? 2 : 1;
}
