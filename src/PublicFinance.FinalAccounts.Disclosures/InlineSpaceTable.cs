namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 43: a space-aligned table run into a paragraph (行内空格对齐表格) — a web page scraped onto one line writes
/// the 三公 table's rows one after another, the cells of a row apart by runs of two spaces or more and the rows apart by
/// a single space (<c>…（单位：万元）： 项目    本年决算    上年决算    增减额    增减率 合计    10.00    11.20    -1.20    -10.71%
/// 因公出国（境）费    0    0    0    — …</c>). Read as prose, a row was one clause stating its figure four times (the 上年
/// and 增减额 cells became restatements of the current figure, FA8003) and a row's label ran into the one before it.
/// <see cref="Cut"/> finds such a table by its shape alone — a corner cell (项目, 科目, 项目名称, 支出项目), two header
/// cells or more without a figure, then rows of a label and value cells (a number, a dash, a count), at least one row as
/// wide as the header — and gives the prose before it, its header, each row and the prose after it as pieces of their
/// own, so the rows are table rows read by their header as any space-aligned table is: a header the table readers know
/// places each cell by its column; any other header places nothing (its figures are left unplaced, never read as the
/// row's current figure), nor does a row of another width. Anything else is left as it was: no piece is made.
/// </summary>
internal static partial class InlineSpaceTable
{
    /// <summary>The longest cell (header or row label) of an inline table.</summary>
    private const int MaxCell = 24;

    /// <summary>A tab or a bar: a line with one is no single-space row (a lone tab stays prose, a bar is another layout).</summary>
    private static readonly char[] TabOrBar = ['\t', '|'];

    /// <summary>The most value cells a row of an inline table is looked for (a longer run of numbers is no row).</summary>
    private const int MaxCells = 16;

    /// <summary>
    /// Cuts [<paramref name="s"/>, <paramref name="e"/>) into the prose before an inline table, its header, its rows
    /// and the prose after it (<paramref name="pieces"/>, cleared first); false, with no piece, when it holds none.
    /// </summary>
    internal static bool Cut(string text, int s, int e, List<(int Start, int End)> pieces)
    {
        pieces.Clear();
        var run = text.IndexOf("  ", s, e - s, StringComparison.Ordinal);
        while (run >= 0)
        {
            if (TryTable(text, s, e, run, pieces))
            {
                return true;
            }

            var next = PastSpaces(text, run, e);
            run = next < e ? text.IndexOf("  ", next, e - next, StringComparison.Ordinal) : -1;
        }

        return CutSingleSpaced(text, s, e, pieces);   // session 49
    }

    /// <summary>Whether a table whose corner cell ends at the run of spaces <paramref name="run"/> starts there.</summary>
    private static bool TryTable(string text, int s, int e, int run, List<(int Start, int End)> pieces)
    {
        // The corner: the word before the run, back to a space or a clause mark.
        var corner = run;
        while (corner > s && !WhiteSpace.Is(text[corner - 1]) && !IsClauseMark(text[corner - 1]))
        {
            corner--;
        }

        if (!IsCorner(text, corner, run))
        {
            return false;
        }

        // The header's cells: words apart by runs of two spaces or more; the last is followed by one space (or a run)
        // and the first row's label, which a value cell follows.
        var columns = 0;
        var at = PastSpaces(text, run, e);
        var headerEnd = run;
        while (true)
        {
            var wordEnd = WordEnd(text, at, e);
            if (wordEnd == at || wordEnd - at > MaxCell || IsValue(text, at, wordEnd) || HasClauseMark(text, at, wordEnd))
            {
                break;
            }

            columns++;
            headerEnd = wordEnd;
            var next = PastSpaces(text, wordEnd, e);
            if (next >= e || next - wordEnd < 2 || IsValueAfterLabel(text, next, e))
            {
                break;   // one space after the cell, or a label with its value: the rows start
            }

            at = next;
        }

        if (columns < 2)
        {
            return false;
        }

        // The rows: a label, then value cells, each after a run of two spaces or more. A row with fewer or more cells than
        // the header has columns is still a row (the table readers leave it unread: a note or nothing), so its figures
        // are not read as prose; the table needs one row as wide as its header.
        var rowStart = PastSpaces(text, headerEnd, e);
        var rowsEnd = -1;
        var aligned = false;
        var rows = new List<(int, int)>();
        while (rowStart < e)
        {
            var labelEnd = WordEnd(text, rowStart, e);
            if (labelEnd == rowStart || labelEnd - rowStart > MaxCell || HasClauseMark(text, rowStart, labelEnd)
                || IsValue(text, rowStart, labelEnd))
            {
                break;
            }

            var cellEnd = labelEnd;
            var cells = 0;
            while (cells <= MaxCells)
            {
                var next = PastSpaces(text, cellEnd, e);
                var end = WordEnd(text, next, e);
                if (next - cellEnd < 2 || end == next || !IsValue(text, next, end))
                {
                    break;
                }

                cells++;
                cellEnd = end;
            }

            if (cells == 0)
            {
                break;
            }

            aligned |= cells == columns;
            rows.Add((rowStart, cellEnd));
            rowsEnd = cellEnd;
            rowStart = PastSpaces(text, cellEnd, e);
        }

        if (!aligned)
        {
            return false;
        }

        if (corner > s)
        {
            pieces.Add((s, corner));
        }

        pieces.Add((corner, headerEnd));
        pieces.AddRange(rows);
        var rest = PastSpaces(text, rowsEnd, e);
        if (rest < e)
        {
            pieces.Add((rest, e));
        }

        return true;
    }

