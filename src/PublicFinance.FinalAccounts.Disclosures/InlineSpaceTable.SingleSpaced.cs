namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 45 t06): a table flattened into a run-on line with every cell apart by one space — a web
/// page scraped onto one line writes <c>…（单位：万元） 项目 预算数 决算数 因公出国（境）费 0.00 0.00 公务用车购置及运行费 36.00
/// 31.72 其中:公务用车购置费 0.00 0.00 … 合计 42.50 36.55 2015年度“三公”经费支出36.55万元，…</c>. Read as prose, each row
/// was a clause whose first figure (the 预算数 cell) was the item's amount, and the items' budgets were summed against the
/// 决算 total (a false FA1207). With no run of two spaces, the table is found by its header alone: a corner cell (项目, 科目,
/// 项目名称, 支出项目) after a space, a clause mark or a bracket, then two header cells or more each naming a column the
/// table readers know (预算数, 决算数, 上年决算数, 增减额 …), then rows of one label and exactly as many value cells as the header
/// has columns — two rows at least. The prose before it, the header, each row and the prose after it become pieces, read as
/// a one-space table is (<see cref="IsSingleSpaceRow"/>). A run of words the readers do not know as columns cuts nothing.
/// </summary>
internal static partial class InlineSpaceTable
{
    /// <summary>
    /// Cuts [<paramref name="s"/>, <paramref name="e"/>) around a one-space table run into it (<see cref="Cut"/>'s other
    /// layout); false, with no piece, when it holds none.
    /// </summary>
    private static bool CutSingleSpaced(string text, int s, int e, List<(int Start, int End)> pieces)
    {
        for (var at = text.IndexOf(' ', s, e - s); at >= 0 && at + 1 < e; at = text.IndexOf(' ', at + 1, e - at - 1))
        {
            var corner = at + 1;
            var cornerEnd = WordEnd(text, corner, e);
            if (!IsCorner(text, corner, cornerEnd) || cornerEnd >= e || text[cornerEnd] != ' ')
            {
                continue;
            }

            if (TrySingleSpacedTable(text, s, e, corner, cornerEnd, pieces))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a one-space table whose corner cell is [<paramref name="corner"/>, <paramref name="cornerEnd"/>) starts there.
    /// </summary>
    private static bool TrySingleSpacedTable(string text, int s, int e, int corner, int cornerEnd, List<(int Start, int End)> pieces)
    {
        var columns = 0;
        var at = cornerEnd + 1;
        var headerEnd = cornerEnd;
        while (at < e && !WhiteSpace.Is(text[at]))
        {
            var end = WordEnd(text, at, e);
            if (!TextTableReader.NamesColumn(text, at, end) || HasClauseMark(text, at, end))
            {
                break;
            }

            columns++;
            headerEnd = end;
            at = end + 1;
        }

        if (columns < 2)
        {
            return false;
        }

        var rows = new List<(int, int)>();
        var rowStart = headerEnd + 1;
        while (rowStart < e && SingleSpacedRowEnd(text, rowStart, e, columns) is var rowEnd && rowEnd > 0)
        {
            rows.Add((rowStart, rowEnd));
            rowStart = rowEnd + 1;
        }

        if (rows.Count < 2)
        {
            return false;
        }

        pieces.Clear();
        if (corner > s)
        {
            pieces.Add((s, corner - 1));
        }

        pieces.Add((corner, headerEnd));
        pieces.AddRange(rows);
        var rest = PastSpaces(text, rows[rows.Count - 1].Item2, e);
        if (rest < e)
        {
            pieces.Add((rest, e));
        }

        return true;
    }

    /// <summary>
    /// The end of a one-space row at <paramref name="at"/> — a label (no value; no clause mark but a part label's
    /// 其中:) and exactly <paramref name="columns"/> value cells, each after one space, then the line's end or one
    /// space — or -1.
    /// </summary>
    private static int SingleSpacedRowEnd(string text, int at, int e, int columns)
    {
        var labelEnd = WordEnd(text, at, e);
        if (labelEnd == at || labelEnd - at > MaxCell || IsValue(text, at, labelEnd)
            || HasClauseMark(text, PastPartLabel(text, at, labelEnd), labelEnd))
        {
            return -1;
        }

        var end = labelEnd;
        for (var k = 0; k < columns; k++)
        {
            if (end >= e || text[end] != ' ' || end + 1 >= e)
            {
                return -1;
            }

            var cellEnd = WordEnd(text, end + 1, e);
            if (!IsValue(text, end + 1, cellEnd))
            {
                return -1;
            }

            end = cellEnd;
        }

        // The row ends at the line's end or before a word that is no value (the next row's label, or the prose after).
        return end == e || text[end] == ' ' && end + 1 < e && !IsValue(text, end + 1, WordEnd(text, end + 1, e)) ? end : -1;
    }

    /// <summary>
    /// The position after a part label's "其中:" opening a cell at <paramref name="s"/> (the normalised text's ASCII colon),
    /// or <paramref name="s"/>: that colon marks the row as a part of the one above, not a clause.
    /// </summary>
    private static int PastPartLabel(string text, int s, int e)
        => e - s > 3 && text[s] == '其' && text[s + 1] == '中' && text[s + 2] == ':' ? s + 3 : s;
}
