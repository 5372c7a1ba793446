namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 37 (blind round 34, M2): a comparison table written as text — a sentence-table. A header row names this
/// year's and the prior year's columns (本年 / 上年, 2023年 / 2022年, 本年决算数 / 上年决算数), the change (增减额,
/// 增减率), the budget (预算数, 全年预算数) and 完成率; each later row whose label is a subject the narrative knows
/// in the table's section (收入合计, 支出合计, 收入总计 in the overview; 基本支出 under 支出 …) is read as the sentence it stands for —
/// <c>收入合计1234.56万元，比上年增加134.56万元，增长12.23%</c> — built from the row's cells, each character
/// of it mapped to the cell it comes from, and given to <see cref="Paragraph"/>: the same members, the same notes and
/// the same checks as the written sentence. A row whose label names no subject of the section the table stands in (its
/// label table, <see cref="Resolve(string)"/>) is one located note; a row of the
/// 三公 table (its items, 合计) is the text-table reader's. The unit is the header's (万元, 元 …) or the section's
/// declaration (单位：万元); without either the row is a note, not a guess.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>What a sentence-table column holds.</summary>
    private enum SentenceColumn
    {
        Skip,
        Current,
        Prior,
        ChangeAmount,
        ChangeRate,
        Budget,
        FullYearBudget,
        CompletionRate,

        /// <summary>
        /// Session 61: 占比 right after this year's column — the row's share of the table's whole (the row of 100%), placed
        /// when the table ends (<see cref="SentenceShareColumns"/>).
        /// </summary>
        Share,

        /// <summary>Session 61: 占比 right after the prior year's column — the prior year's share, which has no member: not read.</summary>
        PriorShare,
    }

    /// <summary>The columns of the open sentence-table (null: none open).</summary>
    private List<SentenceColumn>? sentenceColumns;

    /// <summary>The unit words of the open sentence-table's amounts (万元, 元 …), or null when none is known.</summary>
    private string? sentenceUnit;

    /// <summary>The cell ranges of the row being read (scratch).</summary>
    private readonly List<(int Start, int End)> sentenceCells = [];

    /// <summary>Characters one of which a sentence-table header holds (年, 增, 算, 率): other rows cost no split.</summary>
    private static readonly char[] SentenceHeaderChars = ['年', '增', '算', '率'];

    /// <summary>The sentences of the open table's rows, read as one paragraph when it ends (null: none yet).</summary>
    private StringBuilder? tableSentences;

    /// <summary>The source position of each character of <see cref="tableSentences"/>.</summary>
    private OffsetMap? tableMap;

    /// <summary>The source position after the last row's last cell (the end of the paragraph of sentences).</summary>
    private int tableEnd;

    /// <summary>
    /// A block that is no table row closes the open sentence-table: its rows' sentences are read as one paragraph, so
    /// that a reason paragraph after the table finds their changes as it finds a paragraph's.
    /// </summary>
    private void SentenceTableEnds()
    {
        sentenceColumns = null;
        sentenceUpperHeader = null;   // session 58
        fundFlowColumns = null;   // session 45 (FundFlowTables)
        ProjectScoreTableEnds();   // session 47 (ProjectScoreTables)
        if (tableSentences is not { } sentences || tableMap is not { } map)
        {
            sentencePriors.Clear();
            SentenceSharesPlaced();   // session 61: the rows' share cells (SentenceTableShares)
            return;
        }

        map.Add(tableEnd);
        var paragraph = new Fragment(sentences.ToString(), map);
        (tableSentences, tableMap) = (null, null);
        TableSentencesParagraph(paragraph);   // session 46: table claims (TableSentenceClaims)
        SentencePriorsPlaced();   // session 43: the rows' prior-year cells, where their sentences placed the amounts
        SentenceSharesPlaced();   // session 61: the rows' share cells, where their amounts were placed (SentenceTableShares)
    }

    /// <summary>A table row (the narrative's hook): a sentence-table's header opens it, a later row is read.</summary>
    private void SentenceTableRow(Fragment row)
    {
        var text = row.Source;
        var from = row.SourceStart;
        var to = from + row.Length;
        if (sentenceColumns is null && fundFlowColumns is null && text.IndexOfAny(SentenceHeaderChars, from, to - from) < 0)
        {
            return;
        }

        TextTableReader.CellRanges(text, from, to, sentenceCells);
        if (sentenceUpperHeader is not null && TwoLineSentenceHeader(row, text, from) is { } joinedHeader)
        {
            sentenceColumns = joinedHeader;   // session 58: the years over their columns (TwoLineSentenceHeaders)
            sentenceHeaderEnds.Clear();   // no cell ends kept for a two-line header: its short rows stay notes (SentenceRowPositions)
            return;
        }

        if (sentenceCells.Count < 2)
        {
            return;
        }

        SplitJoinedHeaderCells(text, from, to);   // session 59: "增减额 增减率（%）", two columns one space apart
        if (SentenceHeader(text, sentenceCells, out var unitWords) is { } header)
        {
            SentenceTableEnds();   // the rows of a table before this header
            PartRowsReset();   // session 49
            sentenceColumns = header;
            OperatingTableReset();   // session 62 (OperatingComponentTables)
            sentenceUnit = unitWords ?? UnitWords(declaredUnit) ?? TablesUnitWords;   // session 49: 以下各表金额均为万元
            SentenceUpperHeaderHeld(row, text, from);   // session 58: perhaps the first line of two
            KeepSentenceHeaderEnds(text, from, to);   // session 58: a row's blank cells told by position (SentenceRowPositions)
            return;
        }

        if (FundFlowHeader(text))
        {
            return;   // session 45: "项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余" (FundFlowTables)
        }

        if (fundFlowColumns is { } flows)
        {
            FundFlowRow(row, text, from, flows);
            return;
        }

        if (sentenceColumns is { } columns)
        {
            SentenceRow(row, text, from, columns);
        }
    }

    /// <summary>The unit words of a declared unit, or null.</summary>
    private static string? UnitWords(FigureUnit unit) => unit switch
    {
        FigureUnit.WanYuan => "万元",
        FigureUnit.Yuan => "元",
        FigureUnit.QianYuan => "千元",
        FigureUnit.YiYuan => "亿元",
        _ => null,
    };

    /// <summary>
    /// The columns a header row names, or null: the first cell may be the corner (项目, 科目); every other non-empty cell
    /// must name a column; this year's figure and at least one other column must be there, each once. Year columns
    /// (2023年, 2022年决算数) are this year and the prior one only as two consecutive years, or as one year beside a 上年
    /// column, or as the text's own fiscal year.
    /// </summary>
    private List<SentenceColumn>? SentenceHeader(string text, List<(int Start, int End)> cells, out string? unitWords)
    {
        unitWords = null;

        // Session 40: the columns and years are gathered in lists kept for the next row (most rows that reach here — the
        // 绩效 tables' rows, by their 年 — are no header); a header's columns are copied out when it is one.
        var columns = sentenceHeaderColumns;
        var years = sentenceHeaderYears;
        columns.Clear();
        years.Clear();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i == 0 && !MayBeCorner(text, cells[0].Start, cells[0].End))
            {
                return null;   // session 47: a row's label, told without its compact copy (most rows that reach here: 绩效 rows)
            }

            var cell = SentenceCompact(text, cells[i].Start, cells[i].End, ref unitWords);
            if (i == 0)
            {
                if (cell is "项目" or "科目" or "项目名称" or "名称" or "指标" or "类别" or "" || OperatingTableCorner(cell))
                {
                    continue;
                }

                return null;   // a row's label, not a corner
            }

            if (cell.Length == 0 || cell.Length > 16)
            {
                return null;
            }

            var year = 0;
            var column = Array.IndexOf(StructureShareHeaders, cell) >= 0 ? SentenceColumn.Share   // session 61
                : SentenceColumnOf(cell, out year);
            if (column is null)
            {
                return null;
            }

            if (year > 0 && column == SentenceColumn.Current)
            {
                years.Add((columns.Count, year));
            }

            columns.Add(column.Value);
        }

        if (!SentenceYears(columns, years) || !SentenceShareColumns(columns))
        {
            return null;
        }

        var current = columns.Count(c => c == SentenceColumn.Current);
        var others = columns.Count(c => c is not (SentenceColumn.Current or SentenceColumn.Skip or SentenceColumn.Share
            or SentenceColumn.PriorShare));
        var distinct = columns.Where(c => c != SentenceColumn.Skip).Distinct().Count();
        return current == 1 && others > 0 && distinct == columns.Count(c => c != SentenceColumn.Skip)
            ? new List<SentenceColumn>(columns) : null;
    }

    /// <summary>The columns of the row <see cref="SentenceHeader"/> is reading (scratch, kept from row to row).</summary>
    private readonly List<SentenceColumn> sentenceHeaderColumns = [];

    /// <summary>The year columns of the row <see cref="SentenceHeader"/> is reading (scratch, kept from row to row).</summary>
    private readonly List<(int Index, int Year)> sentenceHeaderYears = [];

    /// <summary>
    /// Resolves the year columns (all <see cref="SentenceColumn.Current"/> so far): two consecutive years are this year
    /// and the prior one; one year is this year beside a 上年 column, or when it is the text's fiscal year. False when
    /// the years cannot be told.
    /// </summary>
    private bool SentenceYears(List<SentenceColumn> columns, List<(int Index, int Year)> years)
    {
        switch (years.Count)
        {
            case 0:
                return true;
            case 1:
                return columns.Contains(SentenceColumn.Prior) || year != 0 && years[0].Year == year;
            case 2:
                var (a, b2) = (years[0], years[1]);
                var (later, earlier) = a.Year > b2.Year ? (a, b2) : (b2, a);
                if (later.Year - earlier.Year != 1 || year != 0 && later.Year != year)
                {
                    return false;
                }

                columns[earlier.Index] = SentenceColumn.Prior;
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// What a compacted header cell names: 完成率, the change's rate or amount, a budget, the prior year, this year (本年,
    /// a year, 决算数), a skipped column (行次), or null. <paramref name="year"/> is the year a cell begins with (2023年…).
    /// </summary>
    private static SentenceColumn? SentenceColumnOf(string c, out int year)
    {
        year = 0;
        if (c.Length >= 5 && c[4] == '年' && int.TryParse(c.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            year = y;
            c = c.Substring(c.Length > 5 && c[5] == '度' ? 6 : 5);
        }

        if (c.Contains("完成率") || c.Contains("执行率") || c.Contains("完成预算") || FinalAsShareOfBudget(c))
        {
            return year == 0 ? SentenceColumn.CompletionRate : null;
        }

        if (c.Contains("增减") || c.Contains("增长") || c.Contains("变动") || c.Contains("增幅"))
        {
            return year != 0 ? null
                : c.Contains("率") || c.Contains("幅") || c.Contains("%") || c.Contains("百分比") ? SentenceColumn.ChangeRate
                : SentenceColumn.ChangeAmount;
        }

        if (c.Contains("预算"))
        {
            return c.Contains("调整") || c.Contains("全年") ? SentenceColumn.FullYearBudget : SentenceColumn.Budget;
        }

        if (year != 0)
        {
            return c is "" or "决算" or "决算数" or "数" or "金额" or "实际" or "决算金额" ? SentenceColumn.Current : null;
        }

        if (c.StartsWith("上年", StringComparison.Ordinal) || c.StartsWith("上期", StringComparison.Ordinal))
        {
            return c.Length <= 5 ? SentenceColumn.Prior : null;   // 上年, 上年数, 上年决算, 上年决算数
        }

        if (c.StartsWith("本年", StringComparison.Ordinal) || c.StartsWith("本期", StringComparison.Ordinal))
        {
            return c.Length <= 5 ? SentenceColumn.Current : null;
        }

        return c is "决算" or "决算数" or "决算金额" ? SentenceColumn.Current
            : c is "行次" ? SentenceColumn.Skip
            : null;
    }

    /// <summary>
    /// Session 64 (blind round 60 t09): a header cell naming the final amount as a percentage of the budget — 决算为预算的%,
    /// 决算数为年初预算数的%, 决算占预算的百分比 — a completion rate under another name (read as 预算 before: a second budget
    /// column, and the table was refused).
    /// </summary>
    private static bool FinalAsShareOfBudget(string c)
    {
        if (!c.StartsWith("决算", StringComparison.Ordinal))
        {
            return false;
        }

        var of = c.IndexOf('为') is var w and > 0 ? w : c.IndexOf('占');
        var budget = of < 0 ? -1 : c.IndexOf("预算", of, StringComparison.Ordinal);
        if (budget < 0)
        {
            return false;
        }

        var tail = c.Substring(budget + 2).TrimStart('数');
        return tail is "的" or "的%" or "%" or "的百分比" or "百分比" or "的比例" or "比例" or "的比重";
    }

    /// <summary>
    /// A cell without spaces, quotes and its unit in brackets ("2023年（万元）" → "2023年", the unit kept in
    /// <paramref name="unitWords"/>); "%" in brackets is dropped as well.
    /// </summary>
    /// <remarks>
    /// Session 40: the cell's characters are gathered into a buffer on the stack, not a <see cref="StringBuilder"/>, and a
    /// cell without an opening bracket — every cell of a 绩效 header row, which reaches here by its 年 — is returned as it
    /// is: none of the bracketed unit words nor "(%)" can be in it. The bracketed words are made once
    /// (<see cref="SentenceUnitBrackets"/>), not joined again for each cell (32 strings a cell before). The answer is
    /// <see cref="SentenceCompactPlain"/>'s (<c>SpeedSessionFortyTests</c>).
    /// </remarks>
    internal static string SentenceCompact(string text, int start, int end, ref string? unitWords)
    {
        const int OnStack = 128;
        var length = end - start;
        Span<char> buffer = length <= OnStack ? stackalloc char[OnStack] : new char[length];
        var n = 0;
        var bracket = false;
        for (var i = start; i < end; i++)
        {
            var ch = text[i];
            if (IsSentenceCellChar(ch))
            {
                buffer[n++] = ch;
                bracket |= ch is '(' or '（';
            }
        }

        var c = n == length ? text.Substring(start, length) : buffer.Slice(0, n).ToString();
        if (!bracket)
        {
            return c;
        }

        foreach (var (words, unit) in SentenceUnitBrackets)
        {
            if (c.Contains(words))
            {
                unitWords ??= unit;
                c = c.Replace(words, string.Empty);
            }
        }

        return c.Replace("(%)", string.Empty).Replace("（%）", string.Empty);
    }

    /// <summary>Whether <see cref="SentenceCompact"/> keeps a character (not white space, a quote or '、').</summary>
    private static bool IsSentenceCellChar(char ch) => !WhiteSpace.Is(ch) && ch is not ('"' or '“' or '”' or '、');

    /// <summary>
    /// Whether the cell [<paramref name="start"/>, <paramref name="end"/>) may compact to a corner word of a header (项目, 科目,
    /// 项目名称, 名称, 指标, 类别 or nothing: at most <see cref="CornerLength"/> characters). <see cref="SentenceCompact"/> keeps
    /// the characters <see cref="IsSentenceCellChar"/> accepts and then drops bracketed units and "(%)" — each such piece at
    /// most <see cref="LongestDroppedPiece"/> characters and holding a 元 or a % of its own — so a cell of more kept characters
    /// than a corner and those pieces could take is no corner (session 47: the first cell of every row was copied to learn it).
    /// </summary>
    internal static bool MayBeCorner(string text, int start, int end)
    {
        var kept = 0;
        var units = 0;
        for (var i = start; i < end; i++)
        {
            var ch = text[i];
            if (IsSentenceCellChar(ch))
            {
                kept++;
                units += ch is '元' or '%' ? 1 : 0;
            }
        }

        return kept <= CornerLength + (LongestDroppedPiece * units);
    }

    /// <summary>The longest corner word of a sentence table's header (项目名称).</summary>
    private const int CornerLength = 4;

    /// <summary>The longest piece <see cref="SentenceCompact"/> drops ("(单位：万元)").</summary>
    private const int LongestDroppedPiece = 7;

    /// <summary>
    /// <see cref="SentenceCompact"/> as it was before session 40 (a builder, and every bracketed unit word joined and
    /// searched for in every cell): the oracle of the tests.
    /// </summary>
    internal static string SentenceCompactPlain(string text, int start, int end, ref string? unitWords)
    {
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var ch = text[i];
            if (!WhiteSpace.Is(ch) && ch is not ('"' or '“' or '”' or '、'))
            {
                sb.Append(ch);
            }
        }

        var c = sb.ToString();
        foreach (var (words, unit) in SentenceUnits)
        {
            foreach (var open in "(（")
            {
                foreach (var close in ")）")
                {
                    var bracket = open + words + close;
                    if (c.Contains(bracket))
                    {
                        unitWords ??= unit;
                        c = c.Replace(bracket, string.Empty);
                    }
                }
            }
        }

        return c.Replace("(%)", string.Empty).Replace("（%）", string.Empty);
    }

    /// <summary>A header's unit words in brackets and the unit they give the amounts.</summary>
    private static readonly (string Words, string Unit)[] SentenceUnits =
        [("单位:万元", "万元"), ("单位：万元", "万元"), ("万元", "万元"), ("单位:元", "元"), ("单位：元", "元"), ("元", "元"),
            ("千元", "千元"), ("亿元", "亿元")];

    /// <summary>
    /// <see cref="SentenceUnits"/>' words in each pair of brackets ("(万元)", "(万元）", "（万元)", "（万元）"), in the order
    /// <see cref="SentenceCompact"/> asks them, with their unit: made once.
    /// </summary>
    private static readonly (string Words, string Unit)[] SentenceUnitBrackets =
        [.. SentenceUnits.SelectMany(u => "(（".SelectMany(open => ")）".Select(close => (open + u.Words + close, u.Unit))))];

    /// <summary>A row of the open sentence-table: built into its sentence and read, or a note, or passed over.</summary>
    private void SentenceRow(Fragment row, string text, int from, List<SentenceColumn> columns)
    {
        var (ls, le) = sentenceCells[0];
        if (RowListMarkEnd(text, ls, le) is var marked and > 0)
        {
            ls = marked;
            sentenceCells[0] = (ls, le);   // session 59: "一、收入合计" is the 收入合计 row
        }

        if (JoinedCodeTableReads(text, (ls, le)))
        {
            return;   // session 64: "2013650 事业运行|…", "名称（2120501）|…" — the joined-code table's row (JoinedCodeTables)
        }

        var label = text.Substring(ls, le - ls);
        var compact = label.Replace(" ", string.Empty);
        var previousTarget = sentencePreviousTarget;   // session 61: a 基本支出 row opens its parts' rows
        sentencePreviousTarget = null;
        if (OperatingTableRow(row, text, from, columns, compact, label))
        {
            return;   // session 62: 机关运行经费 by economic item, its 合计 and components (OperatingComponentTables)
        }

        if (compact.Length == 0 || char.IsDigit(compact[0])
            || ThreePublicTableRow(compact) && !(compact is "合计" or "总计" && SectionTotalOfPartRows() is not null))
        {
            return;   // the 三公 table's rows are the text-table reader's; a coded class row is the class table's
        }

        var anyNumber = false;
        for (var k = 1; k < sentenceCells.Count; k++)
        {
            var (s, e) = sentenceCells[k];
            if (e > s && !IsBlankCell(text, s, e))
            {
                if (!IsSentenceNumber(text, s, e))
                {
                    return;   // words in a cell: not a row of figures
                }

                anyNumber = true;
            }
        }

        if (!anyNumber)
        {
            return;
        }

        var labelSpan = b.Span(row, ls - from, le - from);
        if (sentenceCells.Count - 1 != columns.Count
            && !AlignSentenceCellsByPosition(text, from, from + row.Length, columns.Count))   // session 58 (SentenceRowPositions)
        {
            Note(labelSpan, DisclosureMessages.SentenceTableRowMisaligned(label, sentenceCells.Count - 1, columns.Count), label);
            return;
        }

        // Session 43: a whole label naming one income source or fund's expenditure (NarrativeReader.TableRowSubjects.cs) is
        // placed cell by cell in the overview, income, expenditure and 财政拨款 sections — the section's own label table
        // matches by containment (政府性基金预算财政拨款支出 holds 财政拨款, the income section's key for 财政拨款收入).
        // Session 49: the 合计 row under the income section's sources (or the expenditure section's 基本/项目支出 rows) is the
        // section's total (NarrativeReader.SectionTotalRows.cs).
        var basicPart = SentenceBasicPart(compact, previousTarget);   // session 61: 其中：人员经费 under 基本支出
        var subjectTarget = basicPart
            ?? (compact is "合计" or "总计" ? SectionTotalOfPartRows() : TableRowSubject(compact));
        if (basicPart is null)
        {
            PartRowRead(compact is "合计" or "总计" ? null : subjectTarget);   // a part's part neither counts nor breaks
        }

        sentencePreviousTarget = subjectTarget;
        if (subjectTarget is not null && SubjectRow(row, text, from, columns, subjectTarget, label))
        {
            KeepSentenceShare(row, text, from, columns, subjectTarget, label);   // session 61 (SentenceTableShares)
            return;
        }

        if ((Resolve(compact) ?? SurplusRowTarget(compact)) is not { } target)
        {
            // Only a subject of the section the table stands in: a row of another section's subject (机关运行经费 under
            // the overview) would be read by the narrative's state of the moment, its change possibly at overall/change.
            Note(labelSpan, DisclosureMessages.SentenceTableRowUnknown(label), label);
            return;
        }

        if (sentenceUnit is not { } unit)
        {
            Note(labelSpan, DisclosureMessages.SentenceTableUnitUnknown(label), label);
            return;
        }

        KeepSentencePrior(row, text, from, columns, target, label);   // session 43 (NarrativeReader.TableRowSubjects.cs)
        KeepSentenceShare(row, text, from, columns, target, label);   // session 61 (SentenceTableShares)
        BuildSentence(row, text, from, columns, unit, withBudget: !IncomeTotalBudgetPlaced(row, text, from, columns, target, label));
    }

    /// <summary>
    /// Session 58: the 本年收入合计 row of an overview table with a budget column. Its sentence would put the budget on the
    /// overview's one comparison with the budget (/narrative/overall/budget), where the 本年支出合计 row's goes too (a false
    /// FA8003 between the two budgets); the cell is placed on the income total's own budget instead, as a table cell, and the
    /// sentence is built without it. False (the sentence keeps its budget) elsewhere, or outside a 万元 table of a 万元 report.
    /// </summary>
    private bool IncomeTotalBudgetPlaced(Fragment row, string text, int from, List<SentenceColumn> columns, string target, string label)
    {
        if (section != Section.Overall || target != "overall/currentYearIncome" || sentenceUnit != "万元" || yuanDocument
            || yiYuanDocument || !(columns.Contains(SentenceColumn.Budget) || columns.Contains(SentenceColumn.FullYearBudget)))
        {
            return false;
        }

        var (cellsStart, cellsEnd) = (sentenceCells[1].Start, sentenceCells[sentenceCells.Count - 1].End);
        var saved = b.Context;
        b.Context = ReportBuilder.TableKey;
        SubjectRowBudget(row, text, from, columns, N + target, label + " " + text.Substring(cellsStart, cellsEnd - cellsStart));
        b.Context = saved;
        return true;
    }

    /// <summary>Whether a compacted row label is one of the 三公 table's rows (its items, 合计/总计/小计 alone).</summary>
    private static bool ThreePublicTableRow(string c)
        => c is "合计" or "总计" or "小计" || c.Contains("三公") || c.Contains("出国") || c.Contains("接待")
            || c.Contains("公务用车") || c.Contains("车辆");

    /// <summary>A blank cell: empty, or a dash.</summary>
    private static bool IsBlankCell(string text, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (text[i] is not ('-' or '—' or '－' or '/' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A cell of one number: an optional sign, digits with separators and a point, an optional %.</summary>
    private static bool IsSentenceNumber(string text, int s, int e)
    {
        if (ParenthesisedNegative.Is(text, s, e) || SignMarkers.IsMarked(text, s, e))
        {
            return true;   // session 51: "（87.54）", a negative amount; session 54: "△1.30", a marked change
        }

        var i = s;
        if (text[i] is '-' or '+' or '－' or '＋')
        {
            i++;
        }

        var digits = 0;
        for (; i < e && (char.IsDigit(text[i]) || text[i] is '.' or ','); i++)
        {
            digits += char.IsDigit(text[i]) ? 1 : 0;
        }

        var numberEnd = i;
        while (i < e && text[i] == ' ' && i + 1 < e)
        {
            i++;   // session 61: "3.7 %", a space before the percent sign
        }

        if (i < e && text[i] == '%')
        {
            i++;
        }
        else
        {
            i = numberEnd;
        }

        return digits > 0 && i == e && char.IsDigit(text[numberEnd - 1]);
    }

    /// <summary>
    /// Adds the sentence a row stands for to <see cref="tableSentences"/>, each character mapped to the source: the
    /// label's and the numbers' characters to their own, every added word to the end of the cell before it.
    /// </summary>
    private void BuildSentence(Fragment row, string text, int from, List<SentenceColumn> columns, string unit, bool withBudget = true)
    {
        int Cell(SentenceColumn c)
        {
            var k = columns.IndexOf(c);
            return k >= 0 && !IsBlankCell(text, sentenceCells[k + 1].Start, sentenceCells[k + 1].End) ? k + 1 : -1;
        }

        var current = Cell(SentenceColumn.Current);
        if (current < 0)
        {
            return;
        }

        var sb = tableSentences ??= new StringBuilder();
        var map = tableMap ??= new OffsetMap();
        var last = sentenceCells[0].End;

        void Words(string words)
        {
            sb.Append(words);
            for (var i = 0; i < words.Length; i++)
            {
                map.Add(row.At(last - from));
            }
        }

        void Copy(int k, bool amount, bool percent, bool signed = false)
        {
            var (s, e) = sentenceCells[k];
            if (signed && Negative(k))
            {
                // Session 58: this year's figure below zero ("（1,072,578.90）" under 本年决算数, a 收支差额) keeps its sign:
                // a change's cells are written without it, their direction said by 增加 / 减少.
                sb.Append('-');
                map.Add(row.At(s - from));
            }

            if (text[s] is '-' or '+' or '－')
            {
                s++;
            }
            else if (ParenthesisedNegative.Is(text, s, e))
            {
                (s, e) = (s + 1, e - 1);   // session 51: the number inside "（87.54）"; Negative says 减少
            }
            else
            {
                s = SignMarkers.NumberStart(text, s, e);   // session 54: the number after "△"; Negative says 减少
            }

            for (var i = s; i < e; i++)
            {
                sb.Append(text[i]);
                map.Add(row.At(i - from));
            }

            last = e;
            if (amount)
            {
                Words(unit);
            }
            else if (percent && text[e - 1] != '%')
            {
                Words("%");
            }
        }

        bool Negative(int k) => text[sentenceCells[k].Start] is '-' or '－'
            || ParenthesisedNegative.Is(text, sentenceCells[k].Start, sentenceCells[k].End)
            || b.SignMarkers.SignOf(text, sentenceCells[k].Start, sentenceCells[k].End) == -1;
        bool Ambiguous(int k) => k >= 0 && b.SignMarkers.SignOf(text, sentenceCells[k].Start, sentenceCells[k].End)
            == SignMarkers.Ambiguous;
        bool Zero(int k)
        {
            var (s, e) = sentenceCells[k];
            if (ParenthesisedNegative.Is(text, s, e))
            {
                (s, e) = (s + 1, e - 1);
            }

            s = SignMarkers.NumberStart(text, s, e);
            return decimal.TryParse(text.Substring(s, e - s).TrimEnd('%').Replace(",", string.Empty).Replace('－', '-'),
                NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v == 0;
        }

        var (ls, le) = sentenceCells[0];
        for (var i = ls; i < le; i++)
        {
            if (!WhiteSpace.Is(text[i]))
            {
                sb.Append(text[i]);
                map.Add(row.At(i - from));
            }
        }

        Copy(current, amount: true, percent: false, signed: true);
        var amountCell = Cell(SentenceColumn.ChangeAmount);
        var rateCell = Cell(SentenceColumn.ChangeRate);
        if (Ambiguous(amountCell) || Ambiguous(rateCell))
        {
            (amountCell, rateCell) = (-1, -1);   // session 54: a marker of uncertain meaning, no direction to write
        }

        if (amountCell >= 0 && Zero(amountCell))
        {
            Words("，与上年持平");
        }
        else if (amountCell >= 0 || rateCell >= 0 && !Zero(rateCell))
        {
            Words("，比上年");   // the prior year's cell is not written: its figure is the change's base, not a member of its own
            if (amountCell >= 0)
            {
                Words(Negative(amountCell) ? "减少" : "增加");
                Copy(amountCell, amount: true, percent: false);
                if (rateCell >= 0 && !Zero(rateCell))
                {
                    Words(Negative(rateCell) ? "，下降" : "，增长");
                    Copy(rateCell, amount: false, percent: true);
                }
            }
            else
            {
                Words(Negative(rateCell) ? "下降" : "增长");
                Copy(rateCell, amount: false, percent: true);
            }
        }

        var budget = withBudget ? Cell(SentenceColumn.Budget) : -1;
        var fullYear = withBudget ? Cell(SentenceColumn.FullYearBudget) : -1;
        var (budgetCell, budgetWords) = budget >= 0 ? (budget, "年初预算") : (fullYear, "全年预算");
        if (budgetCell >= 0)
        {
            Words("，" + budgetWords);
            Copy(budgetCell, amount: true, percent: false);
            if (Cell(SentenceColumn.CompletionRate) is var rate && rate >= 0)
            {
                Words("，完成" + budgetWords + "的");
                Copy(rate, amount: false, percent: true);
            }
        }

        Words("。");
        tableEnd = row.At(last - from);
    }
}
