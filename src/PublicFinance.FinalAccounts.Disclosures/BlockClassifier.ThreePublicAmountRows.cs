namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (r58fix; blind round 58, t05): a space-aligned 三公 table in 元 — <c>项目  年初预算数  决算数  上年决算数</c>, rows
/// <c>公务接待费  6,500.00  4,870.00  5,230.00</c>. Session 51 keeps a row of one label and amounts with thousands commas as
/// prose (a 总表's <c>卫生健康支出  14,720.36  14,720.36</c> is read label by label), so each 三公 row was a clause whose
/// first cell (the 年初预算数) was the item's amount and the 决算数 and 上年决算数 "the same figure stated differently" (three
/// false FA8003), and a row after a blank 公务用车购置费 row took that label. A row whose label is exactly a 三公 item's name
/// and whose other cells are each one number (or a dash) is a table row, read by its header's columns. Its 合计 row is no
/// 三公 item's (a 合计 of another table looks the same): it stays prose here, and the 三公 table reader takes it only while a
/// 三公 header is open (<c>TextTableReader.TotalLineOfOpenTable</c>).
/// </summary>
internal static partial class BlockClassifier
{
    /// <summary>The row labels that are exactly a 三公 item (normalised brackets; an optional 其中 before them).</summary>
    private static readonly string[] ThreePublicRowLabels =
    [
        "因公出国(境)费", "因公出国费", "公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行维护费",
        "公务用车运行费", "公务接待费", "\"三公\"经费", "“三公”经费", "三公经费",
    ];

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) is a 三公 item's row of amounts (see the type).</summary>
    private static bool IsThreePublicAmountRow(string text, int s, int e)
    {
        var cells = new List<(int Start, int End)>();
        if (!IsLabelledAmountsRow(text, s, e, cells))
        {
            return false;
        }

        var label = text.Substring(cells[0].Start, cells[0].End - cells[0].Start).Replace('（', '(').Replace('）', ')');
        label = label.StartsWith("其中", StringComparison.Ordinal) ? label.Substring(2).TrimStart(':', '：') : label;
        return Array.IndexOf(ThreePublicRowLabels, label) >= 0;
    }

    /// <summary>
    /// Session 63 (tbl63, blind round 59 t06): whether [<paramref name="s"/>, <paramref name="e"/>) is the first line of a
    /// transposed 三公 table's header set by a layout print — three item names or more (a 三公 item's name, 合计 or 小计), apart by
    /// single spaces where a name fills its column and by one run of spaces elsewhere: <c>合计 因公出国(境)费 公务用车购置及运行维护费
    /// 公务接待费</c>. With one run of spaces only it was prose, and the header's second line (小计 …) opened the table alone, its
    /// cells not lining up with the rows'. Nothing but item names: no figure, so the line places nothing of itself.
    /// </summary>
    private static bool IsThreePublicHeaderLine(string text, int s, int e)
    {
        var words = 0;
        var k = s;
        while (k < e)
        {
            while (k < e && text[k] == ' ')
            {
                k++;
            }

            var start = k;
            while (k < e && text[k] != ' ')
            {
                k++;
            }

            if (k == start)
            {
                break;
            }

            var word = text.Substring(start, k - start).Replace('（', '(').Replace('）', ')');
            if (word is not ("合计" or "小计") && Array.IndexOf(ThreePublicRowLabels, word) < 0)
            {
                return false;
            }

            words++;
        }

        return words >= 3;
    }

    /// <summary>
    /// Whether [<paramref name="s"/>, <paramref name="e"/>) is a space-aligned row of one label and then two cells or more,
    /// each one number (thousands commas allowed) or a dash; <paramref name="cells"/> are its cells.
    /// </summary>
    internal static bool IsLabelledAmountsRow(string text, int s, int e, List<(int Start, int End)> cells)
    {
        SpaceCells(text, s, e, cells);
        if (cells.Count < 3 || CellNumber.Is(text, cells[0].Start, cells[0].End))
        {
            return false;
        }

        for (var i = 1; i < cells.Count; i++)
        {
            var (start, end) = cells[i];
            if (!(CellNumber.Is(text, start, end) && Scanner.IsDigit(text[start]) || end - start == 1 && text[start] is '—' or '-' or '－'))
            {
                return false;
            }
        }

        return true;
    }
}
