namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 53 (tables53, blind round 49 t01 and t03; issue 8): two ways of writing a coded item table
/// (<see cref="CodedItemTableRow"/>) that the reader refused whole.
/// <list type="bullet">
/// <item>The code <b>split into 类 | 款 | 项 columns</b>: header <c>类 | 款 | 项 | 科目名称 | 年初预算 | 决算数 | 完成率</c>, rows
/// <c>201 | 01 | 04 | 人大会议 | 300.00 | 286.30 | 95.43%</c>, a 类 row <c>201 |  |  | 一般公共服务支出 | …</c>, a 款 row with the
/// first two code cells, and a 合计 row with all three empty. The header did not name a code column and every row had two
/// cells too many. Now the header is read as <c>科目编码 | 科目名称 | …</c> and each row as its joined code
/// (<c>2010104 | 人大会议 | …</c>), every character mapped to the cell it comes from. The three code cells of a row are
/// taken by position (a bar or tab row keeps its empty cells): 3 digits, then 2, then 2; a row whose leading code cells are
/// empty takes them from the 类 and 款 above it (the merged cells of a spreadsheet), and only then. A space-aligned row
/// (where an empty cell leaves no trace) is read only when its code cells are a 3-digit 类 and then 2-digit parts in order.
/// Any other shape is passed on as written, and does not line up with the header (the table is not guessed at).</item>
/// <item>The <b>unit in every cell</b>: <c>2120803	城市建设支出	5,486.34万元</c>. A figure's cell with words was "not a row of
/// figures". A cell that is a number followed by the table's own unit (<see cref="codedUnit"/>, the header's, the
/// section's declared or the one its 合计 confirms) is now read as the number; a cell in another unit stays words (the row
/// is refused as before).</item>
/// </list>
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The header words of the three code columns of a split-code table, in order.</summary>
    private static readonly string[] SplitCodeWords = ["类", "款", "项"];

    /// <summary>The header cell a split-code header's three code cells are read as.</summary>
    private const string JoinedCodeWords = "科目编码";

    /// <summary>Whether the open coded item table writes its code in 类 | 款 | 项 columns.</summary>
    private bool splitCodes;

    /// <summary>The 类 (3 digits) and 款 (2 digits) of the split-code table's last row that gave them (empty: none).</summary>
    private string splitClass = string.Empty;

    /// <summary>The 款 digits of the split-code table's last 款 or 项 row (empty: none).</summary>
    private string splitSection = string.Empty;

    /// <summary>The cells of a row being rewritten: a range of the row's text, or words mapped to a position (scratch).</summary>
    private readonly List<(int Start, int End, string? Words)> splitCells = [];

    /// <summary>
    /// The row as the coded item table reads it: a split-code header or row with its code joined, a row's unit suffixes
    /// dropped from its figure cells; else <paramref name="row"/> itself.
    /// </summary>
    private Fragment CodedRowAsRead(Fragment row)
    {
        var joinedHeader = codedColumns is null ? JoinedCodeHeader(row) : null;   // session 64 (JoinedCodeTables)
        if (IndentedRowAsRead(row) is { } indented)
        {
            return indented;   // session 62: 类, 款 and 项 told by indentation, no code (IndentedItemTables)
        }

        if (joinedHeader is not null)
        {
            return joinedHeader;   // session 64: "项目|2014年决算数|…", the rows' code and name in one cell (JoinedCodeTables)
        }

        if (joinedCodes && codedColumns is { } open && JoinedCodeRow(row, open.Count) is { } joined)
        {
            return joined;
        }

        var text = row.Source;
        var from = row.SourceStart;
        if (codedColumns is null && text.IndexOf('类', from, row.Length) < 0)
        {
            splitCodes = false;
            return row;   // no table open and no 类 header: nothing to rewrite (the common row costs no split)
        }

        TextTableReader.CellRanges(text, from, from + row.Length, codedCells);
        if (codedCells.Count > 3 && IsSplitCodeHeader(text))
        {
            splitCodes = true;
            (splitClass, splitSection) = (string.Empty, string.Empty);
            splitCells.Clear();
            splitCells.Add((codedCells[0].Start, codedCells[0].Start, JoinedCodeWords));
            for (var k = 3; k < codedCells.Count; k++)
            {
                splitCells.Add((codedCells[k].Start, codedCells[k].End, null));
            }

            return RewrittenRow(row, text, from, 1);
        }

        if (codedColumns is null)
        {
            splitCodes = false;
            return row;
        }

        if (AllRuleCells(text, codedCells))
        {
            return row;   // a Markdown |---| line under the header: passed over as it is
        }

        splitCells.Clear();
        var nameAt = splitCodes ? SplitCodeCells(text) : 1;
        if (nameAt < 0)
        {
            return row;
        }

        if (!splitCodes)
        {
            splitCells.Add((codedCells[0].Start, codedCells[0].End, null));
        }

        var codeParts = splitCells.Count;   // the cells the code cell is written in
        var changed = splitCodes;
        for (var k = nameAt; k < codedCells.Count; k++)
        {
            var (s, e) = codedCells[k];
            var end = WithoutTableUnit(text, s, e);   // a name is no number: only figure cells lose a unit
            changed |= end != e;
            splitCells.Add((s, end, null));
        }

        return changed ? RewrittenRow(row, text, from, codeParts) : row;
    }

    /// <summary>Whether the row's first three cells are 类, 款 and 项 (<see cref="codedCells"/>).</summary>
    private bool IsSplitCodeHeader(string text)
    {
        for (var k = 0; k < SplitCodeWords.Length; k++)
        {
            var (s, e) = codedCells[k];
            if (WithoutSpaces(text.Substring(s, e - s)) != SplitCodeWords[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The joined code cell of a split-code row, added to <see cref="splitCells"/>; the index of the row's name cell (the
    /// first cell with a character that is not a digit), or -1 when the code cells are not a 类, 款 or 项 code.
    /// </summary>
    private int SplitCodeCells(string text)
    {
        var nameAt = 0;
        while (nameAt < codedCells.Count && (codedCells[nameAt].End == codedCells[nameAt].Start
            || AllDigits(text, codedCells[nameAt].Start, codedCells[nameAt].End)))
        {
            nameAt++;
        }

        if (nameAt == codedCells.Count || nameAt > SplitCodeWords.Length)
        {
            return -1;
        }

        var parts = new (int Start, int End)[SplitCodeWords.Length];
        if (nameAt == SplitCodeWords.Length)
        {
            codedCells.CopyTo(0, parts, 0, nameAt);   // a bar or tab row: the cells by position
        }
        else
        {
            var filled = 0;
            for (var k = 0; k < nameAt; k++)
            {
                if (codedCells[k].End > codedCells[k].Start)
                {
                    parts[filled++] = codedCells[k];
                }
            }

            if (filled > 0 && filled < nameAt)
            {
                return -1;   // a blank cell among a space-aligned row's code cells: which is which is not known
            }
        }

        return JoinedCode(text, parts) ? nameAt : -1;
    }

    /// <summary>
    /// Adds the code cell the split parts stand for (类 3 digits, 款 and 项 2 each; leading empty parts taken from the rows
    /// above; all empty: an empty code cell, a 合计 row's); false when the parts are no code.
    /// </summary>
    private bool JoinedCode(string text, (int Start, int End)[] parts)
    {
        int Length(int k) => parts[k].End - parts[k].Start;
        if (Length(0) is not (0 or 3) || Length(1) is not (0 or 2) || Length(2) is not (0 or 2))
        {
            return false;
        }

        var first = Array.FindIndex(parts, p => p.End > p.Start);
        if (first < 0)
        {
            splitCells.Add((parts[0].Start, parts[0].Start, string.Empty));
            return true;
        }

        if (Array.FindIndex(parts, first, p => p.End == p.Start) is var gap && gap >= 0
                && Array.FindIndex(parts, gap, p => p.End > p.Start) >= 0
            || first >= 1 && splitClass.Length == 0 || first == 2 && splitSection.Length == 0)
        {
            return false;   // a gap inside the code, or parts above it that no row gave
        }

        var inherited = (first >= 1 ? splitClass : string.Empty) + (first == 2 ? splitSection : string.Empty);
        var written = string.Concat(parts.Where(p => p.End > p.Start).Select(p => text.Substring(p.Start, p.End - p.Start)));
        var code = inherited + written;
        splitClass = code.Substring(0, 3);
        splitSection = code.Length >= 5 ? code.Substring(3, 2) : string.Empty;
        var at = parts[first].Start;
        if (inherited.Length > 0)
        {
            splitCells.Add((at, at, inherited));   // the 类 (and 款) of the rows above, at the row's first code cell
        }

        foreach (var (s, e) in parts)
        {
            if (e > s)
            {
                splitCells.Add((s, e, null));
            }
        }

        return true;
    }

    /// <summary>
    /// The end of the number of a figure cell written with the table's own unit after it (<c>5,486.34万元</c>, the unit
    /// being <see cref="codedUnit"/>); else <paramref name="e"/>.
    /// </summary>
    private int WithoutTableUnit(string text, int s, int e)
    {
        var unit = codedUnit;
        if (e - s <= unit.Length || string.CompareOrdinal(text, e - unit.Length, unit, 0, unit.Length) != 0)
        {
            return e;
        }

        var end = e - unit.Length;
        while (end > s && text[end - 1] == ' ')
        {
            end--;
        }

        return end > s && IsSentenceNumber(text, s, end) && text[end - 1] != '%' ? end : e;
    }

    /// <summary>
    /// The bar row <see cref="splitCells"/> stand for (<c>|2010104|人大会议|300.00|…|</c>): the code cell's parts run
    /// together into one cell (the first <paramref name="codeParts"/> of them), every character mapped to where it comes
    /// from in <paramref name="row"/>.
    /// </summary>
    private Fragment RewrittenRow(Fragment row, string text, int from, int codeParts)
    {
        var sb = new StringBuilder();
        var map = new OffsetMap();
        var last = row.Length - 1;

        void Put(char c, int at)
        {
            sb.Append(c);
            map.Add(row.At(Math.Min(Math.Max(at - from, 0), last)));
        }

        Put('|', from);
        for (var k = 0; k < splitCells.Count; k++)
        {
            var (s, e, words) = splitCells[k];
            if (words is not null)
            {
                foreach (var c in words)
                {
                    Put(c, s);
                }
            }
            else
            {
                for (var i = s; i < e; i++)
                {
                    Put(text[i], i);
                }
            }

            if (k >= codeParts - 1)
            {
                Put('|', e);   // the code's parts are one cell; every cell after it is closed by a bar
            }
        }

        return new Fragment(sb.ToString(), map);
    }
}
