namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 58 (tables58, blind round 54 t02's family): a space-aligned comparison table (对比表, a sentence-table) whose
/// header is written over two lines, the first naming the years (期间) that span the second line's columns —
/// <c>项目          2017年        2016年</c> over <c>     预算数     决算数        决算数</c>. The first line alone is a header
/// of two columns (2017年 this year, 2016年 the prior one), so every row of three cells was a note (misaligned) and the
/// table's budgets and prior-year figures were lost. Now a header line whose cells after the corner are bare years (2017年,
/// 2017年度) is held for one row; when the very next row is words only, its cells are grouped under the years: each lower
/// cell goes to the year whose display columns reach furthest to its right before the midpoint to the next year (a year is
/// written over its group's last column or centred over the group), every year must get a group that its own columns
/// overlap, and no lower cell may start left of the corner's end. Each lower cell joined to its year (<c>2017年预算数</c>,
/// <c>2017年决算数</c>, <c>2016年决算数</c>) makes the header read by <see cref="SentenceHeader"/>, with its strictness; when
/// the grouping or the joined header fails (display columns tried with CJK characters as two columns, then as one) the
/// first line's header stays as it was.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The cells of the held first header line (a corner, then bare years): their compact words and places in the
    /// whole text (null: none held).</summary>
    private List<(string Words, int Start, int End)>? sentenceUpperHeader;

    /// <summary>
    /// After a sentence-table header is accepted: held as the first line of a two-line header when every cell after the
    /// corner compacts to a bare year (四位数字 + 年 or 年度).
    /// </summary>
    private void SentenceUpperHeaderHeld(Fragment row, string text, int from)
    {
        sentenceUpperHeader = null;
        if (sentenceCells.Count < 2 || text.IndexOf('\t', from, row.Length) >= 0 || text.IndexOf('|', from, row.Length) >= 0)
        {
            return;   // tab and | headers keep their blank cells: the space-aligned case only
        }

        var cells = new List<(string Words, int Start, int End)>(sentenceCells.Count);
        for (var i = 0; i < sentenceCells.Count; i++)
        {
            var (s, e) = sentenceCells[i];
            string? unit = null;
            var words = SentenceCompact(text, s, e, ref unit);
            if (i > 0 && !IsBareYear(words))
            {
                return;
            }

            cells.Add((words, e > s ? row.At(s - from) : -1, e > s ? row.At(e - 1 - from) + 1 : -1));
        }

        sentenceUpperHeader = cells;
    }

    /// <summary>Whether a compact cell is a bare year: four digits and 年 (or 年度).</summary>
    private static bool IsBareYear(string c)
        => c.Length is 5 or 6 && c[4] == '年' && (c.Length == 5 || c[5] == '度')
            && char.IsDigit(c[0]) && char.IsDigit(c[1]) && char.IsDigit(c[2]) && char.IsDigit(c[3]);

    /// <summary>
    /// The columns of the header joined from the held first line and this row (words only), or null (nothing held, the row
    /// not words only, the cells not grouped under the years, or the joined header not one <see cref="SentenceHeader"/>
    /// reads). The held line is let go either way.
    /// </summary>
    private List<SentenceColumn>? TwoLineSentenceHeader(Fragment row, string text, int from)
    {
        if (sentenceUpperHeader is not { } upper)
        {
            return null;
        }

        sentenceUpperHeader = null;
        if (sentenceCells.Count < upper.Count - 1 || sentenceCells.Count > 8
            || text.IndexOf('\t', from, row.Length) >= 0 || text.IndexOf('|', from, row.Length) >= 0)
        {
            return null;
        }

        var lower = new List<string>(sentenceCells.Count);
        foreach (var (s, e) in sentenceCells)
        {
            string? unit = null;
            var words = e > s ? SentenceCompact(text, s, e, ref unit) : string.Empty;
            if (words.Length is 0 or > 8 || HasAsciiDigit(words))
            {
                return null;   // a row of figures, a blank or a long cell: no header's second line
            }

            lower.Add(words);
        }

        foreach (var wide in (ReadOnlySpan<bool>)[true, false])
        {
            if (YearGroups(row, from, upper, wide) is { } groups && JoinedSentenceHeader(upper, lower, groups) is { } columns)
            {
                return columns;
            }
        }

        return null;
    }

    /// <summary>
    /// The year (upper cell index, 1 on) each lower cell of <see cref="sentenceCells"/> stands under, or null: a lower cell
    /// belongs to the first year whose group boundary (the midpoint between that year's end and the next year's start; the
    /// last year's is open) it does not pass; every year gets at least one cell, its own columns overlapping its group's,
    /// and no lower cell starts before the corner ends.
    /// </summary>
    private int[]? YearGroups(Fragment row, int from, List<(string Words, int Start, int End)> upper, bool wide)
    {
        var cornerEnd = upper[0].End < 0 ? 0 : DisplayColumn(upper[0].End, wide);
        var groups = new int[sentenceCells.Count];
        var groupStart = new int[upper.Count];
        var groupEnd = new int[upper.Count];
        var seen = new bool[upper.Count];
        var u = 1;
        for (var k = 0; k < sentenceCells.Count; k++)
        {
            var (s, e) = sentenceCells[k];
            var (lowerStart, lowerEnd) = (DisplayColumn(row.At(s - from), wide), DisplayColumn(row.At(e - 1 - from) + 1, wide));
            if (lowerStart < cornerEnd)
            {
                return null;
            }

            while (u + 1 < upper.Count
                && 2 * lowerEnd > DisplayColumn(upper[u].End, wide) + DisplayColumn(upper[u + 1].Start, wide))
            {
                u++;
            }

            if (!seen[u])
            {
                (seen[u], groupStart[u]) = (true, lowerStart);
            }

            groupEnd[u] = lowerEnd;
            groups[k] = u;
        }

        for (var j = 1; j < upper.Count; j++)
        {
            if (!seen[j] || upper[j].Start < 0
                || !(DisplayColumn(upper[j].Start, wide) < groupEnd[j] && groupStart[j] < DisplayColumn(upper[j].End, wide)))
            {
                return null;
            }
        }

        return groups;
    }

    /// <summary>The columns of the joined header (<c>项目 2017年预算数 2017年决算数 2016年决算数</c>), read by
    /// <see cref="SentenceHeader"/> from a header line made of the joined cells, or null.</summary>
    private List<SentenceColumn>? JoinedSentenceHeader(List<(string Words, int Start, int End)> upper, List<string> lower, int[] groups)
    {
        var joined = new System.Text.StringBuilder(upper[0].Words.Length == 0 ? "项目" : upper[0].Words);
        for (var k = 0; k < lower.Count; k++)
        {
            joined.Append("  ").Append(upper[groups[k]].Words).Append(lower[k]);
        }

        var line = joined.ToString();
        var cells = new List<(int Start, int End)>(lower.Count + 1);
        TextTableReader.CellRanges(line, 0, line.Length, cells);
        return cells.Count == lower.Count + 1 ? SentenceHeader(line, cells, out _) : null;
    }
}
