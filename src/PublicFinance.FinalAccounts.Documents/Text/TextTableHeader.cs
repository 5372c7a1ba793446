using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// A header over two or three lines of a table pasted as text (多行表头), joined into one name per column as a web page's
/// spanning <c>&lt;th&gt;</c> cells are: a cell with text under it in a lower header line is a parent that spans the blank
/// cells right of it whose columns have text under them (<c>项目 | 本年收入 | |</c> over <c>| 合计 | 财政拨款收入 | 其他收入</c>
/// gives 本年收入/合计, 本年收入/财政拨款收入, 本年收入/其他收入); a cell with nothing under it spans down (项目). Only
/// when this is unambiguous: a blank upper cell over text that no parent on its left covers (a centred or right-aligned
/// parent), a second 合计/小计 under one parent (the next parent centred), a parent wider than the parent above it, a
/// space-aligned parent spanning columns its text does not reach when another parent follows it (that one may be centred
/// or right-aligned over them), or a column with no header text at all make the header ambiguous, and the table is a note.
/// A group line under a group line (<c>收入 | | 支出 |</c> over <c>| 本年 | | 本年</c> over <c>项目 | 决算数 | 项目 | 决算数</c>) is
/// header too where every cell is written out: a blank cell where a group of the line above starts goes on down with
/// that group (收入/项目, 收入/本年/决算数).
/// </summary>
internal static class TextTableHeader
{
    /// <summary>The most header lines joined.</summary>
    public const int MaxRows = 3;

    /// <summary>
    /// The number of header lines: the rows before the first row holding a number or a row label (合计, 总计, 栏次, 一、…)
    /// in the label columns — first in its row, and either in the first column or alone on its row (a 合计 with column
    /// names right of it, <c>| 合计 | 财政拨款收入 |</c>, is a header line under a spanning parent).
    /// </summary>
    public static int Count(List<TextTableGrids.Cell[]> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var texts = rows[r].Select(c => TableAssembler.Compact(c.Text)).ToArray();
            if (Array.Exists(texts, TableAssembler.IsNumber))
            {
                return r;
            }

            var first = Array.FindIndex(texts, t => t.Length > 0);
            if (first >= 0 && first * 3 < texts.Length && IsRowLabel(texts[first])
                && (first == 0 || texts.Skip(first + 1).All(t => t.Length == 0)) && !IsNamesUnderGroups(rows, r, texts))
            {
                return r;
            }
        }

