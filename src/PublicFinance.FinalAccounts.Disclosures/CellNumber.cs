namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Whether a table cell is one number (数值单元格): its text, white space trimmed, holds exactly one number that starts at
/// its first character and ends at its last or the one before it (a unit such as "%" may follow). The text tables ask this
/// of every cell of a one-cell-per-line run and of every value cell of a row, so it reads the cell where it stands: no
/// trimmed copy and no list of its numbers, which the same test made before (the answer is the same; the tests compare).
/// </summary>
internal static class CellNumber
{
    /// <summary>Whether <paramref name="cell"/> is one number (see the class remarks).</summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>True when the trimmed text is one number, as above.</returns>
    public static bool Is(string cell) => Is(cell, 0, cell.Length);

    /// <summary>
    /// Whether the cell [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/> is one number: exactly
    /// <see cref="Is(string)"/> of <c>text.Substring(from, to - from)</c>, read in place (session 52: the space-aligned rows'
    /// tests cut every cell out to ask this).
    /// </summary>
    /// <param name="text">The text the cell is in.</param>
    /// <param name="from">Where the cell starts.</param>
    /// <param name="to">Where the cell ends (exclusive).</param>
    /// <returns>True when the trimmed cell is one number, as above.</returns>
    public static bool Is(string text, int from, int to)
    {
        var start = from;
        var end = to;
        while (start < end && WhiteSpace.Is(text[start]))
        {
            start++;
        }

        while (end > start && WhiteSpace.Is(text[end - 1]))
        {
            end--;
        }

        // The scanner's view [start, end) finds exactly the numbers of the trimmed copy, at positions in the text.
        var at = start;
        return end > start && Scanner.NextIn(text, start, end, ref at, out var first) && first.Start == start && first.End >= end - 1
            && !Scanner.NextIn(text, start, end, ref at, out _);
    }

    /// <summary>
    /// The test as it was written before <see cref="Is(string)"/>: the trimmed copy and the list of its numbers (the tests' oracle).
    /// </summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>What <see cref="Is(string)"/> must answer.</returns>
    internal static bool ByList(string cell)
    {
        var t = cell.Trim();
        return t.Length > 0 && Scanner.Numbers(t) is { Count: 1 } n && n[0].Start == 0 && n[0].End >= t.Length - 1;
    }
}
