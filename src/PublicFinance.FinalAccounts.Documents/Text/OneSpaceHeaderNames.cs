namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Session 59 (blind round 55 t06's 收入决算表): two column names of a space-aligned header set one space apart, where a
/// name fills its column (<c>经营收入 附属单位上缴</c>, each name set flush right in a column as wide as the longer one). One space
/// joins the words of a cell, so the two names were one cell over two columns of amounts and the table was not read. A
/// header cell is split at a single space when the body's cells leave that display position blank and stand on both sides
/// of it under the cell — a name whose words head one column (<c>本年 决算数</c> over amounts) has body cells on one side only,
/// or across the space, and stays whole.
/// </summary>
internal static class OneSpaceHeaderNames
{
    /// <summary>Splits, in place, each header cell of <paramref name="tokens"/> at the single spaces the body divides at.</summary>
    /// <param name="lines">The text's lines.</param>
    /// <param name="start">The line of the table's first header line.</param>
    /// <param name="tokens">The cells of each line from <paramref name="start"/>: character range and display range.</param>
    /// <param name="headerLines">How many of the lines are header.</param>
    /// <param name="wide">Whether wide characters are two display columns (<see cref="SpaceAlignedRows"/>).</param>
    public static void Split(List<string> lines, int start, List<List<(int From, int To, int Display, int DisplayEnd)>> tokens,
        int headerLines, bool wide)
    {
        bool[]? body = null;
        for (var k = 0; k < headerLines; k++)
        {
            var line = lines[start + k];
            var cells = tokens[k];
            for (var c = 0; c < cells.Count; c++)
            {
                var (from, to, display, _) = cells[c];
                if (line.IndexOf(' ', from, to - from) < 0)
                {
                    continue;
                }

                body ??= BodyCover(tokens, headerLines);
                var x = display;
                for (var i = from; i < to; i++)
                {
                    if (line[i] == ' ' && Divides(body, cells[c].Display, x, cells[c].DisplayEnd))
                    {
                        // The part before the space becomes a cell of its own; the rest stays this cell and is searched on.
                        cells.Insert(c, (cells[c].From, i, cells[c].Display, x));
                        c++;
                        cells[c] = (i + 1, to, x + 1, cells[c].DisplayEnd);
                    }

                    x += SpaceAlignedRows.Width(line[i], wide);
                }
            }
        }
    }

    /// <summary>The display positions covered by a body cell that is not a row's name (a cell at the line's start).</summary>
    private static bool[] BodyCover(List<List<(int From, int To, int Display, int DisplayEnd)>> tokens, int headerLines)
    {
        var width = 0;
        for (var k = headerLines; k < tokens.Count; k++)
        {
            width = tokens[k].Count == 0 ? width : Math.Max(width, tokens[k][^1].DisplayEnd);
        }

        var covered = new bool[width + 1];
        for (var k = headerLines; k < tokens.Count; k++)
        {
            foreach (var t in tokens[k])
            {
                if (t.Display > 0)
                {
                    Array.Fill(covered, true, t.Display, t.DisplayEnd - t.Display);
                }
            }
        }

        return covered;
    }

    /// <summary>
    /// Whether the space at display position <paramref name="at"/> of a header cell over [<paramref name="from"/>,
    /// <paramref name="to"/>) is blank in every body line, with body cells under the header cell on both sides of it.
    /// </summary>
    private static bool Divides(bool[] body, int from, int at, int to)
    {
        if (at >= body.Length || body[at])
        {
            return false;
        }

        return Any(body, from, at) && Any(body, at + 1, Math.Min(to, body.Length));
    }

    private static bool Any(bool[] covered, int from, int to)
    {
        for (var x = from; x < to; x++)
        {
            if (covered[x])
            {
                return true;
            }
        }

        return false;
    }
}
