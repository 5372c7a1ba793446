using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Excel;

/// <summary>
/// Several tables stacked on one worksheet (公开01表, blank rows, 收入决算表 / 公开02表, …; or the 说明 in column A above the
/// tables): the sheet's rows cut into blocks, one a table, each read as if it were a sheet of its own. A block starts at a
/// title row — one or two texts, no figure, one of them a table title (…表) or a table code (公开02表, 附表3) — that follows
/// rows of content (figures, headers, paragraphs) rather than another title row. Before (blind round 27 C, cause 1) the
/// sheet's first table ran on through the next titles and headers until a later 总计 row closed it: false FA0101–FA0104 and
/// the other tables lost.
/// </summary>
internal static class StackedSheetTables
{
    /// <summary>The blocks of a sheet's rows as (first row, row count), in order; one block for a sheet of one table.</summary>
    /// <param name="rows">The sheet's rows (trailing blank rows removed).</param>
    public static List<(int Start, int Count)> Blocks(IReadOnlyList<string[]> rows)
    {
        var blocks = new List<(int Start, int Count)>();
        var start = 0;
        var content = false;
        var previousWasTitle = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var texts = Array.FindAll(rows[r], t => !string.IsNullOrWhiteSpace(t));
            if (texts.Length == 0)
            {
                continue;
            }

            var isTitle = IsTitleRow(texts);
            if (isTitle && content && !previousWasTitle)
            {
                blocks.Add((start, r - start));
                start = r;
                content = false;
            }

            content |= !isTitle && !Array.Exists(texts, ExcelDocumentReader.IsUnitLabel);
            previousWasTitle = isTitle;
        }

        blocks.Add((start, rows.Count - start));
        return blocks;
    }

    /// <summary>
    /// A title row: one or two texts, none a figure or a note (注：…), one of them a table title of at most 60 characters
    /// ending in 表 (收入决算表, 第二部分 2024年度部门决算表) or a table code (公开02表, 附表3).
    /// </summary>
    internal static bool IsTitleRow(string[] texts)
    {
        if (texts.Length is 0 or > 2)
        {
            return false;
        }

        var title = false;
        foreach (var raw in texts)
        {
            var t = TableAssembler.Compact(raw);
            if (TableAssembler.IsNumber(t) || t.StartsWith("注", StringComparison.Ordinal))
            {
                return false;
            }

            title |= (t.Length <= 60 && t.EndsWith("表", StringComparison.Ordinal) && !ExcelDocumentReader.IsUnitLabel(t))
                || TableAssembler.IsTableCodeLine(t);
        }

        return title;
    }
}
