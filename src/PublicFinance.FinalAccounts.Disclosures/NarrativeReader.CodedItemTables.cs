namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 38 (blind round 36, family A): a table of 功能分类 items whose code stands in a column of its own —
/// <c>| 科目编码 | 科目名称 | 年初预算 | 决算数 | 完成率 |</c>, rows <c>| 2040201 | 行政运行 | 3,420.00 | 3,398.56 | 99.37% |</c>
/// and a <c>| | 合计 | … |</c> row, written with bars or tabs. Neither the class table (its first column names 类) nor the
/// sentence-table (its first column is a corner) read it, so none of its figures reached the report and a wrong 完成率 in
/// it was never seen. Each item row is read as the line it stands for — <c>2040201行政运行:年初预算3,420.00万元,
/// 支出决算3,398.56万元,完成年初预算的99.37%。</c> — built from the row's cells, every character mapped to the cell it comes
/// from, and given to <see cref="Paragraph"/>: the item is placed where the section's items go (the 具体情况 lines' path), so
/// its budget and 完成率 are checked as a written line's. The 合计 row is the section's total (the 一般公共预算 section
/// only), placed as the figure the prose states. Only in the 一般公共预算, 政府性基金 and 国有资本经营 sections, only with the
/// amounts' unit known (the header's or the section's declaration), only rows that line up with the header cell for cell and
/// whose code is a valid 3, 5 or 7-digit 功能分类 code.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The columns after the code and name of the open coded item table (null: none open).</summary>
    private List<SentenceColumn>? codedColumns;

    /// <summary>The unit words of the open coded item table's amounts.</summary>
    private string codedUnit = "万元";

    /// <summary>The items the open (or last) coded item table placed, by code, for the 说明 under it (null: none).</summary>
    private List<(string Code, string Pointer)>? codedItems;

    /// <summary>The cell ranges of the coded table row being read (scratch).</summary>
    private readonly List<(int Start, int End)> codedCells = [];

    /// <summary>A table row (the narrative's hook): a coded item table's header opens it, a later row is read.</summary>
    private void CodedItemTableRow(Fragment row)
    {
        if (section is not (Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital) && !AppropriationCodedTable())
        {
            codedColumns = null;
            return;
        }

        row = CodedRowAsRead(row);   // session 53: 类 | 款 | 项 code columns, a unit in every figure cell (SplitCodeColumns)
        if (joinedRowSkipped)
        {
            joinedRowSkipped = false;
            return;   // session 64: a joined-code row whose cells could not be placed, passed over (JoinedCodeTables)
        }

        var text = row.Source;
        var from = row.SourceStart;
        var to = from + row.Length;
        if (codedColumns is null && codedUpperHeader is null && text.IndexOf("编码", from, to - from, StringComparison.Ordinal) < 0
            && text.IndexOf("代码", from, to - from, StringComparison.Ordinal) < 0)
        {
            return;
        }

        TextTableReader.CellRanges(text, from, to, codedCells);
        if (codedColumns is null && codedUpperHeader is not null && AllRuleCells(text, codedCells))
        {
            codedUpperHeaderEnd = row.At(row.Length - 1) + 1;   // session 52: a Markdown |---| between a header's two lines
            return;
        }

        if (CodedHeadingRow(text) || codedColumns is null && CodedLowerHeader(row, text, from))
        {
            return;   // UnitlessCodedTables: "213 | 农林水支出 | | |", a heading row; TwoLineCodedHeaders: a header's second line
        }

        if (codedCells.Count < 3)
        {
            codedColumns = null;
            return;
        }

        var (open, waiting) = (codedColumns, codedWaiting);
        if (CodedHeader(text) is { } header)
        {
            if (open is not null && waiting is not null && codedWaiting is not null && open.SequenceEqual(header))
            {
                codedWaiting = waiting;   // session 53: the header repeated after a page break (续表): the same table goes on
            }

            codedColumns = header;
            return;
        }

        if (codedColumns is null)
        {
            CodedUpperHeaderHeld(row, text, from);   // TwoLineCodedHeaders: perhaps the first line of a header over two lines
            return;
        }

        if (codedColumns is { } columns && !AllRuleCells(text, codedCells))
        {
            TotalRowCodeCell(text, columns);   // UnitlessCodedTables: "合计  1000.00  …" with no code cell of its own

            if (codedCells.Count - 2 != columns.Count)
            {
                codedColumns = null;   // a row that does not line up: the table is not guessed at
                return;
            }

            if (!CodedRowWaits(row, text, columns))   // UnitlessCodedTables: no unit declared, the 合计 decides it
            {
                CodedRow(row, text, from, columns);
            }
        }
    }

    /// <summary>
    /// The columns after the code and the name when the row is a coded item table's header (科目编码 | 科目名称 | then 决算
    /// once and only 年初 / 调整 budget and 完成率 columns besides), with a known unit; else null.
    /// </summary>
    private List<SentenceColumn>? CodedHeader(string text)
    {
        string? unitWords = null;
        var code = SentenceCompact(text, codedCells[0].Start, codedCells[0].End, ref unitWords);
        var name = SentenceCompact(text, codedCells[1].Start, codedCells[1].End, ref unitWords);
        if (Array.IndexOf(CellCodeWords, code) < 0 || name != "项目" && Array.IndexOf(CellNameWords, name) < 0)   // CodedCellLines
        {
            return null;
        }

        var columns = new List<SentenceColumn>(codedCells.Count - 2);
        SentenceColumn? rateBasis = null;
        SentenceColumn? namedBasis = null;   // session 41: the basis a rate header names (a bare 完成率 names none)
        for (var i = 2; i < codedCells.Count; i++)
        {
            var cell = SentenceCompact(text, codedCells[i].Start, codedCells[i].End, ref unitWords);
            if (CodedSplitColumn(cell) is { } split)
            {
                columns.Add(split);   // session 52: 合计 | 基本支出 | 项目支出 (CodedSplitColumns)
                continue;
            }

            if (cell is "上年决算数" or "上年决算" or "上年数" && !columns.Contains(SentenceColumn.Prior))
            {
                columns.Add(SentenceColumn.Prior);   // session 59: 上年决算数 beside 本年决算数, each item's prior year
                continue;
            }

            var cellYear = 0;
            var namesBasis = NamedBasisRate(cell, out var basis);
            var cellColumn = namesBasis ? SentenceColumn.CompletionRate : SentenceColumnOf(cell, out cellYear);
            if (CodedYearColumn(cellColumn, cellYear, columns) is { } yearColumn)
            {
                columns.Add(yearColumn);   // session 61: 2021年决算数 beside 2022年决算数, 增减额, 增减率 (CodedYearColumns)
                continue;
            }

            if (cellColumn is not { } column
                || cellYear != 0 && cellYear != year
                || column is not (SentenceColumn.Current or SentenceColumn.Budget or SentenceColumn.FullYearBudget
                    or SentenceColumn.CompletionRate)
                || column == SentenceColumn.Budget && !cell.Contains("年初"))
            {
                return null;   // a column this table does not have (上年, 增减), or "预算数" alone (年初 or 全年 not known)
            }

            columns.Add(column);
            rateBasis = column == SentenceColumn.CompletionRate && namesBasis ? basis : rateBasis;   // session 49: 执行率 names none
            namedBasis = namesBasis ? basis : namedBasis;
        }

        if (!CodedYearColumnsFit(columns))
        {
            return null;   // session 61: a change column with no prior year beside this year's
        }

        var budgets = columns.Count(c => c is SentenceColumn.Budget or SentenceColumn.FullYearBudget);
        var twoBases = TwoBudgetBases(columns, budgets, namedBasis);   // session 41: 年初 and 调整 columns, the rate naming one
        var unnamedRate = !twoBases && CodedBudgetsWithUnnamedRate(columns, namedBasis);   // CodedUnnamedRates
        if (columns.Count(c => c == SentenceColumn.Current) != 1
            || budgets > 1 && !twoBases && !CodedBudgetsWithoutRate(columns) && !unnamedRate
            || !CodedSplitColumnsFit(text, columns)
            || columns.Count(c => c == SentenceColumn.CompletionRate) > 1
            || columns.Contains(SentenceColumn.CompletionRate) && budgets == 0
            || rateBasis is { } named && !columns.Contains(named)   // 完成年初预算% beside a 调整预算 column: another basis
            || (unitWords ?? UnitWords(declaredUnit) ?? UnitToConfirm()) is not { } unit)
        {
            return null;
        }

        codedWaiting = unitWords is null && declaredUnit == FigureUnit.None ? [] : null;   // UnitlessCodedTables
        codedUnit = unit;
        codedBasis = twoBases ? namedBasis : null;
        codedUnnamedRate = unnamedRate;
        return columns;
    }

    /// <summary>A row of the open coded item table: an item read as its line, the 合计 as the section's total, else nothing.</summary>
    private void CodedRow(Fragment row, string text, int from, List<SentenceColumn> columns)
    {
        for (var k = 2; k < codedCells.Count; k++)
        {
            var (s, e) = codedCells[k];
            if (e > s && !IsBlankCell(text, s, e) && !IsSentenceNumber(text, s, e))
            {
                return;   // words in a figure's cell: not a row of figures
            }
        }

        int Cell(SentenceColumn c)
        {
            var k = columns.IndexOf(c);
            return k >= 0 && !IsBlankCell(text, codedCells[k + 2].Start, codedCells[k + 2].End) ? k + 2 : -1;
        }

        var current = Cell(SentenceColumn.Current);
        if (current < 0 || text[codedCells[current].Start] is '-' or '－')
        {
            return;
        }

        var (cs, ce) = codedCells[0];
        var (ns, ne) = codedCells[1];
        var name = WithoutSpaces(text.Substring(ns, ne - ns));
        if (ce == cs && name is "合计" or "总计")
        {
            if (section == Section.GeneralBudget)
            {
                CodedTotal(row, from, Cell);
            }

            return;
        }

        if (ce - cs is not (3 or 5 or 7) || !AllDigits(text, cs, ce) || name.Length < 2 || HasDigit(name))
        {
            return;
        }

        if (ce - cs == 3)
        {
            CodedClassRow(row, from, name, Cell);   // CodedTableRateHeaders: a 类 row is a class, not an item
            return;
        }

        if (CodedNameContradicts(row, text.Substring(cs, ce - cs), name))
        {
            return;   // UnitlessCodedTables: the catalogue names the code otherwise, a located note
        }

        var sb = new StringBuilder();
        var map = new OffsetMap();
        var last = ce;

        void Words(string words)
        {
            sb.Append(words);
            for (var i = 0; i < words.Length; i++)
            {
                map.Add(row.At(last - from));
            }
        }

        void Copy(int s, int e, bool spaces)
        {
            for (var i = s; i < e; i++)
            {
                if (spaces || !WhiteSpace.Is(text[i]))
                {
                    sb.Append(text[i]);
                    map.Add(row.At(i - from));
                }
            }

            last = e;
        }

        if (AppropriationCodedTable())
        {
            Copy(ns, ne, spaces: false);   // AppropriationCodedTables: "行政运行(2130301)年初预算…", the item as its label
            Words("(");
            Copy(cs, ce, spaces: false);
            Words(")");
        }
        else
        {
            Copy(cs, ce, spaces: false);
            Copy(ns, ne, spaces: false);
            Words(":");
        }

        var (budgetColumn, _) = CodedBudgetColumn(Cell);
        var budgetCell = Cell(budgetColumn);
        var budgetWords = budgetColumn == SentenceColumn.Budget ? "年初预算" : "全年预算";
        OtherBasisNoted(row, from, Cell);   // session 41: the budget column of the basis the rate does not name
        if (budgetCell >= 0)
        {
            Words(budgetWords);
            Copy(codedCells[budgetCell].Start, codedCells[budgetCell].End, spaces: true);
            Words(codedUnit + ",");
            CodedSecondBudget(Cell, Words, (a, z) => Copy(a, z, spaces: true));   // session 52: 年初 and 调整, no rate
        }

        Words(AppropriationCodedTable() ? "决算数" : "支出决算");   // AppropriationCodedTables: no 财政拨款 支出 claim
        Copy(codedCells[current].Start, codedCells[current].End, spaces: true);
        Words(codedUnit);
        if (Cell(SentenceColumn.Prior) is var prior && prior >= 0 && IsSentenceNumber(text, codedCells[prior].Start, codedCells[prior].End)
            && text[codedCells[prior].End - 1] != '%' && text[codedCells[prior].Start] is not ('-' or '－'))
        {
            Words(",上年决算数");   // session 59: the item's prior year, read as the written line's "上年决算数 X 万元"
            Copy(codedCells[prior].Start, codedCells[prior].End, spaces: true);
            Words(codedUnit);
        }

        CodedRowChange(text, Cell, Words, (a, z) => Copy(a, z, spaces: false));   // session 61 (CodedYearColumns)
        if (budgetCell >= 0 && Cell(SentenceColumn.CompletionRate) is var rate && rate >= 0)
        {
            Words(codedUnnamedRate ? ",执行率" : ",完成" + budgetWords + "的");
            Copy(codedCells[rate].Start, codedCells[rate].End, spaces: true);
            if (text[codedCells[rate].End - 1] != '%')
            {
                Words("%");
            }
        }

        Words("。");
        map.Add(row.At(last - from));
        TableSentencesParagraph(new Fragment(sb.ToString(), map));   // session 63: table claims, the prose's other value FA8008
        if (subject is { } item && b.FindString(item, "code") == text.Substring(cs, ce - cs))
        {
            (codedItems ??= []).Add((text.Substring(cs, ce - cs), item));
            (tableItems ??= []).Add(item);   // session 50: the prose may name it without its code (TableItemOfName)
        }
    }

    /// <summary>
    /// The 合计 row of a coded item table under the 一般公共预算 heading: the section's total and its budget, placed as table
    /// cells (session 47, <see cref="PlaceAsTableCell"/>: a 合计 the prose states otherwise is FA8008, table against text).
    /// </summary>
    private void CodedTotal(Fragment row, int from, Func<SentenceColumn, int> cell)
    {
        var text = row.Text;
        var current = cell(SentenceColumn.Current);
        if (CellNumber(text, (codedCells[current].Start - from, codedCells[current].End - from)) is not { } cellFinal)
        {
            return;
        }

        var final = InCodedUnit(cellFinal);   // session 60: a 元 table's 合计 is converted, not read as 万元
        const string Owner = N + "generalBudget/total";
        var stated = b.FindString(Owner, "amount");
        PlaceAsTableCell(Owner, "amount", AmountNode(final, CellSpan(row, final)), CellSpan(row, final), ClaimKind.Amount, text);
        if ((stated is null || TextChecks.TryParseAmount(stated, out var said) && said == final.Value) && final.Unit == cellFinal.Unit)
        {
            CodedTotalYears(row, from, cell, Owner);   // session 64: the 合计's prior year and change (JoinedCodeTables)
        }

        var (budgetColumn, kind) = CodedBudgetColumn(cell);
        var budgetAt = cell(budgetColumn);

        // Session 47: a 合计 the prose states otherwise keeps its budget and rate (its own) off the prose's total.
        if (stated is not null && (!TextChecks.TryParseAmount(stated, out var prose) || prose != final.Value)
            || budgetAt < 0
            || final.Unit != cellFinal.Unit   // a converted 合计 is never the prose's figure as written
            || CellNumber(text, (codedCells[budgetAt].Start - from, codedCells[budgetAt].End - from)) is not { } budgetToken
            || b.FindString(Owner + "/budget", "kind") is { } held && held != kind)
        {
            return;   // no budget, or the total's budget the prose gave is of another kind
        }

        const string Pointer = Owner + "/budget";
        b.SetUnder(Pointer, "kind", DraftNode.Of(kind), CellSpan(row, budgetToken));
        PlaceAsTableCell(Pointer, "budgetAmount", AmountNode(budgetToken, CellSpan(row, budgetToken)), CellSpan(row, budgetToken),
            ClaimKind.BudgetAmount, text);
        var rateAt = codedUnnamedRate ? -1 : cell(SentenceColumn.CompletionRate);   // CodedUnnamedRates: the prose's
        if (rateAt >= 0 && CellNumber(text, (codedCells[rateAt].Start - from, codedCells[rateAt].End - from)) is { } rate)
        {
            PlaceAsTableCell(Pointer, "completionRate", PercentNode(rate), CellSpan(row, rate), ClaimKind.CompletionRate, text);
        }
    }

    /// <summary>
    /// The block after a coded item table's rows: a paragraph whose sentences name the table's items by code in brackets —
    /// "说明：1.行政运行（2040201）支出决算小于年初预算，主要原因是部分人员退休。2.…" — gives each named item's budget comparison
    /// its reason, and "其余科目决算数与年初预算基本持平" gives the items not named that sentence as theirs (the text's own
    /// account of them). Before, the table was not read and the reasons were left unattached (a false FA2206 on the total);
    /// read as a plain paragraph they would all go to the table's last item, the subject. True when every sentence was read
    /// here (the paragraph is not read again); a paragraph of other sentences is read as usual, with no item its subject.
    /// </summary>
    private bool CodedTableNotes(Block block)
    {
        if (codedItems is not { } items || block.Kind == BlockKind.TableRow)
        {
            return false;
        }

        codedItems = null;
        if (block.Kind == BlockKind.Heading)
        {
            return false;
        }

        var fragment = block.Content;
        BudgetDifferenceScope(fragment);   // session 54: "差异较大的项目说明：…" under the table (BudgetDifferenceScope)
        var text = fragment.Text;
        var (read, other) = (0, 0);
        for (var start = 0; start < text.Length;)
        {
            var stop = text.IndexOf('。', start);
            var end = stop < 0 ? text.Length : stop + 1;
            if (text.Substring(start, end - start).Trim().Length > 0)
            {
                if (CodedNote(fragment, text, start, end, items))
                {
                    read++;
                }
                else
                {
                    other++;
                }
            }

            start = end;
        }

        if (read == 0)
        {
            AppropriationTableClosed();   // AppropriationCodedTables: the last row is no subject of the prose after the table
            return false;
        }

        (subject, budget, reasonTarget) = (null, null, null);
        return other == 0;
    }

    /// <summary>One sentence of the 说明 under a coded item table: an item's reason, or the rest's "基本持平"; false otherwise.</summary>
    private bool CodedNote(Fragment fragment, string text, int start, int end, List<(string Code, string Pointer)> items)
    {
        var sentence = text.Substring(start, end - start);
        foreach (var (code, pointer) in items)
        {
            var codeAt = sentence.IndexOf("(" + code + ")", StringComparison.Ordinal);
            if (codeAt < 0)
            {
                continue;
            }

            var marker = -1;
            var markerLength = 0;
            foreach (var words in CodedReasonMarkers)
            {
                // Session 53: the reason follows the item it explains — a marker before the code is another item's (a
                // paragraph with no 。 runs the reasons of rows named by name into a line that names a row by its code).
                var at = sentence.IndexOf(words, codeAt, StringComparison.Ordinal);
                if (at >= 0 && (marker < 0 || at < marker))
                {
                    (marker, markerLength) = (at, words.Length);
                }
            }

            var budgetPointer = pointer + "/budget";
            if (marker < 0)
            {
                continue;   // session 53: no reason after the code ("…主要是…;…名称(代码)金额…"): not this item's
            }

            if (!b.Has(budgetPointer))
            {
                return false;
            }

            var from = marker + markerLength;
            while (from < sentence.Length && sentence[from] is ':' or ' ')
            {
                from++;
            }

            var reason = sentence.Substring(from).Trim();
            if (reason.Length < 2)
            {
                return false;
            }

            if (!b.Has(budgetPointer, "reason"))
            {
                b.SetUnder(budgetPointer, "reason", DraftNode.Of(reason), b.Span(fragment, start + from, end));
            }

            return true;
        }

        if (NamedChangeSentence(fragment, text, start, end, items))
        {
            return true;   // session 64: "其中：事业运行增加34.32万元，主要原因是…；…" (JoinedCodeTables)
        }

        if (NamedRowReasons(fragment, text, start, end, items))
        {
            return !Scanner.HasFigureIn(text, start, end);   // session 51: a sentence with a figure of its own is read as prose too
        }

        if (!sentence.Contains("其余") || !sentence.Contains("持平"))
        {
            return false;
        }

        var rest = WithoutEntryNumber(sentence.Trim()).Trim();
        foreach (var (_, pointer) in items)
        {
            var budgetPointer = pointer + "/budget";
            if (b.Has(budgetPointer) && !b.Has(budgetPointer, "reason") && RoughlyLevelWithItsBudget(pointer))
            {
                b.SetUnder(budgetPointer, "reason", DraftNode.Of(rest), b.Span(fragment, start, end));
            }
        }

        return true;
    }

    /// <summary>
    /// The widest gap, as a share of the budget, that "其余…基本持平" still describes (10 %, session 39): the line beyond which a
    /// budget difference is commonly called 较大 and is to be explained; below it the sentence is a loose but fair account.
    /// </summary>
    private const decimal LevelRate = 0.10m;

    /// <summary>
    /// Session 39 (issue 8): whether the item at <paramref name="pointer"/> is one that "其余科目…与年初预算基本持平" can
    /// truthfully describe — its final amount within <see cref="LevelRate"/> of its budget, or within the rounding of the two
    /// figures as written (half a unit of each one's last digit); a zero budget only with a zero final. An item further
    /// from its budget is not level: the sentence does not explain it (the text contradicts itself there), and FA2206
    /// still asks for its reason. An item without both figures is given the sentence as before (FA2206 does not run).
    /// </summary>
    private bool RoughlyLevelWithItsBudget(string pointer)
    {
        if (b.FindString(pointer, "amount") is not { } finalText || b.FindString(pointer + "/budget", "budgetAmount") is not { } budgetText
            || !TextChecks.TryParseAmount(finalText, out var final) || !TextChecks.TryParseAmount(budgetText, out var budget))
        {
            return true;
        }

        var gap = Math.Abs(final - budget);
        var rounding = HalfLastDigit(final) + HalfLastDigit(budget);
        return gap <= rounding || budget != 0 && gap <= Math.Abs(budget) * LevelRate;
    }

    /// <summary>Half a unit of the last digit written in <paramref name="value"/> (0.005 for 12.34, 0.5 for 12).</summary>
    private static decimal HalfLastDigit(decimal value)
    {
        var scale = (decimal.GetBits(value)[3] >> 16) & 0xFF;
        var unit = 1m;
        for (var i = 0; i < scale; i++)
        {
            unit /= 10m;
        }

        return unit / 2m;
    }

    /// <summary>
    /// The reason markers of a sentence under a coded item table, the first found opening the reason: those that may open a
    /// sentence's reason (<see cref="ReasonMarkerTable"/>, <see cref="ReasonMarkerRoles.OpensSentence"/>), longest first
    /// where one is another's prefix.
    /// </summary>
    private static readonly string[] CodedReasonMarkers = ReasonMarkerTable.With(ReasonMarkerRoles.OpensSentence);
}
