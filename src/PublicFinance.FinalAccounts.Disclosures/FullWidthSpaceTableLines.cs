namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (tbl61, blind round 47 t03): a table typed with full-width spaces between its cells (全角空格分隔的表格) — a
/// header <c>科目编码　科目名称　2022年决算数　2021年决算数　增减额　增减率</c>, rows <c>2010302　一般行政管理事务　85.30　97.66　-12.36　-12.7 %</c>,
/// a blank cell written as one more separator (<c>合计　　2911.19　…</c>: no code). Normalisation makes each full-width space
/// a plain one, so the rows became single-spaced lines (their <c>3.7 %</c> cut in two) or prose joined to the header, and no
/// figure of the table was read. <see cref="Tabulate"/> rewrites the separators of such a run of lines as tabs, one
/// character for one (positions map back unchanged), and the rows are read by the tab-table readers that exist. A run is
/// a table only when it is one: a header of at least three cells apart by full-width spaces (every separator the same
/// number of them, its width), none a number, at most half of them with a digit; then at least one row right after it
/// with exactly as many cells — a run of k widths is k separators, so k − 1 blank cells — each row holding a number cell
/// (after the first such row, a row of the same separators with another number of cells is tabulated too and is left unread
/// by the readers: no cell of it is placed by guess, and the prose reader does not take its prior year for the amount);
/// no cell longer than <see cref="MaxCell"/> characters and none with a sentence mark. Full-width spaces at a line's start
/// or end (indentation) are never separators; a separator run of another length makes the line no row (the run ends).
/// </summary>
internal static class FullWidthSpaceTableLines
{
    /// <summary>The longest cell of such a table's row, in characters.</summary>
    private const int MaxCell = 40;

    /// <summary>The longest header cell, in characters.</summary>
    private const int MaxHeaderCell = 20;

    /// <summary>
    /// The normalised <paramref name="text"/> with every full-width-space table's separators rewritten as tabs (the first
    /// space of each width; the rest stay spaces, trimmed off the cells); <paramref name="text"/> itself when there is none.
    /// </summary>
    /// <param name="original">The original text (its full-width spaces decide what is a separator).</param>
    /// <param name="text">The normalised text.</param>
    /// <param name="origin">The original position of each normalised character.</param>
    public static string Tabulate(string original, string text, OffsetMap origin)
    {
        if (original.IndexOf('\u3000') < 0 || text.IndexOf('\n') < 0)
        {
            return text;
        }

        var tabs = new List<int>();
        var lineTabs = new List<int>();
        var headerTabs = new List<int>();
        var width = 0;
        var headerCells = 0;
        var rows = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var next = text.IndexOf('\n', lineStart);
            next = next < 0 ? text.Length : next;
            var lineEnd = next > lineStart && text[next - 1] == '\r' ? next - 1 : next;
            if (width > 0 && Cells(original, text, origin, lineStart, lineEnd, width, lineTabs, out var numbers, out _, out _) is var cells
                && cells > 0 && numbers > 0 && (cells == headerCells || rows > 0))
            {
                // tbl61b: a row of the run that lost or gained a cell stays a row (its cells tabulated, too few or too many for
                // the header): the tab-table readers leave it and the table unread from there, where as prose its first
                // figure (a prior year's, a change's) was read as the item's amount.
                if (++rows == 1)
                {
                    tabs.AddRange(headerTabs);
                }

                tabs.AddRange(lineTabs);
            }
            else
            {
                (width, headerCells, rows) = (0, 0, 0);
                var header = Cells(original, text, origin, lineStart, lineEnd, 0, headerTabs, out _, out var headerLike, out var found);
                if (headerLike && header >= 3)
                {
                    (width, headerCells) = (found, header);
                }
            }

            lineStart = next + 1;
        }

        if (tabs.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var at in tabs)
        {
            chars[at] = '\t';
        }

        return new string(chars);
    }

    /// <summary>
    /// The number of cells of the line [<paramref name="s"/>, <paramref name="e"/>) apart by full-width spaces of
    /// <paramref name="width"/> (0: the header's, found as <paramref name="found"/>, every separator the same), 0 when it is
    /// no such line; the positions to rewrite as tabs in <paramref name="tabs"/>, how many cells are a number, and whether
    /// the line can be a header (every cell filled, short, no number, at most half with a digit).
    /// </summary>
    private static int Cells(string original, string text, OffsetMap origin, int s, int e, int width, List<int> tabs,
        out int numbers, out bool headerLike, out int found)
    {
        tabs.Clear();
        (numbers, headerLike, found) = (0, false, width);
        while (s < e && text[s] == ' ')
        {
            s++;   // indentation, full-width or not, is no separator
        }

        while (e > s && text[e - 1] == ' ')
        {
            e--;
        }

        var cells = 0;
        var digits = 0;
        var filled = true;
        var cellStart = s;
        for (var k = s; k <= e; k++)
        {
            var wide = k < e && text[k] == ' ' && original[origin[k]] == '\u3000';
            if (!wide && k < e)
            {
                if (text[k] is '\t' or '|' or '。' or ';' or '!' or '?')
                {
                    return 0;   // another table's separators, or a sentence
                }

                continue;
            }

            var run = k;
            while (run < e && text[run] == ' ' && original[origin[run]] == '\u3000')
            {
                run++;
            }

            var (cs, ce) = Trimmed(text, cellStart, k);
            if (ce - cs > MaxCell)
            {
                return 0;
            }

            cells++;
            filled &= ce > cs && ce - cs <= MaxHeaderCell && text.IndexOf(':', cs, ce - cs) < 0;   // no 项目名称：… key line
            numbers += IsNumber(text, cs, ce) ? 1 : 0;
            digits += text.IndexOfAny(Digits, cs, ce - cs) >= 0 ? 1 : 0;
            if (k == e)
            {
                break;
            }

            var length = run - k;
            found = found == 0 ? length : found;
            if (length % found != 0)
            {
                return 0;   // a run of another length: no row of this table
            }

            for (var at = k; at < run; at += found)
            {
                tabs.Add(at);
                cells += at > k ? 1 : 0;   // each further width is a blank cell
                filled &= at == k;
            }

            cellStart = run;
            k = run - 1;
        }

        if (cells < 2 || found == 0)
        {
            return 0;
        }

        headerLike = filled && numbers == 0 && digits * 2 <= cells;
        return cells;
    }

    /// <summary>The cell [<paramref name="s"/>, <paramref name="e"/>) without the spaces around it.</summary>
    private static (int Start, int End) Trimmed(string text, int s, int e)
    {
        while (s < e && text[s] == ' ')
        {
            s++;
        }

        while (e > s && text[e - 1] == ' ')
        {
            e--;
        }

        return (s, e);
    }

    /// <summary>The ASCII digits.</summary>
    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <summary>Whether the cell [<paramref name="s"/>, <paramref name="e"/>) is one number: a sign, digits, a % after spaces.</summary>
    private static bool IsNumber(string text, int s, int e)
    {
        if (s < e && text[s] is '-' or '+')
        {
            s++;
        }

        while (e > s && text[e - 1] is '%' or ' ')
        {
            e--;
        }

        return s < e && Scanner.IsDigit(text[s]) && CellNumber.Is(text, s, e);
    }
}
