using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Reads 绩效自评表 given as tab- or |-separated rows: the project or department, fund lines (年初预算数 / 全年预算数 /
/// 全年执行数 / 分值 / 执行率 / 得分), goals, and indicators (一级 / 二级 / 三级, 指标值, 实际值, 分值, 得分, 偏差原因),
/// including cells broken over several rows by PDF conversion.
/// </summary>
/// <remarks>
/// A row is read on its cells' ranges (<see cref="PerformanceRow"/>: the row's original text once, each cell a range
/// of it, the first characters of each cell without white space kept for the header words): a string is made only for
/// a value that is written. Values are written into the evaluation, fund and indicator objects directly
/// (<see cref="ReportBuilder.SetIn(DraftNode, ItemPointer, string, DraftNode, SourceSpan, ClaimKind?, string?)"/>), not
/// through a pointer walked from the root for every cell, and no member's pointer is joined unless something asks for it
/// (a claim's pointer is joined when first read), nor a fund line's or an indicator's own (<see cref="ItemPointer"/>).
/// </remarks>
internal sealed partial class PerformanceTableReader
{
    private readonly ReportBuilder b;
    private string? evaluation;
    private DraftNode evaluationNode = DraftNode.NewObject();
    private FundColumns fundColumns = FundColumns.None;
    private IndicatorColumns indicatorColumns = IndicatorColumns.None;
    private (int Expected, int Actual) goalColumns = (-1, -1);
    private Mode mode;
    private ItemPointer? lastIndicator;
    private DraftNode? lastIndicatorNode;
    private string level1 = string.Empty;
    private string level2 = string.Empty;
    private readonly List<PendingText> pendingText = [];

    /// <summary>The texts of the last indicator still being pieced together (its name; its 偏差原因, once it has one).</summary>
    private PendingText? lastName;
    private PendingText? lastNote;

    /// <summary>The pointers of the evaluation's fund and indicator lists, made once per evaluation when first used.</summary>
    private string? fundsPointer;
    private string? indicatorsPointer;
    private readonly PerformanceRow cells = new();

    /// <summary>What the rows under the last header are.</summary>
    private enum Mode
    {
        None,
        Funds,
        Goals,
        Indicators,

        /// <summary>
        /// Session 59: fund rows and 一级指标 rows under one header (<c>指标 | 年度预算数/分值 | 全年执行数 | 执行率 | 得分</c>), told
        /// apart by their label (<see cref="MixedLine"/>).
        /// </summary>
        Mixed,
    }

    /// <summary>
    /// A text pieced together from rows broken by PDF conversion, written by <see cref="Flush"/> as member
    /// <see cref="Name"/> of <see cref="Parent"/> (whose pointer is <see cref="ParentPointer"/>); a builder is used only
    /// when a continuation row adds to it (most texts are one row's). Session 37: the objects (and their builders) written
    /// by one table's <see cref="Flush"/> are begun again for the next table's texts (<see cref="sparePending"/>), not made
    /// anew for each (79 objects a seed read, ten at most at a time).
    /// </summary>
    private sealed class PendingText
    {
        private StringBuilder? more;

        private bool continued;

        private string text = string.Empty;

        public DraftNode Parent { get; private set; } = null!;

        public ItemPointer ParentPointer { get; private set; } = null!;

        public string Name { get; private set; } = string.Empty;

        public SourceSpan Span { get; private set; }

        /// <summary>The text so far.</summary>
        public string Text => continued ? more!.ToString() : text;

        /// <summary>Begins the text of member <paramref name="name"/> of <paramref name="parent"/> with one row's text.</summary>
        public PendingText Begin(DraftNode parent, ItemPointer parentPointer, string name, string first, SourceSpan span)
        {
            (Parent, ParentPointer, Name, text, Span, continued) = (parent, parentPointer, name, first, span, false);
            return this;
        }

        /// <summary>Adds a continuation row's text.</summary>
        public void Add(string continuation)
        {
            if (!continued)
            {
                (more ??= new StringBuilder(text.Length + continuation.Length)).Clear().Append(text);
                continued = true;
            }

            more!.Append(continuation);
        }
    }

    /// <summary>Texts written by the last <see cref="Flush"/>, to be begun again (nothing refers to them after it).</summary>
    private readonly List<PendingText> sparePending = [];

    /// <summary>The columns of a fund header (-1: absent).</summary>
    private readonly record struct FundColumns(
        int InitialBudget, int FullYearBudget, int Executed, int Weight, int ExecutionRate, int Score)
    {
        public static FundColumns None => new(-1, -1, -1, -1, -1, -1);

        /// <summary>The first column found, or <paramref name="otherwise"/> when none is.</summary>
        public int First(int otherwise)
        {
            var first = Lowest(Lowest(Lowest(int.MaxValue, InitialBudget), Lowest(FullYearBudget, Executed)),
                Lowest(Lowest(Weight, ExecutionRate), Score));
            return first is int.MaxValue or < 0 ? otherwise : first;
        }

        /// <summary>The lower of two columns, an absent one (-1) ignored.</summary>
        private static int Lowest(int a, int b) => a < 0 ? (b < 0 ? int.MaxValue : b) : b < 0 ? a : Math.Min(a, b);
    }

    /// <summary>The columns of an indicator header (-1: absent).</summary>
    private readonly record struct IndicatorColumns(
        int Level1, int Level2, int Name, int Target, int Basis, int Actual, int Weight, int Score, int Note)
    {
        public static IndicatorColumns None => new(-1, -1, -1, -1, -1, -1, -1, -1, -1);
    }

    /// <summary>
    /// Blocks kept for <see cref="Finish"/> when reading is deferred (null: each block is read as it comes): only the
    /// evaluation titles and the table rows after the first one — every other block changes nothing here. Kept in
    /// chunks of <see cref="KeptChunk"/> (the last one filled to <see cref="keptInLast"/>): a list grown by doubling
    /// allocated and copied about three times the blocks it held (and, on a long text, arrays on the large-object heap).
    /// A chunk keeps each block's text (a <see cref="Fragment"/>, 8 bytes) and whether it was a table row (a bit), not
    /// the 24-byte <see cref="Block"/>: reading a kept block asks nothing else of it.
    /// </summary>
    private readonly List<KeptBlocks>? kept;

    /// <summary>How many blocks the last chunk of <see cref="kept"/> holds.</summary>
    private int keptInLast;

    /// <summary>The blocks in one chunk of <see cref="kept"/> (32: one bit each in <see cref="KeptBlocks.Rows"/>).</summary>
    private const int KeptChunk = 32;

    /// <summary>A chunk of kept blocks: their texts, and which of them are table rows (bit i for block i).</summary>
    private sealed class KeptBlocks
    {
        public Fragment[] Blocks { get; } = new Fragment[KeptChunk];

        public uint Rows { get; set; }
    }

    /// <summary>Whether a title has been seen (rows before the first title are no evaluation's).</summary>
    private bool titled;

    /// <summary>
    /// Session 59 (deferred reading): a name row opened an untitled table (<see cref="IsNameRowStart"/>), so the next block that
    /// is no table row is kept too — it closes that table (<see cref="CloseUntitled"/>), as the direct read closes it.
    /// </summary>
    private bool untitledRowsKept;

    /// <summary>Session 59: the open evaluation was opened by its name row, with no title (closed by the next non-row block).</summary>
    private bool untitled;

    /// <summary>Session 59: the open evaluation has its name.</summary>
    private bool named;

    /// <summary>Session 59: a fund line, an indicator or a 总分 row has been read into the open evaluation.</summary>
    private bool linesRead;

    /// <summary>
    /// Session 59: a name row (<c>项目名称 | 全域旅游宣传推广 | | | |</c>) that may open an untitled table: the table is opened
    /// only when the next row is its header (<see cref="OpensTable"/>); null when none waits.
    /// </summary>
    private Fragment? unopened;

    /// <summary>The kind of the evaluation <see cref="unopened"/> would open (project, departmentOverall).</summary>
    private string unopenedKind = "project";

    /// <summary>
    /// Session 59: under a header of fund and 一级指标 rows together (<see cref="Mode.Mixed"/>) with no 分值 column for the
    /// fund line (<c>年度预算数/分值</c>: the column holds the fund's budget and the indicators' weights): the fund line's
    /// weight is unstated, so the indicators' weights and the 总分's are not written (the weights' sum could not add up).
    /// </summary>
    private bool weightsUnstated;

    /// <summary>Session 59: the column of a 一级指标 row's weight under a mixed header (-1: none).</summary>
    private int mixedWeightColumn = -1;

    /// <param name="builder">The draft report.</param>
    /// <param name="deferred">
    /// Keep the blocks that matter and read them in <see cref="Finish"/>, so that this reader writes into the builder
    /// after the narrative has finished (the order of the passes' notes and claims), while the blocks are still
    /// given one at a time.
    /// </param>
    public PerformanceTableReader(ReportBuilder builder, bool deferred = false)
    {
        b = builder;
        kept = deferred ? [] : null;
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

    /// <summary>Takes one block: read now, or kept for <see cref="Finish"/> when it can matter.</summary>
    public void Accept(Block block)
    {
        Accepted(block);   // session 63: the line before a title may name its project (PerformanceTableReader.ProseNamedTables)
        if (kept is null)
        {
            Read(block);
        }
        else if (block.Kind == BlockKind.TableRow ? titled || IsNameRowStart(block.Content)
                 : block.Content.Length < 40 && IsTitle(block.Content.Text)
                   || titled && PerformanceNameLines.IsKeyLine(block.Content.Source, block.Content.SourceStart,
                       block.Content.SourceStart + block.Content.Length)
                   || BreaksUntitled())
        {
            titled = true;
            if (block.Kind == BlockKind.TableRow && !untitledRowsKept && IsNameRowStart(block.Content))
            {
                untitledRowsKept = true;
            }
            if (kept.Count == 0 || keptInLast == KeptChunk)
            {
                kept.Add(new KeptBlocks());
                keptInLast = 0;
            }

            var chunk = kept[kept.Count - 1];
            if (block.Kind == BlockKind.TableRow)
            {
                chunk.Rows |= 1u << keptInLast;
            }

            chunk.Blocks[keptInLast++] = block.Content;
        }
    }

    /// <summary>
    /// Session 59: whether a block that is no title nor key line is kept as the end of an untitled table
    /// (<see cref="untitledRowsKept"/>, cleared: later such blocks change nothing here).
    /// </summary>
    private bool BreaksUntitled()
    {
        if (!untitledRowsKept)
        {
            return false;
        }

        untitledRowsKept = false;
        return true;
    }

    /// <summary>Reads the blocks kept (deferred mode) and writes the last texts pieced together from broken rows.</summary>
    public void Finish()
    {
        if (kept is not null)
        {
            for (var c = 0; c < kept.Count; c++)
            {
                var chunk = kept[c];
                var filled = c == kept.Count - 1 ? keptInLast : KeptChunk;
                for (var i = 0; i < filled; i++)
                {
                    Read((chunk.Rows & (1u << i)) != 0, chunk.Blocks[i]);
                }
            }

            kept.Clear();
            keptInLast = 0;
        }

        NameFromProse();
        Flush();
    }

    /// <summary>A 绩效自评表 title: a short block naming the table.</summary>
    internal static bool IsTitle(string t) => t.Length < 40 && t.Contains("绩效自评表");

    private void Read(Block block) => Read(block.Kind == BlockKind.TableRow, block.Content);

    /// <summary>Reads a block given as whether it is a table row and its text.</summary>
    private void Read(bool tableRow, Fragment content)
    {
        if (!tableRow)
        {
            unopened = null;   // session 60: a name row waits for the very next block only (a title or key line drops it)
            var t = content.Text;
            if (IsTitle(t))
            {
                Start(t.Contains("整体") ? "departmentOverall" : "project", content);
                TitleOpened(content);
                if (PerformanceNameLines.NameRowStart(t) is var name and > 0)
                {
                    Row(content.Slice(name, content.Length));   // the name row joined to the title (r7, PerformanceNameLines)
                }
            }
            else if (evaluation is not null && PerformanceNameLines.IsKeyLine(t, 0, t.Length))
            {
                if (t.Contains('\t'))
                {
                    Row(content);   // session 62: r7's one-tab name row, on its own line now the title is a heading: a row, as before
                }
                else
                {
                    KeyLine(content, t);
                }
            }
            else
            {
                CloseUntitled();
            }

            return;
        }

        if (IsNameRowStart(content) && (evaluation is null || named && linesRead) && StandaloneName(content) is { } kind)
        {
            unopened = content;   // an untitled table's name row: opened if its header follows
            unopenedKind = kind;
            return;
        }

        if (unopened is { } nameRow)
        {
            unopened = null;
            if (OpensTable(content))
            {
                Start(unopenedKind, nameRow);
                untitled = true;
                Row(nameRow);
            }
        }

        if (evaluation is null)
        {
            return;
        }

        try
        {
            Row(content);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            var (zh, en) = DisclosureMessages.TableRowNotRead(ex.Message);
            b.Note(b.Span(content, 0, content.Length), zh, en, content.Text);
        }
    }

    /// <summary>
    /// Session 59: whether a table row starts (after a leading '|' and spaces) with 项目名称 or 部门名称 — the cheap test of a
    /// row that may open an untitled table (<see cref="StandaloneName"/> decides). Session 60: white space inside the word is
    /// passed over (<c>项目 名称</c>), as a header cell is read without it, so that every row <see cref="StandaloneName"/> takes
    /// passes this test.
    /// </summary>
    private static bool IsNameRowStart(Fragment row)
    {
        var text = row.Source;
        var at = row.SourceStart;
        var end = at + row.Length;
        while (at < end && (text[at] == '|' || WhiteSpace.Is(text[at])))
        {
            at++;
        }

        Span<char> word = stackalloc char[4];
        var n = 0;
        for (; at < end && n < word.Length; at++)
        {
            if (!WhiteSpace.Is(text[at]))
            {
                word[n++] = text[at];
            }
        }

        return n == word.Length && at < end && (word.SequenceEqual("项目名称") || word.SequenceEqual("部门名称"));
    }

    /// <summary>
    /// Session 59 (blind round 55 t07): the evaluation kind a name row opens — <c>项目名称 | 全域旅游宣传推广 | | | |</c>: its first
    /// cell 项目名称 (a project) or 部门名称 (the department), then exactly one filled cell, a name (no figure) — or null for
    /// any other row. Such a row under no 绩效自评表 title opens a table when its header follows (<see cref="OpensTable"/>).
    /// </summary>
    private string? StandaloneName(Fragment row)
    {
        b.Original(row, out var original, out var originalStart);
        cells.Split(original, originalStart, row.Source, row.SourceStart, row.Length);
        var kind = cells.FindExact("项目名称") == 0 ? "project" : cells.FindExact("部门名称") == 0 ? "departmentOverall" : null;
        var value = cells.FirstFilled(1, cells.Count);
        if (kind is null || value < 0 || cells.FirstFilled(value + 1, cells.Count) >= 0 || cells.CompactText(value).Length < 2
            || AmountText(value) is not null || PercentText(value) is not null)
        {
            return null;
        }

        return kind;
    }

    /// <summary>
    /// Session 59: whether the row after an untitled name row is a 绩效自评表's own row — 主管部门, 年度总体目标, a fund header
    /// (年初预算数 and 全年预算), or a header with a score column and a 分值, 执行率 or 一级指标 column — so that the name row opens
    /// a table.
    /// </summary>
    private bool OpensTable(Fragment row)
    {
        b.Original(row, out var original, out var originalStart);
        cells.Split(original, originalStart, row.Source, row.SourceStart, row.Length);
        if (cells.FindExact("主管部门") >= 0 || cells.FindStart("年度总体目标") >= 0
            || cells.FindExact("年初预算数") >= 0 && cells.FindStart("全年预算") >= 0)
        {
            return true;
        }

        var score = -1;
        var other = false;
        for (var i = 0; i < cells.Count; i++)
        {
            score = score < 0 && cells.Contains(i, "得分") ? i : score;
            other |= cells.Contains(i, "执行率") || cells.Contains(i, "分值") || cells.Contains(i, "权重")
                || cells.Contains(i, "一级指标");
        }

        return score >= 0 && other;
    }

    /// <summary>
    /// Session 59: a block that is no table row ends an untitled table (its evaluation is closed: rows of a later table are not
    /// its lines), and drops a name row that no header followed. A titled evaluation stays open, as before.
    /// </summary>
    private void CloseUntitled()
    {
        unopened = null;
        if (!untitled)
        {
            return;
        }

        NameFromProse();
        Flush();
        evaluation = null;
        untitled = false;
        mode = Mode.None;
    }

    /// <summary>
    /// Session 56 (blind round 52 t06): a name or department line of the table written with colons
    /// (<see cref="PerformanceNameLines.IsKeyLine"/>) — <c>项目名称：应急广播体系建设</c>, <c>主管部门：某局　　实施单位：某台</c>:
    /// the evaluation's name, department and implementing unit, as the cells of a tab row give them.
    /// </summary>
    private void KeyLine(Fragment content, string t)
    {
        foreach (var (word, member) in KeyMembers)
        {
            var at = t.IndexOf(word, StringComparison.Ordinal);
            var from = at < 0 ? -1 : PerformanceNameLines.ValueStart(t, at + word.Length, t.Length);
            if (from < 0)
            {
                continue;
            }

            var to = t.Length;
            foreach (var (other, _) in KeyMembers)
            {
                var next = t.IndexOf(other, from, StringComparison.Ordinal);
                to = next > from && next < to ? next : to;
            }

            var value = t.Substring(from, to - from).Trim();
            if (value.Length > 0)
            {
                Put(evaluationNode, evaluation!, member, value, b.Span(content, from, to));
                named |= member == "name";
            }
        }
    }

    /// <summary>The words of a key line (<see cref="KeyLine"/>) and the evaluation's member each names.</summary>
    private static readonly (string Word, string Member)[] KeyMembers =
    [
        ("项目名称", "name"), ("部门名称", "name"), ("单位名称", "name"), ("主管部门", "department"), ("实施单位", "implementingUnit"),
    ];

    private void Start(string kind, Fragment title)
    {
        NameFromProse();
        Flush();
        evaluation = b.Append("/performance/evaluations", out evaluationNode);
        Put(evaluationNode, evaluation, "kind", kind, b.Span(title, 0, title.Length));
        mode = Mode.None;
        fundColumns = FundColumns.None;
        indicatorColumns = IndicatorColumns.None;
        goalColumns = (-1, -1);
        lastIndicator = null;
        lastIndicatorNode = null;
        level1 = level2 = string.Empty;
        fundsPointer = indicatorsPointer = null;
        headerSpans.Clear();
        untitled = named = linesRead = weightsUnstated = false;
        mixedWeightColumn = -1;
    }

    /// <summary>Writes the texts pieced together, in the order they were begun.</summary>
    private void Flush()
    {
        foreach (var pending in pendingText)
        {
            b.SetInRow(pending.Parent, pending.ParentPointer, pending.Name, pending.Text, pending.Span);
        }

        sparePending.AddRange(pendingText);
        pendingText.Clear();
        lastName = lastNote = null;
    }

    /// <summary>Sets a member of an object of the evaluation (a string where nothing is claimed).</summary>
    private void Put(DraftNode node, string prefix, string name, string value, SourceSpan span)
        => b.SetIn(node, prefix, name, DraftNode.Of(value), span);

    /// <summary>Sets a member of an object of the evaluation, claimed as a figure of <paramref name="kind"/>.</summary>
    private void Put(DraftNode node, string prefix, string name, DraftNode value, SourceSpan span, ClaimKind? kind, string text)
        => b.SetIn(node, prefix, name, value, span, kind, text);

    /// <summary>Sets a member of a fund line or an indicator (an item of a list, at <paramref name="item"/>: a compact row).</summary>
    private void Put(DraftNode node, ItemPointer item, string name, string value, SourceSpan span)
        => b.SetInRow(node, item, name, value, span);

    /// <summary>The cell without white space (the cell itself when it has none: most cells).</summary>
    private static string Compact(string cell)
    {
        var first = 0;
        while (first < cell.Length && !WhiteSpace.Is(cell[first]))
        {
            first++;
        }

        if (first == cell.Length)
        {
            return cell;
        }

        var sb = new StringBuilder(cell.Length);
        foreach (var c in cell)
        {
            if (!WhiteSpace.Is(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static readonly string[] NameWords = ["项目名称", "部门名称", "单位名称"];
    private static readonly string[] TotalWords = ["总分", "合计得分", "总计"];

    /// <summary>Session 60: the words a mixed header's rate column starts with, if its score column starts with none of
    /// <see cref="MixedScoreStarts"/>.</summary>
    private static readonly string[] MixedRateStarts = ["执行率", "预算执行率"];

    /// <summary>Session 60: the words a mixed header's score column starts with, if its rate column starts with none of
    /// <see cref="MixedRateStarts"/>.</summary>
    private static readonly string[] MixedScoreStarts = ["得分", "自评得分"];

    /// <summary>
    /// Session 59: words a mixed header (<see cref="MixedHeader"/>) has a cell starting with (its rate or score column); before
    /// <see cref="RowWords"/>, which is made of it.
    /// </summary>
    private static readonly string[] MixedHeaderStarts = [.. MixedRateStarts, .. MixedScoreStarts];

    /// <summary>
    /// The first words <see cref="Row"/> asks a row for before it reads the row as a line of the last header's kind; every
    /// other word it asks for there is asked only once one of these was found.
    /// </summary>
    private static readonly string[] RowWords =
        [.. NameWords, "主管部门", "年初预算数", "年度总体目标", "一级指标", .. TotalWords, .. MixedHeaderStarts];


    /// <summary>
    /// The characters <see cref="RowWords"/> start with: a row none of whose cells starts with one of them is none of those
    /// rows (a cell is a word only when it starts with the word's first character), so it goes straight to its header's
    /// kind (session 19: the six header tests, up to nine scans of every cell, were ≈ 1.7 % of a seed read).
    /// </summary>
    internal static readonly string RowWordStarts = new(RowWords.Select(w => w[0]).Distinct().ToArray());

    private void Row(Fragment row)
    {
        b.Original(row, out var original, out var originalStart);
        cells.Split(original, originalStart, row.Source, row.SourceStart, row.Length);   // the row's string is made for a claim only
        var span = b.Span(row, 0, row.Length);
        var spaced = MeasureSpaced(original);
        if (cells.AnyCellStartsWith(RowWordStarts))
        {
            var before = (mode, fundColumns, indicatorColumns);
            if (Header(span, row))
            {
                KeepHeaderSpans(spaced, before != (mode, fundColumns, indicatorColumns));
                return;
            }
        }

        if (spaced)
        {
            AlignToHeader();
        }

        Line(span, row);
    }

    /// <summary>
    /// Reads a row that is a name, a department, a header or a 总分 row (true); false for any other row — a line of the last
    /// header's kind.
    /// </summary>
    private bool Header(SourceSpan span, Fragment row)
    {
        var nameAt = cells.FindExact(NameWords);
        if (nameAt >= 0)
        {
            var value = cells.FirstFilled(nameAt + 1, cells.Count);
            if (value >= 0)
            {
                Put(evaluationNode, evaluation!, "name", cells.Text(value), span);
                named = true;
            }

            return true;
        }

        var departmentAt = cells.FindExact("主管部门");
        if (departmentAt >= 0)
        {
            var unitAt = cells.FindExact("实施单位");
            var department = cells.FirstFilled(departmentAt + 1, unitAt < 0 ? cells.Count : unitAt);
            if (department >= 0)
            {
                Put(evaluationNode, evaluation!, "department", cells.Text(department), span);
            }

            if (unitAt >= 0 && cells.FirstFilled(unitAt + 1, cells.Count) is var unit and >= 0)
            {
                Put(evaluationNode, evaluation!, "implementingUnit", cells.Text(unit), span);
            }

            return true;
        }

        if (cells.FindExact("年初预算数") >= 0 && cells.FindStart("全年预算") >= 0)
        {
            fundColumns = new FundColumns(
                cells.FindStart("年初预算数"),
                cells.FindStart("全年预算数", "调整后预算数"),
                cells.FindStart("全年执行数", "预算执行数"),
                cells.FindStart("分值", "权重"),
                cells.FindStart("执行率"),
                cells.FindStart("得分"));
            mode = Mode.Funds;
            return true;
        }

        if (cells.FindStart("年度总体目标") >= 0)
        {
            goalColumns = (cells.FindStart("预期目标"), cells.FindStart("实际完成情况", "实际完成目标", "全年实际完成情况"));
            mode = Mode.Goals;
            return true;
        }

        if (cells.FindExact("一级指标") >= 0 && cells.FindExact("三级指标") >= 0)
        {
            indicatorColumns = new IndicatorColumns(
                cells.FindStart("一级指标"),
                cells.FindStart("二级指标"),
                cells.FindStart("三级指标"),
                cells.FindStart("年度指标值", "预期指标值", "指标值"),
                cells.FindStart("指标值设定依据"),
                cells.FindStart("实际完成值", "实际完成指标值", "全年实际值") is var actual and >= 0 ? actual
                    : cells.FindStart("完成值", "实际值"),   // session 64: 完成值, 实际值 (blind round 60 t10)
                cells.FindStart("分值", "权重"),
                cells.FindStart("得分"),
                cells.FindStart("偏差原因", "偏差原因分析及改进措施"));
            mode = Mode.Indicators;
            lastIndicator = null;
            lastIndicatorNode = null;
            level1 = level2 = string.Empty;
            return true;
        }

        if (cells.FindExact("一级指标") is var levelAt and >= 0 && cells.FindStart("二级指标") < 0 && cells.FindStart("得分") >= 0
            && cells.FindStart("分值", "权重") >= 0)
        {
            // Session 56 (blind round 52 t06): "一级指标　　分值　　得分", then one row per 一级指标 ("产出指标　　50　　46.5"):
            // each row an indicator named by its 一级指标, its weight and score the table's parts of 总分.
            indicatorColumns = new IndicatorColumns(levelAt, -1, levelAt, -1, -1, -1, cells.FindStart("分值", "权重"),
                cells.FindStart("得分"), -1);
            mode = Mode.Indicators;
            lastIndicator = null;
            lastIndicatorNode = null;
            level1 = level2 = string.Empty;
            return true;
        }

        if (MixedHeader(span, row))
        {
            mode = Mode.Mixed;
            return true;
        }

        var totalAt = cells.FindExact(TotalWords);
        if (totalAt < 0 && mode == Mode.Indicators)
        {
            totalAt = cells.FindExact("合计");   // session 64: an indicator table's last row "合计  …  100  92.8" (under funds: a fund line)
        }

        if (totalAt >= 0)
        {
            Total(totalAt, span, row);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Session 59 (blind round 55 t07): a header over fund rows and 一级指标 rows together —
    /// <c>指标 | 年度预算数/分值 | 全年执行数 | 执行率 | 得分</c> (or <c>资金 | 预算 | 执行数 | 执行率% | 得分</c>, a 分值 column of its own
    /// or none): after the label column, a budget column (年初 or full-year), an executed column, a rate column and a score
    /// column, each once, and at most a 分值 column besides; any other column and it is not this header. Its rate column starts
    /// with 执行率 or 预算执行率, or its score column with 得分 or 自评得分 (session 60: <see cref="MixedRateStarts"/>,
    /// <see cref="MixedScoreStarts"/> — <see cref="Row"/> asks for a header only a row with a cell starting with the first
    /// character of one of <see cref="RowWords"/>, so a mixed header must have such a cell to be seen at all). The fund row
    /// (<c>资金 | 1200.00 | 1146.85 | 95.57% | 9.6</c>) is read as a fund line, a 一级指标 row (<c>产出指标 | 50 | | | 46.5</c>) as an
    /// indicator with its weight (in the 分值 column, else in the budget column) and score (<see cref="MixedLine"/>). Without a 分值
    /// column the fund line's weight is unstated: the weights are then not written, with a note (see
    /// <see cref="weightsUnstated"/>).
    /// </summary>
    private bool MixedHeader(SourceSpan span, Fragment row)
    {
        int budget = -1, executed = -1, rate = -1, score = -1, weight = -1;
        for (var i = 1; i < cells.Count; i++)
        {
            if (!cells.IsFilled(i))
            {
                continue;
            }

            var known = cells.Contains(i, "执行率") ? Take(ref rate, i)
                : cells.Contains(i, "得分") ? Take(ref score, i)
                : cells.Contains(i, "执行数") || cells.Contains(i, "执行金额") ? Take(ref executed, i)
                : cells.Contains(i, "预算") ? Take(ref budget, i)
                : (cells.Contains(i, "分值") || cells.Contains(i, "权重")) && Take(ref weight, i);
            if (!known)
            {
                return false;   // a column twice, or one this header does not have
            }
        }

        if (budget < 0 || executed < 0 || rate < 0 || score < 0 || cells.IsFilled(0) && AmountText(0) is not null
            || !StartsWithAny(rate, MixedRateStarts) && !StartsWithAny(score, MixedScoreStarts))
        {
            return false;   // session 60: its rate or score column starts with a word of MixedHeaderStarts (Row asks for them)
        }

        var initial = cells.Contains(budget, "年初");
        fundColumns = new FundColumns(initial ? budget : -1, initial ? -1 : budget, executed, weight, rate, score);
        mixedWeightColumn = weight >= 0 ? weight : budget;
        weightsUnstated = weight < 0;
        if (weightsUnstated)
        {
            var (zh, en) = DisclosureMessages.ScoreTableWeightsUnstated(cells.CompactText(budget));
            b.Note(span, zh, en, row.Text);
        }

        return true;
    }

    /// <summary>Whether cell <paramref name="index"/> without white space starts with one of <paramref name="words"/>.</summary>
    private bool StartsWithAny(int index, string[] words)
    {
        foreach (var word in words)
        {
            if (cells.StartsWith(index, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sets an absent column (-1) to <paramref name="index"/>: false when it was found already.</summary>
    private static bool Take(ref int column, int index)
    {
        if (column >= 0)
        {
            return false;
        }

        column = index;
        return true;
    }

    /// <summary>
    /// Session 59: a row under a mixed header (<see cref="MixedHeader"/>): a fund row by its label (<see cref="FundKind"/>),
    /// or a 一级指标 row (its label ending in 指标, no executed amount nor rate) as an indicator; any other row is not read.
    /// </summary>
    private void MixedLine(SourceSpan span, Fragment row)
    {
        var labelAt = cells.LastFilled(Math.Min(fundColumns.First(cells.Count), cells.Count));
        if (labelAt < 0)
        {
            return;
        }

        var label = cells.CompactText(labelAt);
        if (FundKind(label) is not null)
        {
            Fund(span, row);
            return;
        }

        if (label.Length is < 4 or > 12 || !label.EndsWith("指标", StringComparison.Ordinal)
            || cells.IsFilled(fundColumns.Executed) || cells.IsFilled(fundColumns.ExecutionRate)
            || Quantity(fundColumns.Score) is null)
        {
            return;
        }

        indicatorColumns = new IndicatorColumns(labelAt, -1, labelAt, -1, -1, -1, weightsUnstated ? -1 : mixedWeightColumn,
            fundColumns.Score, -1);
        Indicator(span, row);
    }

    /// <summary>Reads a row as a line of the last header's kind (a fund line, a goal, an indicator).</summary>
    private void Line(SourceSpan span, Fragment row)
    {
        switch (mode)
        {
            case Mode.Funds:
                Fund(span, row);
                break;
            case Mode.Goals:
                if (cells.IsFilled(goalColumns.Expected))
                {
                    Put(evaluationNode, evaluation!, "expectedGoal", cells.Text(goalColumns.Expected), span);
                }

                if (cells.IsFilled(goalColumns.Actual))
                {
                    Put(evaluationNode, evaluation!, "actualOutcome", cells.Text(goalColumns.Actual), span);
                }

                break;
            case Mode.Indicators:
                Indicator(span, row);
                break;
            case Mode.Mixed:
                MixedLine(span, row);
                break;
        }
    }

    /// <summary>The 总分 row: the last two values after the word are 分值 and 得分 (PDF conversion often shifts its cells).</summary>
    private void Total(int totalAt, SourceSpan span, Fragment row)
    {
        string? weight = null;
        string? score = null;
        for (var i = totalAt + 1; i < cells.Count; i++)
        {
            if (Quantity(i) is { } value)
            {
                weight = score;
                score = value;
            }
        }

        if (weight is not null && !weightsUnstated)
        {
            Put(evaluationNode, evaluation!, "totalWeight", DraftNode.Of(weight), span, ClaimKind.Quantity, row.Text);
        }

        linesRead = true;

        if (score is not null)
        {
            Put(evaluationNode, evaluation!, "totalScore", DraftNode.Of(score), span, ClaimKind.Quantity, row.Text);
        }

        mode = Mode.None;
    }

    /// <summary>The fund kinds by the words of their label, with the kind as the contract writes it.</summary>
    private static readonly (string[] Keys, string Kind)[] FundKinds =
    [
        (["年度资金总额", "年度总资金", "资金总额", "合计"], "total"),
        (["当年财政拨款", "本年财政拨款", "财政拨款"], "currentYearAppropriation"),
        (["上年结转"], "priorYearCarryOver"),
        (["上级资金"], "superiorFunds"),
        (["本级资金"], "sameLevelFunds"),
        (["其他资金"], "otherFunds"),
    ];

    private void Fund(SourceSpan span, Fragment row)
    {
        var labelAt = cells.LastFilled(Math.Min(fundColumns.First(cells.Count), cells.Count));
        if (labelAt < 0)
        {
            return;
        }

        var label = cells.Text(labelAt);
        var kind = FundKind(Compact(label));
        if (kind is null)
        {
            return;
        }

        // The cells are read first (reading them writes nothing), so that the fund line has room for what it will hold.
        var initialBudget = AmountText(fundColumns.InitialBudget);
        var fullYearBudget = AmountText(fundColumns.FullYearBudget);
        var executed = AmountText(fundColumns.Executed);
        var weight = Quantity(fundColumns.Weight);
        var rate = PercentText(fundColumns.ExecutionRate);
        var score = Quantity(fundColumns.Score);
        var room = 2 + Present(initialBudget) + Present(fullYearBudget) + Present(executed) + Present(weight) + Present(rate)
            + Present(score);
        var pointer = b.AppendItemWithRoom(fundsPointer ??= evaluation + "/funds", out var fund, room);
        linesRead = true;
        Put(fund, pointer, "kind", kind, span);
        Put(fund, pointer, "label", label, span);
        Claimed(fund, pointer, "initialBudget", initialBudget, span, ClaimKind.Amount, row);
        Claimed(fund, pointer, "fullYearBudget", fullYearBudget, span, ClaimKind.Amount, row);
        Claimed(fund, pointer, "executed", executed, span, ClaimKind.Amount, row);
        Claimed(fund, pointer, "weight", weight, span, ClaimKind.Quantity, row);
        Claimed(fund, pointer, "executionRate", rate, span, ClaimKind.ExecutionRate, row);
        Claimed(fund, pointer, "score", score, span, ClaimKind.Quantity, row);
    }

    /// <summary>1 for a value that will be written, 0 for none.</summary>
    private static int Present(string? value) => value is null ? 0 : 1;

    /// <summary>1 for a cell that is filled, 0 for a blank or absent one.</summary>
    private int Present(int column) => cells.IsFilled(column) ? 1 : 0;

    /// <summary>
    /// Sets a member of a fund line or an indicator to a figure of the row, claimed as <paramref name="kind"/> (nothing
    /// for null).
    /// </summary>
    private void Claimed(DraftNode node, ItemPointer item, string name, string? value, SourceSpan span, ClaimKind kind, Fragment row)
    {
        if (value is not null)
        {
            b.SetInRow(node, item, name, value, span, kind, row.Text);
        }
    }

    /// <summary>
    /// Session 59: labels of a fund row that are the project's whole funds though they hold no word of
    /// <see cref="FundKinds"/> (<c>资金 | 1200.00 | 1146.85 | 95.57% | 9.6</c>).
    /// </summary>
    private static readonly string[] WholeFundLabels = ["资金", "项目资金", "预算资金", "资金执行", "资金执行情况", "预算执行", "预算执行情况"];

    /// <summary>
    /// Session 62 (blind round 58 t09): the label without a bracketed 万元 after it (<c>资金（万元）</c> is <c>资金</c>, the unit the
    /// table's amounts are in); any other label as it is.
    /// </summary>
    private static string WithoutWanYuan(string compactLabel)
    {
        foreach (var unit in (ReadOnlySpan<string>)["（万元）", "(万元)"])
        {
            if (compactLabel.Length > unit.Length && compactLabel.EndsWith(unit, StringComparison.Ordinal))
            {
                return compactLabel.Substring(0, compactLabel.Length - unit.Length);
            }
        }

        return compactLabel;
    }

    /// <summary>The kind of the first entry of <see cref="FundKinds"/> with a word in the label, or null.</summary>
    private static string? FundKind(string compactLabel)
    {
        if (Array.IndexOf(WholeFundLabels, WithoutWanYuan(compactLabel)) >= 0)
        {
            return "total";
        }

        foreach (var (keys, kind) in FundKinds)
        {
            foreach (var key in keys)
            {
                if (compactLabel.Contains(key))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    private void Indicator(SourceSpan span, Fragment row)
    {
        var columns = indicatorColumns;
        var name = cells.CompactText(columns.Name);
        var weight = Quantity(columns.Weight);
        var score = Quantity(columns.Score);
        if (weight is null && score is null)
        {
            // A continuation of the previous indicator, broken over rows by PDF conversion.
            if (lastIndicator is null)
            {
                return;
            }

            if (name.Length > 0)
            {
                lastName!.Add(name);
            }

            var note = cells.CompactText(columns.Note);
            if (note.Length > 0)
            {
                if (lastNote is null)
                {
                    lastNote = Pending(lastIndicatorNode!, lastIndicator, "deviationNote", note, span);
                }
                else
                {
                    lastNote.Add(note);
                }
            }

            return;
        }

        if (cells.IsFilled(columns.Level1))
        {
            level1 = cells.CompactText(columns.Level1, level1);   // the same 一级指标 row after row: one string
        }

        if (cells.IsFilled(columns.Level2))
        {
            level2 = cells.CompactText(columns.Level2, level2);
        }

        if (name.Length == 0)
        {
            if (!ExecutionRateRow(columns, weight, score))
            {
                return;
            }

            name = level1;   // session 64: "| 预算执行率 |  |  | 100% | 93.12% | 15 | 14.0 |" — the row names itself in its 一级指标 cell
        }

        // Room for what the row fills: 一级/二级指标 and the name always, the other cells when filled (a 偏差原因 first
        // written on a continuation row grows it).
        var room = 3 + Present(columns.Target) + Present(columns.Basis) + Present(columns.Actual) + Present(weight) + Present(score)
            + Present(columns.Note);
        var pointer = b.AppendItemWithRoom(indicatorsPointer ??= evaluation + "/indicators", out var indicator, room);
        linesRead = true;
        lastIndicator = pointer;
        lastIndicatorNode = indicator;
        Put(indicator, pointer, "level1", level1, span);
        Put(indicator, pointer, "level2", level2, span);
        lastName = Pending(indicator, pointer, "name", name, span);
        lastNote = null;
        if (cells.IsFilled(columns.Target))
        {
            b.SetInRow(indicator, pointer, "target", IndicatorValue(cells.CompactText(columns.Target)), span);
        }

        if (cells.IsFilled(columns.Basis))
        {
            Put(indicator, pointer, "targetBasis", cells.Text(columns.Basis), span);
        }

        if (cells.IsFilled(columns.Actual))
        {
            b.SetInRow(indicator, pointer, "actual", IndicatorValue(cells.CompactText(columns.Actual)), span);
        }

        Claimed(indicator, pointer, "weight", weight, span, ClaimKind.Quantity, row);
        Claimed(indicator, pointer, "score", score, span, ClaimKind.Quantity, row);

        if (cells.IsFilled(columns.Note))
        {
            lastNote = Pending(indicator, pointer, "deviationNote", cells.CompactText(columns.Note), span);
        }
    }

    /// <summary>The 一级指标 cells of a budget execution row in an indicator table (<see cref="ExecutionRateRow"/>).</summary>
    private static readonly string[] ExecutionRateLevels = ["预算执行率", "资金执行率", "预算资金执行率", "项目预算执行率", "执行率"];

    /// <summary>
    /// Session 64 (blind round 60 t07): whether an indicator row without a 三级指标 is the budget execution row some tables put
    /// first among the indicators — <c>| 预算执行率 |  |  | 100% | 93.12% | 15 | 14.0 |</c>: its 一级指标 cell filled on this row
    /// with an execution rate's name (<see cref="ExecutionRateLevels"/>), no 二级指标, and a weight and a score. It is read as an
    /// indicator of that name (the 总分 counts its weight and score). Any other row without a name — a 一级指标's subtotal
    /// (<c>| 产出指标 |  |  |  |  | 50 | 48 |</c>) — stays unread: read, it would count its indicators twice.
    /// </summary>
    private bool ExecutionRateRow(IndicatorColumns columns, string? weight, string? score)
        => weight is not null && score is not null && cells.IsFilled(columns.Level1) && !cells.IsFilled(columns.Level2)
            && Array.IndexOf(ExecutionRateLevels, cells.CompactText(columns.Level1)) >= 0;

    /// <summary>Begins a text to be pieced together (written by <see cref="Flush"/> after those begun before it).</summary>
    private PendingText Pending(DraftNode parent, ItemPointer parentPointer, string name, string text, SourceSpan span)
    {
        var spare = sparePending.Count - 1;
        var pending = (spare >= 0 ? sparePending[spare] : new PendingText()).Begin(parent, parentPointer, name, text, span);
        if (spare >= 0)
        {
            sparePending.RemoveAt(spare);
        }

        pendingText.Add(pending);
        return pending;
    }

    /// <summary>The indicator value (comparator, value, unit), written in the contract's own form with the report.</summary>
    private static Model.Performance.IndicatorValue IndicatorValue(string text)
        => PublicFinance.FinalAccounts.Utility.IndicatorValueText.Parse(text);

    /// <summary>The amount in a cell as the contract writes it, or null (blank, a dash, not a number).</summary>
    private string? AmountText(int column) => AmountText(cells.Plain(column));

    /// <summary>The quantity in a cell (a 分 after it dropped), or null.</summary>
    private string? Quantity(int column) => QuantityText(cells.Plain(column));

    /// <summary>The percentage in a cell without its sign, or null.</summary>
    private string? PercentText(int column) => PercentText(cells.Plain(column));

    /// <summary>
    /// The amount written in <paramref name="plain"/> (a cell's <see cref="PerformanceRow.Plain"/>) as the contract
    /// writes it, or null: what <see cref="Amount.TryParse(ReadOnlySpan{char}, IFormatProvider?, out Amount)"/> and
    /// <see cref="Amount.ToString()"/> give, without the parse and the format when the text is already written that way.
    /// </summary>
    internal static string? AmountText(ReadOnlySpan<char> plain)
    {
        if (plain.Length == 0)
        {
            return null;
        }

        return AsWritten(plain) ?? (Amount.TryParse(plain, CultureInfo.InvariantCulture, out var a) ? a.ToString() : null);
    }

    /// <summary>
    /// The quantity written in <paramref name="plain"/> (a 分 after it dropped), as <see cref="AmountText(ReadOnlySpan{char})"/>.
    /// </summary>
    internal static string? QuantityText(ReadOnlySpan<char> plain)
    {
        plain = plain.TrimEnd('分');
        if (plain.Length == 0)
        {
            return null;
        }

        return AsWritten(plain)
            ?? (Values.Quantity.TryParse(plain, CultureInfo.InvariantCulture, out var q) ? q.ToString() : null);
    }

    /// <summary>
    /// The percentage written in <paramref name="plain"/> without its sign, as <see cref="AmountText(ReadOnlySpan{char})"/>.
    /// </summary>
    internal static string? PercentText(ReadOnlySpan<char> plain)
    {
        if (plain.Length == 0)
        {
            return null;
        }

        var digits = plain[plain.Length - 1] is '%' or '％' ? plain.Slice(0, plain.Length - 1) : plain;
        return AsWritten(digits)
            ?? (Percent.TryParse(plain, CultureInfo.InvariantCulture, out var p) ? p.ToString().TrimEnd('%') : null);
    }

    /// <summary>
    /// The text itself when it is a figure exactly as the contract writes it — ASCII digits without a leading zero (a
    /// lone 0 before the point aside), at most 15 of them, then at most a point and 1 to 10 digits — so that parsing it
    /// and formatting it again would give it back unchanged; otherwise null (the caller parses).
    /// </summary>
    internal static string? AsWritten(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        if (i == 0 || i > 15 || (text[0] == '0' && i > 1))
        {
            return null;
        }

        if (i < text.Length)
        {
            if (text[i] != '.')
            {
                return null;
            }

            var point = i++;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                i++;
            }

            if (i < text.Length || i - point - 1 is < 1 or > 10)
            {
                return null;
            }
        }

        return FigureTexts.Of(text);   // "10", "0.00": a text the table repeats is made once (FigureTexts)
    }
}
