using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// Session 59 (blind round 55 t06's 收入决算表): a space-aligned table set with a fixed width for its name column, in which
/// one row's name is longer than that width (<c>2080505 机关事业单位基本养老保险缴费支出</c>, 40 display columns where the others
/// fit in 26): the name runs into the first amount column and pushes every amount of its row right by the same distance,
/// so the row's amounts end where no column ends and its name covers the columns' starts — the whole table was "not aligned"
/// and not read. Such a row is moved back by the one distance that puts its first amount at the end of the first amount
/// column and every other amount at the end of a column (<see cref="Shift"/>); the distance must be at least the name's
/// overflow, and the row's first amount must be the sum of its others (its total, so the first column's). Any doubt leaves
/// the row as it is, and the table unread as before: a row whose amounts already end on column ends, an amount column set
/// flush left (no common ends), a row of one amount or whose amounts do not add up, a text cell among the amounts.
/// </summary>
internal static class OverflowingLabels
{
    /// <summary>
    /// Moves back the amounts of each body row whose name overflows into the first amount column (in place), and narrows
    /// its name to end before that column.
    /// </summary>
    /// <param name="lines">The text's lines.</param>
    /// <param name="start">The line of the table's first header line.</param>
    /// <param name="tokens">The cells of each line from <paramref name="start"/>: character range and display range.</param>
    /// <param name="headerLines">How many of the lines are header.</param>
    public static void Shift(List<string> lines, int start, List<List<(int From, int To, int Display, int DisplayEnd)>> tokens,
        int headerLines)
    {
        var header = tokens[headerLines - 1];
        if (header.Count < 2 || header[0].Display != 0)
        {
            return;
        }

        var firstColumn = header[1].Display;   // where the first amount column's name starts
        var ends = new HashSet<int>();
        List<int>? overflowing = null;
        for (var k = headerLines; k < tokens.Count; k++)
        {
            var row = tokens[k];
            if (row.Count >= 2 && row[0].Display == 0 && row[0].DisplayEnd >= firstColumn && !IsAmount(lines[start + k], row[0]))
            {
                (overflowing ??= []).Add(k);
                continue;
            }

            for (var i = 0; i < row.Count; i++)
            {
                if (row[i].Display >= firstColumn && IsAmount(lines[start + k], row[i]))
                {
                    ends.Add(row[i].DisplayEnd);
                }
            }
        }

        if (overflowing is null || ends.Count == 0)
        {
            return;
        }

        var firstEnd = ends.Min();   // the end of the first amount column (amounts set flush right)
        foreach (var k in overflowing)
        {
            var row = tokens[k];
            var distance = row[1].DisplayEnd - firstEnd;
            if (Fits(lines[start + k], row, ends, distance, row[0].DisplayEnd + 1 - firstColumn, firstColumn))
            {
                row[0] = (row[0].From, row[0].To, 0, Math.Max(1, firstColumn - 1));
                for (var i = 1; i < row.Count; i++)
                {
                    row[i] = (row[i].From, row[i].To, row[i].Display - distance, row[i].DisplayEnd - distance);
                }
            }
        }
    }

    /// <summary>
    /// Whether moving the amounts of <paramref name="row"/> back by <paramref name="distance"/> (at least
    /// <paramref name="least"/>, the name's overflow) puts each at the end of a column and after the name column, when
    /// unmoved one of them ends where no column ends, and every cell after the name is an amount.
    /// </summary>
    private static bool Fits(string line, List<(int From, int To, int Display, int DisplayEnd)> row, HashSet<int> ends, int distance,
        int least, int firstColumn)
    {
        if (distance < Math.Max(least, 1) || row.Count < 3 || !FirstIsTheSum(line, row))
        {
            return false;
        }

        var misplaced = false;
        for (var i = 1; i < row.Count; i++)
        {
            if (!IsAmount(line, row[i]) || !ends.Contains(row[i].DisplayEnd - distance) || row[i].Display - distance < firstColumn)
            {
                return false;
            }

            misplaced |= !ends.Contains(row[i].DisplayEnd);
        }

        return misplaced;
    }

    /// <summary>
    /// Whether the row's first amount is the sum of its others — the row's total, so it stands in the first amount column
    /// (a row of one amount, or of amounts that do not add up, could end under more than one column: not moved).
    /// </summary>
    private static bool FirstIsTheSum(string line, List<(int From, int To, int Display, int DisplayEnd)> row)
    {
        if (!decimal.TryParse(line.AsSpan(row[1].From, row[1].To - row[1].From), NumberStyles.Number, CultureInfo.InvariantCulture,
                out var total))
        {
            return false;
        }

        for (var i = 2; i < row.Count; i++)
        {
            if (!decimal.TryParse(line.AsSpan(row[i].From, row[i].To - row[i].From), NumberStyles.Number, CultureInfo.InvariantCulture,
                    out var part))
            {
                return false;
            }

            total -= part;
        }

        return total == 0;
    }

    /// <summary>
    /// Whether a cell is an amount as <see cref="TableAssembler.IsNumber"/> decides (digits, separators, a sign, a decimal
    /// point), on the line's characters without cutting the cell out.
    /// </summary>
    private static bool IsAmount(string line, (int From, int To, int Display, int DisplayEnd) cell)
    {
        var digits = 0;
        for (var i = cell.From; i < cell.To; i++)
        {
            var ch = line[i];
            if (ch is >= '0' and <= '9')
            {
                digits++;
            }
            else if (ch is not (',' or '.' or '-' or '%' or '+'))
            {
                return false;
            }
        }

        return digits > 0;
    }
}