    /// <summary>
    /// A table row whose cells are apart by one space (a PDF's text: <c>公务用车运行维护费 8.20 9.50 -1.30 -13.68%</c>, under
    /// <c>项目 本年决算 上年决算 增减额 增减率</c>): no run of two spaces, no tab or bar, no clause mark; either a label (a word that is no value)
    /// and two value cells or more — every word after the label a value — or a corner (项目, 科目…) and two header cells or
    /// more, every one naming a column the table readers know. Read as prose, such a row stated its figure several times.
    /// </summary>
    internal static bool IsSingleSpaceRow(string text, int s, int e)
    {
        if (e - s < 5 || text.IndexOf("  ", s, e - s, StringComparison.Ordinal) >= 0 || text.IndexOfAny(TabOrBar, s, e - s) >= 0
            || HasClauseMark(text, PastPartLabel(text, s, e), e))
        {
            return false;   // session 49: "其中:公务用车购置费 0.00 0.00", a part's row label, as in a space-aligned row
        }

        var first = WordEnd(text, s, e);
        if (first == e || first - s > MaxCell || IsValue(text, s, first))
        {
            return false;
        }

        var header = IsCorner(text, s, first);
        var words = 0;
        for (var at = PastSpaces(text, first, e); at < e; at = PastSpaces(text, at, e))
        {
            var end = WordEnd(text, at, e);
            if (header ? !TextTableReader.NamesColumn(text, at, end) : !IsValue(text, at, end))
            {
                return false;
            }

            words++;
            at = end;
        }

        return words >= 2;
    }

    /// <summary>Whether the word at <paramref name="at"/> is a label followed by a run of spaces and a value cell.</summary>
    private static bool IsValueAfterLabel(string text, int at, int e)
    {
        var labelEnd = WordEnd(text, at, e);
        var next = PastSpaces(text, labelEnd, e);
        return next - labelEnd >= 2 && next < e && IsValue(text, next, WordEnd(text, next, e));
    }

    /// <summary>The corner cell's names (项目, 科目, 项目名称, 支出项目).</summary>
    private static bool IsCorner(string text, int s, int e)
        => (e - s) switch
        {
            2 => string.CompareOrdinal(text, s, "项目", 0, 2) == 0 || string.CompareOrdinal(text, s, "科目", 0, 2) == 0,
            4 => string.CompareOrdinal(text, s, "项目名称", 0, 4) == 0 || string.CompareOrdinal(text, s, "支出项目", 0, 4) == 0,
            _ => false,
        };

    /// <summary>
    /// A value cell: one number (a sign, separators, a point, an optional %), or a blank written as a dash (—, -, /).
    /// </summary>
    internal static bool IsValue(string text, int s, int e)
    {
        if (e <= s || e - s > MaxCell)
        {
            return false;
        }

        var blank = true;
        for (var i = s; i < e; i++)
        {
            blank &= text[i] is '-' or '—' or '－' or '/';
        }

        return blank || CellNumber.Is(text, s, e) && Scanner.IsDigit(text[e - 1] == '%' ? text[e - 2] : text[e - 1])
            || IsCount(text, s, e);
    }

    /// <summary>A count cell of a 数量 column (保有量14辆, 38批次296人次): a digit in it, a count unit last.</summary>
    private static bool IsCount(string text, int s, int e)
    {
        if (text[e - 1] is not ('辆' or '次' or '人' or '个' or '台' or '套'))
        {
            return false;
        }

        for (var i = s; i < e; i++)
        {
            if (Scanner.IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the word (no white space) starting at <paramref name="at"/>.</summary>
    private static int WordEnd(string text, int at, int e)
    {
        var i = at;
        while (i < e && !WhiteSpace.Is(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The first position at or after <paramref name="at"/> that is not white space.</summary>
    internal static int PastSpaces(string text, int at, int e)
    {
        var i = at;
        while (i < e && WhiteSpace.Is(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsClauseMark(char c) => c is '。' or ',' or ';' or ':' or '、' or '!' or '?' or '，' or '；' or '：';

    private static bool HasClauseMark(string text, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (IsClauseMark(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
