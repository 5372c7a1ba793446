namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// Turns source grids into <see cref="DocumentTable"/>s: title, code and unit from the lines above (or a title row
/// inside the grid), header rows (everything above the first data row) into leaf column names, continuation grids on
/// the next page appended to the table they continue (a repeated header is skipped), and the
/// 本表无数据 statement of a blank table.
/// </summary>
internal static class TableAssembler
{
    private const int MaxHeaderRows = 6;

    public static List<DocumentTable> Assemble(IReadOnlyList<RawGrid> grids, string source)
    {
        var tables = new List<DocumentTable>();
        DocumentTable? previous = null;
        RawGrid? previousGrid = null;
        List<string>? previousHeader = null;
        foreach (var grid in grids)
        {
            var (code, title, unit, firstRow) = Caption(grid, out var uncertainUnit);
            // A form (绩效自评表) has no column header: its section headers are rows among the others, all kept.
            var isForm = NineTables.Kind(title) == PublishedTableKind.PerformanceEvaluation;
            var header = isForm ? firstRow : HeaderEnd(grid, firstRow);

            // A blank table without data rows: its trailing empty ruled rows are its (empty) data rows.
            if (!isForm && header == grid.RowCount)
            {
                while (header > firstRow + 1 && IsEmptyRow(grid, header - 1))
                {
                    header--;
                }
            }

            var isContinuation = previous is not null && previousGrid is not null && code is null && title.Length == 0
                && grid.ColumnCount == previousGrid.ColumnCount
                && grid.Page is not null && previousGrid.Page is not null
                    && (grid.Page == previousGrid.Page + 1 || grid.Page == previousGrid.Page);
            if (!isContinuation && grid.Cells.TrueForAll(c => c.Text.Length == 0))
            {
                continue;
            }

            if (isContinuation)
            {
                // A repeated header is skipped; without one every row is data.
                var repeats = header > firstRow && previousHeader is not null
                    && RowTexts(grid, firstRow, header).SequenceEqual(previousHeader);
                var start = repeats ? header : firstRow;
                var rows = previous!.Rows.Concat(DataRows(grid, start, afterHeader: repeats)).ToList();
                var pages = grid.Page is { } p && !previous.Pages.Contains(p) ? previous.Pages.Append(p).ToArray() : [.. previous.Pages];
                previous = previous with { Rows = rows, Pages = pages };
                tables[^1] = previous;
                previousGrid = grid;
                continue;
            }

            var columns = ColumnNames(grid, firstRow, header);
            var dataRows = DataRows(grid, header);
            var candidates = grid.Below.Concat(grid.Above).Select(Compact).Where(IsEmptyStatement).ToList();
            var emptyStatement = TakeEmptyStatement(dataRows) ?? candidates.Find(t => t.Contains("无数据", StringComparison.Ordinal))
                ?? candidates.FirstOrDefault();
            if (emptyStatement is null && dataRows.Count == 0)
            {
                emptyStatement = grid.Cells.Select(c => c.Text).FirstOrDefault(IsEmptyStatement);
            }

            previous = new DocumentTable
            {
                Code = code,
                Title = title,
                Unit = unit,
                UncertainUnit = uncertainUnit,
                Pages = grid.Page is { } page ? [page] : Array.Empty<int>(),
                Columns = columns,
                Rows = dataRows,
                EmptyStatement = emptyStatement,
                Source = source,
                Location = grid.Location,
            };
            previousGrid = grid;
            previousHeader = RowTexts(grid, firstRow, header);
            tables.Add(previous);
        }

        return tables;
    }

    /// <summary>
    /// The row after the header rows that start at <paramref name="firstRow"/>: the first data row, except that a label row
    /// (合计 …) followed by a row that is neither data nor labels is still header (三公 tables); at most
    /// <see cref="MaxHeaderRows"/> rows, else one.
    /// </summary>
    internal static int HeaderEnd(RawGrid grid, int firstRow)
    {
        var header = firstRow;
        while (header < grid.RowCount && header - firstRow < MaxHeaderRows
            && !(IsDataRow(grid, header) && !IsNamesUnderGroups(grid, header, firstRow)
                && (HasNumber(grid, header) || header + 1 >= grid.RowCount || IsDataRow(grid, header + 1)
                || IsEmptyRow(grid, header + 1))))
        {
            header++;
        }

        return header == grid.RowCount && grid.RowCount - firstRow > MaxHeaderRows ? firstRow + 1 : header;
    }