        return rows.Count;
    }

    /// <summary>
    /// A line of column names that starts with 合计 under a group line (预算数 ⇥⇥⇥ 决算数 over 合计 ⇥ 因公出国（境）费 ⇥ …, the
    /// 三公 table of an Excel export; blind round 25 B, family F9): a line above holds a group name with blank cells after it,
    /// and every other cell of this line is a column name (words, no number) — a 合计 row of figures holds none.
    /// </summary>
    private static bool IsNamesUnderGroups(List<TextTableGrids.Cell[]> rows, int r, string[] texts)
    {
        var names = texts.Skip(1).Count(t => t.Length >= 2 && !TableAssembler.IsNumber(t) && t.Any(ch => ch >= '\u4E00'));
        return r > 0 && texts[0].StartsWith("合计", StringComparison.Ordinal) && names >= 2
            && names == texts.Skip(1).Count(t => t.Length > 0)
            && rows[r - 1].Length == texts.Length && rows[r - 1][0].Text.Length > 0 && rows[r - 1].Skip(1).Any(c => c.Text.Length == 0);
    }

    private static bool IsRowLabel(string t) =>
        t.StartsWith("合计", StringComparison.Ordinal) || t.StartsWith("总计", StringComparison.Ordinal)
        || t.StartsWith("栏次", StringComparison.Ordinal)
        || (t.Length > 2 && t[1] == '、' && "一二三四五六七八九十".Contains(t[0], StringComparison.Ordinal));

    /// <summary>
    /// The span of each header cell (rows 0 to <paramref name="header"/> − 1): (row span, column span), or (0, 0) for a cell
    /// covered by a spanning one; null when the joining is ambiguous.
    /// </summary>
    public static (int RowSpan, int ColumnSpan)[,]? Spans(List<TextTableGrids.Cell[]> rows, int header)
    {
        var columns = rows[0].Length;
        var text = new string[header, columns];
        for (var r = 0; r < header; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                text[r, c] = TableAssembler.Compact(rows[r][c].Text);
            }
        }

        var spans = new (int RowSpan, int ColumnSpan)[header, columns];
        var covered = new bool[header, columns];
        var limit = Enumerable.Repeat(columns, columns).ToArray();   // where the parent above each column ends
        var explicitCells = rows.Take(header).All(row => Array.TrueForAll(row, cell => cell.Reach < 0));
        var opens = new bool[columns];   // a group of the line above starts at the column (its text, or a blank continuing down)
        for (var r = 0; r < header; r++)
        {
            var nextLimit = (int[])limit.Clone();
            var nextOpens = new bool[columns];
            for (var c = 0; c < columns; c++)
            {
                if (text[r, c].Length == 0)
                {
                    spans[r, c] = covered[r, c] ? (0, 0) : (1, 1);
                    if (!covered[r, c] && r < header - 1 && HasTextBelow(text, r, c, header))
                    {
                        // A group line under a group line (收入 | | 支出 | over | 本年 | | 本年, then 项目 | 决算数 | 项目 | 决算数;
                        // blind round 35, M1): where a group of the line above starts, a blank cell is that group's first
                        // column going on down to the name under it (收入/项目). Only where every cell is written out (| and
                        // tab cells, one cell per line): a space-aligned parent may be centred over the column instead.
                        // The blank cells after it up to the group's end or the next text go on down with it.
                        if (explicitCells && r > 0 && opens[c])
                        {
                            nextOpens[c] = true;
                            var next = c + 1;
                            while (next < limit[c] && text[r, next].Length == 0)
                            {
                                spans[r, next] = covered[r, next] ? (0, 0) : (1, 1);
                                next++;
                            }

                            for (var k = c; k < next; k++)
                            {
                                nextLimit[k] = next;
                            }

                            c = next - 1;
                            continue;
                        }

                        return null;   // a column name under a parent that no left-aligned parent covers
                    }

                    continue;
                }

                nextOpens[c] = true;

                if (!HasTextBelow(text, r, c, header))
                {
                    spans[r, c] = (header - r, 1);   // a leaf header: it spans down
                    for (var below = r + 1; below < header; below++)
                    {
                        covered[below, c] = true;
                    }

                    continue;
                }

                var end = c + 1;
                while (end < limit[c] && text[r, end].Length == 0 && HasTextBelow(text, r, end, header))
                {
                    end++;
                }

                if (rows[r][c].Reach >= 0 && end - 1 > rows[r][c].Reach && end < limit[c] && text[r, end].Length > 0
                    && HasTextBelow(text, r, end, header) && !RepeatedGroup(text, r, c, end, header))
                {
                    return null;   // space-aligned: the next parent may be centred over the columns this one's text does not reach
                }

                // A side of a two-sided table (支出 over 项目 | 合计 | …, blind round 25 B, family F8): its label column comes
                // first, and its 合计 right after it is the side's own.
                var sideLabel = r + 1 < header && end - c > 2 && IsSideLabel(text[r + 1, c]) && IsSubtotal(text[r + 1, c + 1]);
                var totals = Enumerable.Range(c, end - c).Count(k => r + 1 < header && IsSubtotal(text[r + 1, k]));
                if (totals > 1 || (totals == 1 && !IsSubtotal(text[r + 1, c]) && !sideLabel))
                {
                    return null;   // a second 合计 under one parent: the next parent may be centred over it
                }

                spans[r, c] = (1, end - c);
                for (var k = c + 1; k < end; k++)
                {
                    covered[r, k] = true;
                }

                for (var k = c; k < end; k++)
                {
                    nextLimit[k] = end;
                }

                c = end - 1;
            }

            limit = nextLimit;
            opens = nextOpens;
        }

        // Every column is named by some header line.
        return Enumerable.Range(0, columns).All(c => Enumerable.Range(0, header).Any(r => text[r, c].Length > 0 || covered[r, c]))
            ? spans
            : null;
    }

    /// <summary>
    /// Whether the parent at (<paramref name="row"/>, <paramref name="column"/>) and the next parent at <paramref name="next"/>
    /// head groups whose bounds are certain though the first parent's text does not reach its last column (G, session 33: a
    /// space-aligned 三公 table of 12 columns, 预算数 over 合计 · 因公出国（境）费 · 公务用车购置及运行费 · 购置费 · 运行费 ·
    /// 公务接待费, then 决算数 over the same six): each parent stands over a 合计 (or 小计) that opens its group, and the column
    /// names under the next parent repeat those under this one, name for name. A parent centred over its columns stands over
    /// none of them at the group's first column, so it is never taken for one here.
    /// </summary>
    private static bool RepeatedGroup(string[,] text, int row, int column, int next, int header)
    {
        var width = next - column;
        if (width < 2 || next + width > text.GetLength(1) || !IsSubtotal(NameBelow(text, row, column, header)))
        {
            return false;
        }

        for (var k = 0; k < width; k++)
        {
            var name = NameBelow(text, row, column + k, header);
            if (name.Length == 0 || name != NameBelow(text, row, next + k, header))
            {
                return false;
            }
        }

        return next + width == text.GetLength(1) || text[row, next + width].Length > 0;   // the second group ends where it should
    }

    /// <summary>The lowest header text under (<paramref name="row"/>, <paramref name="column"/>), or empty.</summary>
    private static string NameBelow(string[,] text, int row, int column, int header)
    {
        for (var r = header - 1; r > row; r--)
        {
            if (text[r, column].Length > 0)
            {
                return text[r, column];
            }
        }

        return string.Empty;
    }

    private static bool HasTextBelow(string[,] text, int row, int column, int header)
    {
        for (var r = row + 1; r < header; r++)
        {
            if (text[r, column].Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The label column of a side of a two-sided table: 项目, 项目名称, 科目, 科目名称.</summary>
    private static bool IsSideLabel(string t) => t is "项目" or "项目名称" or "科目" or "科目名称";

    private static bool IsSubtotal(string t)
        => t.StartsWith("合计", StringComparison.Ordinal) || t.StartsWith("小计", StringComparison.Ordinal);
}
