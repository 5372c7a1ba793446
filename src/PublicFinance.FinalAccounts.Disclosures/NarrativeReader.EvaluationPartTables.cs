using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (perf61, blind round 57 t09): a project's self-evaluation stated in a paragraph of the 绩效 part — "1.某某项目：年度预算
/// 180.00万元，执行162.40万元，执行率90.22%。" — followed at once by a small table of its parts (一级指标 | 分值 | 得分): one row for the fund
/// line (预算执行率), one for each first-level indicator (产出指标, 效益指标, 满意度指标…) and a 合计 row (满分 and 总分). The table is
/// that paragraph's evaluation's breakdown: the fund line's weight and score, the indicators' weights and scores and the total are
/// placed with the evaluation (<see cref="PlaceProseEvaluations"/>), so that FA3001 (Σ 分值 = 合计 分值), FA3002, FA3003 (Σ 得分 = 合计
/// 得分) and FA3005 check it as a 绩效自评表.
/// </summary>
/// <remarks>
/// Precision first: the table is read only when its header row is the very next block after the paragraph that made the evaluation
/// (no title, no other paragraph between them), the header is exactly a part column, a 分值 column and a 得分 column, every row is
/// one of the parts named above (each once) or the total (last), each with one number in each figure column, and the paragraph
/// stated no score of its own. Anything else — an unknown row, a cell of words, a missing 合计 — leaves the whole table unread with
/// one located note: a part read alone would make the sums fail falsely.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The row labels of an evaluation's fund line in a part table (its budget execution).</summary>
    private static readonly string[] PartTableFundLabels = ["预算执行率", "预算执行", "资金执行率", "执行率", "预算执行情况"];

    /// <summary>The row labels of a part table's total.</summary>
    private static readonly string[] PartTableTotalLabels = ["合计", "总分", "合计得分", "总计", "总得分"];

    /// <summary>The evaluation the last paragraph made (a part table right after it is its breakdown), or null.</summary>
    private ProseEvaluation? partTableOwner;

    /// <summary>The open part table (null: none), read into a scratch evaluation until it ends.</summary>
    private PartTable? partTable;

    /// <summary>The cell ranges of the part table row being read (scratch).</summary>
    private readonly List<(int Start, int End)> partTableCells = [];

    /// <summary>A part table being read: the evaluation it belongs to and what its rows gave so far.</summary>
    private sealed class PartTable(ProseEvaluation owner, SourceSpan header, string headerText)
    {
        public ProseEvaluation Owner { get; } = owner;

        public SourceSpan Header { get; } = header;

        public string HeaderText { get; } = headerText;

        public ProseFigure? FundWeight { get; set; }

        public ProseFigure? FundScore { get; set; }

        public List<ProseIndicator> Indicators { get; } = [];

        public ProseFigure? TotalWeight { get; set; }

        public ProseFigure? TotalScore { get; set; }

        /// <summary>Why the table is not read (a row it does not know), or null while it is whole.</summary>
        public string? Broken { get; set; }
    }

    /// <summary>
    /// Before a block that is no table row: ends the open part table (its parts given to its evaluation when whole) and forgets the
    /// evaluation a table could have followed.
    /// </summary>
    private void PartTableEnds()
    {
        partTableOwner = null;
        if (partTable is not { } table)
        {
            return;
        }

        partTable = null;
        var owner = table.Owner;
        if (table.Broken is null && table.TotalScore is null)
        {
            table.Broken = "合计";
        }

        if (table.Broken is { } label)
        {
            Note(table.Header, DisclosureMessages.EvaluationPartTableNotRead(owner.Name, label), table.HeaderText);
            return;
        }

        owner.FundWeight = table.FundWeight;
        owner.FundScore = table.FundScore;
        owner.Indicators.AddRange(table.Indicators);
        owner.TotalWeight = table.TotalWeight;
        owner.TotalScore = table.TotalScore;
        owner.PartTableRead = true;
    }

    /// <summary>After a paragraph: the evaluation it made, if it made one and stated no score (a part table may follow).</summary>
    private void PartTableMayFollow(int evaluationsBefore)
    {
        partTableOwner = proseEvaluations.Count == evaluationsBefore + 1 && proseEvaluations[evaluationsBefore] is var e
            && e.FundScore is null && e.FundWeight is null && e.TotalScore is null && e.TotalWeight is null && e.Indicators.Count == 0
            ? e : null;
    }

    /// <summary>A table row: the part table's header right after its evaluation's paragraph opens it, a later row is read.</summary>
    private void PartTableRow(Fragment row)
    {
        var text = row.Source;
        var from = row.SourceStart;
        if (partTable is null && partTableOwner is null)
        {
            return;
        }

        TextTableReader.CellRanges(text, from, from + row.Length, partTableCells);
        if (partTable is not { } table)
        {
            var owner = partTableOwner!;
            partTableOwner = null;
            if (section == Section.Performance && IsPartTableHeader(text))
            {
                partTable = new PartTable(owner, b.Span(row, 0, row.Length), text.Substring(from, row.Length));
            }

            return;
        }

        if (table.Broken is not null || IsAlignmentRow(text, partTableCells))
        {
            return;
        }

        var (ls, le) = partTableCells[0];
        var label = CompactCell(text, ls, le);
        if (partTableCells.Count != 3 || table.TotalScore is not null
            || !PartFigure(row, text, 1, out var weight) || !PartFigure(row, text, 2, out var score))
        {
            table.Broken = label.Length == 0 ? "?" : label;
            return;
        }

        var labelSpan = b.Span(row, ls - from, le - from);
        if (Array.IndexOf(PartTableTotalLabels, label) >= 0)
        {
            (table.TotalWeight, table.TotalScore) = (weight, score);
        }
        else if (Array.IndexOf(PartTableFundLabels, label) >= 0 && table.FundScore is null)
        {
            (table.FundWeight, table.FundScore) = (weight, score);
        }
        else if (PartLevel(label) is { } level && !table.Indicators.Any(i => i.Level1 == level))
        {
            table.Indicators.Add(new ProseIndicator(level, labelSpan) { Weight = weight, Score = score });
        }
        else
        {
            table.Broken = label;
        }
    }

    /// <summary>
    /// Whether the row's cells (<see cref="partTableCells"/>) are a part table's header: 一级指标 (or 指标), then 分值 (or 权重), then 得分
    /// (or 自评得分), nothing else.
    /// </summary>
    private bool IsPartTableHeader(string text)
    {
        if (partTableCells.Count != 3)
        {
            return false;
        }

        var first = CompactCell(text, partTableCells[0].Start, partTableCells[0].End);
        var second = CompactCell(text, partTableCells[1].Start, partTableCells[1].End);
        var third = CompactCell(text, partTableCells[2].Start, partTableCells[2].End);
        return first is "一级指标" or "指标" or "评价指标" && second is "分值" or "权重" or "满分"
            && third is "得分" or "自评得分" or "评价得分";
    }

    /// <summary>The first-level indicator a part row names (<see cref="ProseIndicatorLevels"/>, with or without 指标), or null.</summary>
    private static string? PartLevel(string label)
    {
        foreach (var level in ProseIndicatorLevels)
        {
            if (label == level || label.Length >= 2 && label + "指标" == level)
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>The cell without white space.</summary>
    private static string CompactCell(string text, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (!WhiteSpace.Is(text[i]))
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The score or weight in cell <paramref name="cell"/> of the row: one number, no unit but 分, not negative.</summary>
    private bool PartFigure(Fragment row, string text, int cell, out ProseFigure? figure)
    {
        figure = null;
        var (s, e) = partTableCells[cell];
        if (e <= s || Scanner.Numbers(text.Substring(s, e - s)) is not { Count: 1 } numbers || !OnlyTheNumber(text, s, e, numbers[0])
            || numbers[0].Unit != FigureUnit.None || numbers[0].Value < 0)
        {
            return false;
        }

        var token = numbers[0];
        var from = row.SourceStart;
        figure = new ProseFigure(DraftNode.Of(token.Digits), b.Span(row, s - from + token.Start, s - from + token.End),
            text.Substring(from, row.Length));
        return true;
    }
}
