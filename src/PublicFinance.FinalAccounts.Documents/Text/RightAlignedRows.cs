using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Space-aligned rows whose numbers are right-aligned under left-aligned column names, as <c>pdftotext -layout</c> prints a
/// table (右对齐的数字列, session 26): "合计 因公出国（境）费 …" over "18.00 … 15.00", "项目 行次 决算数 项目 行次 决算数" over
/// "一、一般公共预算财政拨款收入 1 2,015.47 一、一般公共服务支出 33". The runs of covered positions that
/// <see cref="SpaceAlignedRows"/> reads as columns do not exist there (a number and its name share no position), so the
/// columns are the names of the last header line: a text cell stands in the column whose name's start is the last at or
/// before the cell's start, a number (an amount, a whole number, a percent, a dash) in the column whose name's start is the
/// last at or before the number's last character — and the number may not reach back over the name before. A line above the
/// names (预算数 … 决算数, 人员经费 … 公用经费) is a group line: each group name starts where a column name's text is. Every
/// row's cells stand in increasing columns, one at most per column, and a column's numbers share one right edge (the mark of
/// right alignment: numbers left-aligned or shifted are not read so); both character widths are tried (every character one
/// column, or CJK two) and the reading is kept only when exactly one width gives it (or both give the same). Anything else:
/// null, and the table stays the note it was (precision first: a shifted cell would be a false Error).
/// </summary>
internal static class RightAlignedRows
{
    /// <summary>The rows of <paramref name="count"/> lines of <paramref name="lines"/> read so (header lines first), with the number
    /// of header lines; null when they are not.</summary>
    public static (List<TextTableGrids.Cell[]> Rows, int HeaderLines)? Read(List<string> lines, int count)
    {
        var first = -1;
        for (var k = 0; k < count && first < 0; k++)
        {
            foreach (var (from, to, _, _) in SpaceAlignedRows.Tokens(lines[k], false))
            {
                if (IsNumeric(lines[k], from, to))
                {
                    first = k;
                    break;
                }
            }
        }

        if (first is < 1 or > 2 || first >= count)
        {
            return null;   // one or two header lines (a group line, then the names), then rows
        }

        (List<TextTableGrids.Cell[]> Rows, int HeaderLines)? found = null;
        foreach (var wide in new[] { true, false })
        {
            if (Rows(lines, count, first, wide) is not { } rows)
            {
                continue;
            }

            if (found is { } earlier && !SpaceAlignedRows.SameTexts(earlier.Rows, rows))
            {
                return null;   // the two widths read different tables: not guessed between
            }

            found = (rows, first);
        }

        return found;
    }

    private static List<TextTableGrids.Cell[]>? Rows(List<string> lines, int count, int headerLines, bool wide)
    {
        var names = SpaceAlignedRows.Tokens(lines[headerLines - 1], wide);
        if (names.Count < 2)
        {
            return null;
        }

        var rows = new List<TextTableGrids.Cell[]>();
        var edges = new int[names.Count];   // where each column's numbers end (0: none yet)
        for (var k = 0; k < count; k++)
        {
            var line = lines[k];
            var cells = new TextTableGrids.Cell?[names.Count];
            var last = -1;
            foreach (var (from, to, display, displayEnd) in SpaceAlignedRows.Tokens(line, wide))
            {
                var column = k == headerLines - 1 ? last + 1
                    : k < headerLines - 1 ? GroupColumn(names, display)
                    : IsNumeric(line, from, to) ? NumberColumn(names, display, displayEnd) : TextColumn(names, display, last);
                if (column <= last || column >= names.Count)
                {
                    return null;   // cells out of order, two in one column, a group name over no column's name
                }

                if (k >= headerLines && IsAmountText(line, from, to) && edges[column] != displayEnd)
                {
                    if (edges[column] != 0)
                    {
                        return null;   // the column's numbers do not share one right edge: not right-aligned, not guessed
                    }

                    edges[column] = displayEnd;
                }

                cells[column] = TextTableGrids.Trimmed(line, from, to, k);
                last = column;
            }

            var row = new TextTableGrids.Cell[names.Count];
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = cells[c] ?? new TextTableGrids.Cell(string.Empty, k + 1, SpaceAlignedRows.Column(line, names[c].Display, wide));
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The column of a group name: the one whose name's text the group name starts within, else −1.</summary>
    private static int GroupColumn(List<(int From, int To, int Display, int DisplayEnd)> names, int display)
        => names.FindIndex(n => n.Display <= display && display < n.DisplayEnd);

    /// <summary>The column of a text cell: the last whose name starts at or before it (the first column for a cell left of
    /// every name, when it is the row's first cell).</summary>
    private static int TextColumn(List<(int From, int To, int Display, int DisplayEnd)> names, int display, int last)
    {
        var column = names.FindLastIndex(n => n.Display <= display);
        return column < 0 && last < 0 ? 0 : column;
    }

    /// <summary>The column of a number: the last whose name starts at or before the number's last character, when the number
    /// does not reach back over the name before that one; else −1.</summary>
    private static int NumberColumn(List<(int From, int To, int Display, int DisplayEnd)> names, int display, int displayEnd)
    {
        var column = names.FindLastIndex(n => n.Display <= displayEnd - 1);
        return column < 0 || column > 0 && display < names[column - 1].DisplayEnd ? -1 : column;
    }

    /// <summary>Whether the cell is a number written with digits (a dash, which may be centred, is not).</summary>
    private static bool IsAmountText(string line, int from, int to)
        => TableAssembler.IsNumber(line.AsSpan(from, to - from).Trim().ToString());

    /// <summary>Whether the cell [<paramref name="from"/>, <paramref name="to"/>) of the line is a number (an amount, a whole
    /// number, a percent) or a dash standing for none.</summary>
    private static bool IsNumeric(string line, int from, int to)
    {
        var text = line.AsSpan(from, to - from).Trim();
        return text is "—" or "-" or "--" or "——" || TableAssembler.IsNumber(text.ToString());
    }
}
