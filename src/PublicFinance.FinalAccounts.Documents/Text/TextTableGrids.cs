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
internal static partial class TextTableGrids
{
    /// <summary>
    /// A cell as written: its text (trimmed) and where it starts (1-based line and column); for a space-aligned header cell,
    /// <paramref name="Reach"/> is the last column (0-based) its text runs into (−1 in the other layouts, where a cell is
    /// one column).
    /// </summary>
    internal readonly record struct Cell(string Text, int Line, int Column, int Reach = -1);

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
                if (IntroducedTable(lines, i, grids, notes) is { } introduced)
                {
                    i = introduced;   // session 45: "…收入支出决算总表如下（单位：万元）：" then the rows (TextTableGrids.SideGroupLines.cs)
                    continue;
                }

                if (SectionTable(lines, i, grids, notes) is { } next)
                {
                    i = next;   // session 41: table 6 under its 说明 heading, no title of its own (TextTableGrids.SectionTables.cs)
                    continue;
                }

                if (TextDocumentReader.ExcerptTitle(lines[i]) is { } excerpt)
                {
                    // F4 (blind round 29): "收入支出决算总表（摘录）" — the table leaves rows out, so its totals are no sums of
                    // the rows given: it is not read (no 合计 is checked against a partial sum), and a note says so.
                    notes.Add(DocumentMessages.ExcerptTableNotRead(excerpt, new CellLocation { TextLine = i + 1, TextColumn = 1 }));
                }