    /// <summary>
    /// Whether a compacted line is a table code on its own (公开02表, 附表3 — at most 12 characters), one of the lines a
    /// caption above a table is made of.
    /// </summary>
    /// <param name="compact">The line, compacted (<see cref="Compact"/>).</param>
    /// <returns>True for a table code line.</returns>
    internal static bool IsTableCodeLine(string compact) => compact.Length <= 12 && TableCode(compact).Code is not null;

    /// <summary>Code, title and unit from the lines above the grid or from single-cell rows at its top.</summary>
    /// <param name="grid">The grid.</param>
    /// <param name="uncertain">The unit word the caption prints when the model has no unit for it (百万元: <see cref="TableUnits"/>),
    /// else null.</param>
    /// <returns>The code, the title, the unit and the first row under the caption.</returns>
    internal static (string? Code, string Title, AmountUnit? Unit, int FirstRow) Caption(RawGrid grid, out string? uncertain)
    {
        string? code = null;
        var title = string.Empty;
        AmountUnit? unit = null;
        uncertain = null;
        var lines = new List<string>(grid.Above);
        var firstRow = 0;
        while (firstRow < grid.RowCount && firstRow < 3)
        {
            var texts = Enumerable.Range(0, grid.ColumnCount).Select(c => grid.Slots[firstRow, c])
                .Where(c => c is not null && c.Text.Length > 0).Distinct().ToList();
            if (texts.Count is 0 or > 2 || texts.Any(c => !IsCaptionText(c!.Text)))
            {
                break;
            }

            lines.AddRange(texts.SelectMany(c => c!.Lines.Count > 0 ? c.Lines : [c.Text]));
            firstRow++;
        }

        foreach (var raw in lines)
        {
            var line = Compact(raw);
            var unitAt = line.IndexOf("单位", StringComparison.Ordinal);
            if (unitAt >= 0)
            {
                // Session 59: 千元 is a unit as 元, 万元 and 亿元 are; a multiple the model has none for is uncertain (TableUnits).
                var known = TableUnits.Of(line[unitAt..], out var unknown);
                if (known is not null || unknown is not null)
                {
                    (unit, uncertain) = (known, unknown);
                }

                line = line[..UnitPartStart(line, unitAt)].TrimEnd('（', '(', ' ');
            }

            var (found, remainder) = TableCode(line);
            if (found is not null)
            {
                code = found;
                line = remainder;
            }

            if (line.Length > 0 && line.Length <= 60 && (line.EndsWith("表", StringComparison.Ordinal) || IsQualifiedTitle(line)))
            {
                title = line;
            }
        }

        return (code, title, unit, firstRow);
    }

    /// <summary>
    /// Where the 单位 part at <paramref name="unitAt"/> of a compacted caption starts: at 金额 before it (收入决算表（金额单位：千元）,
    /// session 59), else at 单位 — so the title before it is the table's name alone.
    /// </summary>
    /// <param name="line">The caption, without white space.</param>
    /// <param name="unitAt">Where 单位 is in it.</param>
    /// <returns>The start of the 单位 part.</returns>
    internal static int UnitPartStart(string line, int unitAt)
        => unitAt >= 2 && string.CompareOrdinal(line, unitAt - 2, "金额", 0, 2) == 0 ? unitAt - 2 : unitAt;

    /// <summary>A title with a qualifier after 表: 财政拨款支出预算表（功能科目）.</summary>
    private static bool IsQualifiedTitle(string line) =>
        (line.EndsWith("）", StringComparison.Ordinal) || line.EndsWith(")", StringComparison.Ordinal))
        && (line.Contains("表（", StringComparison.Ordinal) || line.Contains("表(", StringComparison.Ordinal));

    private static bool IsCaptionText(string text)
    {
        var t = Compact(text);
        return t.Contains("单位", StringComparison.Ordinal) || (t.EndsWith("表", StringComparison.Ordinal) && t.Length <= 60)
            || TableCode(t).Code is not null;
    }

