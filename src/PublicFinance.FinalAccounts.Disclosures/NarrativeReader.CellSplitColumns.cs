namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 54 (tables54, blind round 50 t01): the 一般公共预算财政拨款支出决算表 copied from a web page, one cell per line —
/// <c>科目编码</c> / <c>科目名称</c> / <c>合计</c> / <c>基本支出</c> / <c>项目支出</c>, then each row's cells, a blank line after
/// each row, a <c>合计</c> row whose label spans the code and name columns, and 类 and 款 subtotal rows. The coded table of
/// one cell per line (<see cref="CodedCellLine"/>) took only 年初 / 调整 budget, 决算 and 完成率 header words, so the 合计 |
/// 基本支出 | 项目支出 family that the bar table reads (session 52, CodedSplitColumns) was never opened. Its header words are
/// now taken too; a line <c>合计</c> after a column word is the 合计 row, not a header word (the header's own 合计 column
/// stands before any other column word). The sentence that leads into the table (<c>…明细见下表（金额单位：万元）：</c>, ending in a
/// colon, so the splitter joins the first header lines to it) may stand before the header words, as a unit line may. A 款 row
/// (5-digit code) followed by a 项 row of its own is their subtotal, not an item of the 说明 (read as one, it was a false
/// FA6105 "not broken down to 项"): it is left unread; a 款 row with no 项 under it is read as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether <paramref name="words"/> is a lone 合计/总计 line after the open header already holds a column word: the
    /// table's 合计 row, which ends the header.
    /// </summary>
    private bool TotalRowAfterColumnWords(string words)
    {
        if (words is not ("合计" or "总计") || cellHeaderWords.Count == 0)
        {
            return false;
        }

        foreach (var word in cellHeaderWords)
        {
            if (Array.IndexOf(CellCodeWords, word) < 0 && Array.IndexOf(CellNameWords, word) < 0
                && Array.IndexOf(CellCodeAndNameWords, word) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words before <paramref name="at"/> (the first header word) are a sentence leading into the table: it ends
    /// in a colon, holds no full stop or semicolon, and names a table (表) — <c>…明细见下表(金额单位:万元):</c>.
    /// </summary>
    private static bool TableLeadIn(string words, int at) =>
        words[at - 1] == ':' && words.LastIndexOf('表', at - 1) >= 0 && words.IndexOfAny(['。', ';']) is var stop
        && (stop < 0 || stop >= at);

    /// <summary>
    /// Whether the complete row being gathered is a 款 (5-digit code) and <paramref name="line"/>, the next row's start, is
    /// a 项 (7-digit code) under it: the 款 row is then the subtotal of the 项 rows that follow.
    /// </summary>
    private bool SubtotalOfNextRow(Fragment line)
    {
        if (cellRowIsTotal || cellRow.Count == 0)
        {
            return false;
        }

        var code = cellRow[0].Text;
        var codeEnd = CodeEnd(code);
        var codeStart = 0;
        while (codeStart < codeEnd && WhiteSpace.Is(code[codeStart]))
        {
            codeStart++;
        }

        var next = line.Text;
        var nextEnd = CodeEnd(next);
        var nextStart = 0;
        while (nextStart < nextEnd && WhiteSpace.Is(next[nextStart]))
        {
            nextStart++;
        }

        return codeEnd - codeStart == 5 && nextEnd - nextStart == 7
            && string.CompareOrdinal(code, codeStart, next, nextStart, 5) == 0;
    }
}
