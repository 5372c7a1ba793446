using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Reads the 三公 table when it is given as text (表格文本): rows of cells separated by <c>|</c> or tabs (blank cells
/// kept), or one cell per line. A header row names the columns (预算数, 决算数, 上年决算数, 本年决算数, 增减金额,
/// 增减幅度); every later row whose label is a 三公 item and whose cells line up with the header is placed by column.
/// A row that does not line up (a blank cell lost in a one-cell-per-line table) is not guessed: a note says so.
/// </summary>
internal sealed partial class TextTableReader
{
    private const string Base = "/narrative/threePublic/";

    /// <summary>What a column holds.</summary>
    private enum Column
    {
        Skip,
        Final,

        /// <summary>
        /// A 决算 column whose header names a year (2021年决算数): placed as <see cref="Final"/>, but not known to be
        /// this year's.
        /// </summary>
        FinalOfANamedYear,
        Budget,
        FullYearBudget,
        PriorYear,
        ChangeAmount,
        ChangeRate,

        /// <summary>
        /// 完成率 / 完成预算% / 执行率: the final as a share of the budget — placed only in a row with a budget (a rate
        /// without its budget has no base).
        /// </summary>
        CompletionRate,

        /// <summary>
        /// 增减额 in a header with a budget column and no prior-year column (预算数 | 决算数 | 增减额): the final against the
        /// budget (决算 − 预算), the budget difference with the relation of its sign — never a year-on-year change (session 41).
        /// </summary>
        BudgetDifference,

        /// <summary>增减率 in such a header: the variance rate, (决算 − 预算) / 预算, with the relation of its sign (session 41).</summary>
        VarianceRate,

        /// <summary>
        /// 数量 / 备注 beside the amounts (session 43): a cell's counts (保有量14辆, 38批次296人次) are the row's 三公 counts
        /// (<see cref="Counts"/>); no amount is read from it.
        /// </summary>
        Count,
    }

    private readonly ReportBuilder b;
    private FigureUnit unit = FigureUnit.WanYuan;

    /// <summary>The header's columns of the table being read (null: no table open).</summary>
    private List<Column>? columns;

    /// <summary>The cells of the one-cell-per-line run being gathered.</summary>
    private List<Block> cellRun = [];

    /// <summary>
    /// The placements kept for <see cref="Finish"/> when reading is deferred (null: each is made as it comes): a row
    /// that names a 三公 item and lines up with the header, or a one-cell-per-line run — with the unit then declared.
    /// </summary>
    private readonly List<Pending>? pending;

    /// <param name="builder">The draft report.</param>
    /// <param name="deferred">
    /// Keep the rows that can place a figure and make their placements in <see cref="Finish"/>, so that this reader
    /// writes into the builder after the narrative and the performance tables (the order of the passes' notes and
    /// claims), while the blocks are still given one at a time.
    /// </param>
    public TextTableReader(ReportBuilder builder, bool deferred = false)
    {
        b = builder;
        pending = deferred ? [] : null;
    }

    /// <summary>Reads every block in order (each <see cref="Accept"/>ed, then <see cref="Finish"/>).</summary>
    public void Read(List<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Accept(block);
        }

        Finish();
    }

    /// <summary>Takes one block: a cell joins the run; a row is a header or is placed by column.</summary>
    public void Accept(Block block)
    {
        if (block.Kind == BlockKind.Cell)
        {
            cellRun.Add(block);
            return;
        }

        EndCellRun();
        var content = block.Content;
        var tableRow = block.Kind == BlockKind.TableRow;
        if (!tableRow && TotalLineOfOpenTable(block) is { } totalLine)
        {
            (tableRow, content) = (true, totalLine);   // session 61: "合计  9,800.00  7,240.00" (TextTableReader.TotalAmountRows)
        }

        if (tableRow)
        {
            GatherRow(content);   // a transposed 三公 table in rows (TextTableReader.Rows.cs)
        }
        else
        {
            EndRowRun();
        }

        if (!tableRow)
        {
            Declare(content.Source, content.SourceStart, content.SourceStart + content.Length);
            TitleSeen(content);   // Blind25A: a project table's title
            if (block.Kind == BlockKind.Heading || content.Length > 40)
            {
                columns = null;   // a new section or a paragraph ends the table
            }

            return;
        }

        if (pending is not null)
        {
            KeepRow(content);
            return;
        }

        var cells = Split(content);
        Declare(content.Text);
        if (Header(cells, FiscalYear) is { } header)
        {
            columns = columns is not null && header.Count < columns.Count ? Merge(columns, header) : header;
            columns = ChangesAgainstBudget(columns);   // session 41: 预算数 | 决算数 | 增减额 | 增减率
            TableOpened();   // Blind25A
            return;
        }

        if (columns is not null && cells.Count > 0 && !SkipsRow(cells))   // Blind25A: SkipsRow
        {
            Row(cells[0], cells.GetRange(1, cells.Count - 1), columns);
        }
    }

    /// <summary>
    /// A row when reading is deferred: the same decisions as the direct path, made on the cells' ranges first, so
    /// that a row which is no header and places nothing (most rows of most texts) costs no string or list: its cells
    /// become fragments only when it is a header or a 三公 row as wide as the header.
    /// </summary>
    private void KeepRow(Fragment row)
    {
        // On the row's range of the text it is a view of (its string is not cut out for a row that places nothing).
        var text = row.Source;
        var end = row.SourceStart + row.Length;
        CellRanges(text, row.SourceStart, end, ranges);
        Declare(text, row.SourceStart, end);
        if (IsHeader(text, ranges))
        {
            var header = Header(Split(row), FiscalYear)!;
            columns = columns is not null && header.Count < columns.Count ? Merge(columns, header) : header;
            columns = ChangesAgainstBudget(columns);   // session 41: 预算数 | 决算数 | 增减额 | 增减率
            TableOpened();   // Blind25A
            return;
        }

        if (columns is null || ranges.Count - 1 != columns.Count && !LastCountCellDropped(columns, ranges.Count - 1))
        {
            return;
        }

        var cells = Split(row);
        if (!SkipsRow(cells))   // Blind25A: no row naming no 三公 item (Item), nor a row of another table
        {
            // Row places nothing for any other row: only these are kept (the header's list is never changed after).
            pending!.Add(new Pending(null, cells, columns, unit));
        }
    }

    /// <summary>The trimmed cell ranges of a row (scratch of <see cref="KeepRow"/>).</summary>
    private readonly List<(int Start, int End)> ranges = [];

    /// <summary>
    /// The cells of the row <paramref name="text"/>[<paramref name="from"/>, <paramref name="to"/>) as ranges of
    /// <paramref name="text"/>: split at '|' or tab, trimmed; the empty cells of a leading or trailing separator dropped.
    /// </summary>
    internal static void CellRanges(string text, int from, int to, List<(int Start, int End)> cells)
    {
        cells.Clear();
        var separator = text.IndexOf('\t', from, to - from) >= 0 ? '\t' : '|';
        if (separator == '|' && text.IndexOf('|', from, to - from) < 0)
        {
            if (text.IndexOf("  ", from, to - from, StringComparison.Ordinal) < 0)
            {
                SplitAt(text, from, to, ' ', cells);   // session 43: cells apart by one space (InlineSpaceTable.IsSingleSpaceRow)
                return;
            }

            BlockClassifier.SpaceCells(text, from, to, cells);   // columns aligned with spaces
            return;
        }

        SplitAt(text, from, to, separator, cells);
        if (cells.Count > 0 && cells[0].Start == cells[0].End && FirstNonWhiteSpace(text, from, to) == '|')
        {
            cells.RemoveAt(0);
        }

        while (cells.Count > 1 && cells[cells.Count - 1].Start == cells[cells.Count - 1].End)
        {
            cells.RemoveAt(cells.Count - 1);
        }
    }

    /// <summary>
    /// Adds the cells of [<paramref name="from"/>, <paramref name="to"/>) split at <paramref name="separator"/>, each
    /// trimmed, every blank cell kept (a border's too).
    /// </summary>
    /// <remarks>
    /// Session 48: the next separator is found by a span search (vectorised on .NET) rather than by a test of every
    /// character, so a cell's characters are passed over in blocks; the cells are those of the body before (a test of
    /// every character), which <c>SpeedSessionFortyEightTests</c> keeps as its oracle.
    /// </remarks>
    internal static void SplitAt(string text, int from, int to, char separator, List<(int Start, int End)> cells)
    {
        var start = from;
        while (true)
        {
            var at = text.AsSpan(start, to - start).IndexOf(separator);
            var i = at < 0 ? to : start + at;
            cells.Add(Trimmed(text, start, i));
            if (at < 0)
            {
                return;
            }

            start = i + 1;
        }
    }

    /// <summary>
    /// The range [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> without white space at
    /// either end.
    /// </summary>
    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        var (s, e) = (start, end);
        while (s < e && WhiteSpace.Is(text[s]))
        {
            s++;
        }

        while (e > s && WhiteSpace.Is(text[e - 1]))
        {
            e--;
        }

        return (s, e);
    }

    private static char FirstNonWhiteSpace(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!WhiteSpace.Is(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    /// <summary>Whether <see cref="Header"/> gives columns for these cells — decided without a string per cell.</summary>
    private static bool IsHeader(string text, List<(int Start, int End)> cells)
    {
        Span<char> compact = stackalloc char[MaxColumnName];
        var named = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var (s, e) = cells[i];
            var length = CompactInto(text, s, e, compact);
            var c = compact.Slice(0, Math.Max(length, 0));
            var kind = length > 0 ? ColumnOf(c) ?? CountColumnOf(c) : null;
            if (i == 0 && length > 0 && IsCornerName(c))
            {
                continue;
            }

            if (kind is null)
            {
                if (e == s)
                {
                    continue;
                }

                return false;
            }

            named += kind is not (Column.Skip or Column.CompletionRate or Column.Count) ? 1 : 0;   // a rate alone is no header
        }

        return named > 0;
    }

    /// <summary>After the last block: the last cell run, then (deferred) every placement kept, in order.</summary>
    public void Finish()
    {
        EndCellRun();
        EndRowRun();
        if (pending is null)
        {
            return;
        }

        foreach (var p in pending)
        {
            unit = p.Unit;
            try
            {
                if (p.Rows is { } rows)
                {
                    ClassRowsTable(rows);
                }
                else if (p.Flat is { } flat)
                {
                    TransposedTable(flat, IsCorner(flat[0].Text) ? 1 : 0);
                }
                else if (p.Run is { } run)
                {
                    CellTable(run);
                }
                else
                {
                    Row(p.Cells![0], p.Cells.GetRange(1, p.Cells.Count - 1), p.Columns!);
                }
            }
            catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
            {
                // As the 绩效自评表 reader does: a row the model cannot take is a note, and the rows after it are still read.
                var at = p.Rows is { } rowsRead ? rowsRead[0]
                    : p.Flat is { } flat ? flat[0].Content : p.Run is { } cells ? cells[0].Content : p.Cells![0];
                var (zh, en) = DisclosureMessages.TableRowNotRead(ex.Message);
                b.Note(b.Span(at, 0, at.Length), zh, en, at.Text);
                b.Context = string.Empty;
            }
        }

        pending.Clear();
    }

    private void EndCellRun()
    {
        if (cellRun.Count == 0)
        {
            return;
        }

        if (pending is null)
        {
            CellTable(cellRun);
            cellRun.Clear();
            return;
        }

        pending.Add(new Pending(cellRun, null, null, unit));
        DeclareAsCellTable(cellRun);
        cellRun = [];
    }

    /// <summary>A placement kept for <see cref="Finish"/>: a cell run, or a row's cells with the header's columns.</summary>
    private sealed record Pending(
        List<Block>? Run, List<Fragment>? Cells, List<Column>? Columns, FigureUnit Unit, List<(string Text, Fragment Content)>? Flat = null,
        List<Fragment>? Rows = null);

    /// <summary>"单位:元", "单位:千元" or "单位:万元" before a table sets the unit of its bare figures.</summary>
    private void Declare(string text) => Declare(text, 0, text.Length);

    /// <summary>As <see cref="Declare(string)"/> for the substring [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private void Declare(string text, int from, int to)
    {
        if (text.IndexOf('单', from, to - from) < 0)
        {
            return;
        }

        if (ContainsIgnoringSpaces(text, from, to, "单位:万元"))
        {
            unit = FigureUnit.WanYuan;
        }
        else if (ContainsIgnoringSpaces(text, from, to, "单位:元"))
        {
            unit = FigureUnit.Yuan;
        }
        else if (ContainsIgnoringSpaces(text, from, to, "单位:千元"))
        {
            unit = FigureUnit.QianYuan;
        }
    }

    /// <summary>
    /// Whether <paramref name="word"/> is in <paramref name="text"/> with its spaces (' ') removed — without removing them.
    /// </summary>
    internal static bool ContainsIgnoringSpaces(string text, string word) => ContainsIgnoringSpaces(text, 0, text.Length, word);

    /// <summary>
    /// As <see cref="ContainsIgnoringSpaces(string, string)"/> in the substring [<paramref name="from"/>, <paramref name="to"/>).
    /// </summary>
    internal static bool ContainsIgnoringSpaces(string text, int from, int to, string word)
    {
        for (var at = text.IndexOf(word[0], from, to - from); at >= 0; at = text.IndexOf(word[0], at + 1, to - at - 1))
        {
            var k = 1;
            for (var j = at + 1; k < word.Length && j < to; j++)
            {
                if (text[j] == word[k])
                {
                    k++;
                }
                else if (text[j] != ' ')
                {
                    break;
                }
            }

            if (k == word.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cells of a row: split at '|' or tab, trimmed; the empty cells of a leading or trailing separator dropped.</summary>
    private static List<Fragment> Split(Fragment row)
    {
        var ranges = new List<(int Start, int End)>();
        var from = row.SourceStart;
        CellRanges(row.Source, from, from + row.Length, ranges);
        return ranges.ConvertAll(r => row.Slice(r.Start - from, r.End - from));
    }

    private static string Compact(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!WhiteSpace.Is(c) && c != '、' && c != '"' && c != '“' && c != '”')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The longest column name looked at (a longer cell names no column).</summary>
    private const int MaxColumnName = 16;

    /// <summary>Whether a character is dropped from a cell before its words are compared (<see cref="Compact"/>).</summary>
    private static bool IsDropped(char c) => WhiteSpace.Is(c) || c is '、' or '"' or '“' or '”';

    /// <summary>
    /// The cell [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> compacted into
    /// <paramref name="buffer"/>: its length, or -1 when it is longer than the buffer.
    /// </summary>
    private static int CompactInto(string text, int start, int end, Span<char> buffer)
    {
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (IsDropped(text[i]))
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return -1;
            }

            buffer[n++] = text[i];
        }

        return n;
    }

    private static Column? ColumnOf(string cell)
    {
        Span<char> compact = stackalloc char[MaxColumnName];
        var length = CompactInto(cell, 0, cell.Length, compact);
        return length > 0 ? ColumnOf(compact.Slice(0, length)) : null;
    }

    /// <summary>What a compacted cell of 1–16 characters names as a column, or null.</summary>
    private static Column? ColumnOf(ReadOnlySpan<char> c)
    {
        var compared = ComparedColumn(c);
        if (compared is not null)
        {
            return compared;
        }

        if (Has(c, "上年") && Has(c, "决算"))
        {
            return Column.PriorYear;
        }

        if (Has(c, "增减") && (Has(c, "幅度") || Has(c, "率") || Has(c, "%")))
        {
            return Column.ChangeRate;
        }

        if (Has(c, "增减") && (Has(c, "金额") || Has(c, "额")))
        {
            return Column.ChangeAmount;
        }

        if (Has(c, "完成率") || Has(c, "执行率") || Has(c, "完成预算"))
        {
            return Column.CompletionRate;
        }

        if (Has(c, "决算"))
        {
            return Column.Final;
        }

        if (Has(c, "预算") && (Has(c, "全年") || Has(c, "调整")))
        {
            return Column.FullYearBudget;
        }

        if (Has(c, "预算"))
        {
            return Column.Budget;
        }

        if (Has(c, "增减") || Has(c, "情况") || IsCornerName(c))
        {
            return Column.Skip;
        }

        return null;
    }

    /// <summary>
    /// Session 60 (r57fix, blind round 57 t02): a change column that names both sides of its comparison — 决算比预算增减,
    /// 决算与预算差额 (the final against the budget: <see cref="Column.BudgetDifference"/>, or
    /// <see cref="Column.VarianceRate"/> with 率/%) and 决算比上年增减 (year-on-year: <see cref="Column.ChangeAmount"/> or
    /// <see cref="Column.ChangeRate"/>). Its 决算 word made it a second 决算 column (the row's −2.64 read as its amount,
    /// three false FA8003) and its 上年 word a prior-year column; null for any other cell.
    /// </summary>
    private static Column? ComparedColumn(ReadOnlySpan<char> c)
    {
        // A group heading over sub-columns (比上年增、减情况) is left to the header's merging of its next row.
        if (!Has(c, "增减") && !Has(c, "差额") && !Has(c, "差异") || Has(c, "情况"))
        {
            return null;
        }

        var rate = Has(c, "率") || Has(c, "幅度") || Has(c, "%") || Has(c, "％");
        if (Has(c, "比预算") || Has(c, "较预算") || Has(c, "与预算") || Has(c, "预算比") || Has(c, "预决算"))
        {
            return rate ? Column.VarianceRate : Column.BudgetDifference;
        }

        if (Has(c, "比上年") || Has(c, "较上年") || Has(c, "与上年") || Has(c, "同比"))
        {
            return rate ? Column.ChangeRate : Column.ChangeAmount;
        }

        return null;
    }

    /// <summary>
    /// What a header cell names as a column: as <see cref="ColumnOf(string)"/>, but a 决算 column whose name holds a
    /// digit (a year: 2021年决算数) is <see cref="Column.FinalOfANamedYear"/>, which may be another year's.
    /// </summary>
    private static Column? HeaderColumn(string cell)
    {
        var kind = ColumnOf(cell);
        if (kind is null)
        {
            Span<char> compact = stackalloc char[MaxColumnName];
            var length = CompactInto(cell, 0, cell.Length, compact);
            return length > 0 ? CountColumnOf(compact.Slice(0, length)) : null;
        }

        return kind == Column.Final && HasDigit(cell) ? Column.FinalOfANamedYear : kind;
    }

    /// <summary>Whether a header cell holds an ASCII digit (a year).</summary>
    private static bool HasDigit(string cell)
    {
        foreach (var ch in cell)
        {
            if (ch is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(ReadOnlySpan<char> c, string word) => c.IndexOf(word.AsSpan()) >= 0;

    /// <summary>The corner cell's names: 项目, 科目, 项目名称.</summary>
    private static bool IsCornerName(ReadOnlySpan<char> c)
        => c.SequenceEqual("项目".AsSpan()) || c.SequenceEqual("科目".AsSpan()) || c.SequenceEqual("项目名称".AsSpan());

    /// <summary>
    /// A header row: every non-empty cell after the first names a column, and at least one names an amount column. A 决算
    /// column naming a year is this year's, the prior year's or unread by <paramref name="fiscalYear"/> (0: unknown) and
    /// the header's other years (<see cref="NamedYears"/>, session 49).
    /// </summary>
    private static List<Column>? Header(List<Fragment> cells, int fiscalYear)
    {
        var columns = new List<Column>();
        var years = new List<int>();
        var named = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var kind = HeaderColumn(cells[i].Text);
            if (i == 0 && Compact(cells[i].Text) is "项目" or "科目" or "项目名称")
            {
                continue;
            }

            if (kind is null)
            {
                if (cells[i].Length == 0)
                {
                    continue;
                }

                return null;
            }

            if (kind == Column.Skip && Compact(cells[i].Text).Contains("增减"))
            {
                columns.Add(Column.Skip);   // a group heading ("比上年增、减情况") over sub-columns named on the next row
                years.Add(0);
                continue;
            }

            if (kind != Column.Skip)
            {
                columns.Add(kind.Value);
                years.Add(kind == Column.FinalOfANamedYear ? YearOfColumn(cells[i].Text) : 0);
                named += kind is Column.CompletionRate or Column.Count ? 0 : 1;
            }
        }

        return named > 0 ? NamedYears(columns, years, fiscalYear) : null;
    }

    /// <summary>
    /// A header whose change columns (增减额, 增减率) stand beside a budget column (预算数, 调整预算数) with no prior-year
    /// column (上年决算数, a 决算 column naming a year): the changes are the final against the budget
    /// (<see cref="Column.BudgetDifference"/>, <see cref="Column.VarianceRate"/>), not year-on-year. Another header is
    /// returned as it is; the list is never changed in place (rows kept for later hold it).
    /// </summary>
    private static List<Column> ChangesAgainstBudget(List<Column> columns)
    {
        if (!columns.Exists(c => c is Column.Budget or Column.FullYearBudget)
            || columns.Exists(c => c is Column.PriorYear or Column.FinalOfANamedYear)
            || !columns.Exists(c => c is Column.ChangeAmount or Column.ChangeRate))
        {
            return columns;
        }

        return columns.ConvertAll(c => c switch
        {
            Column.ChangeAmount => Column.BudgetDifference,
            Column.ChangeRate => Column.VarianceRate,
            _ => c,
        });
    }

    /// <summary>A second header row names the sub-columns of the first row's group heading.</summary>
    private static List<Column> Merge(List<Column> first, List<Column> second)
    {
        var merged = new List<Column>();
        foreach (var c in first)
        {
            if (c == Column.Skip)
            {
                merged.AddRange(second);
            }
            else
            {
                merged.Add(c);
            }
        }

        return merged;
    }

    /// <summary>
    /// The cells of a one-cell-per-line run: a header cell broken over two lines joined (its text only), and a blank
    /// cell (a lone <c>|</c> line) as an empty slice where it stands.
    /// </summary>
    private static List<(string Text, Fragment Content)> Cells(List<Block> run)
    {
        var cells = new List<(string Text, Fragment Content)>(run.Count);   // a cell a block, but for a broken one or a blank
        var pending = string.Empty;
        foreach (var block in run)
        {
            if (block.Continued)
            {
                pending += block.Content.Text;
                continue;
            }

            cells.Add((pending + block.Content.Text, block.Content));
            pending = string.Empty;
            for (var k = 0; k < block.BlankCellsAfter; k++)
            {
                cells.Add((string.Empty, block.Content.Slice(block.Content.Length, block.Content.Length)));
            }
        }

        if (pending.Length > 0)
        {
            cells.Add((pending, run[run.Count - 1].Content));
        }

        return cells;
    }

    /// <summary>A value cell: one bare number, or blank.</summary>
    private static bool IsValue((string Text, Fragment Content) cell) => cell.Content.Length == 0 || IsNumber(cell.Text);

    /// <summary>
    /// One cell per line. Either column names, then label, figure, figure, … (rows formed label by label), or — when
    /// the first cells name 三公 items — the transposed layout (<see cref="TransposedTable"/>).
    /// </summary>
    private void CellTable(List<Block> run)
    {
        var cells = Cells(run);
        var first = cells.Count > 0 && IsCorner(cells[0].Text) ? 1 : 0;
        if (first < cells.Count && HeaderItem(cells[first].Text) is not null && ColumnOf(cells[first].Text) is null)
        {
            TransposedTable(cells, first);
            return;
        }

        var columns = new List<Column>();
        var years = new List<int>();
        var i = 0;
        for (; i < cells.Count && !IsValue(cells[i]); i++)
        {
            if (columns.Count == 0 && TitleOrUnitCell(cells[i].Text))
            {
                continue;   // CellTableTitles: "“三公”经费支出决算表 |", "单位：万元 |" before the column names
            }

            if (HeaderColumn(cells[i].Text) is { } c && c is not (Column.Skip or Column.Count))
            {
                columns.Add(c);
                years.Add(c == Column.FinalOfANamedYear ? YearOfColumn(cells[i].Text) : 0);
            }
            else if (columns.Count > 0)
            {
                break;   // the first label after the column names
            }
        }

        if (columns.Count == 0)
        {
            return;
        }

        columns = NamedYears(columns, years, FiscalYear);   // session 49: 2023年决算数 | 2022年决算数
        var otherRows = false;   // a row naming no 三公 item was read: the table's 合计 is its own subject's (ProjectTables)
        while (i < cells.Count)
        {
            var label = cells[i++].Content;
            var values = new List<Fragment>();
            while (i < cells.Count && IsValue(cells[i]))
            {
                values.Add(cells[i++].Content);
            }

            if (values.Count == 0 || label.Length == 0)
            {
                continue;
            }

            // Any row of figures naming no 三公 item marks the table, aligned or not (a 项 table's code cells fall between its
            // rows, so they never line up): its 合计 is then its own subject's.
            if (OtherTablesRow(label.Text, values, 0, ref otherRows))
            {
                continue;
            }

            if (values.Count != columns.Count)
            {
                if (Item(label.Text) is not null)
                {
                    var (zh, en) = DisclosureMessages.TableRowMisaligned(label.Text, values.Count, columns.Count);
                    b.Note(b.Span(label, 0, label.Length), zh, en, label.Text);
                }

                continue;
            }

            Row(label, values, columns);
            BlankItemRow(label, values, columns);   // session 61: "公务用车购置费 |" and a lone "|" per column (BlankItemRows)
        }
    }

    /// <summary>The corner cell of a table: 项目, 科目, “三公”经费项目.</summary>
    private static bool IsCorner(string cell)
    {
        var c = Compact(cell);
        return c.Length <= 12 && (c.EndsWith("项目", StringComparison.Ordinal) || c.EndsWith("科目", StringComparison.Ordinal) || c == "项目名称");
    }

    /// <summary>
    /// The 三公 item a column header names, strictly (a vehicle item must say 车, so that 行政运行 — a class under
    /// 公务接待费 — is no vehicle): total, overseasTravel, vehiclesSubtotal, vehiclePurchase, vehicleOperation,
    /// reception, "subtotal" (小计, the group's own column), or null for anything else.
    /// </summary>
    private static string? HeaderItem(string header)
    {
        var c = Compact(header);
        if (c == "小计")
        {
            return "subtotal";
        }

        if (c.Contains("出国"))
        {
            return "overseasTravel";
        }

        if (c.Contains("接待"))
        {
            return "reception";
        }

        if (c.Contains("车"))
        {
            return c.Contains("购置") && c.Contains("运行") ? "vehiclesSubtotal"
                : c.Contains("购置") ? "vehiclePurchase"
                : c.Contains("运行") || c.Contains("维护") ? "vehicleOperation"
                : null;
        }

        return c is "合计" or "总计" || c.Contains("三公") ? "total" : null;
    }

    /// <summary>
    /// The transposed 三公 table, one cell per line: the 三公 items are the columns — possibly on two header levels
    /// (公务用车购置及运行费 over 小计 / 购置费 / 运行费, 公务接待费 over 小计 / its classes), a header cell broken over two
    /// lines — then optionally 行次 1…n, then one row per basis (2015年度预算数, 2015年度决算数, 2014年度决算数, 决算对比)
    /// with one cell per column. Read only when everything agrees: every row has as many cells as there are leaf
    /// columns (and as 行次 numbers), and the header levels resolve to exactly that many leaves; otherwise a note.
    /// </summary>
    private void TransposedTable(List<(string Text, Fragment Content)> cells, int first)
    {
        var i = first;
        while (i < cells.Count && !IsValue(cells[i]) && RowBasis(cells[i].Text).Column is null && Compact(cells[i].Text) != "行次")
        {
            i++;
        }

        var headers = cells.GetRange(first, i - first).ConvertAll(c => c.Text);
        var numbered = -1;
        if (i < cells.Count && Compact(cells[i].Text) == "行次")
        {
            numbered = 0;
            for (i++; i < cells.Count && cells[i].Text.Trim() == (numbered + 1).ToString(CultureInfo.InvariantCulture); i++)
            {
                numbered++;
            }
        }

        var rows = new List<(Fragment Label, Column Column, int Year, List<Fragment> Values)>();
        while (i < cells.Count && RowBasis(cells[i].Text) is { Column: { } column } basis)
        {
            var label = cells[i++].Content;
            var values = new List<Fragment>();
            for (; i < cells.Count && RowBasis(cells[i].Text).Column is null; i++)
            {
                values.Add(cells[i].Content);
            }

            rows.Add((label, column, basis.Year, values));
        }

        if (rows.Count == 0)
        {
            return;   // not a transposed table: no row names a basis
        }

        var anchor = cells[first].Content;
        var width = rows.Count > 0 ? rows[0].Values.Count : 0;
        var classes = new List<(string Item, string Class)?>();
        var leaves = Leaves(headers, width, classes);
        if (leaves is null || i < cells.Count || rows.Exists(r => r.Values.Count != width) || numbered >= 0 && numbered != width)
        {
            var (zh, en) = DisclosureMessages.ThreePublicCellsMisaligned(
                headers.Count, Math.Max(numbered, 0), string.Join("/", rows.ConvertAll(r => r.Values.Count)));
            b.Note(b.Span(anchor, 0, anchor.Length), zh, en, anchor.Text);
            return;
        }

        // Two 决算 rows of consecutive years: the earlier is the prior year's. Any other mix of years is not guessed.
        var finals = rows.FindAll(r => r.Column == Column.Final);
        var current = finals.Count > 0 ? finals.Max(r => r.Year) : 0;
        var single = finals.Count == 1 || current > 0 && finals.Count(r => r.Year == current) == 1;
        var hasPrior = rows.Exists(r => r.Column == Column.PriorYear) || current > 0 && finals.Exists(r => r.Year == current - 1);
        var bases = rows.ConvertAll(r => r.Column switch
        {
            Column.Final when single && r.Year == current => Column.Final,
            Column.Final when current > 0 && r.Year == current - 1 => Column.PriorYear,
            Column.PriorYear => Column.PriorYear,
            Column.Budget or Column.FullYearBudget when r.Year == 0 || r.Year == current => r.Column,
            Column.ChangeAmount when hasPrior && single => Column.ChangeAmount,
            _ => Column.Skip,
        });
        var byClass = PlaceByClass(rows.ConvertAll(r => (r.Label, r.Values)), bases, leaves, classes);
        for (var r = 0; r < rows.Count; r++)
        {
            var (label, _, _, values) = rows[r];
            var placed = bases[r];
            if (placed == Column.Skip)
            {
                var (zh, en) = DisclosureMessages.TableRowBasisUnclear(label.Text);
                b.Note(b.Span(label, 0, label.Length), zh, en, label.Text);
                continue;
            }

            b.Context = ReportBuilder.TableKey;
            for (var k = 0; k < width; k++)
            {
                if (leaves[k] is null || !IsNumber(values[k].Text))   // a class under an item, or words ("以前年度结转资金9.83")
                {
                    if (!byClass.Contains((r, k)))
                    {
                        UnheldCell(label, values[k], classes[k], placed == Column.Budget || placed == Column.FullYearBudget);
                    }
                }
                else if (leaves[k] is { } item)
                {
                    if (placed == Column.PriorYear && !b.Has(Base + item + "/change/direction")
                        && !(hasPrior && single && rows.Exists(r => r.Column == Column.ChangeAmount && NonZero(r.Values[k]))))
                    {
                        NoDirection(label, values[k]);   // as in a row table: no change without a direction
                        continue;
                    }

                    Place(Base + item, placed, values[k], label.Text + " " + values[k].Text);
                }
            }

            b.Context = string.Empty;
        }
    }

    /// <summary>
    /// The basis of a transposed table's row label (2015年度预算数 → budget, 2015年度决算数 → final, 决算对比 → change)
    /// and the year written before 年, or 0.
    /// </summary>
    private static (Column? Column, int Year) RowBasis(string label)
    {
        var c = Compact(label);
        if (c.Length == 0 || c.Length > 16)
        {
            return (null, 0);
        }

        var year = 0;
        if (c.Length >= 5 && c[4] == '年' && int.TryParse(c.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            year = y;
        }

        if ((c.Contains("对比") || c.Contains("增减") || c.Contains("比较")) && (c.Contains("决算") || c.Contains("上年")))
        {
            return (Column.ChangeAmount, year);
        }

        var column = ColumnOf(c);
        return column is Column.Final or Column.Budget or Column.FullYearBudget or Column.PriorYear ? (column, year) : (null, 0);
    }

    /// <summary>
    /// The item of each leaf column: the header cells in order, where a first-level group (公务用车购置及运行费,
    /// 公务接待费) is replaced by its sub-columns, which start with 小计 (the group's own amount). Null when the cells
    /// do not resolve to exactly <paramref name="width"/> leaves; a leaf that is no 三公 item (a class under 接待) is null.
    /// </summary>
    /// <param name="headers">The header cells in order.</param>
    /// <param name="width">The number of value cells in each row.</param>
    /// <param name="classes">Filled with one entry per leaf: the group's header and the class's header as written for a
    /// class under a group (公务接待费 / 行政运行), null for any other leaf.</param>
    private static List<string?>? Leaves(List<string> headers, int width, List<(string Item, string Class)?> classes)
    {
        var items = headers.ConvertAll(HeaderItem);
        var groups = headers.Count - width;
        if (width == 0 || groups < 0)
        {
            return null;
        }

        if (groups == 0)
        {
            classes.AddRange(items.ConvertAll(_ => ((string, string)?)null));
            return items.Contains("subtotal") ? null : items;
        }

        var firstSub = items.IndexOf("subtotal");
        if (firstSub <= 0)
        {
            return null;
        }

        // The groups are the vehicle subtotal and 公务接待费; 因公出国（境）费 only when the count of groups needs it too.
        var groupCells = new List<int>();
        for (var k = 0; k < firstSub; k++)
        {
            if (items[k] is "vehiclesSubtotal" or "reception")
            {
                groupCells.Add(k);
            }
        }

        if (groupCells.Count < groups && items.IndexOf("overseasTravel") is var travel && travel >= 0 && travel < firstSub)
        {
            groupCells.Add(travel);
            groupCells.Sort();
        }

        var segments = new List<List<string?>>();
        for (var k = firstSub; k < headers.Count; k++)
        {
            if (items[k] == "subtotal")
            {
                segments.Add([]);
            }

            segments[segments.Count - 1].Add(items[k]);
        }

        if (groupCells.Count > groups && OnlyVehicleGroup(segments)
            && groupCells.FindAll(k => items[k] == "vehiclesSubtotal") is { Count: 1 } vehicles)
        {
            groupCells = vehicles;   // session 63: 公务接待费 set over both header lines beside the vehicle group, no parts of its own
        }

        if (groupCells.Count != groups || segments.Count != groups)
        {
            return null;
        }

        var leaves = new List<string?>();
        for (int k = 0, g = 0; k < firstSub; k++)
        {
            if (g < groupCells.Count && groupCells[g] == k)
            {
                var group = items[k];
                var c = firstSub + segments.Take(g).Sum(s => s.Count);   // the header cell of the segment's first child
                foreach (var child in segments[g])
                {
                    var leaf = child == "subtotal" ? group
                        : group == "vehiclesSubtotal" && child is "vehiclePurchase" or "vehicleOperation" ? child : null;
                    leaves.Add(leaf);
                    classes.Add(leaf is null ? (Compact(headers[k]), Compact(headers[c])) : null);
                    c++;
                }

                g++;
            }
            else
            {
                leaves.Add(items[k] == "subtotal" ? null : items[k]);
                classes.Add(null);
            }
        }

        return leaves.Count == width ? leaves : null;
    }

    /// <summary>
    /// Session 63 (tbl63, blind round 59 t06): whether the header's sub-columns are one segment — 小计 and then only the vehicle
    /// parts (公务用车购置费, 公务用车运行费). Its group is the vehicle subtotal, whatever other first-level cell (公务接待费 written
    /// over both header lines) stands before the 小计 in the cells' order: the parts name their group.
    /// </summary>
    private static bool OnlyVehicleGroup(List<List<string?>> segments)
        => segments.Count == 1 && segments[0].Count > 1
            && segments[0].Skip(1).All(i => i is "vehiclePurchase" or "vehicleOperation");

    /// <summary>
    /// A cell of a read transposed 三公 table that the model has no member for: a figure under a function class of an item
    /// (公务接待费 / 行政运行 — the model holds the items, not their classes), or words with a figure ("以前年度结转资金9.83"
    /// where a budget is expected). Each is a located note that replaces the narrative's generic one on the same figure;
    /// nothing is placed, and a class's figure is never added into its item's total. A blank cell, or a cell with neither,
    /// is passed over.
    /// </summary>
    private void UnheldCell(Fragment label, Fragment cell, (string Item, string Class)? under, bool budgetRow)
    {
        var numbers = Scanner.Numbers(cell.Text);
        if (numbers.Count == 0)
        {
            return;
        }

        var number = IsNumber(cell.Text);
        if (number && under is null)
        {
            return;   // a figure under a leaf that is neither a class nor an item (a 小计 of no group): left as it was
        }

        var token = numbers[numbers.Count - 1];
        var span = b.Span(cell, token.Start, token.End);
        var row = Compact(label.Text);
        var (zh, en) = number && under is { } c
            ? budgetRow ? DisclosureMessages.ThreePublicClassBudgetCell(c.Item, c.Class, row, token.Digits)
                : DisclosureMessages.ThreePublicClassCellUnread(c.Item, c.Class, row, token.Digits)
            : DisclosureMessages.ThreePublicWordsCell(row, cell.Text.Trim());
        b.RemoveNotesAt(span);
        b.Note(span, zh, en, row + " " + cell.Text.Trim());
    }

    private static bool IsNumber(string s) => CellNumber.Is(s);

    /// <summary>The 三公 item a row label names, or null ("合计" is the total).</summary>
    private static string? Item(string label)
    {
        var c = Compact(label);
        if (NotAVehicleItem(c))
        {
            return null;   // Blind25A: "儿童福利机构运行补助" is a project, not 公务用车运行费
        }

        if (c.Contains("购置及运行") || c.Contains("用车及运行"))
        {
            return "vehiclesSubtotal";
        }

        if (c.Contains("购置"))
        {
            return "vehiclePurchase";
        }

        if (c.Contains("运行"))
        {
            return "vehicleOperation";
        }

        if (c.Contains("出国"))
        {
            return "overseasTravel";
        }

        if (c.Contains("接待"))
        {
            return "reception";
        }

        if (c.Contains("三公") || c == "总计"
            || c.Contains("合计") && !(c.Contains("收入") || c.Contains("支出") || c.Contains("收支") || c.Contains("拨款")))
        {
            return "total";   // Session 37: 收入合计 / 支出合计 in a sentence-table is no 三公 total (NarrativeReader.SentenceTables)
        }

        return null;
    }

    private void Row(Fragment label, List<Fragment> values, List<Column> columns)
    {
        if (Item(label.Text) is not { } item || values.Count != columns.Count && !LastCountCellDropped(columns, values.Count))
        {
            return;
        }

        b.Context = ReportBuilder.TableKey;
        var directed = columns.IndexOf(Column.PriorYear) < 0 || Directed(Base + item, columns, values)
            || Unchanged(Base + item, columns, values, label.Text)
            || DirectionOfTheYears(Base + item, columns, values);   // TextTableReader.YearsWithoutChange
        for (var k = 0; k < values.Count; k++)
        {
            if (columns[k] == Column.Count)
            {
                Counts(item, values[k], label.Text + " " + values[k].Text);   // session 43 (TextTableReader.CountColumns.cs)
                continue;
            }

            if (columns[k] == Column.PriorYear && !directed)
            {
                NoDirection(label, values[k]);
                continue;
            }

            // The 合计 row's 决算数 (no year named) is this year's 三公 total, as the narrative's total is: the same
            // subject, period and basis, so the two are compared (FA8003 when they differ). Other cells keep the
            // table's own key (a 预算数 or 上年 column, an item row): a different value beside the narrative's is a note.
            var thisYearsTotal = item == "total" && columns[k] == Column.Final;
            if (thisYearsTotal)
            {
                b.Context = ReportBuilder.TableThisYearsTotalKey;
            }

            Place(Base + item, columns[k], values[k], label.Text + " " + values[k].Text);
            if (thisYearsTotal)
            {
                b.Context = ReportBuilder.TableKey;
            }
        }

        b.Context = string.Empty;
    }

    /// <summary>
    /// Whether the change of <paramref name="subject"/> has a direction: one read already (the narrative's 持平, 增加…), or a
    /// cell of the row that gives one (a change amount or rate other than zero, as <see cref="Place"/> reads it). A row of
    /// "0.00 | 0.00 | 0.00 | -" gives none: the model's change needs one, so its prior-year figure is a note
    /// (<see cref="NoDirection"/>), not a change whose direction is unknown.
    /// </summary>
    private bool Directed(string subject, List<Column> columns, List<Fragment> values)
    {
        if (b.Has(subject + "/change/direction"))
        {
            return true;
        }

        for (var k = 0; k < columns.Count && k < values.Count; k++)
        {
            if (columns[k] is Column.ChangeAmount or Column.ChangeRate && Scanner.Numbers(values[k].Text) is { Count: 1 } n
                && n[0].Value != 0 && (columns[k] == Column.ChangeAmount || n[0].Unit is FigureUnit.Percent or FigureUnit.None))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "公务用车购置费 | 0.00 | 0.00 | 0.00 | -": a written zero 增减额 between two written years of equal value is 持平 — the
    /// direction unchanged and the amount the zero as written (the model's change admits both) — so the row's prior-year
    /// figure is read. Placed here and true; false (nothing placed) when the row has no such cells: a blank or a non-zero
    /// 增减额, a year not written, or years that differ (a zero change between them would be the table's own error, which
    /// the checks, not the reader, must see).
    /// </summary>
    private bool Unchanged(string subject, List<Column> columns, List<Fragment> values, string label)
    {
        var change = columns.IndexOf(Column.ChangeAmount);
        var prior = columns.IndexOf(Column.PriorYear);
        var final = columns.IndexOf(Column.Final);
        if (change < 0 || final < 0 || prior < 0 || change >= values.Count || final >= values.Count || prior >= values.Count
            || Scanner.Numbers(values[change].Text) is not { Count: 1 } zero || zero[0].Value != 0 || zero[0].Unit == FigureUnit.Percent
            || Scanner.Numbers(values[final].Text) is not { Count: 1 } now || Scanner.Numbers(values[prior].Text) is not { Count: 1 } then
            || now[0].Value != then[0].Value)
        {
            return false;
        }

        var span = b.Span(values[change], zero[0].Start, zero[0].End);
        var text = label + " " + values[change].Text;
        b.Set(subject + "/change/direction", DraftNode.Of("unchanged"), span, ClaimKind.Unchanged, text);
        b.Set(subject + "/change/amount", Amount(zero[0], span), span, ClaimKind.ChangeAmount, text);
        return true;
    }

    /// <summary>Whether <paramref name="cell"/> holds one number other than zero.</summary>
    private static bool NonZero(Fragment cell) => Scanner.Numbers(cell.Text) is { Count: 1 } n && n[0].Value != 0;

    /// <summary>Notes a prior-year cell whose row states no direction of change (<see cref="Directed"/>).</summary>
    private void NoDirection(Fragment label, Fragment cell)
    {
        if (Scanner.Numbers(cell.Text).Count != 1)
        {
            return;   // session 46: a blank cell is a blank, with no figure to note
        }

        var (zh, en) = DisclosureMessages.TableRowChangeWithoutDirection(label.Text.Trim(), cell.Text.Trim());
        b.Note(b.Span(cell, 0, cell.Length), zh, en, label.Text + " " + cell.Text);
    }

    /// <summary>
    /// Places one table cell's figure as the <paramref name="column"/> of <paramref name="subject"/> (a blank cell places nothing).
    /// </summary>
    private void Place(string subject, Column column, Fragment cell, string text)
    {
        var numbers = Scanner.Numbers(cell.Text);
        if (numbers.Count != 1)
        {
            return;   // a blank cell
        }

        var token = numbers[0];
        var span = b.Span(cell, token.Start, token.End);

        // Session 51: "（2.56）" in a change column is a decrease of 2.56 (ParenthesisedNegative), as "-2.56" is.
        var negative = token.Value < 0 || ParenthesisedNegative.Is(cell.Text);
        if (column is Column.ChangeAmount or Column.ChangeRate or Column.BudgetDifference or Column.VarianceRate
            && token.Value > 0 && b.SignMarkers.SignOf(cell.Text) is var marked && marked != 0)
        {
            // Session 54: "△1.30", "▼0.74" is a decrease, "▲0.88" beside "▼" an increase (SignMarkers); a marker whose
            // meaning the text leaves uncertain gives no direction (the change is dropped with a note, never checked).
            if (marked == SignMarkers.Ambiguous)
            {
                AmbiguousMarker(subject, column, cell, token, span, text);
                return;
            }

            negative = marked < 0;
        }

        switch (column)
        {
            case Column.Final:
            case Column.FinalOfANamedYear:
                b.Set(subject + "/amount", Amount(token, span), span, ClaimKind.Amount, text);
                break;
            case Column.Budget:
            case Column.FullYearBudget:
                if (!b.Has(subject + "/budget/kind"))
                {
                    b.SetString(subject + "/budget/kind", column == Column.Budget ? "initial" : "fullYear", span);
                }

                b.Set(subject + "/budget/budgetAmount", Amount(token, span), span, ClaimKind.BudgetAmount, text);
                break;
            case Column.PriorYear:
                b.Set(subject + "/change/priorYearAmount", Amount(token, span), span, ClaimKind.PriorYearAmount, text);
                break;
            case Column.ChangeAmount when token.Value != 0:
                b.Set(subject + "/change/direction", DraftNode.Of(negative ? "decrease" : "increase"), span);
                b.Set(subject + "/change/amount", Amount(Abs(token), span), span, ClaimKind.ChangeAmount, text);
                break;
            // 完成率 in a row whose budget is read (a rate of 0 too: 0.00 of a budget is a figure); a bare cell is a percentage.
            case Column.CompletionRate when b.Has(subject + "/budget/budgetAmount")
                && token.Unit is FigureUnit.Percent or FigureUnit.None:
                b.Set(subject + "/budget/completionRate", DraftNode.Of(token.Digits), span, ClaimKind.CompletionRate, text);
                break;
            // The header names the rate (增减率（%）, 增减幅度): a bare cell (-24.35) is a percentage too, as one with its
            // sign; a cell with another unit (万元) is not a rate.
            case Column.ChangeRate when token.Value != 0 && token.Unit is FigureUnit.Percent or FigureUnit.None:
                b.Set(subject + "/change/direction", DraftNode.Of(negative ? "decrease" : "increase"), span);
                b.Set(subject + "/change/rate", DraftNode.Of(Abs(token).Digits), span, ClaimKind.ChangeRate, text);
                break;
            // Session 41: beside a budget and no prior year, 增减额 / 增减率 are the final against the budget (决算 − 预算).
            case Column.BudgetDifference when token.Value != 0 && b.Has(subject + "/budget/budgetAmount"):
                BudgetRelation(subject, negative, span, text);
                b.Set(subject + "/budget/difference", Amount(Abs(token), span), span, ClaimKind.BudgetDifference, text);
                break;
            case Column.VarianceRate when token.Value != 0 && b.Has(subject + "/budget/budgetAmount")
                && token.Unit is FigureUnit.Percent or FigureUnit.None:
                BudgetRelation(subject, negative, span, text);
                b.Set(subject + "/budget/varianceRate", DraftNode.Of(Abs(token).Digits), span, ClaimKind.VarianceRate, text);
                break;
        }
    }

    /// <summary>The budget comparison's relation from the sign of a 决算 − 预算 cell, unless one is read.</summary>
    private void BudgetRelation(string subject, bool negative, SourceSpan span, string text)
    {
        if (!b.Has(subject + "/budget/relation"))
        {
            b.Set(subject + "/budget/relation", DraftNode.Of(negative ? "finalBelowBudget" : "finalAboveBudget"), span,
                ClaimKind.BudgetRelation, text);
        }
    }

    /// <summary>The token below zero: a bracketed cell's number, "（87.54）" (session 51, <see cref="ParenthesisedNegative"/>).</summary>
    internal static NumberToken Negated(NumberToken t) => t.Value <= 0 ? t
        : new NumberToken(t.Start, t.End, "-" + t.Digits, -t.Value, t.Decimals, t.Unit, t.UnitText);

    /// <summary>The token without its minus sign (a decrease's magnitude), or itself when not negative.</summary>
    internal static NumberToken Abs(NumberToken t) => t.Value >= 0 ? t
        : new NumberToken(t.Start, t.End, t.Digits.TrimStart('-'), -t.Value, t.Decimals, t.Unit, t.UnitText);

    private DraftNode Amount(NumberToken token, SourceSpan span)
    {
        var fromYuan = unit == FigureUnit.Yuan && token.Unit is FigureUnit.None or FigureUnit.Yuan
            && !YuanReport;   // session 61: a 元 cell of a 元 document is in the report's unit (TextTableReader.QianYuanUnit)
        var fromQian = !fromYuan && (token.Unit == FigureUnit.QianYuan || (unit == FigureUnit.QianYuan && token.Unit == FigureUnit.None))
            && !QianYuanReport;   // session 54: a 千元 cell of a 千元 document is in the report's unit
        if (!NumericContract.Admits(token.Value, token.Decimals + (fromYuan ? 4 : fromQian ? 1 : 0)))
        {
            return DraftNode.BeyondTheContract;   // 元 → 万元 adds four decimals, 千元 → 万元 one: a 12-decimal cell has no room
        }

        var amount = Values.Amount.FromDecimal(token.Value, token.Decimals);
        if (fromYuan)
        {
            amount = amount.ConvertUnit(AmountUnit.Yuan, AmountUnit.WanYuan);
            b.Written(span, token, WrittenUnit.Yuan, 10_000m);
            var (zh, en) = DisclosureMessages.TableYuanAmountConverted(token.Digits, $"{amount}");
            b.Findings.Add(TextRules.Finding(TextRules.Magnitude, span, null, zh, en, Severity.Info));
        }
        else if (fromQian)
        {
            // 千元 is a tenth of a 万元: exact, one decimal more (58.40 千元 is 5.840 万元).
            amount = Values.Amount.FromDecimal(token.Value / 10m, token.Decimals + 1);
            b.Written(span, token, WrittenUnit.QianYuan, 10m);
            var (zh, en) = DisclosureMessages.QianYuanAmountConverted(token.Digits, $"{amount}", yuan: false);
            b.Findings.Add(TextRules.Finding(TextRules.Magnitude, span, null, zh, en, Severity.Info));
        }

        return DraftNode.Of(amount.ToString());
    }
}
