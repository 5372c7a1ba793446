using PublicFinance.FinalAccounts.Documents.Tables;

namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>
/// A header of spanning cells copied from a web page (浏览器复制的多行表头): a browser copies each <c>&lt;th&gt;</c> once and
/// leaves out the slots its rowspan/colspan covers, so <c>项目 ⇥ 本年收入合计 ⇥ … ⇥ 其他收入</c> (项目 over two columns, the others
/// over two lines) stands over <c>功能分类科目编码 ⇥ 科目名称</c> and rows of nine cells. The spans are recovered as the one
/// tiling of the header's lines by rectangles (each line's cells in order, each at the next free slot) that fits the data:
/// a column name (a cell reaching the last header line) spans one column, a label name (编码, 名称, 项目, 科目, 类/款/项) stands
/// over a label column of the rows and any other name over an amount column; a parent spans two columns or more, is no
/// 合计/小计, and holds two cells or more; a 合计/小计 is its parent's first child (or second, after a side's label column);
/// a parent over label columns holds one run of them, first (a side of a two-sided table). When several tilings remain,
/// the one whose parents' named children all share a two-character beginning or end with their parent (基本支出 under 本年支出)
/// is taken if it is the only such one. Otherwise nothing is changed (the table stays a note, as before). The lines are
/// rewritten as the blank-cell form the header join reads (<see cref="TextTableHeader.Spans"/>), which checks them again.
/// </summary>
internal static class CollapsedSpanningHeader
{
    /// <summary>The most tilings looked at before the header is taken as ambiguous.</summary>
    private const int MaxTilings = 64;

    /// <summary>A header cell's rectangle: its line, first column, row span and column span.</summary>
    private readonly record struct Tile(int Row, int Column, int RowSpan, int ColumnSpan);

    /// <summary>The kind of a column as its rows show it.</summary>
    private enum ColumnKind
    {
        /// <summary>Blank in every row, or whole numbers only (a code or an amount in 元 without decimals).</summary>
        Unknown,

        /// <summary>Text or classification codes.</summary>
        Label,

        /// <summary>Amounts with decimals.</summary>
        Amount,
    }

    /// <summary>What <see cref="Expand"/> found.</summary>
    public enum Outcome
    {
        /// <summary>The header is not a copy of spanning cells (a line holds a blank cell, none is narrower, …): untouched.</summary>
        NotCollapsed,

        /// <summary>The header lines were rewritten with blank cells for their spanned slots.</summary>
        Expanded,

        /// <summary>
        /// The header has the shape of a copy of spanning cells, but no single tiling fits: untouched, and its short lines
        /// must not be padded as if they had dropped trailing cells (the table stays a note).
        /// </summary>
        Ambiguous,
    }

    /// <summary>
    /// Rewrites the header lines of <paramref name="rows"/> (tab rows) as full-width lines with blank cells where the copied
    /// header left its spanned slots out — only when every line above the first row holding a number is narrower than those
    /// rows or as wide, at least one is narrower, none holds a blank cell, the rows after it are all as wide, and exactly one
    /// tiling fits (<see cref="Outcome.Expanded"/>). The same shape without one fitting tiling is
    /// <see cref="Outcome.Ambiguous"/>: a browser writes no blank cell in a copied header, an export that drops trailing cells
    /// keeps the inner ones, so a narrower header line without a blank cell over or under one without a blank cell either is
    /// no trailing drop to pad.
    /// </summary>
    public static Outcome Expand(List<TextTableGrids.Cell[]> rows)
    {
        var header = rows.FindIndex(r => Array.Exists(r, c => TableAssembler.IsNumber(TableAssembler.Compact(c.Text))));
        if (header < 2 || header > TextTableHeader.MaxRows)
        {
            return Outcome.NotCollapsed;
        }

        var columns = rows[header].Length;
        var texts = rows.Take(header).Select(r => Array.ConvertAll(r, c => TableAssembler.Compact(c.Text))).ToList();
        if (columns < 3 || !rows.Skip(header).All(r => r.Length == columns) || texts.Exists(t => t.Length > columns)
            || texts.TrueForAll(t => t.Length == columns) || texts.Exists(t => Array.Exists(t, s => s.Length == 0)))
        {
            return Outcome.NotCollapsed;
        }

        var kinds = Enumerable.Range(0, columns).Select(c => KindOf(rows, header, c)).ToArray();
        var fitting = new List<Tile[][]>();
        Search(texts, kinds, new int[header, columns], 0, 0, [.. texts.Select(t => new Tile[t.Length])], fitting);
        if (fitting.Count != 1)
        {
            var related = fitting.Count <= MaxTilings ? fitting.FindAll(t => AllRelated(texts, t)) : [];
            if (related.Count != 1)
            {
                return Outcome.Ambiguous;
            }

            fitting = related;
        }

        var expanded = Rewrite(rows, fitting[0], header, columns);
        if (TextTableHeader.Count(expanded) != header)
        {
            return Outcome.Ambiguous;
        }

        rows.Clear();
        rows.AddRange(expanded);
        return Outcome.Expanded;
    }

