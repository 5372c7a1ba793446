namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (blind round 58 t09): the cells of a space-aligned 绩效自评表 row placed by where they stand on the line. A row
/// split at runs of spaces cannot show a blank cell, so an indented header (<c>      年度预算数    全年执行数    执行率  分值  得分</c>,
/// its corner cell blank) or a row under merged cells has fewer cells than the columns it is read by. The reader measures each
/// cell in display columns (a Chinese character or a full-width form two, others one: the original characters) and places a
/// row's cells under the header cell each overlaps most.
/// </summary>
internal sealed partial class PerformanceRow
{
    /// <summary>Whether the last split was at runs of spaces (no tab nor '|' in the row).</summary>
    public bool SpaceSeparated { get; private set; }

    /// <summary>
    /// The display columns [start, end) of each cell on its line, counted from the line's start in the original text the row
    /// was split in (which must be the whole text, so that the line's indentation counts); a blank cell is an empty span.
    /// </summary>
    /// <param name="spans">Filled with one span per cell.</param>
    public void DisplaySpans(List<(int Start, int End)> spans)
    {
        spans.Clear();
        if (Count == 0)
        {
            return;
        }

        var at = starts[0] > 0 ? raw.LastIndexOf('\n', starts[0] - 1) + 1 : 0;
        var x = 0;
        for (var i = 0; i < Count; i++)
        {
            for (; at < starts[i]; at++)
            {
                x += DisplayWidth(raw[at]);
            }

            var start = x;
            for (; at < ends[i]; at++)
            {
                x += DisplayWidth(raw[at]);
            }

            spans.Add((start, x));
        }
    }

    /// <summary>The display width of a character (<see cref="NarrativeReader.IsWideChar"/>: two, else one).</summary>
    private static int DisplayWidth(char c) => NarrativeReader.IsWideChar(c) ? 2 : 1;

    /// <summary>Puts a blank cell before the first one (an indented row's blank corner cell).</summary>
    public void InsertBlankFirst()
    {
        EnsureRoom();
        Array.Copy(starts, 0, starts, 1, Count);
        Array.Copy(ends, 0, ends, 1, Count);
        Array.Copy(compactLengths, 0, compactLengths, 1, Count);
        Array.Copy(prefixes, 0, prefixes, Width, Count * Width);
        ends[0] = starts[0] = starts[1];
        compactLengths[0] = 0;
        Count++;   // a blank cell adds nothing to firstCharacterSet
    }

    /// <summary>
    /// Places cell k at column <paramref name="columnOfCell"/>[k] (-1: a blank cell, dropped) of a row of
    /// <paramref name="columns"/> cells; every other column is blank. The columns of the cells kept must rise.
    /// </summary>
    public void Realign(ReadOnlySpan<int> columnOfCell, int columns)
    {
        var oldCount = Count;
        var oldStarts = (int[])starts.Clone();
        var oldEnds = (int[])ends.Clone();
        var oldLengths = (int[])compactLengths.Clone();
        var oldPrefixes = (char[])prefixes.Clone();
        var rowEnd = oldCount > 0 ? oldEnds[oldCount - 1] : 0;
        Count = 0;
        var k = 0;
        for (var column = 0; column < columns; column++)
        {
            while (k < oldCount && columnOfCell[k] < 0)
            {
                k++;
            }

            EnsureRoom();
            if (k < oldCount && columnOfCell[k] == column)
            {
                starts[Count] = oldStarts[k];
                ends[Count] = oldEnds[k];
                compactLengths[Count] = oldLengths[k];
                Array.Copy(oldPrefixes, k * Width, prefixes, Count * Width, Width);
                k++;
            }
            else
            {
                starts[Count] = ends[Count] = k < oldCount ? oldStarts[k] : rowEnd;
                compactLengths[Count] = 0;
            }

            Count++;
        }
    }

    /// <summary>
    /// Session 64: the pieces of cell <paramref name="index"/> apart by single spaces — their ranges in the original text and their
    /// display spans, counted from <paramref name="displayStart"/> (the cell's own display start).
    /// </summary>
    /// <param name="index">The cell.</param>
    /// <param name="displayStart">The display column the cell starts at (<see cref="DisplaySpans"/>).</param>
    /// <param name="pieces">Filled with one entry per piece.</param>
    public void SpacedPieces(int index, int displayStart, List<(int Start, int End, int DisplayStart, int DisplayEnd)> pieces)
    {
        pieces.Clear();
        if (!IsFilled(index))
        {
            return;
        }

        var x = displayStart;
        var start = -1;
        var startX = 0;
        for (var at = starts[index]; at <= ends[index]; at++)
        {
            var blank = at == ends[index] || WhiteSpace.Is(raw[at]);
            if (blank && start >= 0)
            {
                pieces.Add((start, at, startX, x));
                start = -1;
            }
            else if (!blank && start < 0)
            {
                (start, startX) = (at, x);
            }

            x += at < ends[index] ? DisplayWidth(raw[at]) : 0;
        }
    }

    /// <summary>
    /// Session 64: replaces cell <paramref name="index"/> by cells of the original text's <paramref name="ranges"/> (in order,
    /// within the cell), each trimmed, its length without white space and its first characters kept as a split keeps them.
    /// </summary>
    public void ReplaceCell(int index, List<(int Start, int End)> ranges)
    {
        var extra = ranges.Count - 1;
        while (Count + extra >= starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
            Array.Resize(ref ends, ends.Length * 2);
            Array.Resize(ref compactLengths, compactLengths.Length * 2);
            Array.Resize(ref prefixes, prefixes.Length * 2);
        }

        var after = Count - index - 1;
        Array.Copy(starts, index + 1, starts, index + 1 + extra, after);
        Array.Copy(ends, index + 1, ends, index + 1 + extra, after);
        Array.Copy(compactLengths, index + 1, compactLengths, index + 1 + extra, after);
        Array.Copy(prefixes, (index + 1) * Width, prefixes, (index + 1 + extra) * Width, after * Width);
        for (var i = 0; i < ranges.Count; i++)
        {
            SetCell(index + i, ranges[i].Start, ranges[i].End);
        }

        Count += extra;
    }

    /// <summary>Sets cell <paramref name="index"/> to the original text's [start, end), trimmed (as <c>Add</c> reads a cell).</summary>
    private void SetCell(int index, int start, int end)
    {
        while (start < end && WhiteSpace.Is(raw[start]))
        {
            start++;
        }

        while (end > start && WhiteSpace.Is(raw[end - 1]))
        {
            end--;
        }

        var n = 0;
        for (var k = start; k < end; k++)
        {
            if (!WhiteSpace.Is(raw[k]))
            {
                if (n < Width)
                {
                    prefixes[(index * Width) + n] = raw[k];
                }

                n++;
            }
        }

        (starts[index], ends[index], compactLengths[index]) = (start, end, n);
        if (n > 0)
        {
            firstCharacterSet |= 1UL << (prefixes[index * Width] & 63);
        }
    }
}
