using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Excel;

/// <summary>
/// The 说明 written in worksheet cells (工作表中的说明文字): a sheet that holds prose — some row whose only text contains a
/// sentence end (。) and is no table's note (注：…) — gives its one-text rows as narrative lines, in order: a heading or
/// paragraph merged over several
/// columns (its text stands in the range's first cell, the others are empty), one sentence per row, or a whole paragraph in
/// one cell with line breaks (Alt+Enter: each line its own line). A blank row, or a row of several cells (a table's header or
/// data), ends a paragraph. Session 29: before, a workbook gave no narrative at all — its 说明 was never read, so none of its
/// figures was checked against the tables.
/// </summary>
internal static class SheetProse
{
    private const string SentenceEnd = "。";

    /// <summary>The narrative lines of one sheet ("" between paragraphs), or none when no row of it holds a sentence.</summary>
    /// <param name="rows">The sheet's rows as the cells' texts.</param>
    public static List<string> Lines(IReadOnlyList<string[]> rows)
    {
        var lines = new List<string>();
        if (!rows.Any(r => SingleText(r) is { } t && t.Contains(SentenceEnd, StringComparison.Ordinal) && !IsTableNote(t)))
        {
            return lines;
        }

        foreach (var row in rows)
        {
            if (SingleText(row) is not { } text || TableAssembler.IsNumber(TableAssembler.Compact(text)))
            {
                Break(lines);
                continue;
            }

            foreach (var line in text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Trim().Length > 0)
                {
                    lines.Add(line.Trim());
                }
            }
        }

        Break(lines);
        return lines;
    }

    /// <summary>A table's note (注：本表无数据。, 说明：…故本表无数据。), which makes no sheet prose.</summary>
    private static bool IsTableNote(string text)
    {
        var t = TableAssembler.Compact(text);
        return t.StartsWith("注", StringComparison.Ordinal) || t.StartsWith("备注", StringComparison.Ordinal)
            || (t.StartsWith("说明", StringComparison.Ordinal) && t.Contains("本表", StringComparison.Ordinal));
    }

    /// <summary>The row's only non-blank text, or null (a blank row, or a row of several cells).</summary>
    private static string? SingleText(string[] row)
    {
        string? only = null;
        foreach (var cell in row)
        {
            if (string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            if (only is not null)
            {
                return null;
            }

            only = cell;
        }

        return only;
    }

    private static void Break(List<string> lines)
    {
        if (lines.Count > 0 && lines[^1].Length > 0)
        {
            lines.Add(string.Empty);
        }
    }
}