                i++;
                continue;
            }

            var title = i;
            var above = new List<string> { TextDocumentReader.WithoutEmphasis(lines[i]) };   // Blind25B F5: **收入决算表**
            var j = i + 1;
            while (j < lines.Count && j - title <= MaxCaptionLines && IsCaption(lines[j]))
            {
                if (lines[j].Trim().Length > 0)
                {
                    above.Add(CaptionText(lines[j]));
                }

                j++;
            }

            var end = Body(lines, title, j, out var rows, out var problem, out var problemLine);
            var below = new List<string>();
            for (var k = end; k < lines.Count && k < end + 2 && IsNote(lines[k]); k++)
            {
                below.Add(lines[k]);
            }

            var code = above.Select(a => TableAssembler.TableCode(TableAssembler.Compact(a)).Code).FirstOrDefault(c => c is not null);
            var name = code is null ? TextDocumentReader.TitleOf(lines[title]) : code + " " + TextDocumentReader.TitleOf(lines[title]);
            if (rows is not null)
            {
                if (Build(rows, title, above, below, out var irregular, out var irregularLine) is { } grid)
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

        if (compact.Length > 60 || line.Contains('|'))
        {
            return false;
        }

        // A tab export may spread the 编制单位 / 单位 line (or the code) over cells ("编制单位：…⇥⇥⇥单位：元", blind round 25 B,
        // family F4): a caption still, when its cells hold no amount — the header and rows hold a cell that is no caption.
        var (code, rest) = TableAssembler.TableCode(compact);
        var caption = (code is not null && rest.Length == 0) || IsUnitLine(compact);
        return caption && (!line.Contains('\t') || IsTabCaption(line));
    }

    /// <summary>Whether every non-blank cell of a tab line is caption text: a table code, an 编制单位 or 单位 part — no amount, no
    /// column name.</summary>
    private static bool IsTabCaption(string line)
    {
        foreach (var cell in line.Split('\t'))
        {
            var compact = TableAssembler.Compact(cell);
            var (code, rest) = TableAssembler.TableCode(compact);
            if (compact.Length > 0 && !(code is not null && rest.Length == 0) && !IsUnitLine(compact))
            {
                return false;
            }
        }

        return true;
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

    /// <summary>How the rows of a table are pasted.</summary>
    private enum Layout
    {
        Pipe,
        Tab,
        Spaces,
        CellPerLine,
    }

    /// <summary>
    /// The rows of the table from line <paramref name="start"/> in the layout its first line shows, with the rows it continues
    /// with after a page break (<see cref="Continuation"/>); returns the line after them. Rows are null (with a problem when
    /// the lines looked like a table) when no regular rows were found.
    /// </summary>
    private static int Body(List<string> lines, int title, int start, out List<Cell[]>? rows, out TextTableProblem? problem,
        out int problemLine)
    {
        rows = null;
        problem = null;
        problemLine = start;
        if (start >= lines.Count || lines[start].Trim().Length == 0 || IsEnd(lines[start]))
        {
            return start;
        }

        if (SingleSpaceRows(lines, start, out var singleEnd) is { } single)
        {
            (rows, problem) = (single, null);   // blind round 26 C, r4: pdftotext -raw rows (TextTableGrids.SingleSpaceRows.cs)
            return singleEnd;
        }

        // The lines read, as text line numbers: the first part, then each continuation after a page break.
        var layout = LayoutOf(lines[start]);
        var end = ScanEnd(lines, start, layout);
        if (end == start)
        {
            return start;   // a page number right under the title
        }

        var read = Enumerable.Range(start, end - start).ToList();
        var parts = new List<int> { 0 };   // where each part starts among the lines read
        while (Continuation(lines, end, title, start, layout) is { } resume)
        {
            parts.Add(read.Count);
            end = ScanEnd(lines, resume, layout);
            read.AddRange(Enumerable.Range(resume, end - resume));
        }

        if (layout != Layout.CellPerLine && IsUnjoinedContinuation(lines, end, title, start, layout))
        {
            (problem, problemLine) = (TextTableProblem.Continued, end);
            return end;   // Blind25B F1: a table read from its first page only is no table (its 合计 would meet a partial sum)
        }

        rows = Attempt(lines, read, parts, end, layout, lines[title], out problem, out problemLine);

        // A 栏次 row of space-aligned columns (栏次 1 2 3 …) whose numbers sit where no cell of the rows does splits columns
        // the rows keep whole: when the rows are not regular with it, they are tried without it (it holds no figure; blind
        // round 25 B, family F3). A table regular both ways keeps the reading with it, as before.
        if (rows is null && layout == Layout.Spaces && read.Exists(k => IsColumnNumberRow(lines[k])))
        {
            var kept = read.FindAll(k => !IsColumnNumberRow(lines[k]));
            var keptParts = parts.ConvertAll(p => read.Take(p).Count(k => !IsColumnNumberRow(lines[k])));
            if (Attempt(lines, kept, keptParts, end, layout, lines[title], out _, out _) is { } without)
            {
                (rows, problem) = (without, null);
            }
        }

        // Session 45 (blind round 41 t06): a side-by-side summary table's first line naming its sides (收入 … 支出) set over
        // no column of its half: when the rows are not regular with it, they are tried without it (it holds no figure, and
        // each half is found by its own 项目 column). A table regular with it keeps that reading, as before.
        if (rows is null && layout == Layout.Spaces && read.Count > 2 && IsSideGroupLine(lines[read[0]]))
        {
            var kept = read.GetRange(1, read.Count - 1);
            var keptParts = parts.ConvertAll(p => Math.Max(0, p - 1));
            if (Attempt(lines, kept, keptParts, end, layout, lines[title], out _, out _) is { } without)
            {
                (rows, problem) = (without, null);
            }
        }

        return end;
    }

    /// <summary>The regular rows of the lines <paramref name="read"/> (line numbers in the text; <paramref name="parts"/> where each
    /// part after a page break starts among them), each cell located on its text line; null with the problem.</summary>
    private static List<Cell[]>? Attempt(List<string> lines, List<int> read, List<int> parts, int end, Layout layout,
        string title, out TextTableProblem? problem, out int problemLine)
    {
        var view = read.Select(k => layout == Layout.CellPerLine ? WithoutTrailingBar(lines[k]) : lines[k]).ToList();
        if (end < lines.Count)
        {
            view.Add(lines[end]);   // the line after the rows: a 注 or the blank table's statement
        }

        var found = Rows(view, read.Count, layout, parts, [title], out problem, out var at);
        problemLine = read[Math.Min(at, read.Count - 1)];
        return found?.ConvertAll(row => Array.ConvertAll(row, c => c with { Line = read[c.Line - 1] + 1 }));
    }

    /// <summary>A 栏次 row: 栏次 (or 行次) and then only column numbers and dashes (栏次 1 2 3 …; blind round 25 B, family F3).</summary>
    private static bool IsColumnNumberRow(string line)
    {
        var compact = TableAssembler.Compact(line);
        if (!(compact.StartsWith("栏次", StringComparison.Ordinal) || compact.StartsWith("行次栏次", StringComparison.Ordinal)))
        {
            return false;
        }

        var rest = compact.AsSpan(compact.IndexOf("栏次", StringComparison.Ordinal) + 2);
        foreach (var ch in rest)
        {
            if (!(char.IsAsciiDigit(ch) || ch is '-' or '—' or '－'))
            {
                return false;
            }
        }

        return rest.Length > 0;
    }

    /// <summary>The layout the first row shows: <c>|</c> cells, tab cells, cells apart by two spaces, else one cell per line
    /// (a cell per line may end in <c> |</c>).</summary>
    private static Layout LayoutOf(string line)
    {
        var bar = line.IndexOf('|');
        return bar >= 0 && bar < line.TrimEnd().Length - 1 ? Layout.Pipe
            : line.Contains('\t') ? Layout.Tab
            : bar >= 0 ? Layout.CellPerLine
            : HasSpaceGap(line) ? Layout.Spaces
            : Layout.CellPerLine;
    }

    /// <summary>A cell on its own line without the <c> |</c> that may end it (its column unchanged).</summary>
    private static string WithoutTrailingBar(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.EndsWith('|') && trimmed.IndexOf('|') == trimmed.Length - 1 ? trimmed[..^1] : line;
    }

    /// <summary>
    /// The line after the rows of one part of a table. <c>|</c> rows run while lines hold a <c>|</c>; tab rows while lines
    /// hold a tab, and over a short line without one between two tab rows (a row whose blank cells after the first were
    /// all dropped); space-aligned rows to a blank line; one cell per line to a line that ends a table. A page number ends
    /// every layout.
    /// </summary>
    private static int ScanEnd(List<string> lines, int start, Layout layout)
    {
        var end = start;
        switch (layout)
        {
            case Layout.Pipe:
                while (end < lines.Count && lines[end].Contains('|') && !IsPageNumber(lines[end], bare: false))
                {
                    end++;
                }

                return end;
            case Layout.Tab:
                while (end < lines.Count && (lines[end].Contains('\t') || IsLabelOnlyTabRow(lines, end)))
                {
                    end++;
                }

                return end;
            case Layout.Spaces:
                while (end < lines.Count && lines[end].Trim().Length > 0 && !IsEnd(lines[end]) && !IsPageNumber(lines[end], bare: true)
                    && !IsProseLine(lines[end]) && !IsHeadingAfterSpaceRows(lines, end))
                {
                    end++;
                }

                return end;
            default:
                while (end < lines.Count && !IsEnd(lines[end], cellPerLine: true) && !IsPageNumber(lines[end], bare: false)
                    && !IsNumberedHeading(lines, end))
                {
                    end++;
                }

                return end;
        }
    }

    /// <summary>
    /// A line of prose right under space-aligned rows, without the blank line that would end them (G / F5, session 33): no
    /// run of spaces between cells, more than 20 characters, and a clause mark (， or ：) — a sentence broken across lines
    /// before its 。. Before, such a line was taken as a row and made the whole table irregular (a note, nothing read).
    /// </summary>
    private static bool IsProseLine(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 20 && !HasSpaceGap(trimmed) && (trimmed.Contains('，') || trimmed.Contains('：') || trimmed.Contains(','));
    }

    /// <summary>A short label line without a tab between two tab rows: a row whose blank cells after the label were dropped.</summary>
    private static bool IsLabelOnlyTabRow(List<string> lines, int k)
    {
        var compact = TableAssembler.Compact(lines[k]);
        return compact.Length is > 0 and <= 30 && k > 0 && lines[k - 1].Contains('\t') && k + 1 < lines.Count
            && lines[k + 1].Contains('\t') && !IsEnd(lines[k]) && !IsPageNumber(lines[k], bare: true);
    }

    /// <summary>
    /// Where the table goes on after a page break, or null: past blank lines, a page number (<c>- 3 -</c>, <c>第 3 页</c>, and
    /// a bare number except between cells one per line) and the table's title repeated (with <c>（续）</c>) and its captions,
    /// rows in the same layout — after a page number or a repeated title, or else only rows that start with the table's
    /// first header line repeated; <c>|</c> rows with the first row's number of cells (tab rows no more than its widest row).
    /// </summary>
    private static int? Continuation(List<string> lines, int end, int title, int start, Layout layout)
    {
        var k = SkipBlank(lines, end);
        var marked = false;
        if (k < lines.Count && IsPageNumber(lines[k], bare: layout != Layout.CellPerLine))
        {
            marked = true;
            k = SkipBlank(lines, k + 1);
        }

        // The page's running header (the document's name) between the page number and the title repeated: passed over only
        // when the title repeated follows it (blind round 25 B, family F1).
        if (marked && RunningHeaderBefore(lines, k, lines[title]) is { } repeated)
        {
            k = repeated;
        }

        if (k < lines.Count && IsRepeatedTitle(lines[k], lines[title]))
        {
            marked = true;
            var caption = ++k;
            while (k < lines.Count && k - caption < MaxCaptionLines && IsCaption(lines[k]))
            {
                k++;
            }
        }

        if (k >= lines.Count || k == end || lines[k].Trim().Length == 0 || IsEnd(lines[k]) || LayoutOf(lines[k]) != layout)
        {
            return null;
        }

        // | rows go on with the header's number of cells (tab rows with at most as many: trailing blanks may be dropped).
        var borders = HasBorder(lines[start]);
        if ((layout == Layout.Pipe && Split(lines[k], k, '|', borders).Length != Split(lines[start], start, '|', borders).Length)
            || (layout == Layout.Tab
                && Split(lines[k], k, '\t').Length > Enumerable.Range(start, end - start).Max(r => Split(lines[r], r, '\t').Length)))
        {
            return null;
        }

        return marked || TableAssembler.Compact(lines[k]) == TableAssembler.Compact(lines[start]) ? k : null;
    }

    /// <summary>
    /// A numbered heading of the 说明 straight after a one-cell-per-line table (二、支出决算情况, （二）基本支出): a line
    /// numbered 一、… or （一）… after which — past blank lines and further numbered lines (（一）… under 二、…) — comes a line
    /// that ends a table (a sentence, a note, a title, a heading) or the end of the text. A numbered row label (一、一般公共
    /// 服务支出) is followed by its cells — an amount, a blank cell, or a label after it — so it never ends the table.
    /// </summary>
    private static bool IsNumberedHeading(List<string> lines, int k)
    {
        var first = lines[k].AsSpan().TrimStart();
        if (first.IsEmpty || !"一二三四五六七八九十（(".Contains(first[0], StringComparison.Ordinal)
            || !IsNumbered(TableAssembler.Compact(lines[k])))
        {
            return false;
        }

        var next = SkipBlank(lines, k + 1);
        while (next < lines.Count && IsNumbered(TableAssembler.Compact(lines[next])))
        {
            next = SkipBlank(lines, next + 1);
        }

        return next >= lines.Count || IsEnd(lines[next], cellPerLine: true);
    }

    /// <summary>
    /// Session 63 (tbl63, blind round 59 t04): a numbered heading of the 说明 right under space-aligned rows, with no blank
    /// line between — <c>五、“三公”经费支出情况：</c> under the 支出决算表's 合计 row. Taken as a row, its one cell spread over the
    /// code and name columns and the whole table was "not aligned" (nothing read). A line of one cell (no run of spaces in
    /// it) that is a <see cref="IsNumberedHeading"/> ends the rows; a numbered row label (<c>五、附属单位缴款</c>) is followed by
    /// more rows and stays one.
    /// </summary>
    private static bool IsHeadingAfterSpaceRows(List<string> lines, int k) => !HasSpaceGap(lines[k]) && IsNumberedHeading(lines, k);

    /// <summary>A line numbered with a Chinese numeral: 二、…, 十二、…, （二）… or (二)…, with text after the number.</summary>
    private static bool IsNumbered(string compact)
    {
        var open = compact.Length > 0 && compact[0] is '（' or '(' ? 1 : 0;
        var i = open;
        while (i < compact.Length && "一二三四五六七八九十".Contains(compact[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i > open && i + 1 < compact.Length && (open == 0 ? compact[i] == '、' : compact[i] is '）' or ')');
    }

    private static int SkipBlank(List<string> lines, int k)
    {
        while (k < lines.Count && lines[k].Trim().Length == 0)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// The line of the table's title repeated when the lines from <paramref name="k"/> are one or two running-header lines
    /// and then that title: short lines (at most 40 characters) holding no cell separator, no sentence and no amount; null
    /// otherwise.
    /// </summary>
    private static int? RunningHeaderBefore(List<string> lines, int k, string title)
    {
        for (var n = 0; n < 2 && k < lines.Count; n++)
        {
            var compact = TableAssembler.Compact(lines[k]);
            if (compact.Length is 0 or > 40 || lines[k].Contains('|') || lines[k].Contains('\t') || IsRepeatedTitle(lines[k], title)
                || HasSpaceGap(lines[k]) || compact.Contains('。') || compact.Contains('.') || IsEnd(lines[k]))
            {
                return null;
            }

            k = SkipBlank(lines, k + 1);
            if (k < lines.Count && IsRepeatedTitle(lines[k], title))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the table goes on after the line <paramref name="end"/> where its rows stop but was not joined: within the next
    /// few lines, before a note, a sentence or another table's title, comes the table's title repeated, its first header line
    /// repeated, or — after a page number — a row of the same layout that starts with a classification code.
    /// </summary>
    private static bool IsUnjoinedContinuation(List<string> lines, int end, int title, int start, Layout layout)
    {
        var paged = false;
        var header = TableAssembler.Compact(lines[start]);
        for (var (k, seen) = (SkipBlank(lines, end), 0); k < lines.Count && seen < 6; k = SkipBlank(lines, k + 1), seen++)
        {
            var line = lines[k];
            if (IsRepeatedTitle(line, lines[title]))
            {
                return true;
            }

            if (IsNote(line) || TextDocumentReader.IsTitle(line) || line.Contains('。') || line.Contains('；'))
            {
                return false;
            }

            paged |= IsPageNumber(line, bare: true);
            if (LayoutOf(line) == layout && !IsPageNumber(line, bare: true))
            {
                return TableAssembler.Compact(line) == header || (paged && StartsWithCode(line));
            }
        }

        return false;
    }

    /// <summary>A row that starts with a classification code of three to seven digits, then a gap or a separator.</summary>
    private static bool StartsWithCode(string line)
    {
        var text = line.AsSpan().TrimStart(" |\t\u3000");
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is >= 3 and <= 7 && digits < text.Length && text[digits] is ' ' or '\t' or '|' or '\u3000';
    }

    /// <summary>The table's title again at the top of the next page, perhaps marked 续 (（续）, (续), 续表).</summary>
    private static bool IsRepeatedTitle(string line, string title)
    {
        var compact = TableAssembler.Compact(line).Replace("（续表）", string.Empty, StringComparison.Ordinal)
            .Replace("(续表)", string.Empty, StringComparison.Ordinal).Replace("（续）", string.Empty, StringComparison.Ordinal)
            .Replace("(续)", string.Empty, StringComparison.Ordinal).Replace("续表", string.Empty, StringComparison.Ordinal);
        return TextDocumentReader.IsTitle(compact) && TextDocumentReader.TitleOf(compact) == TextDocumentReader.TitleOf(title);
    }

    /// <summary>
    /// A page number on its own line: <c>- 3 -</c> (any dash), <c>第 3 页</c>, <c>第3页 共9页</c>; a bare number of up to
    /// four digits when <paramref name="bare"/> (never where one cell stands per line: it may be a cell).
    /// </summary>
    private static bool IsPageNumber(string line, bool bare)
    {
        var compact = TableAssembler.Compact(line);
        if (compact.Length == 0 || compact.Length > 12)
        {
            return false;
        }

        var inner = compact.Trim('-', '—', '–', '－');
        var digits = inner.Length > 0 && inner.Length <= 4 && inner.All(char.IsAsciiDigit);
        if (digits && inner.Length < compact.Length && compact[0] != inner[0] && compact[^1] != inner[^1])
        {
            return true;   // dashes on both sides
        }

        if (compact.StartsWith('第') && compact.Contains('页', StringComparison.Ordinal) && compact.Any(char.IsAsciiDigit))
        {
            return compact.All(ch => char.IsAsciiDigit(ch) || "第页共/，,".Contains(ch, StringComparison.Ordinal));
        }

        return bare && digits && inner.Length == compact.Length;
    }

    /// <summary>
    /// The regular rows of the lines read (<paramref name="count"/> lines of <paramref name="view"/>, then the line after
    /// them), in the layout; <paramref name="parts"/> are where the table's parts start (a header repeated at the start of
    /// a part after the first is dropped); null with the problem.
    /// </summary>
    private static List<Cell[]>? Rows(List<string> view, int count, Layout layout, List<int> parts, List<string> above,
        out TextTableProblem? problem, out int problemLine)
    {
        var continued = parts.Count > 1 ? parts[1] : int.MaxValue;
        problem = null;
        problemLine = 0;
        List<string> below = count < view.Count && IsNote(view[count]) ? [view[count]] : [];
        switch (layout)
        {
            case Layout.Pipe or Layout.Tab:
                var separator = layout == Layout.Pipe ? '|' : '\t';
                var rows = new List<Cell[]>();
                var borders = layout != Layout.Pipe || HasBorder(view[0]);   // Blind24B m4: "科目编码 | 科目名称 | 决算数"
                for (var k = 0; k < count; k++)
                {
                    if (!IsRule(view[k]))
                    {
                        rows.Add(Split(view[k], k, separator, borders));
                    }
                }

                if (layout == Layout.Tab && rows.Count > 0)
                {
                    // A browser's copy of a rowspan/colspan header, each cell once; when its spans are not fixed, its short
                    // lines are no dropped trailing cells either (the table stays a note).
                    if (CollapsedSpanningHeader.Expand(rows) != CollapsedSpanningHeader.Outcome.Ambiguous)
                    {
                        PadDroppedCells(rows, view);
                    }

                    AlignTotalWithoutCode(rows);   // blind round 26 C, r3 (TextTableGrids.SingleSpaceRows.cs)
                }

                // Session 45: an empty spacer column (blank on every line) is no column (TextTableGrids.SideGroupLines.cs).
                return rows.Count == 0 ? null
                    : WithoutRepeatedHeader(WithoutBlankColumns(rows), continued);   // nothing but Markdown rules: null
            case Layout.Spaces:
                var regular = new List<List<Cell[]>>();
                for (var headerLines = 1; headerLines <= 2; headerLines++)
                {
                    foreach (var candidate in SpaceAlignedRows.Candidates(view, 0, count, headerLines))
                    {
                        var rowsRead = WithoutRepeatedHeader(candidate, continued);
                        if (!regular.Exists(r => SpaceAlignedRows.SameTexts(r, rowsRead))
                            && Build(rowsRead, 0, above, below, out _, out _, headerLines == 1 ? null : headerLines) is not null)
                        {
                            regular.Add(rowsRead);
                        }
                    }
                }

                if (regular.Count == 0 && CodedSpaceRows.Read(view, count) is { } coded
                    && Build(coded, 0, above, below, out _, out _, 1) is not null)
                {
                    regular.Add(coded);   // Blind24B m3: 类 / 款 / 项 columns that do not line up, read by the order of the cells
                }

                problem = regular.Count == 1 ? null : TextTableProblem.Unaligned;
                return regular.Count == 1 ? regular[0] : null;
            default:
                return CellPerLine(view, count, parts, above, below, out problem, out problemLine);
        }
    }

    /// <summary>
    /// Tab rows exported without their trailing blank cells (Excel, WPS, an editor trimming line ends): a row shorter than the
    /// widest row is padded with blank cells at its end — only when its dropped cells are provably trailing: a header line is
    /// that wide (it names every column); no line of the table ends in a tab (an export that keeps one row's trailing tabs
    /// keeps them all, so a short row there lost a cell inside); each of the row's cells is of its column's kind where the
    /// padding puts it (an amount under amounts, text under text, as the full rows show); and the row holds no amount after
    /// its first cell (which cannot have moved: a code there is fine), or the table keeps a blank cell inside a line (two
    /// tabs in a row — a paste that collapses runs of tabs, losing inner blank cells, keeps none). A row that lost an inner
    /// cell otherwise stays short: a note, never shifted.
    /// </summary>
    private static void PadDroppedCells(List<Cell[]> rows, List<string> view)
    {
        var columns = rows.Max(r => r.Length);
        var header = TextTableHeader.Count(rows);
        if (rows.TrueForAll(r => r.Length == columns) || !rows.Take(header).Any(r => r.Length == columns)
            || rows.Exists(r => r.Length > 1 && r[^1].Text.Length == 0))
        {
            return;
        }

        var innerBlankKept = rows.Exists(r => Enumerable.Range(1, Math.Max(0, r.Length - 2)).Any(i => r[i].Text.Length == 0));
        var texts = rows.ConvertAll(Texts);
        bool IsHeader(int r) => r < header || texts.Take(header).Any(h => h.SequenceEqual(texts[r]));   // or repeated after a break
        var full = Enumerable.Range(0, rows.Count).Where(r => !IsHeader(r) && rows[r].Length == columns).ToList();
        bool Holds(int column, Func<string, bool> kind) => full.Exists(r => texts[r][column] is { Length: > 0 } t && kind(t));
        var amounts = Enumerable.Range(0, columns).Select(c => Holds(c, TableAssembler.IsNumber)).ToArray();
        var words = Enumerable.Range(0, columns).Select(c => Holds(c, t => !TableAssembler.IsNumber(t))).ToArray();
        bool OfItsKind(string t, int c)
            => t.Length == 0 || (TableAssembler.IsNumber(t) ? amounts[c] || !words[c] : words[c] || !amounts[c]);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = texts[r];
            var ofItsKind = IsHeader(r) || cells.Select(OfItsKind).All(ok => ok);   // header lines: text, their kinds unknown
            // The first cell cannot have moved (no cell is before it to lose), so a classification code there
            // ("2010302⇥一般行政管理事务") is no amount that padding could misplace.
            if (rows[r].Length < columns && ofItsKind && (innerBlankKept || !cells.Skip(1).Any(TableAssembler.IsNumber)))
            {
                var line = rows[r][0].Line;
                var after = view[line - 1].Length + 1;
                rows[r] = [.. rows[r], .. Enumerable.Repeat(new Cell(string.Empty, line, after), columns - rows[r].Length)];
            }
        }
    }

    /// <summary>The rows without a header repeated after a page break (rows from line <paramref name="continued"/> on that
    /// repeat a header row as written).</summary>
    private static List<Cell[]> WithoutRepeatedHeader(List<Cell[]> rows, int continued)
    {
        if (continued == int.MaxValue)
        {
            return rows;
        }

        var header = rows.Take(TextTableHeader.Count(rows)).Select(Texts).ToList();
        return rows.Where((row, r) => r < header.Count || row[0].Line - 1 < continued || !header.Exists(h => h.SequenceEqual(Texts(row))))
            .ToList();
    }

    /// <summary>A row's cell texts, compacted.</summary>
    private static string[] Texts(Cell[] row) => Array.ConvertAll(row, c => TableAssembler.Compact(c.Text));

    /// <summary>A Markdown rule under a header (<c>|---|:---:|</c>).</summary>
    internal static bool IsRule(string line)
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

    /// <summary>
    /// Whether the first line of a <c>|</c> table opens or closes with a <c>|</c>: its outer bars are borders. A table whose
    /// first line has none ("科目编码 | 科目名称 | 决算数", bars only between cells) has none: a bar at a row's edge there is a
    /// blank cell (" | 合计 | 3004567.89" is a blank code, 合计 and the amount), never a border (blind round 24, family m4).
    /// </summary>
    private static bool HasBorder(string line)
    {
        var trimmed = line.Trim();
        return trimmed.StartsWith('|') || trimmed.EndsWith('|');
    }

    /// <summary>A line's cells between separators; an outer <c>|</c> at either end is a border, not a blank cell — unless
    /// <paramref name="borders"/> is false (a table without borders, <see cref="HasBorder"/>).</summary>
    internal static Cell[] Split(string line, int index, char separator, bool borders = true)
    {
        var from = 0;
        var to = line.Length;
        if (separator == '|' && borders)
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
    /// <see cref="MaxLeadingLabels"/>) come before its first number (or its 合计 label) — one line of column names, or two or
    /// three with a blank line for each blank cell (<see cref="TextTableHeader"/>); every count of columns and header lines
    /// that makes regular rows is tried, and the cells are read only when exactly one does.
    /// </summary>
    private static List<Cell[]>? CellPerLine(List<string> lines, int end, List<int> parts, List<string> above, List<string> below,
        out TextTableProblem? problem, out int problemLine)
    {
        var continued = parts.Count > 1 ? parts[1] : int.MaxValue;
        problem = null;
        problemLine = 0;
        var firstNumber = -1;
        var anyAmount = false;
        for (var k = 0; k < end; k++)
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
            : Enumerable.Range(0, end).Where(k => IsTotalLabel(TableAssembler.Compact(lines[k]))).ToList();
        if (anchors.Count == 0)
        {
            return null;   // no number and no 合计: prose or a list, not a table (no note)
        }

        List<Cell[]>? found = null;
        var fits = 0;
        var shapes = anchors.SelectMany(a => Enumerable.Range(0, MaxLeadingLabels + 1).Select(labels => a - labels)).Distinct()
            .SelectMany(headerCells => Enumerable.Range(1, TextTableHeader.MaxRows).Where(h => headerCells % h == 0)
                .Select(h => (Columns: headerCells / h, HeaderRows: h)));
        foreach (var (columns, headerRows) in shapes)
        {
            var headerLines = columns * headerRows;
            // One header line names every column; over two or three, a blank line is a blank cell, and each header line
            // has one (a spanning cell's), else the lines would be read as one header line of a wider table just as well —
            // but for a group line whose names each repeat over their columns (收入 / 收入 / 支出 / 支出, blind round 35,
            // session 38): it is a line above the column names, and a header line naming two neighbouring columns alike is
            // no other line (收入 / 收入 / 支出 / 支出 / 项目 / 决算数 … is not one header line of eight columns, nor of six).
            var groupAbove = IsGroupLine(lines, columns) || IsRepeatedGroupLine(lines, 0, columns);
            if (columns < 2 || !Enumerable.Range(0, headerLines).All(k => IsHeaderText(lines[k])
                || (headerRows > 1 && k > 0 && lines[k].Trim().Length == 0))
                || Enumerable.Range(0, headerRows).Any(r => Enumerable.Range(r * columns + 1, columns - 1)
                    .Any(k => SameName(lines[k - 1], lines[k])) && !IsRepeatedGroupLine(lines, r * columns, columns))
                || (headerRows > 1 && !Enumerable.Range(0, headerRows).All(r => Enumerable.Range(r * columns, columns)
                    .Any(k => lines[k].Trim().Length == 0) || (r == headerRows - 1 && groupAbove)
                    || (r < headerRows - 1 && IsRepeatedGroupLine(lines, r * columns, columns)))))
            {
                continue;
            }

            // Each part's cells: blank lines after its last row separate it from a page number or what follows the table.
            var cells = new List<int>();
            var whole = true;
            for (var p = 0; p < parts.Count && whole; p++)
            {
                var from = p == 0 ? headerLines : parts[p];
                var count = (p + 1 < parts.Count ? parts[p + 1] : end) - from;
                while (count % columns != 0 && count > 0 && lines[from + count - 1].Trim().Length == 0)
                {
                    count--;
                }

                whole = count > 0 && count % columns == 0;   // every part holds whole rows
                cells.AddRange(Enumerable.Range(from, Math.Max(count, 0)));
            }

            if (!whole)
            {
                continue;
            }

            cells.InsertRange(0, Enumerable.Range(0, headerLines));
            var rows = new List<Cell[]>();
            for (var r = 0; r < cells.Count; r += columns)
            {
                rows.Add([.. cells.Skip(r).Take(columns).Select(k => Trimmed(lines[k], 0, lines[k].Length, k))]);
            }

            while (rows.Count > headerRows + 1 && rows[^1].All(c => c.Text.Length == 0))
            {
                rows.RemoveAt(rows.Count - 1);
            }

            rows = WithoutRepeatedHeader(rows, continued);
            if (Build(rows, 0, above, below, out _, out _, headerRows) is not null)
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

    /// <summary>
    /// Whether the first <paramref name="columns"/> cells (one per line) are a group line — each name followed by a blank cell
    /// it spans (收入 / 空 / 支出 / 空, 预算数 and five blanks / 决算数 and five blanks; blind round 25 B, family F6): the names
    /// under it then fill every column, with no blank of their own.
    /// </summary>
    private static bool IsGroupLine(List<string> lines, int columns)
    {
        var names = 0;
        for (var k = 0; k < columns; k++)
        {
            if (lines[k].Trim().Length > 0)
            {
                names++;
                if (k + 1 >= columns || lines[k + 1].Trim().Length > 0)
                {
                    return false;
                }
            }
        }

        return names >= 2;
    }

    /// <summary>
    /// Whether the <paramref name="columns"/> cells from line <paramref name="from"/> (one per line) are a group line whose
    /// names each repeat over the columns they head (收入 / 收入 / 支出 / 支出): two names or more, each written on two lines or
    /// more in a row, none of them blank.
    /// </summary>
    private static bool IsRepeatedGroupLine(List<string> lines, int from, int columns)
    {
        var (runs, run) = (0, 0);
        for (var k = from; k < from + columns; k++)
        {
            if (lines[k].Trim().Length == 0)
            {
                return false;
            }

            if (k > from && SameName(lines[k - 1], lines[k]))
            {
                run++;
                continue;
            }

            if (k > from && run < 2)
            {
                return false;
            }

            (runs, run) = (runs + 1, 1);
        }

        return runs >= 2 && run >= 2;
    }

    /// <summary>Whether two cells (one per line) hold the same name, not blank.</summary>
    private static bool SameName(string a, string b)
    {
        var name = TableAssembler.Compact(a);
        return name.Length > 0 && name == TableAssembler.Compact(b);
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

    /// <summary>
    /// The grid of regular rows, or null with the problem: a header over two or three lines is joined
    /// (<see cref="TextTableHeader"/>; ambiguous, a note), and the rows are checked (<see cref="Check"/>) — with
    /// <paramref name="headerRows"/> header lines when the layout fixed them, and with as many as the header's text shows
    /// when it is over several lines.
    /// </summary>
    private static RawGrid? Build(List<Cell[]> rows, int title, List<string> above, List<string> below, out TextTableProblem problem,
        out int problemLine, int? headerRows = null)
    {
        var header = TextTableHeader.Count(rows);
        (int RowSpan, int ColumnSpan)[,]? spans = null;
        (problem, problemLine) = (TextTableProblem.HeaderSpan, rows[0][0].Line - 1);
        if (header >= 2 && header < rows.Count && rows.TrueForAll(r => r.Length == rows[0].Length))
        {
            spans = header <= TextTableHeader.MaxRows ? TextTableHeader.Spans(rows, header) : null;
            if (spans is null || (headerRows is { } fixedRows && fixedRows != header))
            {
                return null;
            }
        }

        var grid = Grid(rows, spans, title, above, below);
        return Check(grid, rows, out problem, out problemLine, spans is null ? headerRows : header) ? grid : null;
    }

    /// <summary>
    /// Whether a column header or a row label names a rate or a share — 率 (完成率, 增减率, 增长率), a percent sign (完成预算%,
    /// 增减（%）), 占比 or 比重 — so that its numbers are percents with or without their own sign.
    /// </summary>
    private static bool NamesRate(string label)
        => !TableAssembler.IsNumber(label)
            && (label.Contains('率', StringComparison.Ordinal) || label.Contains('%', StringComparison.Ordinal)
                || label.Contains('％', StringComparison.Ordinal) || label.Contains("占比", StringComparison.Ordinal)
                || label.Contains("比重", StringComparison.Ordinal));

    /// <summary>The grid of the rows, every cell located (a joined header's cells spanning); the title and caption lines above, the
    /// 注/说明 lines below.</summary>
    internal static RawGrid Grid(List<Cell[]> rows, (int RowSpan, int ColumnSpan)[,]? spans, int title, List<string> above,
        List<string> below)
    {
        var columns = rows.Max(r => r.Length);
        var grid = new RawGrid(rows.Count, columns) { Location = new CellLocation { TextLine = title + 1, TextColumn = 1 } };
        grid.Above.AddRange(above);
        grid.Below.AddRange(below);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var (rowSpan, columnSpan) = spans is not null && r < spans.GetLength(0) ? spans[r, c] : (1, 1);
                if (rowSpan == 0)
                {
                    continue;   // covered by a header cell spanning it
                }

                var cell = grid.Add(r, c, rowSpan, columnSpan);
                cell.Text = TableAssembler.Compact(rows[r][c].Text);
                cell.Location = new CellLocation { TextLine = rows[r][c].Line, TextColumn = rows[r][c].Column };
            }
        }

        return grid;
    }

    /// <summary>
    /// Whether the rows are regular: a header (the assembler's header rows) and data rows with the header's number of
    /// cells; a code column (编码/代码/类/款/项) holds whole numbers or labels; every other column holds amounts, percents
    /// (增减率 −10.00%) or text, one kind only; the amounts and percents parse; there is an amount column, and a 合计/总计 row or a 合计 column.
    /// A rate column (<see cref="NamesRate"/>: 完成预算%, 预算完成率, 增减率（%）) holds rates with or without their own sign
    /// ("80.00" beside "90.00%", session 37): its bare and signed numbers are one kind, not amounts against percents; and a
    /// rate row under item columns (完成率（%） under 预算数 and 决算数 rows) holds rates beneath amounts by design, so its
    /// signed rates cast no vote on their columns' kind. A bare number under 2 beside signed rates is no rate of their kind
    /// (a ratio, or an amount a lost cell moved there): that column still holds two kinds, and the table is a note. Which
    /// rates are read is the mapping's call (a bare rate under 2 is not: it may be a ratio).
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
            .Select(c => string.Concat(Enumerable.Range(0, header).Select(r => grid.TextAt(r, c)))).ToArray();
        var kinds = new int[columns];   // 0 nothing yet, 1 amounts, 2 text, 3 percents
        var total = headers.Any(h => h.Contains("合计", StringComparison.Ordinal));
        var rateColumns = Array.ConvertAll(headers, NamesRate);
        var (signedRates, smallBare) = (new bool[columns], new bool[columns]);
        for (var r = header; r < rows.Count; r++)
        {
            var rateRow = NamesRate(TableAssembler.Compact(rows[r][0].Text));
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
                var signed = text.EndsWith('%') || text.EndsWith('％');
                var isNumber = TableAssembler.IsNumber(signed ? text[..^1] : text);
                var isPercent = isNumber && !isCode && signed && Percent.TryParse(text, out _);
                if (isNumber && !isPercent && (isCode ? !text.All(char.IsAsciiDigit) : !Amount.TryParse(text, out _)))
                {
                    (problem, problemLine) = (TextTableProblem.NotAnAmount, rows[r][c].Line - 1);
                    return false;
                }

                if (rateRow && c > 0 && isPercent)
                {
                    continue;   // a rate row's signed rates under item columns: no vote on the column's kind
                }

                var kind = isCode ? 2 : isPercent ? 3 : isNumber ? 1 : 2;
                signedRates[c] |= isPercent;
                smallBare[c] |= kind == 1 && Amount.TryParse(text, out var bare) && bare.Value != 0m && Math.Abs(bare.Value) < 2m;
                // A rate column's bare and signed numbers are one kind (rates); a column with a bare one keeps counting as
                // one of numbers (kind 1), as it did before a signed cell was seen. A bare number under 2 beside signed rates is
                // no rate (a ratio, or an amount a lost cell moved there): the column holds two kinds, as before.
                var rates = rateColumns[c] && kinds[c] is 1 or 3 && kind is 1 or 3 && !(signedRates[c] && smallBare[c]);
                if (kinds[c] != 0 && kinds[c] != kind && !rates)
                {
                    (problem, problemLine) = (TextTableProblem.MixedColumn, rows[r][c].Line - 1);
                    return false;
                }

                kinds[c] = kinds[c] == 1 ? 1 : kind;
            }
        }

        // A blank table (本表无数据) has no amount: its 合计 row is blank and the statement is below it.
        var blank = !kinds.Contains(1) && grid.Below.Exists(b => TableAssembler.IsEmptyStatement(TableAssembler.Compact(b)));
        // The first column holds labels or codes — but the 三公 table has no label column: its first column is 合计's amounts
        // (blind round 25 B, family F9).
        var threePublic = grid.Above.Count > 0
            && NineTables.Kind(TextDocumentReader.TitleOf(grid.Above[0])) == PublishedTableKind.ThreePublic;
        if (!total || (!kinds.Contains(1) && !blank) || (kinds[0] == 1 && !threePublic))
        {
            problemLine = rows[header][0].Line - 1;
            return false;
        }

        return true;
    }
}
