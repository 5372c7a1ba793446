namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39: the coded 功能分类 table of <see cref="CodedItemTableRow"/> written one cell per line, as PDF-to-text output
/// gives it — <c>科目编码</c> / <c>科目名称</c> / <c>年初预算</c> / <c>决算数</c> / <c>完成率</c> each on its own line, then each
/// row's cells one per line (<c>2040201</c> / <c>行政运行</c> / <c>3,420.00</c> / <c>3,398.56</c> / <c>99.37%</c>), or with the
/// code and the name in one cell (<c>2040201 行政运行</c>), and a <c>合计</c> row (its blank code cell lost). The splitter gives
/// the first header lines as one joined paragraph (no figure near them yet) and the rest as cells, so the header is taken
/// word by word from what comes. Read only when the header is certain: the code and the name header cells in that order
/// (or one cell naming both), then column names up to the first row, the whole header accepted by
/// <see cref="CodedHeader"/> (决算 once, only a 年初 or 调整/全年 budget and 完成率 besides, a known unit). Each row must then
/// be a valid code (3, 5 or 7 digits) and a name, or 合计, followed by exactly as many figures as the header has columns
/// and then the next row's code, 合计 or the end of the table; a row is read only once the cell after it shows it ended
/// where it should (a lost blank cell shifts every later cell: the table is then dropped, not guessed at, and no row of it
/// that was not yet confirmed is read). A confirmed row is laid out as the bar row it stands for (<c>|2040201|行政运行|
/// 3,420.00|3,398.56|99.37%|</c>, every character mapped to the line it comes from) and read by the bar table's reader, so
/// its item, its 完成率 check (FA2201 on a wrong rate), the 合计 and the 说明 under the table are the bar table's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The header cells' words of a coded table written one cell per line, in order (empty: no header open).</summary>
    private readonly List<string> cellHeaderWords = [];

    /// <summary>Where the open one-cell-per-line header began (its synthetic row's characters map there).</summary>
    private int cellHeaderAt = -1;

    /// <summary>The column count (after the code and name) of the open one-cell-per-line coded table; 0: no table open.</summary>
    private int cellColumns;

    /// <summary>The cells of the row being gathered (code, name, figures), each a fragment of its line.</summary>
    private readonly List<Fragment> cellRow = [];

    /// <summary>Whether the row being gathered is the 合计 row (no code cell).</summary>
    private bool cellRowIsTotal;

    /// <summary>The code cells' header words (also the code column's of a `|` or tab coded table: CodedItemTables).</summary>
    private static readonly string[] CellCodeWords = ["功能分类科目编码", "科目编码", "科目代码", "项目编码", "编码", "代码"];

    /// <summary>The name cells' header words (a `|` or tab coded table also takes 项目: CodedItemTables).</summary>
    private static readonly string[] CellNameWords = ["功能分类科目名称", "科目名称", "项目名称", "名称"];

    /// <summary>One header cell naming both the code and the name.</summary>
    private static readonly string[] CellCodeAndNameWords = ["科目编码及名称", "科目编码和名称", "科目名称及编码", "功能分类科目"];

    /// <summary>
    /// The column header words a joined header line is cut into (longest first where one begins another);
    /// <see cref="CodedHeader"/> then decides what each is.
    /// </summary>
    private static readonly string[] CellColumnWords =
    [
        "年初预算数", "年初预算", "调整预算数", "调整预算", "全年预算数", "全年预算", "支出决算数", "支出决算", "决算数", "决算",
        "预算完成率", "完成年初预算", "完成率", "预算执行率", "执行率",
    ];

    /// <summary>
    /// A block as a line of a coded table written one cell per line (see the type's remarks). True when the block was a
    /// cell of the open table (read here, not again as a paragraph); false otherwise, after closing a table it ends.
    /// </summary>
    private bool CodedCellLine(Block block)
    {
        GeneralBudgetParagraphSeen(block);   // DetailHeadings: the paragraph a bare "（二）具体情况" follows
        if (section is not (Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital)
            || block.Kind is not (BlockKind.Cell or BlockKind.Prose) || block.Content.Length > MaxCellLine)
        {
            EndCellTable();
            return false;
        }

        var words = WithoutSpaces(block.Content.Text);
        if (cellColumns == 0)
        {
            if (CellHeaderLine(block.Content, words))
            {
                return false;   // words only: read as before (nothing)
            }

            if (cellHeaderWords.Count == 0)
            {
                return false;
            }

            if (!OpenCellTable())
            {
                EndCellTable();
                return false;
            }
        }

        if (CellTableLine(block.Content, words))
        {
            return true;
        }

        if (block.Kind == BlockKind.Cell || words.IndexOfAny(['。', ':', ',']) < 0)
        {
            cellRow.Clear();   // a short cell where a row should start: a lost blank cell shifted the row; it is not read
        }

        EndCellTable();
        return false;
    }

    /// <summary>The longest line taken for a cell of the table (a long paragraph ends it).</summary>
    private const int MaxCellLine = 80;

    /// <summary>
    /// A line of header words: opens the header (its first word a code, name or code-and-name word; a unit declaration
    /// before it, "单位：万元" joined to it, declared), or continues the open one. False when the line is no header words.
    /// </summary>
    private bool CellHeaderLine(Fragment line, string words)
    {
        if (words.Length is 0 or > 60 || HasDigit(words) && cellHeaderWords.Count > 0 || TotalRowAfterColumnWords(words))
        {
            return false;
        }

        var at = 0;
        if (cellHeaderWords.Count == 0)
        {
            at = FirstHeaderWord(words);
            if (at < 0 || at > 0 && !UnitDeclarationOnly(words.Substring(0, at)) && !TableLeadIn(words, at)
                && !TableTitleBefore(words.Substring(0, at)))
            {
                return false;
            }

            if (at > 0)
            {
                DeclareUnit(words.Substring(0, at));   // "单位：万元" joined to the header line: the table's unit
            }
        }

        var cut = new List<string>();
        while (at < words.Length)
        {
            var word = WordAt(words, at, cellHeaderWords.Count + cut.Count == 0 ? CellCodeWords : null);
            if (word is null)
            {
                return false;
            }

            cut.Add(word);
            at += word.Length;
        }

        if (cellHeaderWords.Count == 0)
        {
            cellHeaderAt = line.At(0);
        }

        cellHeaderWords.AddRange(cut);
        return true;
    }

    /// <summary>Where the first code, name or code-and-name header word begins in <paramref name="words"/>, or -1.</summary>
    private static int FirstHeaderWord(string words)
    {
        var first = -1;
        foreach (var list in new[] { CellCodeWords, CellCodeAndNameWords })
        {
            foreach (var word in list)
            {
                var at = words.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0 && (first < 0 || at < first))
                {
                    first = at;
                }
            }
        }

        return first;
    }

    /// <summary>Whether <paramref name="words"/> only declares a unit ("单位:万元", "(单位:万元)", "金额单位:元").</summary>
    private static bool UnitDeclarationOnly(string words)
    {
        var w = words.Trim('(', ')');
        if (w.StartsWith("金额", StringComparison.Ordinal))
        {
            w = w.Substring(2);
        }

        return w is "单位:万元" or "单位:元" or "单位:千元" or "单位:亿元";
    }

    /// <summary>The header word at <paramref name="at"/> (the longest that matches), or null.</summary>
    private static string? WordAt(string words, int at, string[]? first)
    {
        string? best = null;
        var lists = first is null
            ? new[] { CellCodeAndNameWords, CellNameWords, CellColumnWords, CellCodeWords, CodedTotalColumnWords, CodedSplitColumnWords }
            : new[] { CellCodeAndNameWords, first, CellNameWords };
        foreach (var list in lists)
        {
            foreach (var word in list)
            {
                if (string.CompareOrdinal(words, at, word, 0, word.Length) == 0 && (best is null || word.Length > best.Length))
                {
                    best = word;
                }
            }
        }

        if (best is null)
        {
            return null;
        }

        // A unit or percent mark after a column word belongs to it: "决算数(万元)", "完成率(%)", "完成率%".
        var end = at + best.Length;
        foreach (var tail in new[] { "(万元)", "(元)", "(%)", "%" })
        {
            if (string.CompareOrdinal(words, end, tail, 0, tail.Length) == 0)
            {
                return best + tail;
            }
        }

        return best;
    }

    /// <summary>
    /// At the first row's line, the header is complete: its words must be a code and a name word (or one naming both),
    /// then only column words that <see cref="CodedHeader"/> accepts (read as the bar header it stands for).
    /// </summary>
    private bool OpenCellTable()
    {
        var w = cellHeaderWords;
        var columnsFrom = Array.IndexOf(CellCodeAndNameWords, w[0]) >= 0 ? 1
            : w.Count > 1 && Array.IndexOf(CellCodeWords, w[0]) >= 0 && Array.IndexOf(CellNameWords, w[1]) >= 0 ? 2 : -1;
        if (columnsFrom < 0 || w.Count - columnsFrom < 2)
        {
            return false;
        }

        for (var i = columnsFrom; i < w.Count; i++)
        {
            if (Array.IndexOf(CellCodeWords, w[i]) >= 0 || Array.IndexOf(CellNameWords, w[i]) >= 0
                || Array.IndexOf(CellCodeAndNameWords, w[i]) >= 0)
            {
                return false;   // a code or name word among the columns: not this table's header
            }
        }

        codedColumns = null;
        CodedHeaderOf(w.GetRange(columnsFrom, w.Count - columnsFrom), cellHeaderAt);
        if (codedColumns is not { } columns || columns.Count != w.Count - columnsFrom)
        {
            codedColumns = null;
            return false;
        }

        cellColumns = columns.Count;
        cellHeaderWords.Clear();
        return true;
    }

    /// <summary>
    /// A line of the open table: a row's code (and name), its name, or a figure; a row's start confirms the row before it.
    /// False when the line does not fit (the table then ends; a row not yet confirmed is not read).
    /// </summary>
    private bool CellTableLine(Fragment line, string words)
    {
        var figures = cellRow.Count - (cellRowIsTotal ? 1 : 2);
        var complete = cellRow.Count > 0 && figures == cellColumns;
        var shortRow = !complete && figures >= 2 && ShortCellRowReadable();   // ShortCellRows (session 59): cells dropped
        if (cellRow.Count == 0 || complete || shortRow && RowStart(line, words, out _, out _))
        {
            if (!RowStart(line, words, out var total, out var nameAt))
            {
                return false;
            }

            if ((complete || shortRow) && SubtotalOfNextRow(line))
            {
                cellRow.Clear();   // CellSplitColumns: a 款 row over its 项 rows is their subtotal, not an item
            }
            else if (complete)
            {
                ReadCellRow();
            }
            else if (shortRow)
            {
                ReadShortCellRow();
            }

            cellRowIsTotal = total;
            cellRow.Add(nameAt > 0 ? line.Slice(0, CodeEnd(line.Text)).Trim() : line.Trim());
            if (nameAt > 0)
            {
                cellRow.Add(line.Slice(nameAt, line.Length).Trim());
            }

            return true;
        }

        if (cellRow.Count == 1 && !cellRowIsTotal)
        {
            if (words.Length < 2 || HasDigit(words) || Scanner.IsDigit(words[0]))
            {
                return false;
            }

            cellRow.Add(line.Trim());   // the name
            return true;
        }

        var text = line.Text.Trim();
        if (text.Length == 0 || !IsSentenceNumber(text, 0, text.Length))
        {
            return false;
        }

        cellRow.Add(line.Trim());
        return true;
    }

    /// <summary>
    /// Whether the line starts a row: a 3/5/7-digit code alone, a code and a name ("2040201 行政运行"; <paramref name="nameAt"/>
    /// the name's index), or 合计/总计 (<paramref name="total"/>).
    /// </summary>
    private static bool RowStart(Fragment line, string words, out bool total, out int nameAt)
    {
        total = words is "合计" or "总计";
        nameAt = 0;
        if (total)
        {
            return true;
        }

        var text = line.Text;
        var end = CodeEnd(text);
        var start = 0;
        while (start < end && WhiteSpace.Is(text[start]))
        {
            start++;
        }

        if (end - start is not (3 or 5 or 7) || !AllDigits(text, start, end))
        {
            return false;
        }

        var rest = end;
        while (rest < text.Length && WhiteSpace.Is(text[rest]))
        {
            rest++;
        }

        if (rest == text.Length)
        {
            return true;
        }

        var name = WithoutSpaces(text.Substring(rest));
        if (rest == end || name.Length < 2 || HasDigit(name) || name.IndexOfAny(['。', ',', ':', ';']) >= 0)
        {
            return false;   // "2040201行政运行" without a space, or words after the code that are no name
        }

        nameAt = rest;
        return true;
    }

    /// <summary>The end of the leading run of digits (after leading spaces) of <paramref name="text"/>.</summary>
    private static int CodeEnd(string text)
    {
        var i = 0;
        while (i < text.Length && WhiteSpace.Is(text[i]))
        {
            i++;
        }

        while (i < text.Length && Scanner.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Gives <see cref="CodedItemTableRow"/> the bar header a coded table's header words stand for
    /// (<c>|科目编码|科目名称|</c> then <paramref name="columns"/>), every character mapped to <paramref name="at"/>.
    /// </summary>
    private void CodedHeaderOf(List<string> columns, int at)
    {
        var sb = new StringBuilder("|科目编码|科目名称|");
        foreach (var column in columns)
        {
            sb.Append(column).Append('|');
        }

        var map = new OffsetMap();
        for (var i = 0; i < sb.Length; i++)
        {
            map.Add(at);
        }

        CodedItemTableRow(new Fragment(sb.ToString(), map));
    }

    /// <summary>Reads the gathered row, confirmed, as the bar row it stands for; the row is then cleared.</summary>
    private void ReadCellRow()
    {
        var row = BarRow(cellRow, cellRowIsTotal);
        cellRow.Clear();
        CodedItemTableRow(row);
    }

    /// <summary>
    /// The bar row <paramref name="cells"/> stand for (<c>|2040201|行政运行|3,420.00|…|</c>; a 合计 row
    /// (<paramref name="total"/>) with its blank code cell first), every character mapped to the cell it comes from.
    /// </summary>
    private static Fragment BarRow(List<Fragment> cells, bool total, int dashes = 0)
    {
        var sb = new StringBuilder();
        var map = new OffsetMap();
        var first = cells[0].At(0);

        void Bar(int at)
        {
            sb.Append('|');
            map.Add(at);
        }

        Bar(first);
        if (total)
        {
            Bar(first);   // the 合计 row's blank code cell
        }

        foreach (var cell in cells)
        {
            var text = cell.Text;
            for (var i = 0; i < text.Length; i++)
            {
                sb.Append(text[i]);
                map.Add(cell.At(i));
            }

            Bar(cell.Length > 0 ? cell.At(cell.Length - 1) + 1 : first);
        }

        var end = map.Length > 0 ? map[map.Length - 1] : first;
        for (var d = 0; d < dashes; d++)
        {
            sb.Append('-');   // ShortCellRows (session 59): a column whose cell was dropped, blank ("-") in the bar row
            map.Add(end);
            Bar(end);
        }

        return new Fragment(sb.ToString(), map);
    }

    /// <summary>
    /// The end of the open table (a line that is not its cell, a heading, another section): its last row read when it was
    /// complete, and the state cleared.
    /// </summary>
    private void EndCellTable()
    {
        if (cellColumns > 0 && cellRow.Count > 0 && cellRow.Count - (cellRowIsTotal ? 1 : 2) == cellColumns)
        {
            ReadCellRow();
        }
        else if (cellColumns > 0 && cellRow.Count - (cellRowIsTotal ? 1 : 2) >= 2 && ShortCellRowReadable())
        {
            ReadShortCellRow();   // ShortCellRows (session 59): the table's last row, its blank cells dropped
        }

        if (cellColumns > 0)
        {
            codedColumns = null;
        }

        cellColumns = 0;
        cellRow.Clear();
        cellHeaderWords.Clear();
        cellHeaderAt = -1;
    }
}
