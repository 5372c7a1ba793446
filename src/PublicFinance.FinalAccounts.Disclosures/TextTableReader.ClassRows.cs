namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The 三公 table by functional class given in rows (<c>|</c> or tab cells; blank cells kept): two or three header rows —
/// the bases (年初预算 / 决算) over the items (合计, 因公出国（境）费, 公务用车购置及运行费 over 小计 / 购置费 / 运行费,
/// 公务接待费), a spanned cell blank — then one row per functional class and a 合计 row. The 合计 row is the 三公 items
/// (its 决算 the item's amount, its 预算 the item's budget); each class row's 决算 cell under an item is that class's
/// figure in <c>byClass</c>, the 合计 row's the split's total. Read only when the header joins unambiguously (each column
/// one basis and one item, no two columns alike) and every row is as wide as the header; otherwise a note.
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>
    /// Whether a row opens a 三公 table by class: a first cell blank or a corner (科目, 项目, 功能分类…), and after it only
    /// basis names (预算数, 决算数) and blank cells, at least one of each (a basis spans the items under it).
    /// </summary>
    private static bool OpensClassRows(Fragment row)
    {
        if (RawCells(row) is not { Count: > 2 } cells || cells[0].Length > 0 && !IsClassCorner(cells[0].Text))
        {
            return false;
        }

        var (named, blank) = (0, 0);
        for (var k = 1; k < cells.Count; k++)
        {
            if (cells[k].Length == 0)
            {
                blank++;
            }
            else if (ColumnOf(cells[k].Text) is Column.Final or Column.Budget or Column.FullYearBudget)
            {
                named++;
            }
            else
            {
                return false;
            }
        }

        return named > 0 && blank > 0;
    }

    /// <summary>The corner of a table by class: 科目, 项目, 功能分类(科目), 科目名称, 支出功能分类科目, 科目编码及名称.</summary>
    private static bool IsClassCorner(string cell)
    {
        var c = Compact(cell);
        return c.Length <= 12 && (c.Contains("科目") || c.Contains("功能分类") || c is "项目" or "项目名称");
    }

    /// <summary>
    /// The cells of a <c>|</c> or tab row, trimmed, every blank cell kept (a leading and a trailing <c>|</c> are
    /// borders); null for a row with neither (space-aligned columns do not show their blank cells).
    /// </summary>
    private static List<Fragment>? RawCells(Fragment row)
    {
        var text = row.Source;
        var from = row.SourceStart;
        var to = from + row.Length;
        var separator = text.IndexOf('\t', from, to - from) >= 0 ? '\t' : '|';
        if (text.IndexOf(separator, from, to - from) < 0)
        {
            return null;
        }

        var ranges = new List<(int Start, int End)>();
        SplitAt(text, from, to, separator, ranges);
        var cells = ranges.ConvertAll(r => row.Slice(r.Start - from, r.End - from));

        if (separator == '|' && cells.Count > 1 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);   // the left border
        }

        if (separator == '|' && cells.Count > 1 && cells[cells.Count - 1].Length == 0
            && text.AsSpan(from, to - from).TrimEnd().EndsWith("|".AsSpan()))
        {
            cells.RemoveAt(cells.Count - 1);   // the right border
        }

        return cells;
    }

    /// <summary>Reads a gathered 三公 table by class (<see cref="OpensClassRows"/>), or notes why not.</summary>
    private void ClassRowsTable(List<Fragment> run)
    {
        var rows = new List<List<Fragment>>();
        foreach (var row in run)
        {
            if (RawCells(row) is { } cells && !cells.TrueForAll(c => IsRule(c.Text)))
            {
                rows.Add(cells);
            }
        }

        var header = 0;
        while (header < rows.Count && !rows[header].Exists(c => IsNumber(c.Text)) && (header == 0 || rows[header][0].Length == 0))
        {
            header++;
        }

        var body = rows.GetRange(header, rows.Count - header).TakeWhile(r => r[0].Length > 0 && r.Exists(c => IsNumber(c.Text))).ToList();
        var anchor = run[0];
        var width = rows.Max(r => r.Count);
        var leaves = header >= 2 && body.Count > 0 && body.TrueForAll(r => r.Count == width)
            ? ClassLeaves(rows.GetRange(0, header), width) : null;
        if (leaves is null)
        {
            var (zh, en) = DisclosureMessages.ThreePublicClassTableNotRead;
            b.Note(b.Span(anchor, 0, anchor.Length), zh, en, anchor.Text);
            return;
        }

        b.Context = ReportBuilder.TableKey;
        var totals = body.Find(r => Item(r[0].Text) == "total" && Compact(r[0].Text).Length <= 6);
        var classes = body.FindAll(r => r != totals && HeaderItem(r[0].Text) is null);   // not Item: 行政运行 names 运行
        if (totals is not null)
        {
            for (var j = 1; j < width; j++)
            {
                if (leaves[j] is { } leaf)
                {
                    b.Context = leaf.Item == "total" && leaf.Basis == Column.Final
                        ? ReportBuilder.TableThisYearsTotalKey : ReportBuilder.TableKey;
                    Place(Base + leaf.Item, leaf.Basis, totals[j], totals[0].Text + " " + totals[j].Text);
                }
            }

            b.Context = ReportBuilder.TableKey;
        }

        for (var j = 1; j < width; j++)
        {
            if (leaves[j] is not { Item: "overseasTravel" or "vehiclePurchase" or "vehicleOperation" or "reception" } leaf)
            {
                continue;
            }

            if (leaf.Basis != Column.Final)
            {
                foreach (var row in classes)
                {
                    if (IsNumber(row[j].Text))
                    {
                        var token = Scanner.Numbers(row[j].Text)[0];
                        var (zh, en) = DisclosureMessages.ThreePublicClassBudgetCell(
                            ItemNames[leaf.Item], Compact(row[0].Text), "预算数", token.Digits);
                        b.Note(b.Span(row[j], token.Start, token.End), zh, en, row[0].Text + " " + row[j].Text);
                    }
                }

                continue;
            }

            if (classes.Count == 0 || !classes.TrueForAll(r => IsNumber(r[j].Text))
                || classes.TrueForAll(r => Scanner.Numbers(r[j].Text)[0].Value == 0))
            {
                continue;   // a class cell blank or in words: no split of the item (a partial one would be summed as whole)
            }

            var list = ByClassBase + leaf.Item + "/classes";
            foreach (var row in classes)
            {
                var token = Scanner.Numbers(row[j].Text)[0];
                var span = b.Span(row[j], token.Start, token.End);
                var entry = b.Append(list);
                b.Set(entry + "/name", DraftNode.Of(Compact(row[0].Text)), span);
                b.Set(entry + "/amount", Amount(token, span), span, ClaimKind.Amount, row[0].Text + " " + row[j].Text);
            }

            if (totals is not null && IsNumber(totals[j].Text))
            {
                var token = Scanner.Numbers(totals[j].Text)[0];
                var span = b.Span(totals[j], token.Start, token.End);
                b.Set(ByClassBase + leaf.Item + "/total", Amount(token, span), span, ClaimKind.Amount,
                    totals[0].Text + " " + totals[j].Text);
            }
        }

        b.Context = string.Empty;
    }

    /// <summary>
    /// Each column's basis and item from the header rows, joined as a web page's spanning cells: a cell with text under
    /// it spans the blank cells right of it that have text under them; a cell with nothing under it spans down. Null when
    /// a column has no item or no basis, two bases or two items at one level, or two columns name the same basis and
    /// item. Column 0 (the classes) and a column of another basis (上年, 增减) are null entries.
    /// </summary>
    private static List<(Column Basis, string Item)?>? ClassLeaves(List<List<Fragment>> header, int width)
    {
        string Cell(int line, int j) => j < header[line].Count ? header[line][j].Text : string.Empty;
        bool Below(int line, int j)
        {
            for (var l = line + 1; l < header.Count; l++)
            {
                if (Cell(l, j).Trim().Length > 0)
                {
                    return true;
                }
            }

            return false;
        }

        var paths = new List<string>[width];
        for (var j = 0; j < width; j++)
        {
            paths[j] = [];
        }

        for (var line = 0; line < header.Count; line++)
        {
            string? owner = null;
            for (var j = 1; j < width; j++)
            {
                var text = Cell(line, j).Trim();
                if (text.Length > 0)
                {
                    paths[j].Add(text);
                    owner = Below(line, j) ? text : null;
                }
                else if (owner is not null && Below(line, j))
                {
                    paths[j].Add(owner);
                }
                else
                {
                    owner = null;
                }
            }
        }

        var leaves = new List<(Column Basis, string Item)?> { null };
        var finals = 0;
        for (var j = 1; j < width; j++)
        {
            Column? basis = null;
            string? item = null;
            foreach (var part in paths[j])
            {
                var column = ColumnOf(part);
                if (column is not null && column != Column.Skip)
                {
                    if (basis is not null)
                    {
                        return null;
                    }

                    basis = column;
                }
                else if (SubItem(part, item) is { } sub)
                {
                    item = sub;
                }
                else
                {
                    return null;
                }
            }

            if (basis is null || item is null)
            {
                return null;
            }

            finals += basis == Column.Final ? 1 : 0;
            leaves.Add(basis is Column.Final or Column.Budget or Column.FullYearBudget ? (basis.Value, item) : null);
        }

        var named = leaves.Where(l => l is not null).ToList();
        return finals > 0 && named.Distinct().Count() == named.Count ? leaves : null;
    }

    /// <summary>
    /// The item a header cell names under <paramref name="parent"/> (the item above it): 小计 is the parent's own column,
    /// 购置费 / 运行费 under the vehicle subtotal its parts; otherwise the item the cell names (合计 the total), or null.
    /// </summary>
    private static string? SubItem(string cell, string? parent)
    {
        var c = Compact(cell);
        if (c == "小计" && parent is not null)
        {
            return parent;
        }

        if (parent == "vehiclesSubtotal" && !c.Contains("及"))
        {
            return c.Contains("购置") ? "vehiclePurchase" : c.Contains("运行") || c.Contains("维护") ? "vehicleOperation" : null;
        }

        return c.Contains("三公") || c is "合计" or "总计" ? "total" : HeaderItem(cell) is { } item and not ("subtotal" or "total") ? item : null;
    }

    /// <summary>The 三公 items split by class, by their names in the notes.</summary>
    private static readonly Dictionary<string, string> ItemNames = new()
    {
        ["overseasTravel"] = "因公出国（境）费",
        ["vehiclePurchase"] = "公务用车购置费",
        ["vehicleOperation"] = "公务用车运行费",
        ["reception"] = "公务接待费",
    };
}
