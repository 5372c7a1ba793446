namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 47 (tables47, blind round 43 t07's family; issue 8): a coded item table (<see cref="CodedItemTableRow"/>) whose
/// header is written over two lines, each column's name split between them —
/// <c>科目编码  科目名称      年初      调整      决算    完成调整</c> over <c>                        预算数    预算数      数     预算%</c>
/// (aligned by spaces, the second line's blank cells lost), or the same as tab or <c>|</c> cells with the blank cells kept.
/// The first line alone names no column the table reader knows (年初, 决算), and the second has no code cell, so the header
/// was refused and every row of the table was left unread (only the space-aligned table note). Now the first line of a
/// refused coded header is held for one row; when the very next line is words only (no number cell), each of its cells is
/// joined to the first line's cell above it — by position for tab and <c>|</c> cells, and from the right for space-aligned
/// cells, each lower cell then required to lie under its upper cell and under no other (display columns, CJK characters
/// counted once as two columns and once as one: one of the two must fit every pair) — and the joined header
/// (<c>年初预算数</c>, <c>调整预算数</c>, <c>决算数</c>, <c>完成调整预算%</c>) is read as any coded header is, with the same
/// strictness: a column it does not know, a lower cell under no column, or under two, and the table stays unread.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The first line of a coded header refused alone, held for the next row: its cells' words and their places in the
    /// whole text (null: none held).
    /// </summary>
    private List<(string Words, int Start, int End)>? codedUpperHeader;

    /// <summary>Where the held first header line ends in the whole text (its last character, a border too, + 1).</summary>
    private int codedUpperHeaderEnd;

    /// <summary>The cell ranges of a lower header line, in the row's source (scratch).</summary>
    private readonly List<(int Start, int End)> lowerHeaderCells = [];

    /// <summary>
    /// A row with 编码 or 代码 whose cells do not make a coded header by themselves: held as the first line of a header over
    /// two lines when its first cells name the code and the name and no cell is a number.
    /// </summary>
    private void CodedUpperHeaderHeld(Fragment row, string text, int from)
    {
        codedUpperHeader = null;
        if (codedCells.Count < 3)
        {
            return;
        }

        var cells = new List<(string Words, int Start, int End)>(codedCells.Count);
        foreach (var (s, e) in codedCells)
        {
            var words = WithoutSpaces(text.Substring(s, e - s));
            if (Disclosures.CellNumber.Is(words))
            {
                return;
            }

            cells.Add((words, e > s ? row.At(s - from) : -1, e > s ? row.At(e - 1 - from) + 1 : -1));
        }

        if (Array.IndexOf(CellCodeWords, cells[0].Words) >= 0
            && (cells[1].Words == "项目" || Array.IndexOf(CellNameWords, cells[1].Words) >= 0))
        {
            codedUpperHeader = cells;
            codedUpperHeaderEnd = row.At(row.Length - 1) + 1;
        }
    }

    /// <summary>
    /// The row right after a held first header line: when it is words only and its cells join those above them, the joined
    /// header opens the coded table (<see cref="CodedHeader"/>). True when the row was taken as the header's second line
    /// (read or refused); false when it is no such line (the held line is dropped either way).
    /// </summary>
    private bool CodedLowerHeader(Fragment row, string text, int from)
    {
        if (codedUpperHeader is not { } upper)
        {
            return false;
        }

        codedUpperHeader = null;
        if (row.Length == 0 || !OnlySpaces(b.Text, codedUpperHeaderEnd, row.At(0)))
        {
            return false;   // not the next line
        }

        lowerHeaderCells.Clear();
        lowerHeaderCells.AddRange(codedCells);
        var written = 0;
        foreach (var (s, e) in lowerHeaderCells)
        {
            if (e > s && (Disclosures.CellNumber.Is(text, s, e) || HasDigitIn(text, s, e)))
            {
                return false;   // a row of figures: no header line
            }

            written += e > s ? 1 : 0;
        }

        if (written == 0 || lowerHeaderCells.Count > upper.Count)
        {
            return false;
        }

        var byPosition = text.IndexOf('\t', from, row.Length) >= 0 || text.IndexOf('|', from, row.Length) >= 0;
        var joined = new string[upper.Count];
        for (var i = 0; i < upper.Count; i++)
        {
            joined[i] = upper[i].Words;
        }

        var shift = byPosition ? 0 : upper.Count - lowerHeaderCells.Count;
        if (!byPosition && !UnderTheirColumns(row, from, upper, shift, wide: true)
            && !UnderTheirColumns(row, from, upper, shift, wide: false))
        {
            return true;   // a second line whose cells do not stand under the first line's: no columns guessed
        }

        for (var k = 0; k < lowerHeaderCells.Count; k++)
        {
            var (s, e) = lowerHeaderCells[k];
            var words = WithoutSpaces(text.Substring(s, e - s));
            joined[k + shift] = byPosition && SpanningGroup(upper, k + shift) is { } group
                ? (SentenceColumnOf(words, out _) is not null ? words : words + group)   // session 52: a cell spanning two
                : joined[k + shift] + words;
        }

        var header = string.Join("\t", joined);
        TextTableReader.CellRanges(header, 0, header.Length, codedCells);
        if (codedCells.Count == upper.Count && CodedHeader(header) is { } columns)
        {
            codedColumns = columns;
        }

        return true;
    }

    /// <summary>
    /// Session 52 (blind round 48 t01): the words of the upper cell that spans the column <paramref name="at"/> — the
    /// column's own upper cell when the next upper cell is blank (<c>| 预算数 | |</c>), or the nearest written upper cell
    /// before a blank one — so that the lower cells under it (<c>| 年初预算 | 调整预算 |</c>) are the columns, the group's
    /// words added only to a lower cell that names no column alone (<c>年初</c> → <c>年初预算数</c>); null when the column's
    /// upper cell spans nothing. The code and name columns (the first two) are never a group.
    /// </summary>
    private static string? SpanningGroup(List<(string Words, int Start, int End)> upper, int at)
    {
        var first = at;
        while (first > 2 && upper[first].Words.Length == 0)
        {
            first--;
        }

        if (first < 2 || upper[first].Words.Length == 0 || first + 1 >= upper.Count || upper[first + 1].Words.Length != 0)
        {
            return null;
        }

        return upper[first].Words;
    }

    /// <summary>
    /// Whether each cell of a space-aligned lower header line stands under its upper cell (the upper line's cells from
    /// <paramref name="shift"/> on) and under no other upper cell, in display columns counted from each line's start.
    /// </summary>
    private bool UnderTheirColumns(Fragment row, int from, List<(string Words, int Start, int End)> upper, int shift, bool wide)
    {
        for (var k = 0; k < lowerHeaderCells.Count; k++)
        {
            var (s, e) = lowerHeaderCells[k];
            var (lowerStart, lowerEnd) = (DisplayColumn(row.At(s - from), wide), DisplayColumn(row.At(e - 1 - from) + 1, wide));
            for (var u = 0; u < upper.Count; u++)
            {
                if (upper[u].Start < 0)
                {
                    continue;
                }

                var (upperStart, upperEnd) = (DisplayColumn(upper[u].Start, wide), DisplayColumn(upper[u].End, wide));
                var overlaps = lowerStart < upperEnd && upperStart < lowerEnd;
                if (overlaps != (u == k + shift))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The display column of the place <paramref name="at"/> of the whole text on its line: each character one column, or
    /// wide characters (CJK, full-width forms: <see cref="IsWideChar"/>) two when <paramref name="wide"/>.
    /// </summary>
    private int DisplayColumn(int at, bool wide)
    {
        var text = b.Text;
        return DisplayColumn(text, LineStart(text, at), Math.Min(at, text.Length), wide);   // one width table (SentenceRowPositions)
    }
}
