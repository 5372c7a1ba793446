namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (tbl64, blind rounds 58 t07, 59 t05): a table of 功能分类 项 whose header has a corner word (项目, 科目, 科目名称)
/// and no code column, while each row writes the item's code and name in its first cell — <c>项目|2014年决算数|2013年决算数|
/// 增减额|增减率（%）</c> over <c>2013650 事业运行|386.72|352.40|34.32|9.74</c> (bars without outer pipes, tabs or columns aligned
/// with spaces), or the name with its code in brackets (<c>城乡社区环境卫生（2120501）</c>), and a <c>合计</c> row. The coded item
/// table (<see cref="CodedItemTableRow"/>) opened only on a header naming a code column, and the sentence-table passes over a
/// row whose label begins with a digit, so none of the items' figures, prior years and changes were read. Now such a header,
/// in the sections where 项 go, is read as <c>科目编码 | 科目名称 | …</c> (the columns decided by <see cref="CodedHeader"/>, as for
/// any coded table: a prior year only as the year before the text's or 上年, a change only beside it, a budget only of a
/// known kind), and each row as the coded row it stands for (<c>|2013650|事业运行|386.72|…|</c>, every character mapped to
/// where it comes from): the item's line with its 上年 and change, the 合计 as the section's total with its prior year. A row
/// of a space-aligned table with blank cells is placed by where its cells end under the header's (session 58,
/// <see cref="AlignCellsByPosition"/>); a row that cannot be placed so, or whose first cell is no code and name, is passed
/// over (a located note for the former) and the table goes on — its other rows are each certain on their own.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The corner words of a joined-code table's header (the first cell, naming neither a code nor figures).</summary>
    private static readonly string[] JoinedCornerWords = ["项目", "科目", "项目名称", "科目名称", "功能分类科目", "支出功能分类科目"];

    /// <summary>Whether the open coded item table writes each row's code and name in one first cell.</summary>
    private bool joinedCodes;

    /// <summary>Whether the row just rewritten is to be passed over by the coded item table (its cells could not be placed).</summary>
    private bool joinedRowSkipped;

    /// <summary>The display column each cell of a space-aligned joined-code header ends at (the corner first); else empty.</summary>
    private readonly List<int> joinedHeaderEnds = [];

    /// <summary>The cell ranges of the joined-code row being read (scratch).</summary>
    private readonly List<(int Start, int End)> joinedCells = [];

    /// <summary>
    /// When no coded table is open: the header <paramref name="row"/> stands for when it is a joined-code table's header
    /// (its corner word, then two columns at least, none naming a code), every character of the code and name words mapped to
    /// the corner; else null. The table is then open as a joined-code one if <see cref="CodedHeader"/> accepts the columns.
    /// </summary>
    private Fragment? JoinedCodeHeader(Fragment row)
    {
        joinedCodes = false;
        var text = row.Source;
        var from = row.SourceStart;
        var to = from + row.Length;
        if (text.IndexOfAny(SentenceHeaderChars, from, to - from) < 0)
        {
            return null;   // no 年, 增, 算 or 率: no column of this table's header (most rows)
        }

        TextTableReader.CellRanges(text, from, to, joinedCells);
        if (joinedCells.Count < 3 || Array.IndexOf(JoinedCornerWords, Compacted(text, joinedCells[0])) < 0)
        {
            return null;
        }

        for (var k = 1; k < joinedCells.Count; k++)
        {
            var (s, e) = joinedCells[k];
            if (text.IndexOf("编码", s, e - s, StringComparison.Ordinal) >= 0 || text.IndexOf("代码", s, e - s, StringComparison.Ordinal) >= 0)
            {
                return null;   // a code column of its own: the coded table's header as written
            }
        }

        joinedHeaderEnds.Clear();
        if (!HasSeparator(text, from, to))
        {
            var line = LineStart(text, from);
            foreach (var (_, end) in joinedCells)
            {
                joinedHeaderEnds.Add(DisplayColumn(text, line, end));
            }
        }

        joinedCodes = true;
        var at = joinedCells[0].Start;
        splitCells.Clear();
        splitCells.Add((at, at, JoinedCodeWords));
        splitCells.Add((at, at, "科目名称"));
        for (var k = 1; k < joinedCells.Count; k++)
        {
            splitCells.Add((joinedCells[k].Start, joinedCells[k].End, null));
        }

        return RewrittenRow(row, text, from, 1);
    }

    /// <summary>
    /// A row of the open joined-code table as the coded row it stands for (<c>|2013650|事业运行|386.72|…|</c>, a 合计 row with
    /// an empty code cell), its blank cells placed by position in a space-aligned table; null when its first cell is neither
    /// a code and a name nor 合计 (the row goes on as written). A row whose figures cannot be placed under the columns is
    /// returned marked <see cref="joinedRowSkipped"/>, with a located note.
    /// </summary>
    private Fragment? JoinedCodeRow(Fragment row, int columns)
    {
        var text = row.Source;
        var from = row.SourceStart;
        var to = from + row.Length;
        TextTableReader.CellRanges(text, from, to, joinedCells);
        if (joinedCells.Count < 2 || JoinedFirstCell(text, joinedCells[0]) is not var (code, name))
        {
            return null;
        }

        for (var k = 1; k < joinedCells.Count; k++)
        {
            var (s, e) = joinedCells[k];
            if (e > s && !IsBlankCell(text, s, e) && !IsSentenceNumber(text, s, e))
            {
                return null;   // words in a figure's cell ("合计  基本支出  项目支出", a header's second line): the table ends
            }
        }

        if (joinedCells.Count - 1 < columns && joinedHeaderEnds.Count > 0)
        {
            AlignCellsByPosition(text, from, to, columns, joinedCells, joinedHeaderEnds);
        }

        if (joinedCells.Count - 1 != columns)
        {
            var (ls, le) = joinedCells[0];
            var label = text.Substring(ls, le - ls);
            Note(b.Span(row, ls - from, le - from), DisclosureMessages.SentenceTableRowMisaligned(label, joinedCells.Count - 1, columns),
                label);
            joinedRowSkipped = true;
            return row;
        }

        splitCells.Clear();
        splitCells.Add(code.End > code.Start ? (code.Start, code.End, null) : (code.Start, code.Start, string.Empty));
        splitCells.Add((name.Start, name.End, null));
        for (var k = 1; k < joinedCells.Count; k++)
        {
            splitCells.Add((joinedCells[k].Start, joinedCells[k].End, null));
        }

        return RewrittenRow(row, text, from, 1);
    }

    /// <summary>
    /// The code and the name a joined-code row's first cell writes: a 3, 5 or 7-digit code, white space and a name
    /// (<c>2013650 事业运行</c>), a name and its code in brackets (<c>城乡社区环境卫生(2120501)</c>), or 合计 / 总计 alone (an empty
    /// code); null for any other cell.
    /// </summary>
    private static ((int Start, int End) Code, (int Start, int End) Name)? JoinedFirstCell(string text, (int Start, int End) cell)
    {
        var (s, e) = cell;
        var compact = Compacted(text, cell);
        if (compact is "合计" or "总计")
        {
            return ((s, s), (s, e));
        }

        var d = s;
        while (d < e && Scanner.IsDigit(text[d]))
        {
            d++;
        }

        if (d > s)
        {
            var n = d;
            while (n < e && WhiteSpace.Is(text[n]))
            {
                n++;
            }

            return d - s is 3 or 5 or 7 && n > d && JoinedName(text, n, e) ? ((s, d), (n, e)) : null;
        }

        if (e - s < 6 || text[e - 1] != ')')
        {
            return null;
        }

        var open = text.LastIndexOf('(', e - 1, e - s);
        var length = open < 0 ? 0 : e - 1 - open - 1;
        var nameEnd = open;
        while (nameEnd > s && WhiteSpace.Is(text[nameEnd - 1]))
        {
            nameEnd--;
        }

        return length is 3 or 5 or 7 && AllDigits(text, open + 1, e - 1) && JoinedName(text, s, nameEnd)
            ? ((open + 1, e - 1), (s, nameEnd)) : null;
    }

    /// <summary>
    /// Whether [<paramref name="s"/>, <paramref name="e"/>) is an item's name: two characters at least, no digit, no clause mark.
    /// </summary>
    private static bool JoinedName(string text, int s, int e)
    {
        if (e - s < 2)
        {
            return false;
        }

        for (var i = s; i < e; i++)
        {
            if (Scanner.IsDigit(text[i]) || text[i] is '。' or ',' or ':' or ';' or '，' or '：' or '；')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the open sentence-table row's label is a row the joined-code table reads (its code and name, or 合计).</summary>
    private bool JoinedCodeTableReads(string text, (int Start, int End) label)
        => joinedCodes && codedColumns is not null && JoinedFirstCell(text, label) is not null;

    /// <summary>A cell's characters without white space.</summary>
    private static string Compacted(string text, (int Start, int End) cell)
        => WithoutSpaces(text.Substring(cell.Start, cell.End - cell.Start));

    /// <summary>
    /// Session 64: the prior year and the change of a coded table's 合计 row whose amount is the section's total as stated (or
    /// the only statement of it), placed as table cells: the prior year as the total's change's base (the figure's own
    /// <c>priorYearAmount</c> when no change is stated), the change's direction, amount and rate from the 增减 cells only when
    /// the prose stated no change of the total (a stated one is the prose's; FA2104 / FA2105 check it against the prior year).
    /// </summary>
    private void CodedTotalYears(Fragment row, int from, Func<SentenceColumn, int> cell, string owner)
    {
        var text = row.Text;
        NumberToken? Figure(SentenceColumn column) => cell(column) is var at && at >= 0
            ? CellNumber(text, (codedCells[at].Start - from, codedCells[at].End - from)) : null;
        var change = owner + "/change";
        if (Figure(SentenceColumn.Prior) is { } prior && prior.Value > 0 && prior.Unit != FigureUnit.Percent)
        {
            var money = InCodedUnit(prior);
            PlaceAsTableCell(change, "priorYearAmount", AmountNode(money, CellSpan(row, prior)), CellSpan(row, prior),
                ClaimKind.PriorYearAmount, text);
        }

        var amount = Figure(SentenceColumn.ChangeAmount);
        var rate = Figure(SentenceColumn.ChangeRate);
        if (b.Has(change, "direction") || amount is not { } a || a.Value == 0 || a.Unit == FigureUnit.Percent
            || rate is { } r && r.Value != 0 && Math.Sign(r.Value) != Math.Sign(a.Value))
        {
            return;   // a change the prose stated, none in the row, or an amount and a rate going different ways
        }

        var saved = b.Context;
        b.Context = ReportBuilder.TableKey;
        b.SetUnder(change, "direction", DraftNode.Of(a.Value < 0 ? "decrease" : "increase"), CellSpan(row, a));
        b.Context = saved;
        var magnitude = InCodedUnit(TextTableReader.Abs(a));
        PlaceAsTableCell(change, "amount", AmountNode(magnitude, CellSpan(row, a)), CellSpan(row, a), ClaimKind.ChangeAmount, text);
        if (rate is { } changeRate && changeRate.Value != 0)
        {
            PlaceAsTableCell(change, "rate", DraftNode.Of(TextTableReader.Abs(changeRate).Digits), CellSpan(row, changeRate),
                ClaimKind.ChangeRate, text);
        }
    }

    /// <summary>
    /// Session 64 (blind round 59 t05): the sentence under a 项 comparison table that explains the rows' changes by name, one
    /// clause each — "其中：事业运行增加34.32万元，主要原因是检定人员增加及工资调整；…；事业单位医疗与2013年持平；…". Read as prose, its
    /// reasons all went to the table's last row (the subject) and its amounts were notes. True, with each reason given to its
    /// row's change, only when every clause (cut at ';') names one row's item at its start and restates that row exactly: the
    /// same direction and change amount (in the table's unit), then perhaps the reason; or 持平 for a row without a change.
    /// Otherwise nothing is given and the sentence is read as before.
    /// </summary>
    private bool NamedChangeSentence(Fragment fragment, string text, int start, int end, List<(string Code, string Pointer)> items)
    {
        var reasons = new List<(string Pointer, int From, int To)>();
        for (var from = start; from < end;)
        {
            var stop = text.IndexOf(';', from, end - from);
            var clauseEnd = stop < 0 ? end : stop;
            if (!NamedChangeClause(text, from, clauseEnd, items, reasons))
            {
                return false;
            }

            from = clauseEnd + 1;
        }

        foreach (var (pointer, from, to) in reasons)
        {
            var reasonEnd = to;
            while (reasonEnd > from && text[reasonEnd - 1] is '。' or ' ')
            {
                reasonEnd--;
            }

            if (reasonEnd - from >= 2 && !b.Has(pointer + "/change", "reason"))
            {
                b.SetUnder(pointer + "/change", "reason", DraftNode.Of(text.Substring(from, reasonEnd - from)),
                    b.Span(fragment, from, reasonEnd));
            }
        }

        return reasons.Count > 0;
    }

    /// <summary>One clause of <see cref="NamedChangeSentence"/>: true when it restates one row's change (its reason added).</summary>
    private bool NamedChangeClause(string text, int from, int to, List<(string Code, string Pointer)> items,
        List<(string Pointer, int From, int To)> reasons)
    {
        while (from < to && text[from] is ' ' or '。')
        {
            from++;
        }

        if (string.CompareOrdinal(text, from, "其中:", 0, 3) == 0)
        {
            from += 3;
        }

        string? pointer = null;
        var nameEnd = from;
        foreach (var (_, item) in items)
        {
            if (b.FindString(item, "name") is { Length: >= 2 } name && name.Length > nameEnd - from
                && string.CompareOrdinal(text, from, name, 0, name.Length) == 0)
            {
                (pointer, nameEnd) = (item, from + name.Length);
            }
        }

        if (pointer is null)
        {
            return from >= to;   // an empty clause (the sentence's end) is no clause
        }

        var change = pointer + "/change";
        var direction = b.FindString(change, "direction");
        var rest = text.Substring(nameEnd, to - nameEnd);
        if (rest.EndsWith("持平", StringComparison.Ordinal) && rest.Length <= 10 && rest.StartsWith("与", StringComparison.Ordinal))
        {
            return direction is null;   // "事业单位医疗与2013年持平": the row has no change
        }

        var said = rest.StartsWith("增加", StringComparison.Ordinal) || rest.StartsWith("增长", StringComparison.Ordinal) ? "increase"
            : rest.StartsWith("减少", StringComparison.Ordinal) || rest.StartsWith("下降", StringComparison.Ordinal) ? "decrease" : null;
        var at = nameEnd + 2;
        if (said is null || said != direction || !Scanner.NextIn(text, at, to, ref at, out var token) || token.Start != nameEnd + 2
            || b.FindString(change, "amount") is not { } held || !TextChecks.TryParseAmount(held, out var amount)
            || token.Value != amount || token.Unit != CodedUnitOfFigures())
        {
            return false;
        }

        var after = token.End;
        while (after < to && text[after] is ',' or ' ')
        {
            after++;
        }

        if (after == to)
        {
            return true;
        }

        foreach (var marker in CodedReasonMarkers)
        {
            if (string.CompareOrdinal(text, after, marker, 0, marker.Length) == 0)
            {
                var reasonFrom = after + marker.Length;
                while (reasonFrom < to && text[reasonFrom] is ':' or ' ')
                {
                    reasonFrom++;
                }

                reasons.Add((pointer, reasonFrom, to));
                return true;
            }
        }

        return false;
    }

    /// <summary>The unit a figure written in the open (or last) coded table's unit carries when the scanner reads it.</summary>
    private FigureUnit CodedUnitOfFigures() => codedUnit switch
    {
        "元" => FigureUnit.Yuan,
        "千元" => FigureUnit.QianYuan,
        "亿元" => FigureUnit.YiYuan,
        _ => FigureUnit.WanYuan,
    };
}
