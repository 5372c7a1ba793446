namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44: a <c>|</c> table run into a paragraph (行内竖线表格) — a web page scraped onto one line writes a section's
/// heading, then its table's rows one after another (<c>… | 项目 | 预算数 | 决算数 | | 合计 | 9.50 | 8.32 | | 公务接待费 | 2.00 |
/// 1.40 |</c>), then the section's prose and the next sections whose headings the page cutter does not know. The whole
/// stretch held " | ", so it was one table row that no reader could read: the table, the prose after it and the sections
/// after that were lost (blind round 41). <see cref="Cut"/> gives the words before the first bar, each row of the table
/// and the prose after the last bar as pieces of their own, so the heading is a heading, the rows are table rows read by
/// their header as any bar table is, and the prose is read. A row ends at a bar followed, across spaces only, by another
/// bar and a label (a cell that is no value: a blank cell <c>| |</c> before a number stays inside its row). Nothing is cut
/// unless there are two rows at least, all as wide as the first (two cells or more), prose (a clause mark,
/// <see cref="MinProse"/> characters at least) follows the last bar and no sentence mark stands between the first bar and
/// the last: a footer's links (<c>网站地图 | 联系我们 | 版权所有，…</c>) stay as they were.
/// </summary>
internal static class InlineBarTable
{
    /// <summary>The fewest characters after the table's last bar that are cut off as prose.</summary>
    private const int MinProse = 10;

    /// <summary>The longest label cell that starts a row.</summary>
    private const int MaxLabel = 30;

    /// <summary>
    /// Cuts [<paramref name="s"/>, <paramref name="e"/>) into the words before an inline bar table, its rows (or the table
    /// as one piece) and the prose after it (<paramref name="pieces"/>, cleared first); false, with no piece, when it
    /// holds none.
    /// </summary>
    internal static bool Cut(string text, int s, int e, List<(int Start, int End)> pieces)
    {
        if (!ProseAfterLastBar(text, s, e))
        {
            pieces.Clear();
            return false;   // session 46: a plain table row (its last bar ends it) is answered before any search from its start
        }

        return CutIn(text, s, e, pieces);
    }

    /// <summary>
    /// Whether the last bar of [<paramref name="s"/>, <paramref name="e"/>) has prose after it (<see cref="MinProse"/> characters
    /// with a clause mark), as <see cref="CutIn"/> requires before anything else: a row of a bar table ends with its bar.
    /// </summary>
    private static bool ProseAfterLastBar(string text, int s, int e)
    {
        var last = e > s ? text.LastIndexOf('|', e - 1, e - s) : -1;
        if (last < 0)
        {
            return false;
        }

        var tail = InlineSpaceTable.PastSpaces(text, last + 1, e);
        return e - tail >= MinProse && HasClauseMark(text, tail, e);
    }

    /// <summary><see cref="Cut"/> without its pre-test (session 44's body, the tests' oracle).</summary>
    internal static bool CutIn(string text, int s, int e, List<(int Start, int End)> pieces)
    {
        pieces.Clear();
        var first = text.IndexOf('|', s, e - s);
        var last = first < 0 ? -1 : text.LastIndexOf('|', e - 1, e - first);
        if (first < 0 || last <= first || text.IndexOf('。', first, last - first) >= 0)
        {
            return false;
        }

        var tail = InlineSpaceTable.PastSpaces(text, last + 1, e);
        if (e - tail < MinProse || !HasClauseMark(text, tail, e))
        {
            return false;
        }

        var before = TrimEnd(text, s, first);
        if (before > s)
        {
            pieces.Add((s, before));
        }

        var tableAt = pieces.Count;
        var rowStart = first;
        var width = -1;
        var even = true;
        var bar = text.IndexOf('|', first + 1, last - first);
        while (bar >= 0)
        {
            var next = InlineSpaceTable.PastSpaces(text, bar + 1, last + 1);
            if (bar == last || next > bar + 1 && next < last && text[next] == '|' && StartsLabel(text, next + 1, last))
            {
                var cells = Bars(text, rowStart, bar + 1) - 1;
                even &= cells >= 2 && (width < 0 || cells == width);
                width = width < 0 ? cells : width;
                pieces.Add((rowStart, bar + 1));
                if (bar == last)
                {
                    break;
                }

                rowStart = next;
                bar = next;   // the next row's opening bar: its row goes on from there
            }

            bar = text.IndexOf('|', bar + 1, last - bar);
        }

        if (!even || pieces.Count - tableAt < 2)
        {
            pieces.Clear();   // rows not all as wide as the first, or one row: no table is guessed, nothing is cut
            return false;
        }

        pieces.Add((tail, e));
        return true;
    }

    /// <summary>Whether the cell after the bar before <paramref name="at"/> is a label (words, no value), up to its bar.</summary>
    private static bool StartsLabel(string text, int at, int last)
    {
        var end = text.IndexOf('|', at, last + 1 - at);
        if (end < 0)
        {
            return false;
        }

        var s = InlineSpaceTable.PastSpaces(text, at, end);
        var e = TrimEnd(text, s, end);
        return e > s && e - s <= MaxLabel && !InlineSpaceTable.IsValue(text, s, e);
    }

    /// <summary>The number of bars in [<paramref name="s"/>, <paramref name="e"/>).</summary>
    private static int Bars(string text, int s, int e)
    {
        var count = 0;
        for (var i = s; i < e; i++)
        {
            count += text[i] == '|' ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) holds a clause or sentence mark (prose has one).</summary>
    private static bool HasClauseMark(string text, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (text[i] is '。' or ',' or ';' or '，' or '；')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of [<paramref name="s"/>, <paramref name="e"/>) without its trailing white space.</summary>
    private static int TrimEnd(string text, int s, int e)
    {
        var i = e;
        while (i > s && WhiteSpace.Is(text[i - 1]))
        {
            i--;
        }

        return i;
    }
}
