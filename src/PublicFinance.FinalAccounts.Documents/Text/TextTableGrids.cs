using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Finds the nine tables pasted in a plain text and turns each into the <see cref="RawGrid"/> a web page's table makes,
/// every cell located by line and column. A table is a title line (<see cref="TextDocumentReader.IsTitle"/>), caption
/// lines (公开01表, 编制单位, 单位：万元), then rows in one layout: <c>|</c> cells, tab cells, columns aligned by runs of two
/// or more spaces, or one cell per line (blank lines are blank cells; the column count comes from the header). Precision
/// first: the rows become a grid only when they are regular — every row has the header's number of cells, every
/// column holds amounts or text but not both, the amounts parse, and a 合计/总计 row (or 合计 column) is there; anything
/// else is a note naming the table and the line, and no figure is placed.
/// </summary>
internal static class TextTableGrids
{
    /// <summary>A cell as written: its text (trimmed) and where it starts (1-based line and column).</summary>
    internal readonly record struct Cell(string Text, int Line, int Column);

    /// <summary>How many lines after the title may be caption (code, 编制单位, 单位, blank lines).</summary>
    private const int MaxCaptionLines = 4;

    /// <summary>The most label cells a one-cell-per-line table's first row has before its first number.</summary>
    private const int MaxLeadingLabels = 3;

    public static void Find(List<string> lines, List<RawGrid> grids, List<DocumentNote> notes)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if (!TextDocumentReader.IsTitle(lines[i]))
            {
                i++;
                continue;
            }

            var title = i;
            var above = new List<string> { lines[i] };
            var j = i + 1;
            while (j < lines.Count && j - title <= MaxCaptionLines && IsCaption(lines[j]))
            {
                if (lines[j].Trim().Length > 0)
                {
                    above.Add(CaptionText(lines[j]));
                }

                j++;
            }

            var end = Body(lines, j, out var rows, out var problem, out var problemLine);
            var below = new List<string>();
            for (var k = end; k < lines.Count && k < end + 2 && IsNote(lines[k]); k++)
            {
                below.Add(lines[k]);
            }

            var code = above.Select(a => TableAssembler.TableCode(TableAssembler.Compact(a)).Code).FirstOrDefault(c => c is not null);
            var name = code is null ? TextDocumentReader.TitleOf(lines[title]) : code + " " + TextDocumentReader.TitleOf(lines[title]);
            if (rows is not null)
            {
                var grid = Grid(rows, title, above, below);
                if (Check(grid, rows, out var irregular, out var irregularLine))
                {
                    grids.Add(grid);
                }
                else
                {
                    notes.Add(DocumentMessages.TextTableNotRead(name, irregular,
                        new CellLocation { TextLine = irregularLine + 1, TextColumn = 1 }));
                }
            }
            else if (problem is { } found)
            {
                notes.Add(DocumentMessages.TextTableNotRead(name, found, new CellLocation { TextLine = problemLine + 1, TextColumn = 1 }));
            }