    /// <summary>Finds 公开01表 / 附表1 / 表1 at the start or end of a line.</summary>
    internal static (string? Code, string Remainder) TableCode(string line)
    {
        foreach (var prefix in new[] { "公开", "附表", "部门公开表", "表" })
        {
            var at = line.IndexOf(prefix, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + prefix.Length;
                var digits = end;
                while (digits < line.Length && (char.IsDigit(line[digits]) || line[digits] == '-'))
                {
                    digits++;
                }

                if (digits > end)
                {
                    var stop = digits < line.Length && line[digits] == '表' ? digits + 1 : digits;
                    if (prefix != "表" || stop == digits)
                    {
                        var code = line[at..stop];
                        var rest = (line[..at] + line[stop..]).Trim(' ', '：', ':', '-', '—');
                        return (code, rest);
                    }
                }

                at = line.IndexOf(prefix, at + 1, StringComparison.Ordinal);
            }
        }

        return (null, line);
    }

    private static List<string> RowTexts(RawGrid grid, int from, int to)
    {
        var list = new List<string>();
        for (var r = from; r < to; r++)
        {
            list.Add(string.Join("|", Enumerable.Range(0, grid.ColumnCount).Select(c => Compact(grid.TextAt(r, c)))));
        }

        return list;
    }

    /// <summary>Leaf names: the distinct header cells covering each column, top to bottom, joined by '/'.</summary>
    private static List<string> ColumnNames(RawGrid grid, int firstRow, int header)
    {
        var names = new List<string>(grid.ColumnCount);
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            var parts = new List<string>();
            RawCell? last = null;
            RawCell? lastWithText = null;
            for (var r = firstRow; r < header; r++)
            {
                var cell = grid.Slots[r, c];
                if (cell is null || ReferenceEquals(cell, last))
                {
                    continue;
                }

                last = cell;
                var text = Compact(cell.Text);
                if (text.Length == 0 || (parts.Count > 0 && parts[^1] == text))
                {
                    continue;
                }

                // A phrase split over two stacked cells of the same span (支出功能分类 above 科目编码) is one level.
                if (lastWithText is not null && lastWithText.Column == cell.Column && lastWithText.ColumnSpan == cell.ColumnSpan
                    && lastWithText.ColumnSpan > 1)
                {
                    parts[^1] += text;
                }
                else
                {
                    parts.Add(text);
                }

                lastWithText = cell;
            }

            // Leaf labels printed in the band of the first data row (类 款 项 beside 合计) name the column.
            if (header < grid.RowCount && IsLeafLabelInDataBand(grid, header, c))
            {
                parts.Add(Compact(grid.TextAt(header, c)));
            }

            names.Add(string.Join("/", parts));
        }

