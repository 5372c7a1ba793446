namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Decides what kind of block a line of normalised text starts: a table row, a heading (Markdown, numbered
/// 一、/(一)/第一部分, a table title, a web page title), a list item or prose.
/// </summary>
internal static partial class BlockClassifier
{
    internal static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    /// <summary>
    /// Whether Chinese numerals from <paramref name="at"/> are closed by <paramref name="close"/> before <paramref name="end"/>
    /// ("十一】"): the number of a heading in 【】 whose words follow it.
    /// </summary>
    private static bool NumeralClosedBy(string text, int at, int end, char close)
    {
        var i = at;
        while (i < end && IsChineseNumeral(text[i]))
        {
            i++;
        }

        return i > at && i < end - 1 && text[i] == close;
    }

    internal static BlockKind Classify(string text, int s, int e, out int contentStart, HeadingNumbering? numbering = null)
    {
        contentStart = s;
        // A table row has at least two tab separators (or starts with |); a single stray tab stays prose.
        // Each of the four tests needs a tab, a '|' or a space in the line: most lines of Chinese prose and one-cell-per-line
        // tables have none, and one search for the three rules out all four (session 20; four searches before).
        if (MayBeTableRow(text, s, e))
        {
            var firstTab = text.IndexOf('\t', s, e - s);
            if (firstTab >= 0 && text.IndexOf('\t', firstTab + 1, e - firstTab - 1) >= 0 || text[s] == '|'
                || text.IndexOf(" | ", s, e - s, StringComparison.Ordinal) >= 0 || IsSpaceAlignedRow(text, s, e)
                || InlineSpaceTable.IsSingleSpaceRow(text, s, e) || IsFramelessBarRow(text, s, e))
            {
                if (text.IndexOf('|', s, e - s) < 0 || NavigationBar.End(text, s, e) < 0)
                {
                    return BlockKind.TableRow;
                }

                // "无障碍 | 长者模式 | 登录 首页 …": a web page's navigation bar, not a table; the title after it is prose.
            }
        }

        if (text[s] == '#')
        {
            var i = s;
            while (i < e && (text[i] == '#' || text[i] == ' '))
            {
                i++;
            }

            contentStart = i;
            return BlockKind.Heading;
        }

        var length = e - s;
        if (text[s] == '【' && text[e - 1] == '】' && length is > 2 and <= 40 && text.IndexOf('。', s, length) < 0
            && text.IndexOf('】', s, length - 1) < 0)
        {
            contentStart = s + 1;
            return BlockKind.Heading;   // "【收入支出决算总体情况】" on a line of its own
        }

        // 一、… / (一)… / 第一部分 … headings are short lines without sentence punctuation.
        var numbered = IsChineseNumeral(text[s]) && Next(text, s, e, '、')
            || text[s] == '(' && s + 1 < e && IsChineseNumeral(text[s + 1])
            || text[s] == '第' && s + 1 < e && (IsChineseNumeral(text[s + 1]) || PartNumberedByDigits(text, s, e))
            || text[s] == '【' && NumeralClosedBy(text, s + 1, e, '】');   // session 50: "【十一】其他重要事项" (round 47 t04)
        if (numbered && length <= 40 && (text.IndexOf('。', s, length) < 0 || EndsAsHeading(text, s, e))
            && (text.IndexOf(':', s, length) < 0 || ColonOnlyInUnitDeclaration(text, s, e))
            && !HeadingWithItsText(text, s, e))   // session 45: "七、机关运行经费 2021年度…支出142.36万元，与上年持平"
        {
            return BlockKind.Heading;
        }
        // A table title on its own line ("收入支出决算总表", "财政拨款“三公”经费支出决算表") is a heading too. Session 62 (blind
        // round 58 t09): so is "项目支出绩效自评表" — after "…自评结果如下：" it was joined to that sentence, and no table was opened.
        var last = text[e - 1];
        if (length <= 40 && last == '表' && (EndsWith(text, e, "决算表") || EndsWith(text, e, "总表") || EndsWith(text, e, "明细表")
                || EndsWith(text, e, "绩效自评表"))
            && text.IndexOf('。', s, length) < 0)
        {
            return BlockKind.Heading;
        }
        // A title line on a web page ("2020年某局“三公”经费决算情况说明", "…决算汇总情况"): a heading, so the next line
        // does not run into it.
        if (length <= 60 && last is '明' or '况' or '算'
            && (EndsWith(text, e, "说明") || EndsWith(text, e, "情况") || EndsWith(text, e, "决算")) && IsTitleWording(text, s, e))
        {
            return BlockKind.Heading;
        }

        if (length <= 60 && last == ')' && TitleBeforeNote(text, s, e))
        {
            return BlockKind.Heading;   // session 49: "某医院2023年度单位决算说明（节选）" — a blank line does not end prose
        }

        if (!numbered && length <= 30 && IsUnnumberedHeading(text, s, e))
        {
            return BlockKind.Heading;
        }

        if (numbered && IsChineseNumeral(text[s]))
        {
            return BlockKind.ListItem;   // "三、事业收入：指……" starts its own paragraph
        }

        // Session 48: "(二)教育支出(类)。年初预算为…" starts its own paragraph too, also when the item before it ends without
        // a 。 (a web page's or a Word export's list): joined to it, the two items' figures were read as one (false FA8003).
        if (numbered && text[s] == '(' && NumeralsClosedAt(text, s + 1, e) >= 0)
        {
            return BlockKind.ListItem;
        }

        if (text[s] == '-' && s + 1 < e && text[s + 1] == ' ')
        {
            contentStart = s + 2;
            return BlockKind.ListItem;
        }

        if (numbering is not null && char.IsDigit(text[s]) && numbering.IsLevelHeading(text, s, e))
        {
            return BlockKind.Heading;   // session 49: "1.主要职能", "1.1 收入决算情况" in a text numbered so (HeadingNumbering)
        }

        var d = s;
        while (d < e && d - s < 3 && char.IsDigit(text[d]))
        {
            d++;
        }

        if (d > s && d < e && text[d] == ')' && e - d - 1 is > 0 and <= 30 && IsUnnumberedHeading(text, d + 1, e))
        {
            return BlockKind.Heading;   // Gaps26: "4）预算绩效管理情况" on a line of its own (blind round 25 C, F11)
        }

        if (ArabicBracketNumberEnd(text, s, e) is var close and > 0 && e - close is > 0 and <= 30
            && IsUnnumberedHeading(text, close, e))
        {
            return BlockKind.Heading;   // session 53: "（9）机关运行经费支出情况说明" — no 决算 in its words (IsTitleWording)
        }

        if (d > s && d < e && (text[d] == '.' || text[d] == '、') && (d + 1 >= e || !char.IsDigit(text[d + 1])))
        {
            // "4.机关运行经费支出情况" on a line of its own: a heading numbered 1. 2. 3. (a school's or a town's 说明).
            return e - d - 1 is > 0 and <= 30 && IsUnnumberedHeading(text, d + 1, e) ? BlockKind.Heading : BlockKind.ListItem;
        }

        return BlockKind.Prose;
    }

    /// <summary>
    /// Session 52 (tables52, blind round 48 t09): a row of cells parted by bars with no outer frame —
    /// <c>2040212｜道路交通管理｜1,980.00｜2,105.72｜106.35%</c> (the full-width bar normalised to <c>|</c>), the bars next to
    /// the words: three cells at least (two bars), no cell longer than <see cref="MaxFramelessCell"/> characters and no
    /// sentence mark (。；) in the line, so a sentence that quotes a bar is no row.
    /// </summary>
    internal static bool IsFramelessBarRow(string text, int s, int e)
    {
        var bars = 0;
        var cellStart = s;
        for (var i = s; i < e; i++)
        {
            var c = text[i];
            if (c is '。' or ';')
            {
                return false;
            }

            if (c == '|')
            {
                if (i - cellStart > MaxFramelessCell)
                {
                    return false;
                }

                bars++;
                cellStart = i + 1;
            }
        }

        return bars >= 2 && e - cellStart <= MaxFramelessCell;
    }

    /// <summary>The longest cell of a frameless bar row (<see cref="IsFramelessBarRow"/>), in characters.</summary>
    private const int MaxFramelessCell = 40;

    /// <summary>
    /// Whether [<paramref name="s"/>, <paramref name="e"/>) holds a tab, a '|' or a space: without one, no test of a table
    /// row in <see cref="Classify"/> (two tabs, a leading '|', " | ", a space-aligned row) can hold.
    /// </summary>
    internal static bool MayBeTableRow(string text, int s, int e) => text.IndexOfAny(TableRowMarks, s, e - s) >= 0;

    private static readonly char[] TableRowMarks = ['\t', '|', ' '];

    /// <summary>
    /// A row of a table whose columns are aligned with spaces ("公务接待费        6.50     5.40    -1.10", a PDF or plain-text
    /// export): three cells at least, each two apart by a run of two spaces or more, and no sentence or clause
    /// punctuation (。 , ; : 、) — prose justified with wide spaces has them. The cells are split by
    /// <see cref="SpaceCells"/>. Session 44: a thousands comma inside a cell's number (<c>4,320,015.20</c>, a table in 元)
    /// is no clause mark in a row of two sides (a label cell after a number cell: 收入 and 支出 side by side) — such a row
    /// was read as prose, its two sides' labels and 行次 run into one clause (blind round 41); a row of one label and its
    /// numbers stays as it was.
    /// </summary>
    internal static bool IsSpaceAlignedRow(string text, int s, int e)
    {
        if (text.IndexOf("  ", s, e - s, StringComparison.Ordinal) < 0)
        {
            return false;   // most lines: no run of two spaces at all
        }

        if (CodedAmountLine.Is(text, s, e))
        {
            return false;   // session 54: "  2010301  行政运行  1,482.36万元", a coded item line, not a row of cells
        }

        var gaps = 0;
        var grouped = false;
        var commas = false;
        for (var k = s; k < e; k++)
        {
            var c = text[k];
            if (c is '。' or ',' or ';' or ':' or '、' or '!' or '?')
            {
                if (IsPartLabelColon(text, s, k))
                {
                    continue;   // session 48: "  其中：公务用车购置费  0.00 …", a part's row label
                }

                var comma = IsCellGroupComma(text, s, e, k);
                if (!comma && !IsCellListMark(text, s, k))
                {
                    return false;
                }

                grouped = true;
                commas |= comma;
            }

            if (c == ' ' && k + 1 < e && text[k + 1] == ' ' && (k == s || text[k - 1] != ' '))
            {
                gaps++;
            }
        }

        if (gaps == 1 && !grouped && IsThreePublicHeaderLine(text, s, e))
        {
            return true;   // session 63: "合计 因公出国(境)费 公务用车购置及运行维护费      公务接待费" (ThreePublicAmountRows)
        }

        return gaps >= 2 && (!grouped || HasLabelAfterANumber(text, s, e) || IsLabelThenNumbers(text, s, e)
            || !commas && IsNumberedLabelThenNumbers(text, s, e)
            || IsThreePublicAmountRow(text, s, e));   // session 61: "公务接待费  6,500.00  4,870.00" (ThreePublicAmountRows)
    }

    /// <summary>
    /// Session 59 (r56fix, blind round 56 t04): whether the space-aligned row [<paramref name="s"/>, <paramref name="e"/>)
    /// is a label opened by a list number (<c>一、收入合计</c>, the row's only 、) and then cells that are each one plain
    /// number without thousands commas — <c>一、收入合计    272.83    300.82    27.99    10.26</c> under <c>项目  上年决算数
    /// 本年决算数  增减额  增减率（%）</c>. Such a row was a list item read as prose, its first cell (the 上年决算数) the label's
    /// amount and every other cell "the same figure stated differently" (nine false Errors). The same row without the list
    /// number is a table row already; a row with thousands commas keeps session 51's narrower test.
    /// </summary>
    private static bool IsNumberedLabelThenNumbers(string text, int s, int e)
    {
        var cells = new List<(int Start, int End)>();
        SpaceCells(text, s, e, cells);
        if (cells.Count < 3 || text.IndexOf('、', cells[0].Start, cells[0].End - cells[0].Start) < 0)
        {
            return false;
        }

        for (var i = 1; i < cells.Count; i++)
        {
            var (start, end) = cells[i];
            if (!(CellNumber.Is(text, start, end) && (Scanner.IsDigit(text[start]) || text[start] is '-' or '－')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Session 51 (blind round 47 t02): whether the space-aligned row [<paramref name="s"/>, <paramref name="e"/>) is one
    /// label and then cells that are each one number (thousands commas, a bracketed negative <c>（201.38）</c>) or a dash —
    /// <c>基本支出  2,486.37  2,402.15  84.22  3.51%</c>. Such a row was prose (its commas taken as clause marks), each of
    /// its numbers the label's amount; it is a table row, read by its header's columns — when one of its cells is a change
    /// (a rate with '%' or a bracketed negative), as in an 增减变化 table. A row of amounts only (<c>卫生健康支出  14,720.36
    /// 14,720.36</c> in a 总表) stays prose, read label by label as before (the coordinator's narrowing after the merge: the
    /// 总表's rows were lost as table rows its readers do not take).
    /// </summary>
    private static bool IsLabelThenNumbers(string text, int s, int e)
    {
        var cells = new List<(int Start, int End)>();
        SpaceCells(text, s, e, cells);
        if (cells.Count < 3 || CellNumber.Is(text, cells[0].Start, cells[0].End))
        {
            return false;
        }

        var change = false;
        for (var i = 1; i < cells.Count; i++)
        {
            var (start, end) = cells[i];
            var cell = text.Substring(start, end - start);
            if (!(CellNumber.Is(cell) && Scanner.IsDigit(cell[0]) || cell[0] is '-' or '－' && CellNumber.Is(cell)
                  || ParenthesisedNegative.Is(cell) || SignMarkers.IsMarked(text, start, end) || cell is "—" or "-" or "－" or "/"))
            {
                return false;
            }

            change |= cell[cell.Length - 1] == '%' || ParenthesisedNegative.Is(cell) || SignMarkers.IsMarked(text, start, end);
        }

        return change;
    }

    /// <summary>
    /// Whether the character at <paramref name="k"/> is the 、 of a list number that opens a cell (<c>二、</c>, <c>二十一、</c>
    /// at the row's start or after a run of two spaces: a 总表's numbered row labels, session 45): like a thousands comma it
    /// is no clause mark in a row of two sides only (<see cref="IsSpaceAlignedRow"/> then asks for a label after a number).
    /// Before, such a side-by-side row was prose, and an amount of the 支出 half under a label no reader knows
    /// (<c>二、政府性基金预算财政拨款收入  2  其他事项  33  9,999.00</c>) was placed as the 收入 half's figure.
    /// </summary>
    private static bool IsCellListMark(string text, int s, int k)
    {
        var j = k;
        while (j > s && IsChineseNumeral(text[j - 1]))
        {
            j--;
        }

        return text[k] == '、' && j < k && (j == s || (j - 2 >= s && text[j - 1] == ' ' && text[j - 2] == ' '));
    }

    /// <summary>
    /// Session 48 (blind round 44, t09): whether the character at <paramref name="k"/> is the ':' of a row label that opens
    /// with 其中 — <c>  其中：公务用车购置费    0.00    0.00 …</c>, the first cell, after the row's leading spaces only. It marks
    /// the row as a part of the one above, not a clause: before, the row was prose, the table's header was lost, and every
    /// row after it (公务用车运行维护费, 公务接待费) went unread — a false FA2106 on the 三公 total.
    /// </summary>
    private static bool IsPartLabelColon(string text, int s, int k)
    {
        var j = s;
        while (j < k && text[j] == ' ')
        {
            j++;
        }

        return text[k] == ':' && k - j == 2 && text[j] == '其' && text[j + 1] == '中';
    }

    /// <summary>
    /// Whether a cell without a number follows a number cell in the space-aligned row [<paramref name="s"/>,
    /// <paramref name="e"/>): a row of two sides (收入 | 支出 side by side, each a label, its 行次 and its amount).
    /// </summary>
    private static bool HasLabelAfterANumber(string text, int s, int e)
    {
        var cells = new List<(int Start, int End)>();
        SpaceCells(text, s, e, cells);
        var number = false;
        foreach (var (start, end) in cells)
        {
            var isNumber = CellNumber.Is(text, start, end);
            if (number && !isNumber)
            {
                return true;
            }

            number |= isNumber;
        }

        return false;
    }

    /// <summary>
    /// Whether the character at <paramref name="k"/> is a thousands comma inside a number (a digit before it, exactly three
    /// digits right after it: <c>4,320,015.20</c>); "1, 537" with a space is not, in a row whose cells are apart by spaces.
    /// </summary>
    private static bool IsCellGroupComma(string text, int s, int e, int k) =>
        text[k] == ',' && k + 1 < e && Scanner.IsDigit(text[k + 1]) && Scanner.IsGroupComma(text, s, e, k);

    /// <summary>
    /// The trimmed cells of a space-aligned row (<see cref="IsSpaceAlignedRow"/>) [<paramref name="s"/>,
    /// <paramref name="e"/>): the stretches between runs of two spaces or more (a single space stays inside a cell, but
    /// between figures with a decimal point or a percent sign: <see cref="FigureRunCell"/>).
    /// </summary>
    internal static void SpaceCells(string text, int s, int e, List<(int Start, int End)> cells)
    {
        cells.Clear();
        var k = s;
        while (k < e)
        {
            while (k < e && text[k] == ' ')
            {
                k++;
            }

            if (k >= e)
            {
                break;
            }

            var start = k;
            while (k < e && !(text[k] == ' ' && (k + 1 >= e || text[k + 1] == ' ')))
            {
                k++;
            }

            FigureRunCell.Add(text, start, k, cells);   // session 55: "4640.62 97.59%", two figures in a narrow column
        }
    }

    /// <summary>
    /// Where the ')' closing one to three Chinese numerals from <paramref name="i"/> stands, before <paramref name="e"/>
    /// ("一)", "十二)"), or -1 (the list marks "(一)"… of <see cref="Classify"/> and <c>ParallelEntry</c>).
    /// </summary>
    internal static int NumeralsClosedAt(string text, int i, int e)
    {
        var start = i;
        while (i < e && i - start < 3 && IsChineseNumeral(text[i]))
        {
            i++;
        }

        return i > start && i < e && text[i] == ')' ? i : -1;
    }

    /// <summary>
    /// "(一)收入支出决算总体情况说明。": a numbered heading may end in its only 。 after a heading word (说明, 情况, 概况,
    /// 决算); "一、本部门无政府性基金收支。" is a sentence, not a heading.
    /// </summary>
    /// <summary>
    /// Session 45 (blind round 41 t10): whether a short numbered line is a heading and its text run together, as a scraped page
    /// joins them ("七、机关运行经费 2021年度机关运行经费支出142.36万元，与上年持平"): after a space, an amount (digits then 万元, 元 or
    /// 亿元) and after it a clause mark (',' or ';'). Read as a heading, its figure was lost; as prose, the narrative takes the
    /// heading off (<c>NarrativeReader.OneLineHeading</c>) and reads the text.
    /// </summary>
    private static bool HeadingWithItsText(string text, int s, int e)
    {
        var space = text.IndexOf(' ', s, e - s);
        if (space < 0)
        {
            return false;
        }

        for (var i = space + 1; i < e; i++)
        {
            if (text[i] is >= '0' and <= '9' && i + 1 < e && (text[i + 1] == '元' || i + 2 < e && text[i + 2] == '元'
                && text[i + 1] is '万' or '亿'))
            {
                return text.IndexOfAny(ClauseMarks, i, e - i) >= 0;
            }
        }

        return WrappedHeadingText(text, space + 1, e);
    }

    /// <summary>
    /// Session 47 (layout invariance): the text after a heading's space is a sentence when it holds a date or a count and a
    /// clause mark after it ("十、国有资产占用情况说明 截至2020年12月31日，本部门共有车辆3辆，其中一"): a heading with its text
    /// that a PDF copy's line break cut to 40 characters or fewer. Read as a heading, the rest of its sentence on the next line
    /// was a paragraph of its own ("般公务用车1辆…": 1 read as the vehicles' count, a false FA4201); as a list item the next
    /// line continues it, as a longer such line always did. So is a line whose last characters are an amount and the 万 or 亿
    /// of its unit, its 元 on the next line ("（八）住房保障支出（类）住房改革支出（款）[22102] 预算数1350.00万").
    /// </summary>
    private static bool WrappedHeadingText(string text, int from, int e)
    {
        var digit = text.IndexOfAny(AsciiDigits, from, e - from);
        if (digit < 0 || e - from < 6)
        {
            return false;
        }

        if (text[e - 1] is '万' or '亿' && text[e - 2] is >= '0' and <= '9')
        {
            return true;   // "（八）…（款）[22102] 预算数1350.00万" / "元，决算数…": an amount cut from its 元 at the line's end
        }

        if (e - from < 12)
        {
            return false;
        }

        for (var mark = text.IndexOfAny(ClauseMarks, digit, e - digit); mark >= 0;
            mark = mark + 1 < e ? text.IndexOfAny(ClauseMarks, mark + 1, e - mark - 1) : -1)
        {
            if (!(mark + 1 < e && text[mark - 1] is >= '0' and <= '9' && text[mark + 1] is >= '0' and <= '9'))
            {
                return true;   // a clause mark, not a thousands separator ("2,380.00" of a table row)
            }
        }

        return false;
    }

    /// <summary>The ASCII digits (normalised text).</summary>
    private static readonly char[] AsciiDigits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <summary>The clause marks that follow a figure in a sentence of text (never in a heading).</summary>
    private static readonly char[] ClauseMarks = [',', ';'];

    private static bool EndsAsHeading(string text, int s, int e) =>
        text[e - 1] == '。' && text.IndexOf('。', s, e - 1 - s) < 0 && text.IndexOf(',', s, e - s) < 0 &&
        (EndsWith(text, e - 1, "说明") || EndsWith(text, e - 1, "情况") || EndsWith(text, e - 1, "概况") || EndsWith(text, e - 1, "决算"));

    /// <summary>
    /// An unnumbered heading ("收入决算情况说明", "机关运行经费情况", "“三公”经费支出决算情况说明。"): a short line that ends in
    /// a heading word (说明, 情况, 概况; a single 。 may follow it), without clause punctuation or a digit, naming what a
    /// section speaks of (收入, 支出, 决算, 三公, 经费, 采购, 资产, 绩效, 事项, 人员, 机构). A sentence broken across lines
    /// rarely ends exactly so (a line starting with 的, 和, 及, 与, 等 or 或 is such a tail); a line saying there is none (无,
    /// 未, 没有) is a statement; a title with a year is <see cref="IsTitleWording"/>'s.
    /// </summary>
    private static bool IsUnnumberedHeading(string text, int s, int e)
    {
        var end = text[e - 1] == '。' ? e - 1 : e;
        if (end - s > 2 && text[end - 1] == ')' && ColonOnlyInUnitDeclaration(text, s, end))
        {
            end = text.LastIndexOf('(', end - 1, end - s);   // session 39: "■ 收入决算情况（单位：万元）" declares its unit
        }

        if (end < 2 || text[end - 1] is not ('明' or '况' or '析')
            || !(EndsWith(text, end, "说明") || EndsWith(text, end, "情况") || EndsWith(text, end, "概况")
                || EndsWith(text, end, "结构分析")))   // session 34: "2.财政拨款支出结构分析"
        {
            return false;
        }

        if (text[s] is '的' or '和' or '及' or '与' or '等' or '或')
        {
            return false;   // "的政府采购支出情况。": the tail of a sentence broken across lines
        }

        for (var i = s; i < end; i++)
        {
            if (text[i] is '。' or ',' or ';' or ':' or '!' or '?' or '，' or '；' or '：' or '无' or '未' || char.IsDigit(text[i])
                || text[i] == '没' && i + 1 < end && text[i + 1] == '有')
            {
                return false;   // "本年度无政府性基金预算财政拨款收支情况。": a statement that there is none, not a heading
            }
        }

        foreach (var word in HeadingSubjects)
        {
            if (text.IndexOf(word, s, end - s, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the only ':' of the line [<paramref name="s"/>, <paramref name="e"/>) is in a unit declaration in brackets at
    /// its end ("四、“三公”经费支出决算情况（金额单位：千元）", "（单位：万元）"): such a line is still a heading.
    /// </summary>
    internal static bool ColonOnlyInUnitDeclaration(string text, int s, int e)
    {
        if (text[e - 1] != ')')
        {
            return false;
        }

        var open = text.LastIndexOf('(', e - 1, e - s);
        if (open <= s || text.IndexOf(':', s, open - s) >= 0)
        {
            return false;
        }

        var inner = open + 1;
        while (inner < e && text[inner] == ' ')
        {
            inner++;
        }

        return string.CompareOrdinal(text, inner, "单位", 0, 2) == 0 || string.CompareOrdinal(text, inner, "金额单位", 0, 4) == 0;
    }

    /// <summary>What an unnumbered heading speaks of (<see cref="IsUnnumberedHeading"/>).</summary>
    private static readonly string[] HeadingSubjects = ["收入", "支出", "决算", "三公", "经费", "采购", "资产", "绩效", "事项", "人员", "机构"];

    /// <summary>The longest note in brackets after a title ("（节选）", "（公开版）", "（摘要）"), in characters.</summary>
    private const int TitleNoteMaxLength = 6;

    /// <summary>
    /// Whether the line [<paramref name="s"/>, <paramref name="e"/>) is a title (<see cref="IsTitleWording"/>, ending in
    /// 说明, 情况 or 决算) followed by a short note in brackets of Chinese characters only ("（节选）"): such a line stood
    /// before a 单位概况 paragraph as prose, was joined to it across the blank line and was no title (session 49).
    /// </summary>
    private static bool TitleBeforeNote(string text, int s, int e)
    {
        var open = text.LastIndexOf('(', e - 1, e - s);
        if (open <= s || e - 1 - open - 1 is < 1 or > TitleNoteMaxLength)
        {
            return false;
        }

        for (var i = open + 1; i < e - 1; i++)
        {
            if (text[i] is < '\u4e00' or > '\u9fff')
            {
                return false;
            }
        }

        return (EndsWith(text, open, "说明") || EndsWith(text, open, "情况") || EndsWith(text, open, "决算"))
            && IsTitleWording(text, s, open);
    }

    private static bool IsTitleWording(string text, int s, int e)
    {
        // In place (session 52): the line was cut out for these ordinal searches at every classified line.
        var line = text.AsSpan(s, e - s);
        return (line.IndexOf("决算".AsSpan()) >= 0 || line.IndexOf("三公".AsSpan()) >= 0)
            && line.IndexOfAny('。', ',', ';') < 0 && line.IndexOf(':') < 0;
    }

    /// <summary>
    /// Session 53 (blind round 49 t01): where the words start after an entry number of one or two Arabic digits in brackets
    /// at <paramref name="s"/> ("(9)", "(10)", normalised from "（9）"), or -1. Such a line whose words are a heading's
    /// (<see cref="IsUnnumberedHeading"/>: "机关运行经费支出情况说明", "政府采购支出情况说明") is a heading, as "4）…情况" is;
    /// before, only a title with 决算 or 三公 in it was (<see cref="IsTitleWording"/>), so "（9）机关运行经费支出情况说明" ran
    /// into the paragraph before it and every figure from there on was read in the section before.
    /// </summary>
    private static int ArabicBracketNumberEnd(string text, int s, int e)
    {
        if (s + 2 >= e || text[s] != '(' || !char.IsDigit(text[s + 1]))
        {
            return -1;
        }

        var close = s + 1;
        while (close < e && close - s <= 3 && char.IsDigit(text[close]))
        {
            close++;
        }

        return close - s <= 3 && close < e && text[close] == ')' ? close + 1 : -1;
    }

    private static bool Next(string text, int s, int e, char c)
    {
        var i = s;
        while (i < e && IsChineseNumeral(text[i]))
        {
            i++;
        }

        return i < e && text[i] == c;
    }

    private static bool EndsWith(string text, int end, string word)
        => end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    /// <summary>
    /// Session 52 (blind round 48 t05): "第1节", "第12部分", "第3章" — a part numbered with one or two Arabic digits and its word,
    /// a heading as "第一部分" is ("第1季度" or "第2条" is none).
    /// </summary>
    private static bool PartNumberedByDigits(string text, int s, int e)
    {
        var at = s + 1;
        while (at < e && at - s <= 3 && Scanner.IsDigit(text[at]))
        {
            at++;
        }

        return at > s + 1 && at - s <= 3 && PartWordLength(text, at, e) > 0;
    }

    /// <summary>The length of a part's word at <paramref name="at"/> — "部分" 2, "节" or "章" 1 — or 0.</summary>
    internal static int PartWordLength(string text, int at, int e)
    {
        if (at + 1 < e && text[at] == '部' && text[at + 1] == '分')
        {
            return 2;
        }

        return at < e && text[at] is '节' or '章' ? 1 : 0;
    }
}
