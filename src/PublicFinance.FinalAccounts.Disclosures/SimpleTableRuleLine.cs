namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (tables55, blind round 51 t10): the dashed rule of a pandoc simple table (简单表格的虚线分隔行) —
/// <c>---------- ------------ ---------- --------</c>, one run of dashes under each column, the runs apart by spaces — written
/// under the header and again after the last row when a Word document is converted to text by pandoc. Such a line holds no
/// figure and no word; read as prose it ended the table around it (the header parted from its rows), so neither the 项
/// table nor the 三公 table of such a text was read. It is dropped as a box rule is (<see cref="BoxRuleLine"/>): the header
/// and the rows are one table, their cells apart by runs of spaces as every space-aligned table's are. A setext heading's
/// underline (one run of dashes, no space inside) and a Markdown rule of single dashes (<c>- - -</c>) are not such a line.
/// </summary>
internal static class SimpleTableRuleLine
{
    /// <summary>The fewest dashes a column's run has (a Markdown <c>- - -</c> rule has runs of one).</summary>
    private const int MinRun = 3;

    /// <summary>
    /// Whether the trimmed line [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> is a simple table's
    /// rule: only ASCII dashes and spaces, two runs of <see cref="MinRun"/> dashes at least, every run that long.
    /// </summary>
    internal static bool Is(string text, int s, int e)
    {
        if (e - s < (2 * MinRun) + 1 || text[s] != '-')
        {
            return false;
        }

        var runs = 0;
        var run = 0;
        for (var i = s; i <= e; i++)
        {
            var c = i < e ? text[i] : ' ';
            if (c == '-')
            {
                run++;
                continue;
            }

            if (c != ' ')
            {
                return false;
            }

            if (run > 0)
            {
                if (run < MinRun)
                {
                    return false;
                }

                runs++;
                run = 0;
            }
        }

        return runs >= 2;
    }
}
