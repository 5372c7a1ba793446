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

        // A 栏次 / 行次 row (1, 2, 3 …) numbers the columns: it is no class (as the transposed reader skips it).
        var body = rows.GetRange(header, rows.Count - header).TakeWhile(r => r[0].Length > 0 && r.Exists(c => IsNumber(c.Text)))
            .Where(r => !IsColumnNumbers(r[0].Text)).ToList();
        var anchor = run[0];
        var width = rows.Max(r => r.Count);
        var leaves = header >= 2 && body.Count > 0 && body.TrueForAll(r => r.Count == width)
            ? ClassLeaves(rows.GetRange(0, header), width) : null;
        if (leaves is null || !OfThisYear(rows.GetRange(0, header)))
        {
            var (zh, en) = leaves is null
                ? DisclosureMessages.ThreePublicClassTableNotRead : DisclosureMessages.ThreePublicClassTableOfAYear;
            b.Note(b.Span(anchor, 0, anchor.Length), zh, en, anchor.Text);
            return;
        }

        b.Context = ReportBuilder.TableKey;
        var totals = body.Find(r => Item(r[0].Text) == "total" && Compact(r[0].Text).Length <= 6);
        var classes = body.FindAll(r => r != totals && HeaderItem(r[0].Text) is null);   // not Item: 行政运行 names 运行
        if (!classes.Exists(r => IsFunctionalClass(r[0].Text)))
        {
            // No row names a functional class (a single 金额 row): no table by class. A 金额 row alone is the items' row.
            totals ??= classes.Count == 1 && Compact(classes[0][0].Text) is "金额" or "数额" ? classes[0] : null;
            classes = [];
        }

        classes = Leaves(classes);
        var budgetCells = new List<Validation.SourceSpan>();
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
                        budgetCells.Add(b.Span(row[j], token.Start, token.End));
                    }
                }

                continue;
            }

            if (classes.Count == 0 || !classes.TrueForAll(r => IsNumber(r[j].Text))
                || classes.TrueForAll(r => Scanner.Numbers(r[j].Text)[0].Value == 0)
                || !AddsUp(classes.ConvertAll(r => Scanner.Numbers(r[j].Text)[0]),
                    totals is not null && IsNumber(totals[j].Text) ? Scanner.Numbers(totals[j].Text)[0] : null))
            {
                continue;   // a class cell blank or in words, or rows that do not add up (a 类 over its 项): no split read
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
        if (budgetCells.Count > 0)
        {
            // One note for the table's budget cells by class (not one per cell), at the first of them.
            var (zh, en) = DisclosureMessages.ThreePublicClassBudgetCells(budgetCells.Count);
            b.Note(budgetCells[0], zh, en, anchor.Text);
        }
    }

    /// <summary>A 栏次 / 行次 / 栏号 row's label: the row numbers the columns.</summary>
    private static bool IsColumnNumbers(string label) => Compact(label) is "栏次" or "行次" or "栏号";

    /// <summary>
    /// Whether a row's label names a functional class (功能分类科目): a code (201, 2010301) or a name of four characters
    /// or more that names no basis and no amount (金额, 数额).
    /// </summary>
    private static bool IsFunctionalClass(string label)
    {
        var c = Compact(label);
        return ClassCode(c).Length >= 3
            || c.Length >= 4 && ColumnOf(c) is null && !c.Contains("金额") && !c.Contains("数额") && !c.Contains("栏次");
    }

    /// <summary>The code (ASCII digits) a compact class label starts with: "2010301行政运行" → "2010301".</summary>
    private static string ClassCode(string compact)
    {
        var n = 0;
        while (n < compact.Length && compact[n] is >= '0' and <= '9')
        {
            n++;
        }

        return compact.Substring(0, n);
    }

    /// <summary>
    /// The leaf rows of a 类 / 款 / 项 hierarchy written with codes (201 over 20103 over 2010301): a row whose code
    /// begins another row's is a parent, summed by its children, and is dropped. When some rows have a code and others
    /// none, the levels are unknown: no row is kept (no split read).
    /// </summary>
    private static List<List<Fragment>> Leaves(List<List<Fragment>> classes)
    {
        var codes = classes.ConvertAll(r => ClassCode(Compact(r[0].Text)));
        if (!codes.Exists(c => c.Length >= 3))
        {
            return classes;
        }

        if (codes.Exists(c => c.Length < 3))
        {
            return [];
        }

        var leaves = new List<List<Fragment>>();
        for (var i = 0; i < classes.Count; i++)
        {
            var code = codes[i];
            if (!codes.Exists(c => c.Length > code.Length && c.StartsWith(code, StringComparison.Ordinal)))
            {
                leaves.Add(classes[i]);
            }
        }

        return leaves;
    }

    /// <summary>
    /// Whether the classes' cells are one level of a split rather than a 类 over its 项 (一般公共服务支出 5.50 over 行政运行
    /// 1.20 and 机关服务 4.30): they add up to the item's total when one is written (within half a unit of the last digit
    /// per cell), or no cell is the sum of a run of the cells right after it. A split that adds up to neither is read, so
    /// the table's own error is reported (FA4005); one whose rows sum one another is not read (a false FA4005 costs more
    /// than a split left unread).
    /// </summary>
    private static bool AddsUp(List<NumberToken> cells, NumberToken? total)
    {
        if (total is { } t && Math.Abs(cells.Sum(c => c.Value) - t.Value) <= cells.Sum(c => HalfUnit(c.Decimals)) + HalfUnit(t.Decimals))
        {
            return true;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var (sum, slack) = (0m, HalfUnit(cells[i].Decimals));
            for (var j = i + 1; j < cells.Count && cells[i].Value != 0; j++)
            {
                sum += cells[j].Value;
                slack += HalfUnit(cells[j].Decimals);
                if (Math.Abs(sum - cells[i].Value) <= slack)
                {
                    return false;   // the cell is the sum of the run after it: a parent row
                }
            }
        }

        return true;
    }

    /// <summary>Half a unit of the last digit written: two decimals ("5.50") → 0.005, none ("12") → 0.5.</summary>
    private static decimal HalfUnit(int places)
    {
        var unit = 1m;
        for (var k = 0; k < places; k++)
        {
            unit /= 10;
        }

        return unit / 2;
    }

    /// <summary>
    /// Whether every basis named in the header is this year's: a basis that names a year (2021年度决算数) is another
    /// year's unless the text's year is known and the same. Another year's table is not read as this year's.
    /// </summary>
    private bool OfThisYear(List<List<Fragment>> header)
    {
        var year = b.Find("/entity/fiscalYear")?.Number ?? 0;
        foreach (var row in header)
        {
            foreach (var cell in row)
            {
                if (ColumnOf(cell.Text) is { } column && column != Column.Skip && HasDigit(cell.Text)
                    && (year == 0 || RowBasis(cell.Text).Year != year))
                {
                    return false;
                }
            }
        }

        return true;
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