    /// <summary>
    /// The kind of a column: amounts when a row holds a number with decimals; labels when the rows hold text, or only
    /// classification codes (3, 5 or 7 digits, a longer one starting with a 3-digit one above it); otherwise unknown (blank,
    /// or whole numbers that may be amounts in 元).
    /// </summary>
    private static ColumnKind KindOf(List<TextTableGrids.Cell[]> rows, int header, int column)
    {
        var text = false;
        var amount = false;
        var codes = new List<string>();
        for (var r = header; r < rows.Count; r++)
        {
            var cell = TableAssembler.Compact(rows[r][column].Text);
            if (cell.Length == 0 || cell is "-" or "—" or "--" or "－")
            {
                continue;
            }

            if (!TableAssembler.IsNumber(cell))
            {
                text = true;
            }
            else if (cell.IndexOf('.') >= 0)
            {
                amount = true;
            }
            else
            {
                codes.Add(cell);
            }
        }

        var coded = codes.Count > 0 && codes.TrueForAll(c => c.Length is 3 or 5 or 7 && c.All(ch => ch is >= '0' and <= '9'))
            && codes.Exists(c => c.Length > 3 && codes.Exists(p => p.Length == 3 && c.StartsWith(p, StringComparison.Ordinal)));
        return amount && !text && codes.Count == 0 ? ColumnKind.Amount
            : !amount && (text || coded) && (codes.Count == 0 || coded) ? ColumnKind.Label
            : ColumnKind.Unknown;
    }

    /// <summary>Places the header lines' cells one by one, each at the next free slot of its line, every span that fits.</summary>
    private static void Search(List<string[]> texts, ColumnKind[] kinds, int[,] owner, int row, int index, Tile[][] tiles,
        List<Tile[][]> found)
    {
        if (found.Count > MaxTilings)
        {
            return;
        }

        var header = texts.Count;
        var columns = kinds.Length;
        if (index == texts[row].Length)
        {
            if (Enumerable.Range(0, columns).Any(c => owner[row, c] == 0))
            {
                return;   // a slot of this line left uncovered
            }

            if (row + 1 == header)
            {
                found.Add([.. tiles.Select(t => (Tile[])t.Clone())]);
            }
            else
            {
                Search(texts, kinds, owner, row + 1, 0, tiles, found);
            }

            return;
        }

        var start = index == 0 ? 0 : tiles[row][index - 1].Column + tiles[row][index - 1].ColumnSpan;
        while (start < columns && owner[row, start] != 0)
        {
            start++;
        }

        if (start == columns)
        {
            return;
        }

        var text = texts[row][index];
        var parent = row == 0 ? (Tile?)null : TileAt(tiles, row - 1, start);
        for (var rowSpan = 1; row + rowSpan <= header; rowSpan++)
        {
            var leaf = row + rowSpan == header;
            if (!leaf && rowSpan > 1)
            {
                continue;   // a parent is one line high (the header join reads no parent spanning down)
            }

            for (var columnSpan = 1; start + columnSpan <= columns && owner[row, start + columnSpan - 1] == 0; columnSpan++)
            {
                var tile = new Tile(row, start, rowSpan, columnSpan);
                if (!Fits(texts, kinds, tiles, tile, leaf, parent, index))
                {
                    continue;
                }

                Mark(owner, tile, index + 1);
                tiles[row][index] = tile;
                Search(texts, kinds, owner, row, index + 1, tiles, found);
                Mark(owner, tile, 0);
            }
        }
    }

