using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Blind round 26 (C): two layouts of complete documents whose tables were lost whole. r3 — a Word export that drops empty
/// cells, here the 合计 row without its empty code cell (合计⇥300.00⇥…); r4 — <c>pdftotext -raw</c> rows whose cells are
/// apart by one space (单空格分隔的表行: <c>2200101 行政运行 4,000.00 4,000.00 0.00</c>), with a label continued on the next
/// line and page numbers between rows. Each is read only where nothing is guessed; otherwise the table stays as before.
/// </summary>
internal static partial class TextTableGrids
{
    /// <summary>The most header lines above the first row of a single-space table.</summary>
    private const int MaxSingleSpaceHeaderLines = 3;

    /// <summary>The longest label continuation (a name broken onto the next line) that is joined to the row above.</summary>
    private const int MaxLabelContinuation = 20;

    /// <summary>
    /// r3: a 合计/总计 row one cell short of the header whose cells after the label are all amounts, in a table whose first column
    /// is a code column (编码/代码) and second a name column — the code cell, blank on a 合计 row, is the one dropped: a blank
    /// cell is put before the label. Any other short row is left as it is (the table stays a note).
    /// </summary>
    private static void AlignTotalWithoutCode(List<Cell[]> rows)
    {
        var header = TextTableHeader.Count(rows);
        var columns = rows.Max(r => r.Length);
        var headerRow = rows.Take(header).FirstOrDefault(r => r.Length == columns);
        if (header == 0 || headerRow is null || columns < 3 || !IsCodeHeader(TableAssembler.Compact(headerRow[0].Text))
            || IsCodeHeader(TableAssembler.Compact(headerRow[1].Text)))
        {
            return;
        }

        for (var r = header; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Length == columns - 1 && IsTotalLabel(TableAssembler.Compact(row[0].Text))
                && row.Skip(1).All(c => IsSingleSpaceAmount(TableAssembler.Compact(c.Text))))
            {
                rows[r] = [new Cell(string.Empty, row[0].Line, row[0].Column), .. row];
            }
        }
    }

    private static bool IsCodeHeader(string compact)
        => compact.Contains("编码", StringComparison.Ordinal) || compact.Contains("代码", StringComparison.Ordinal);

    /// <summary>
    /// r4: the rows of a table whose cells are apart by single spaces, from line <paramref name="start"/> (the line after the
    /// captions); <paramref name="end"/> is the line after them. The shape that leaves nothing to guess: one to three header
    /// lines without an amount, the last naming a code column (编码/代码), a name column and N more columns; then rows each
    /// <c>code name a₁ … a_N</c> (a 3-, 5- or 7-digit code) or <c>合计 a₁ … a_N</c> — exactly N trailing amounts, every one
    /// written; a page number (<c>- 17 -</c>, 第 17 页) between rows is skipped; a line of text alone right after a coded row
    /// and before another row (or the table's end) is the rest of that row's name. No line may hold a tab, a bar or a gap of
    /// two spaces (those are the other layouts). Null when any line does not fit; the header's group lines above the last
    /// are left out (their spans are unknown) — but a last line of only the code and name columns takes the amount columns'
    /// names from the line above it when that line is 项目 and then the names (项目 spans the code and name columns).
    /// </summary>
    private static List<Cell[]>? SingleSpaceRows(List<string> lines, int start, out int end)
    {
        end = start;
        var k = start;
        while (k < lines.Count && k - start < MaxSingleSpaceHeaderLines && IsSingleSpaceLine(lines[k]) && !IsEnd(lines[k])
            && !Words(lines[k]).Exists(w => IsSingleSpaceAmount(w.Text)))
        {
            k++;
        }

        if (k == start || k >= lines.Count)
        {
            return null;
        }

        var header = Words(lines[k - 1]).ConvertAll(w => new Cell(w.Text, k, w.From + 1));
        if (header.Count == 2 && k - 2 >= start && Words(lines[k - 2]) is { Count: > 1 } names && names[0].Text == "项目")
        {
            // 项目 over the code and name columns, the amounts' names beside it on the line above.
            header.AddRange(names.Skip(1).Select(w => new Cell(w.Text, k - 1, w.From + 1)));
        }

        var amounts = header.Count - 2;
        if (amounts < 1 || !IsCodeHeader(header[0].Text) || IsCodeHeader(header[1].Text))
        {
            return null;
        }

        var rows = new List<Cell[]> { header.ToArray() };
        var coded = 0;
        var total = false;
        for (; k < lines.Count && lines[k].Trim().Length > 0 && !IsEnd(lines[k]); k++)
        {
            if (!IsSingleSpaceLine(lines[k]))
            {
                return null;
            }

            if (IsPageNumber(lines[k], bare: false))
            {
                continue;
            }

            var words = Words(lines[k]);
            if (SingleSpaceRow(words, k, amounts) is { } row)
            {
                coded += row[0].Text.Length > 0 ? 1 : 0;
                total |= row[0].Text.Length == 0;
                rows.Add(row);
                continue;
            }

            // The rest of a name broken at the line end: one word of text after a coded row, the next line a row or the end.
            var last = rows[^1];
            if (words.Count != 1 || rows.Count < 2 || last[0].Text.Length == 0 || words[0].Text.Length > MaxLabelContinuation
                || words[0].Text.Any(char.IsAsciiDigit) || IsTotalLabel(words[0].Text) || !NextIsRowOrEnd(lines, k + 1, amounts))
            {
                return null;
            }

            last[1] = last[1] with { Text = last[1].Text + words[0].Text };
        }

        end = k;
        return coded >= 2 && total ? rows : null;
    }

    /// <summary>Whether the line after a label continuation (past page numbers) is a row or ends the table.</summary>
    private static bool NextIsRowOrEnd(List<string> lines, int k, int amounts)
    {
        while (k < lines.Count && IsPageNumber(lines[k], bare: false))
        {
            k++;
        }

        return k >= lines.Count || lines[k].Trim().Length == 0 || IsEnd(lines[k])
            || (IsSingleSpaceLine(lines[k]) && SingleSpaceRow(Words(lines[k]), k, amounts) is not null);
    }

    /// <summary>One row: a code (3, 5 or 7 digits) and a name, or 合计/总计 (perhaps spread as 合 计), then exactly
    /// <paramref name="amounts"/> amounts; null otherwise.</summary>
    private static Cell[]? SingleSpaceRow(List<(string Text, int From)> words, int index, int amounts)
    {
        var labels = words.Count - amounts;
        if (labels < 1 || words.Skip(1).Take(labels - 1).Any(w => IsSingleSpaceAmount(w.Text))   // the first may be a code
            || !words.Skip(labels).All(w => IsSingleSpaceAmount(w.Text)))
        {
            return null;
        }

        var first = words[0];
        var cells = new Cell[amounts + 2];
        if (first.Text.Length is 3 or 5 or 7 && first.Text.All(char.IsAsciiDigit) && labels == 2)
        {
            cells[0] = new Cell(first.Text, index + 1, first.From + 1);
            cells[1] = new Cell(words[1].Text, index + 1, words[1].From + 1);
        }
        else if (string.Concat(words.Take(labels).Select(w => w.Text)) is "合计" or "总计" && labels <= 2)
        {
            cells[0] = new Cell(string.Empty, index + 1, first.From + 1);
            cells[1] = new Cell(string.Concat(words.Take(labels).Select(w => w.Text)), index + 1, first.From + 1);
        }
        else
        {
            return null;
        }

        for (var a = 0; a < amounts; a++)
        {
            var word = words[labels + a];
            cells[2 + a] = new Cell(word.Text, index + 1, word.From + 1);
        }

        return cells;
    }

    /// <summary>A written amount: digits with separators that parses as an amount (0.00 included).</summary>
    private static bool IsSingleSpaceAmount(string text) => TableAssembler.IsNumber(text) && Amount.TryParse(text, out _);

    /// <summary>A line with no tab, no bar and no gap of two spaces (nor an ideographic space).</summary>
    private static bool IsSingleSpaceLine(string line) => !line.Contains('\t') && !line.Contains('|') && !HasSpaceGap(line);

    /// <summary>The words of a line apart by spaces, each with where it starts (0-based).</summary>
    private static List<(string Text, int From)> Words(string line)
    {
        var words = new List<(string, int)>();
        var i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                i++;
                continue;
            }

            var from = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            words.Add((line[from..i], from));
        }

        return words;
    }
}