        return names;
    }

    /// <summary>
    /// A header word printed inside the first data row's band: 类/款/项 in a code column, or a column name such as
    /// 合计/基本支出 right of the label columns of a row without numbers.
    /// </summary>
    private static bool IsLeafLabelInDataBand(RawGrid grid, int row, int c)
    {
        var cell = grid.Slots[row, c];
        if (cell is null || cell.Row != row || cell.Column != c || cell.RowSpan > 1)
        {
            return false;
        }

        var text = Compact(cell.Text);
        if (text is "类" or "款" or "项")
        {
            return true;
        }

        return text.Length > 0 && c * 3 >= grid.ColumnCount && !HasNumber(grid, row) && !IsNumber(text)
            && (row == 0 || grid.Slots[row - 1, c] is not null);
    }

    private static List<IReadOnlyList<TableCell>> DataRows(RawGrid grid, int from, bool afterHeader = true)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        for (var r = from; r < grid.RowCount; r++)
        {
            var row = new TableCell[grid.ColumnCount];
            var any = false;
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var cell = grid.Slots[r, c];
                // A merged cell gives its text to its first row and column only; header words in the band are not data.
                if (cell is null || cell.Row != r || cell.Column != c || (afterHeader && r == from && IsLeafLabelInDataBand(grid, r, c)))
                {
                    row[c] = cell is null ? TableCell.Empty : new TableCell { Text = string.Empty, Location = cell.Location };
                    continue;
                }

                row[c] = new TableCell { Text = cell.Text, Location = cell.Location };
                any |= cell.Text.Length > 0;
            }

            if (any || HasBorderedEmptyRow(grid, r))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static bool HasBorderedEmptyRow(RawGrid grid, int r)
        => grid.ColumnEdges.Count > 0 && Enumerable.Range(0, grid.ColumnCount).Any(c => grid.Slots[r, c] is { } cell && cell.Row == r);

    private static string? TakeEmptyStatement(List<IReadOnlyList<TableCell>> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var texts = rows[i].Where(c => c.Text.Length > 0).ToList();
            if (texts.Count == 1 && IsEmptyStatement(Compact(texts[0].Text)))
            {
                rows.RemoveAt(i);
                return Compact(texts[0].Text);
            }
        }

        return null;
    }

    internal static bool IsEmptyStatement(string text) =>
        text.Length < 80 && (text.Contains("无数据", StringComparison.Ordinal) || text.Contains("空表", StringComparison.Ordinal)
            || (text.Contains("本", StringComparison.Ordinal) && text.Contains("无", StringComparison.Ordinal)
                && (text.Contains("收支", StringComparison.Ordinal) || text.Contains("支出", StringComparison.Ordinal)
                || text.Contains("收入", StringComparison.Ordinal) || text.Contains("经费", StringComparison.Ordinal))));

    /// <summary>
    /// A header line of column names that starts with 合计 under a line of groups spanning columns (预算数 | 决算数 over 合计 |
    /// 因公出国（境）费 | …, the 三公 table of an Excel export; blind round 25 B, family F9): the line above holds a cell over
    /// two or more columns, and every other cell of this line is a name (words, no number) — a 合计 row of figures holds none.
    /// </summary>
    private static bool IsNamesUnderGroups(RawGrid grid, int r, int firstRow)
    {
        if (r <= firstRow || !Compact(grid.TextAt(r, 0)).StartsWith("合计", StringComparison.Ordinal))
        {
            return false;
        }

        var names = 0;
        for (var c = 1; c < grid.ColumnCount; c++)
        {
            var cell = grid.Slots[r, c];
            var t = cell is null || cell.Row != r ? string.Empty : Compact(cell.Text);
            if (t.Length > 0 && (IsNumber(t) || t.Length < 2 || !t.Any(ch => ch >= '\u4E00')))
            {
                return false;
            }

            names += t.Length > 0 ? 1 : 0;
        }

        var spanning = false;
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            spanning |= grid.Slots[r - 1, c] is { ColumnSpan: > 1 } above && above.Row == r - 1;
        }

        return names >= 2 && spanning;
    }

    /// <summary>A data row: an amount, a code or 栏次 numbers, or a row label such as 合计, 总计, 栏次, 一、.</summary>
    internal static bool IsDataRow(RawGrid grid, int r)
    {
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            var cell = grid.Slots[r, c];
            if (cell is null || cell.Row != r)
            {
                continue;
            }

            var t = Compact(cell.Text);
            if (t.Length == 0)
            {
                continue;
            }

            if (IsNumber(t))
            {
                return true;
            }
            // A row label counts only in the label columns (a 合计 column header is not a 合计 row) and as the first text
            // of the row: not right of 项目 (项目 | 合计 | 货物 headers) or of a header cell spanning down into the row.
            if (c * 3 < grid.ColumnCount && !HasTextLeftOf(grid, r, c)
                && (t.StartsWith("合计", StringComparison.Ordinal) || t.StartsWith("总计", StringComparison.Ordinal)
                || t.StartsWith("栏次", StringComparison.Ordinal)
                || (t.Length > 2 && t[1] == '、' && "一二三四五六七八九十".Contains(t[0], StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a slot left of column <paramref name="c"/> in row <paramref name="r"/> holds text (its own or a cell's spanning
    /// down into it).</summary>
    private static bool HasTextLeftOf(RawGrid grid, int r, int c)
    {
        for (var left = 0; left < c; left++)
        {
            if (grid.Slots[r, left] is { } cell && Compact(cell.Text).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEmptyRow(RawGrid grid, int r) => Enumerable.Range(0, grid.ColumnCount).All(c => grid.TextAt(r, c).Length == 0);

    private static bool HasNumber(RawGrid grid, int r)
        => Enumerable.Range(0, grid.ColumnCount).Any(c => IsNumber(Compact(grid.TextAt(r, c))));

    /// <summary>Digits with optional sign, thousands separators, decimals or a percent sign.</summary>
    internal static bool IsNumber(string t)
    {
        var digits = 0;
        foreach (var ch in t)
        {
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

    /// <summary>Removes all whitespace (cells and headers are compared without it).</summary>
    internal static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }
}
