namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (tables55, blind round 51 t10): a space-aligned row whose last columns were too narrow for their figures —
/// <c>合计    4755.24    4640.62 97.59%</c>, a 决算 and a 执行率 apart by one space where the other rows have a run of spaces.
/// Cut at runs of two spaces, the two figures were one cell, the row had one cell less than its header, and the whole
/// table was refused. A stretch whose words are each a figure with a decimal point or a percent sign (<c>4640.62</c>,
/// <c>97.59%</c>, <c>-3.50%</c>, <c>1,234.50</c>) is no cell of words: each figure is a cell of its own. Whole numbers
/// (<c>12 15</c>) are left as they are (a count or a code may be written with a space), and so is every stretch with a
/// word in it.
/// </summary>
internal static class FigureRunCell
{
    /// <summary>
    /// Adds the cell [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> to
    /// <paramref name="cells"/>, cut at its single spaces when each of its words is a decimal figure or a percentage.
    /// </summary>
    internal static void Add(string text, int start, int end, List<(int Start, int End)> cells)
    {
        var space = text.IndexOf(' ', start, end - start);
        if (space < 0 || !AllFigures(text, start, end))
        {
            cells.Add((start, end));
            return;
        }

        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == ' ')
            {
                cells.Add((from, i));
                from = i + 1;
            }
        }
    }

    /// <summary>Whether every word of [<paramref name="start"/>, <paramref name="end"/>) (apart by one space) is a figure.</summary>
    private static bool AllFigures(string text, int start, int end)
    {
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != ' ')
            {
                continue;
            }

            if (!IsFigure(text, from, i))
            {
                return false;
            }

            from = i + 1;
        }

        return true;
    }

    /// <summary>
    /// Whether [<paramref name="s"/>, <paramref name="e"/>) is one figure with a decimal point or a percent sign: a sign, digits
    /// (thousands commas allowed), a point and digits, a percent sign.
    /// </summary>
    internal static bool IsFigure(string text, int s, int e)
    {
        var i = s;
        if (i < e && text[i] is '-' or '+')
        {
            i++;
        }

        var digits = 0;
        var point = false;
        var percent = false;
        for (; i < e; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c == '.' && !point && digits > 0 && i + 1 < e && text[i + 1] is >= '0' and <= '9')
            {
                point = true;
            }
            else if (c == ',' && !point && digits > 0 && Scanner.IsGroupComma(text, s, e, i))
            {
                continue;
            }
            else if (c == '%' && i == e - 1 && digits > 0)
            {
                percent = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && (point || percent);
    }
}