    private static bool Fits(List<string[]> texts, ColumnKind[] kinds, Tile[][] tiles, Tile tile, bool leaf, Tile? parent, int index)
    {
        var text = texts[tile.Row][index];
        var end = tile.Column + tile.ColumnSpan;
        if (parent is { } above && end > above.Column + above.ColumnSpan)
        {
            return false;   // a child reaching past its parent
        }

        if (leaf)
        {
            var kind = kinds[tile.Column];
            var label = IsLabelName(text);
            if (tile.ColumnSpan != 1 || (kind == ColumnKind.Label && !label) || (kind == ColumnKind.Amount && label))
            {
                return false;
            }
        }
        else
        {
            if (tile.ColumnSpan < 2 || IsSubtotal(text))
            {
                return false;
            }

            // A parent over label columns holds one run of them, first (a side of a two-sided table: 收入 over 项目 | 决算数).
            var labels = Enumerable.Range(tile.Column, tile.ColumnSpan).Select(c => kinds[c] == ColumnKind.Label).ToArray();
            var firstAmount = Array.IndexOf(labels, false);
            if (Array.IndexOf(labels, true) > 0 || (firstAmount >= 0 && Array.IndexOf(labels, true, firstAmount) >= 0))
            {
                return false;
            }
        }

        if (IsSubtotal(text) && parent is { } p)
        {
            // 合计/小计 first under its parent, or second after the side's label column (支出 over 项目 | 合计 | …).
            var position = tile.Column - p.Column;
            var afterSideLabel = position == 1 && index > 0 && tiles[tile.Row][index - 1].Column == p.Column
                && IsSideLabel(texts[tile.Row][index - 1]);
            if (position != 0 && !afterSideLabel)
            {
                return false;
            }
        }

        // A parent's last child closes it: the parent must hold two cells or more.
        if (parent is { } q && end == q.Column + q.ColumnSpan && tile.Column == q.Column)
        {
            return false;
        }

        return true;
    }

    private static Tile? TileAt(Tile[][] tiles, int row, int column)
    {
        foreach (var tile in tiles[row])
        {
            if (tile.ColumnSpan > 0 && column >= tile.Column && column < tile.Column + tile.ColumnSpan)
            {
                return tile;
            }
        }

        // Covered by a cell of a line further up spanning down (a column name reaching the last line).
        return row > 0 ? TileAt(tiles, row - 1, column) : null;
    }

    private static void Mark(int[,] owner, Tile tile, int value)
    {
        for (var r = tile.Row; r < tile.Row + tile.RowSpan; r++)
        {
            for (var c = tile.Column; c < tile.Column + tile.ColumnSpan; c++)
            {
                owner[r, c] = value;
            }
        }
    }

    /// <summary>Whether every parent's children other than 合计/小计 and label names share two characters at the start or the end
    /// with it (本年支出 over 小计 | 基本支出 | 项目支出).</summary>
    private static bool AllRelated(List<string[]> texts, Tile[][] tiling)
    {
        for (var row = 1; row < tiling.Length; row++)
        {
            for (var i = 0; i < tiling[row].Length; i++)
            {
                var child = texts[row][i];
                if (TileAt(tiling, row - 1, tiling[row][i].Column) is not { } parent || IsSubtotal(child) || IsLabelName(child))
                {
                    continue;
                }

                var name = texts[parent.Row][Array.IndexOf(tiling[parent.Row], parent)];
                if (child.Length < 2 || name.Length < 2
                    || !(child.StartsWith(name.Substring(0, 2), StringComparison.Ordinal)
                        || child.EndsWith(name.Substring(name.Length - 2), StringComparison.Ordinal)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static List<TextTableGrids.Cell[]> Rewrite(List<TextTableGrids.Cell[]> rows, Tile[][] tiling, int header, int columns)
    {
        var expanded = new List<TextTableGrids.Cell[]>(rows.Count);
        for (var r = 0; r < header; r++)
        {
            var first = rows[r][0];
            var line = new TextTableGrids.Cell[columns];
            for (var c = 0; c < columns; c++)
            {
                line[c] = new TextTableGrids.Cell(string.Empty, first.Line, first.Column);
            }

            for (var i = 0; i < tiling[r].Length; i++)
            {
                line[tiling[r][i].Column] = rows[r][i];
            }

            expanded.Add(line);
        }

        expanded.AddRange(rows.Skip(header));
        return expanded;
    }

    /// <summary>A name of a label column: 编码/代码, …名称, 项目, 科目, 类, 款, 项.</summary>
    private static bool IsLabelName(string t)
        => t is "项目" or "科目" or "类" or "款" or "项" || t.EndsWith("名称", StringComparison.Ordinal)
            || t.Contains("编码", StringComparison.Ordinal) || t.Contains("代码", StringComparison.Ordinal)
            || t.EndsWith("科目", StringComparison.Ordinal) || t.EndsWith("项目", StringComparison.Ordinal);

    /// <summary>The label column of a side of a two-sided table: 项目, 项目名称, 科目, 科目名称.</summary>
    private static bool IsSideLabel(string t) => t is "项目" or "项目名称" or "科目" or "科目名称" or "收入项目" or "支出项目";

    private static bool IsSubtotal(string t)
        => t.StartsWith("合计", StringComparison.Ordinal) || t.StartsWith("小计", StringComparison.Ordinal);
}
