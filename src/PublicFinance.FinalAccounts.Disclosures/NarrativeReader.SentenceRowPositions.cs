namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 58 (blind round 54 t03): a space-aligned comparison table (收入支出决算变动表) whose last row leaves cells blank —
/// <c>本年收支差额        (1,072,578.90)      2,086,092.67</c> under <c>项目  本年决算数  上年决算数  增减额  增减率</c>: two
/// cells under four columns, whose blanks a space-aligned line cannot show. The cells are placed by where they end on
/// the line, counted in display columns (a Chinese character two, an ASCII one): a figure set flush right under a header
/// word set flush right ends where that word ends. Each cell of the row must end exactly where one header cell ends,
/// each under another column and in the columns' order; otherwise the row stays the misaligned note. Only a row without
/// tab or bar whose header had none either (a table set with separators shows its blanks).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The display column each cell of the open sentence-table's header ends at (its corner first), or empty when the
    /// header was no space-aligned line.
    /// </summary>
    private readonly List<int> sentenceHeaderEnds = [];

    /// <summary>Remembers where the header's cells end, when the header is a space-aligned line.</summary>
    private void KeepSentenceHeaderEnds(string text, int from, int to)
    {
        sentenceHeaderEnds.Clear();
        if (HasSeparator(text, from, to))
        {
            return;
        }

        var line = LineStart(text, from);
        foreach (var (_, end) in sentenceCells)
        {
            sentenceHeaderEnds.Add(DisplayColumn(text, line, end));
        }
    }

    /// <summary>
    /// Widens <see cref="sentenceCells"/> of a row with fewer cells than the header's columns to one cell per column, the
    /// missing ones empty, when every cell after the label ends where a header cell ends (see the type's summary); false,
    /// and the cells unchanged, otherwise.
    /// </summary>
    private bool AlignSentenceCellsByPosition(string text, int from, int to, int columns)
        => AlignCellsByPosition(text, from, to, columns, sentenceCells, sentenceHeaderEnds);

    /// <summary>
    /// Widens <paramref name="cells"/> (a label, then figures) of a space-aligned row with fewer cells than the header's
    /// <paramref name="columns"/> to one cell per column, the missing ones empty, when every cell after the label ends where a
    /// header cell ends (<paramref name="headerEnds"/>, the corner first), each under a later column than the one before;
    /// false, and the cells unchanged, otherwise (session 59: shared by the per-unit table, UnitTableColumns).
    /// </summary>
    private static bool AlignCellsByPosition(
        string text, int from, int to, int columns, List<(int Start, int End)> cells, List<int> headerEnds)
    {
        if (headerEnds.Count != columns + 1 || cells.Count - 1 >= columns || HasSeparator(text, from, to))
        {
            return false;
        }

        var line = LineStart(text, from);
        Span<int> placed = stackalloc int[columns];
        var next = 1;   // the header cell the next row cell may end under (0 is the corner)
        for (var k = 1; k < cells.Count; k++)
        {
            var end = DisplayColumn(text, line, cells[k].End);
            var at = headerEnds.IndexOf(end, next);
            if (at < 0)
            {
                return false;
            }

            placed[k - 1] = at;
            next = at + 1;
        }

        var count = cells.Count - 1;
        Span<int> starts = stackalloc int[count];
        Span<int> ends = stackalloc int[count];
        for (var k = 0; k < count; k++)
        {
            (starts[k], ends[k]) = cells[k + 1];
        }

        var empty = cells[0].End;
        cells.RemoveRange(1, count);
        var cell = 0;
        for (var column = 1; column <= columns; column++)
        {
            var taken = cell < count && placed[cell] == column;
            cells.Add(taken ? (starts[cell], ends[cell]) : (empty, empty));
            cell += taken ? 1 : 0;
        }

        return true;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) holds a tab or a bar (cells set with separators).</summary>
    private static bool HasSeparator(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\t', '|') >= 0;

    /// <summary>The index where the line holding <paramref name="at"/> starts.</summary>
    private static int LineStart(string text, int at)
    {
        var newline = at > 0 ? text.LastIndexOf('\n', at - 1) : -1;
        return newline + 1;
    }

    /// <summary>
    /// The display column of index <paramref name="at"/> on the line starting at <paramref name="line"/>: each character one
    /// column, or a wide one (<see cref="IsWideChar"/>) two when <paramref name="wide"/>.
    /// </summary>
    private static int DisplayColumn(string text, int line, int at, bool wide = true)
    {
        var x = 0;
        for (var i = line; i < at; i++)
        {
            x += wide && IsWideChar(text[i]) ? 2 : 1;
        }

        return x;
    }

    /// <summary>Whether a character is set two columns wide (CJK, Hangul, full-width forms, the ideographic space).</summary>
    internal static bool IsWideChar(char ch)
        => ch is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= HangulSyllablesLast
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';

    /// <summary>The last Hangul syllable, U+D7A3 (a constant: the sources spell no escape that begins like a surrogate's).</summary>
    private const char HangulSyllablesLast = (char)0xD7A3;
}
