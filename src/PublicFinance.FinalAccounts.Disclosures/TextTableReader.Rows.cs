namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A transposed 三公 table given in rows (<c>|</c>, tab or space-aligned cells) rather than one cell per line: the items
/// as columns on one or two header rows (a group such as 公务接待费 over 小计 and its classes, the spanned cells blank),
/// an optional 行次 row, then one row per basis. The rows are laid out as the one-cell-per-line form of the same table —
/// the header's written cells in order, then each row's label and every value cell, blank ones kept — and read by
/// <see cref="TransposedTable"/>, so every layout meets the same checks (widths, 行次, leaves) and the same notes.
/// </summary>
internal sealed partial class TextTableReader
{
    /// <summary>The rows of a run of table rows that opens as a transposed 三公 table (null: none being gathered).</summary>
    private List<Fragment>? rowRun;

    /// <summary>Whether the current run of table rows has been looked at (and, when <see cref="rowRun"/> is null, refused).</summary>
    private bool rowRunSeen;

    /// <summary>Whether the run being gathered is a 三公 table by class rather than a transposed one.</summary>
    private bool classRows;

    /// <summary>Takes a table row: the first of a run decides whether the run is gathered.</summary>
    private void GatherRow(Fragment row)
    {
        if (!rowRunSeen)
        {
            rowRunSeen = true;
            if (!MayOpenThreePublicRows(row))
            {
                return;   // no 三公 item word and no basis word: neither table below can open here (nothing split)
            }

            var cells = Split(row);
            var first = cells.Count > 0 && IsCorner(cells[0].Text) ? 1 : 0;
            while (first < cells.Count && cells[first].Length == 0)
            {
                first++;
            }

            if (first < cells.Count && HeaderItem(cells[first].Text) is not null && ColumnOf(cells[first].Text) is null)
            {
                rowRun = [];
            }
            else if (OpensClassRows(row))
            {
                rowRun = [];
                classRows = true;   // a 三公 table by class (TextTableReader.ClassRows.cs)
            }
            else
            {
                return;   // not a transposed 三公 table nor one by class: the row reader has it
            }
        }

        rowRun?.Add(row);
    }

    /// <summary>
    /// A cheap necessary condition for <see cref="GatherRow"/>'s two tables, tested on the row's text before it is split: a
    /// transposed 三公 table's first header names an item (<c>HeaderItem</c>: 小计, 出国, 接待, 车…, 合计, 总计, 三公) and a
    /// table by class names a basis (<c>ColumnOf</c>: 预算, 决算), so a row with none of 出接车小合总三算 opens neither.
    /// </summary>
    private static bool MayOpenThreePublicRows(Fragment row)
    {
        var text = row.Source;
        var end = row.SourceStart + row.Length;
        for (var i = row.SourceStart; i < end; i++)
        {
            if (ThreePublicRowChars.IndexOf(text[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first characters of the words <see cref="MayOpenThreePublicRows"/> looks for.</summary>
    private const string ThreePublicRowChars = "出接车小合总三算";

    /// <summary>Ends a run of table rows: a gathered one is laid out as cells and read as the transposed table.</summary>
    private void EndRowRun()
    {
        rowRunSeen = false;
        if (rowRun is not { } run)
        {
            return;
        }

        rowRun = null;
        if (classRows)
        {
            classRows = false;
            if (pending is null)
            {
                ClassRowsTable(run);
            }
            else
            {
                pending.Add(new Pending(null, null, null, unit, Rows: run));
            }

            return;
        }

        if (Flatten(run) is not { } flat || !flat.Exists(c => Compact(c.Text) == "小计"))
        {
            return;   // only a table with an item's group (小计 and its parts) is read here; a plain one is read as before
        }

        if (pending is null)
        {
            TransposedTable(flat, IsCorner(flat[0].Text) ? 1 : 0);
            return;
        }

        pending.Add(new Pending(null, null, null, unit, flat));
    }

    /// <summary>
    /// The rows as the one-cell-per-line form: the header rows' and the 行次 row's written cells (a spanned blank
    /// dropped), then from the first row that names a basis each row's label and every value cell (blank ones kept); the
    /// rows after the last basis row are left out. Null when no row names a basis.
    /// </summary>
    private static List<(string Text, Fragment Content)>? Flatten(List<Fragment> run)
    {
        var flat = new List<(string Text, Fragment Content)>();
        var body = false;
        foreach (var row in run)
        {
            var cells = Split(row);
            if (cells.TrueForAll(c => IsRule(c.Text)))
            {
                continue;   // a Markdown rule |---|---|
            }

            var basis = cells.Count > 0 && RowBasis(cells[0].Text).Column is not null;
            if (body && !basis)
            {
                break;
            }

            body |= basis;
            foreach (var cell in cells)
            {
                if (!body && ItemNamesOneSpaceApart(cell) is { } names)
                {
                    flat.AddRange(names);   // session 63: "合计 因公出国（境）费 公务用车购置及运行维护费", one space apart
                }
                else if (cell.Length > 0 || basis)
                {
                    flat.Add((cell.Text, cell));
                }
            }
        }

        return body ? flat : null;
    }

    /// <summary>
    /// Session 63 (tbl63, blind round 59 t06): a header cell of two or more 三公 item names one space apart (<c>合计 因公出国(境)费
    /// 公务用车购置及运行维护费</c>, as a layout print sets names that fill their columns), each name a cell of its own; null when
    /// the cell has no space or a word that names no item (<see cref="HeaderItem"/>: the words of one name stay one cell).
    /// </summary>
    private static List<(string Text, Fragment Content)>? ItemNamesOneSpaceApart(Fragment cell)
    {
        var text = cell.Text;
        if (text.IndexOf(' ') < 0)
        {
            return null;
        }

        var names = new List<(string Text, Fragment Content)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf(' ', start);
            end = end < 0 ? text.Length : end;
            if (end > start)
            {
                var word = cell.Slice(start, end);
                if (HeaderItem(word.Text) is null)
                {
                    return null;
                }

                names.Add((word.Text, word));
            }

            start = end + 1;
        }

        return names.Count > 1 ? names : null;
    }

    /// <summary>A cell of a Markdown rule: dashes and colons only (or blank).</summary>
    private static bool IsRule(string cell)
    {
        foreach (var c in cell)
        {
            if (c is not ('-' or ':' or ' '))
            {
                return false;
            }
        }

        return true;
    }
}