            i = Math.Max(end, title + 1);
        }
    }

    /// <summary>A caption line under the title: a table code alone, a 单位/编制单位 line, or a blank line.</summary>
    private static bool IsCaption(string line)
    {
        var compact = TableAssembler.Compact(line);
        if (compact.Length == 0)
        {
            return true;
        }

        if (compact.Length > 60 || line.Contains('|') || line.Contains('\t'))
        {
            return false;
        }

        var (code, rest) = TableAssembler.TableCode(compact);
        return (code is not null && rest.Length == 0) || IsUnitLine(compact);
    }

    /// <summary>
    /// A 单位 line (单位：万元, 金额单位：元, 编制单位：…): 单位 followed by a colon or a bracket, or a line ending in 元 — not a
    /// header that names 附属单位 (附属单位上缴收入).
    /// </summary>
    private static bool IsUnitLine(string compact)
        => compact.Contains("单位：", StringComparison.Ordinal) || compact.Contains("单位:", StringComparison.Ordinal)
            || compact.StartsWith("编制单位", StringComparison.Ordinal) || compact.Contains("单位（", StringComparison.Ordinal)
            || compact.Contains("单位(", StringComparison.Ordinal)
            || (compact.Contains("单位", StringComparison.Ordinal) && compact.TrimEnd('）', ')').EndsWith('元'));

    /// <summary>A caption line for the assembler: an 编制单位 part (the department's name, which may hold 元) is left out.</summary>
    private static string CaptionText(string line)
    {
        var compact = TableAssembler.Compact(line);
        if (!compact.StartsWith("编制单位", StringComparison.Ordinal))
        {
            return compact;
        }

        var unit = compact.IndexOf("单位", 4, StringComparison.Ordinal);
        return unit < 0 ? string.Empty : compact[unit..];
    }

    /// <summary>A line after the rows that belongs to the table: 注：…, 说明：… (the blank table's statement).</summary>
    private static bool IsNote(string line)
    {
        var compact = TableAssembler.Compact(line);
        return compact.StartsWith("注", StringComparison.Ordinal) || compact.StartsWith("说明", StringComparison.Ordinal)
            || compact.StartsWith("备注", StringComparison.Ordinal) || TableAssembler.IsEmptyStatement(compact);
    }

    /// <summary>
    /// A line that ends the rows of a table: a note, another title, a sentence — and, for one cell per line, a line too
    /// long for a cell.
    /// </summary>
    private static bool IsEnd(string line, bool cellPerLine = false) =>
        IsNote(line) || TextDocumentReader.IsTitle(line) || line.Contains('。') || line.Contains('；')
        || IsHeading(TableAssembler.Compact(line))
        || (cellPerLine && TableAssembler.Compact(line).Length > 60);

    /// <summary>A heading of the 说明: 第三部分 …, or a line ending in 情况说明 / 说明 (一、收入支出决算总体情况说明).</summary>
    private static bool IsHeading(string compact)
        => (compact.StartsWith('第') && compact.Contains("部分", StringComparison.Ordinal))
            || (compact.Length >= 6 && compact.EndsWith("说明", StringComparison.Ordinal));

    /// <summary>
    /// The rows of the table from line <paramref name="start"/> in the layout its first line shows; returns the line after
    /// them. Rows are null (with a problem when the lines looked like a table) when no regular rows were found.
    /// </summary>
    private static int Body(List<string> lines, int start, out List<Cell[]>? rows, out TextTableProblem? problem, out int problemLine)
    {
        rows = null;
        problem = null;
        problemLine = start;
        if (start >= lines.Count || lines[start].Trim().Length == 0 || IsEnd(lines[start]))
        {
            return start;
        }

        var first = lines[start];
        if (first.Contains('|') || first.Contains('\t'))
        {
            var separator = first.Contains('|') ? '|' : '\t';
            var end = start;
            rows = [];
            for (; end < lines.Count && lines[end].Contains(separator); end++)
            {
                if (!IsRule(lines[end]))
                {
                    rows.Add(Split(lines[end], end, separator));
                }
            }

            rows = rows.Count == 0 ? null : rows;   // nothing but Markdown rules
            return end;
        }

        if (HasSpaceGap(first))
        {
            var end = start;
            while (end < lines.Count && lines[end].Trim().Length > 0 && !IsEnd(lines[end]))
            {
                end++;
            }

            List<string> notes = end < lines.Count && IsNote(lines[end]) ? [lines[end]] : [];
            var regular = SpaceAlignedRows.Candidates(lines, start, end)
                .Where(c => Check(Grid(c, start, [], notes), c, out _, out _)).ToList();
            rows = regular.Count == 1 ? regular[0] : null;
            problem = rows is null ? TextTableProblem.Unaligned : null;
            return end;
        }

        var last = start;
        while (last < lines.Count && !IsEnd(lines[last], cellPerLine: true))
        {
            last++;
        }

        rows = CellPerLine(lines, start, last, out problem, out problemLine);
        return last;
    }

    /// <summary>A Markdown rule under a header (<c>|---|:---:|</c>).</summary>
    private static bool IsRule(string line)
    {
        var any = false;
        foreach (var ch in line)
        {
            if (ch == '-')
            {
                any = true;
            }
            else if (ch is not ('|' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>A line's cells between separators; an outer <c>|</c> at either end is a border, not a blank cell.</summary>
    private static Cell[] Split(string line, int index, char separator)
    {
        var from = 0;
        var to = line.Length;
        if (separator == '|')
        {
            var trimmedStart = line.Length - line.TrimStart().Length;
            var trimmedEnd = line.TrimEnd().Length;
            if (trimmedStart < trimmedEnd && line[trimmedStart] == '|')
            {
                from = trimmedStart + 1;
            }

            if (trimmedEnd > from && line[trimmedEnd - 1] == '|')
            {
                to = trimmedEnd - 1;
            }
        }

        var cells = new List<Cell>();
        var at = from;
        while (true)
        {
            var next = line.IndexOf(separator, at, to - at);
            var stop = next < 0 ? to : next;
            cells.Add(Trimmed(line, at, stop, index));
            if (next < 0)
            {
                break;
            }

            at = next + 1;
        }

        return [.. cells];
    }

    /// <summary>The cell of <paramref name="line"/> between two positions, trimmed, located at its first character.</summary>
    internal static (string Text, int Column) Trim(string line, int from, int to)
    {
        var start = from;
        while (start < to && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        var end = to;
        while (end > start && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        return (line[start..end], (start < to ? start : from) + 1);
    }

    internal static Cell Trimmed(string line, int from, int to, int index)
    {
        var (text, column) = Trim(line, from, to);
        return new Cell(text, index + 1, column);
    }

    /// <summary>Whether two non-blank parts of the line are separated by two or more spaces (or an ideographic space).</summary>
    private static bool HasSpaceGap(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Contains("  ", StringComparison.Ordinal) || trimmed.Contains('\u3000');
    }

    /// <summary>
    /// One cell per line: the header is the lines before the first row, whose label cells (up to
    /// <see cref="MaxLeadingLabels"/>) come before its first number (or its 合计 label); every count of columns that makes
    /// regular rows is tried, and the cells are read only when exactly one does.
    /// </summary>
    private static List<Cell[]>? CellPerLine(List<string> lines, int start, int end, out TextTableProblem? problem, out int problemLine)
    {
        problem = null;
        problemLine = start;
        var firstNumber = -1;
        var anyAmount = false;
        for (var k = start; k < end; k++)
        {
            var compact = TableAssembler.Compact(lines[k]);
            anyAmount |= compact.Contains('.', StringComparison.Ordinal) && TableAssembler.IsNumber(compact);
            if (firstNumber < 0 && TableAssembler.IsNumber(compact))
            {
                firstNumber = k;
            }
        }

        // The first row starts a few label cells before its first number; a blank table has no number, and its 合计 row
        // (a header may name 合计 too) stands for it.
        List<int> anchors = firstNumber >= 0 ? [firstNumber]
            : Enumerable.Range(start, end - start).Where(k => IsTotalLabel(TableAssembler.Compact(lines[k]))).ToList();
        if (anchors.Count == 0)
        {
            return null;   // no number and no 合计: prose or a list, not a table (no note)
        }

        List<string> below = end < lines.Count && IsNote(lines[end]) ? [lines[end]] : [];
        List<Cell[]>? found = null;
        var fits = 0;
        var counts = anchors.SelectMany(a => Enumerable.Range(0, MaxLeadingLabels + 1).Select(labels => a - start - labels)).Distinct();
        foreach (var columns in counts)
        {
            if (columns < 2 || !Enumerable.Range(start, columns).All(k => IsHeaderText(lines[k])))
            {
                continue;
            }

            var count = end - start - columns;
            while (count % columns != 0 && count > 0 && lines[start + columns + count - 1].Trim().Length == 0)
            {
                count--;   // blank lines after the last row separate the table from what follows
            }

            if (count <= 0 || count % columns != 0)
            {
                continue;
            }

            var rows = new List<Cell[]>();
            for (var r = start; r < start + columns + count; r += columns)
            {
                rows.Add([.. Enumerable.Range(r, columns).Select(k => Trimmed(lines[k], 0, lines[k].Length, k))]);
            }

            while (rows.Count > 2 && rows[^1].All(c => c.Text.Length == 0))
            {
                rows.RemoveAt(rows.Count - 1);
            }

            if (Check(Grid(rows, start, [], below), rows, out _, out _, headerRows: 1))
            {
                fits++;
                found = rows;
            }
        }

        if (fits == 1)
        {
            return found;
        }

        // Cells that look like a table (amounts with decimals) but fit no column count, or several: a note.
        problem = anyAmount || fits > 1 ? (fits > 1 ? TextTableProblem.Ambiguous : TextTableProblem.CellCount) : null;
        problemLine = anchors[0];
        return null;
    }

    /// <summary>A header cell on its own line: not blank, not a number, not a sentence, not a row label (一、…, 总计).</summary>
    private static bool IsHeaderText(string line)
    {
        var compact = TableAssembler.Compact(line);
        return compact.Length is > 0 and <= 30 && !TableAssembler.IsNumber(compact) && !compact.StartsWith("总计", StringComparison.Ordinal)
            && !(compact.Length > 2 && compact[1] == '、' && "一二三四五六七八九十".Contains(compact[0], StringComparison.Ordinal));
    }

    private static bool IsTotalLabel(string compact) =>
        compact.StartsWith("合计", StringComparison.Ordinal) || compact.StartsWith("总计", StringComparison.Ordinal);

    /// <summary>The grid of the rows, every cell located; the title and caption lines above, the 注/说明 lines below.</summary>
    private static RawGrid Grid(List<Cell[]> rows, int title, List<string> above, List<string> below)
    {
        var columns = rows.Max(r => r.Length);
        var grid = new RawGrid(rows.Count, columns) { Location = new CellLocation { TextLine = title + 1, TextColumn = 1 } };
        grid.Above.AddRange(above);
        grid.Below.AddRange(below);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = grid.Add(r, c, 1, 1);
                cell.Text = TableAssembler.Compact(rows[r][c].Text);
                cell.Location = new CellLocation { TextLine = rows[r][c].Line, TextColumn = rows[r][c].Column };
            }
        }

        return grid;
    }

    /// <summary>
    /// Whether the rows are regular: a header (the assembler's header rows) and data rows with the header's number of
    /// cells; a code column (编码/代码/类/款/项) holds whole numbers or labels; every other column holds amounts or text,
    /// not both; the amounts parse; there is an amount column, and a 合计/总计 row or a 合计 column.
    /// </summary>
    private static bool Check(RawGrid grid, List<Cell[]> rows, out TextTableProblem problem, out int problemLine, int? headerRows = null)
    {
        problem = TextTableProblem.NoTable;
        problemLine = rows[0][0].Line - 1;
        var columns = rows[0].Length;
        var header = TableAssembler.HeaderEnd(grid, 0);
        foreach (var row in rows)
        {
            if (row.Length != columns)
            {
                problem = TextTableProblem.CellCount;
                problemLine = row[0].Line - 1;
                return false;
            }
        }

        if (columns < 2 || header == 0 || header >= rows.Count || (headerRows is { } expected && header != expected))
        {
            return false;
        }

        var headers = Enumerable.Range(0, columns)
            .Select(c => string.Concat(Enumerable.Range(0, header).Select(r => TableAssembler.Compact(rows[r][c].Text)))).ToArray();
        var kinds = new int[columns];   // 0 nothing yet, 1 amounts, 2 text
        var total = headers.Any(h => h.Contains("合计", StringComparison.Ordinal));
        for (var r = header; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var text = TableAssembler.Compact(rows[r][c].Text);
                if (text.Length == 0 || text is "-" or "—" or "--" or "－")
                {
                    continue;
                }

                total |= text.Contains("合计", StringComparison.Ordinal) || text.Contains("总计", StringComparison.Ordinal);
                var isCode = headers[c].Contains("编码", StringComparison.Ordinal) || headers[c].Contains("代码", StringComparison.Ordinal)
                    || headers[c] is "类" or "款" or "项";
                var isNumber = TableAssembler.IsNumber(text);
                if (isNumber && (isCode ? !text.All(char.IsAsciiDigit) : !Amount.TryParse(text, out _)))
                {
                    (problem, problemLine) = (TextTableProblem.NotAnAmount, rows[r][c].Line - 1);
                    return false;
                }

                var kind = isCode ? 2 : isNumber ? 1 : 2;
                if (kinds[c] != 0 && kinds[c] != kind)
                {
                    (problem, problemLine) = (TextTableProblem.MixedColumn, rows[r][c].Line - 1);
                    return false;
                }

                kinds[c] = kind;
            }
        }

        // A blank table (本表无数据) has no amount: its 合计 row is blank and the statement is below it.
        var blank = !kinds.Contains(1) && grid.Below.Exists(b => TableAssembler.IsEmptyStatement(TableAssembler.Compact(b)));
        if (!total || (!kinds.Contains(1) && !blank) || kinds[0] == 1)
        {
            problemLine = rows[header][0].Line - 1;
            return false;
        }

        return true;
    }
}
