namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (blind round 58 t09): a 绩效自评表 whose columns are aligned with ASCII spaces (a plain-text export). Its fund
/// header is indented over a blank corner cell (<c>        年度预算数    全年执行数    执行率    分值  得分</c>, then
/// <c>资金（万元）    186.00    178.52    95.98%    10   9.6</c>), and a row under merged cells leaves its first cells blank —
/// blanks a split at runs of spaces cannot show, so the row's cells were read one column off (the fund line not at all: its
/// label was taken for a budget column, and the 总分 then failed FA3001 / FA3003 against its parts). An indented row now
/// starts with a blank cell, and a row under a space-aligned header has its cells placed under the header cells they
/// overlap on the line (display columns, <see cref="PerformanceRow.DisplaySpans"/>): each filled cell under the one header
/// cell it overlaps most, in the columns' order; when a cell overlaps none, or two equally, the row is read as split.
/// Only rows split at spaces whose characters are the original text itself (a row holding ideographic spaces is a copy,
/// whose line is not known: the full-width layout of session 56 is read as before).
/// </summary>
internal sealed partial class PerformanceTableReader
{
    /// <summary>The least indentation, in display columns, that makes a row's first cell blank.</summary>
    private const int MinIndent = 2;

    /// <summary>The display spans of the last row's cells (<see cref="MeasureSpaced"/>).</summary>
    private readonly List<(int Start, int End)> rowSpans = [];

    /// <summary>The display spans of the open header's cells when it was split at spaces (empty otherwise).</summary>
    private readonly List<(int Start, int End)> headerSpans = [];

    /// <summary>Whether the last row split got a blank first cell for its indentation (<see cref="MeasureSpaced"/>).</summary>
    private bool rowIndented;

    /// <summary>
    /// Whether the row just split is split at spaces in the original text itself; if so its cells' display spans are kept in
    /// <see cref="rowSpans"/>, and an indented row gets a blank first cell (its span then reaching from the line's start).
    /// </summary>
    private bool MeasureSpaced(string original)
    {
        rowSpans.Clear();
        rowIndented = false;
        if (!cells.SpaceSeparated || cells.Count == 0 || !ReferenceEquals(original, b.Source.Original))
        {
            return false;
        }

        cells.DisplaySpans(rowSpans);
        if (rowSpans[0].Start >= MinIndent)
        {
            cells.InsertBlankFirst();
            rowSpans.Insert(0, (0, rowSpans[0].Start));
            rowIndented = true;
        }

        return true;
    }

    /// <summary>
    /// After a row read as a header: keeps its cells' spans when it set new columns of fund lines or indicators and was split at
    /// spaces; any other header forgets them.
    /// </summary>
    private void KeepHeaderSpans(bool spaced, bool columnsSet)
    {
        if (!columnsSet)
        {
            return;
        }

        headerSpans.Clear();
        if (spaced && mode is Mode.Funds or Mode.Indicators or Mode.Mixed)
        {
            headerSpans.AddRange(rowSpans);
        }
    }

    /// <summary>
    /// Places the cells of a row split at spaces under the open space-aligned header's cells (see the type's summary); the
    /// row stays as split when a filled cell overlaps no header cell, two equally, or one left of the cell before's (then
    /// without an indentation's blank that would give it more cells than its header, <see cref="DropIndentBlank"/>).
    /// </summary>
    private void AlignToHeader()
    {
        if (headerSpans.Count == 0 || rowSpans.Count != cells.Count)
        {
            return;
        }

        SplitStraddlingCells();
        if (!PlaceUnderHeader())
        {
            DropIndentBlank();
        }
    }

    /// <summary>
    /// Session 63 (blind-complete-26 c02): a row left as split keeps the blank first cell its indentation gave it only when the
    /// row then has no more cells than its header. A row indented under a label column (<c>项目资金（万元）    年初预算数  …</c>,
    /// then <c>  年度资金总额  1780.00  …  10  98.11%  9.81</c>) whose cells are not aligned to the header's has one cell too
    /// many with the blank: its label was read as the header's corner and every figure one column off, so the fund line — the
    /// 预算执行率 indicator's weight and score — was not read, and the indicators' weights summed short of the 总分's (false
    /// FA3001 / FA3003). Without the blank it is read as the tab and '|' forms of the table are (<see cref="Fund"/>).
    /// </summary>
    private void DropIndentBlank()
    {
        if (!rowIndented || cells.Count != headerSpans.Count + 1)
        {
            return;
        }

        Span<int> columnOf = stackalloc int[cells.Count];
        columnOf[0] = -1;
        for (var k = 1; k < cells.Count; k++)
        {
            columnOf[k] = k - 1;
        }

        cells.Realign(columnOf, cells.Count - 1);
        rowSpans.RemoveAt(0);
        rowIndented = false;
    }

    /// <summary>
    /// Places the cells under the header (see <see cref="AlignToHeader"/>): true when each filled cell has its header cell (the
    /// row moved if it had to be), false when the row stays as split.
    /// </summary>
    private bool PlaceUnderHeader()
    {

        Span<int> columnOf = stackalloc int[cells.Count];
        var last = -1;
        var moved = cells.Count != headerSpans.Count;
        for (var k = 0; k < cells.Count; k++)
        {
            columnOf[k] = -1;
            if (!cells.IsFilled(k))
            {
                continue;
            }

            var (start, end) = rowSpans[k];
            var (best, tie) = MostOverlappedHeader(start, end);

            if (best <= last || tie)
            {
                return false;
            }

            columnOf[k] = best;
            last = best;
            moved |= best != k;
        }

        if (moved)
        {
            cells.Realign(columnOf, headerSpans.Count);
        }

        return true;
    }

    /// <summary>The pieces of a cell being split (<see cref="SplitStraddlingCells"/>), reused.</summary>
    private readonly List<(int Start, int End, int DisplayStart, int DisplayEnd)> pieces = [];

    /// <summary>The ranges a straddling cell is split into, reused.</summary>
    private readonly List<(int Start, int End)> pieceRanges = [];

    /// <summary>The display spans of those ranges, reused.</summary>
    private readonly List<(int Start, int End)> pieceSpans = [];

    /// <summary>
    /// Session 64 (blind round 60 t10): cells two header cells' text apart by a single space —
    /// <c>满意度      服务对象满意度 群众满意度        ≥90%   93.1%   20   15.5</c> under <c>一级指标    二级指标      三级指标  …</c>: a
    /// split at runs of two spaces keeps <c>服务对象满意度 群众满意度</c> one cell, which overlaps the 二级指标 and 三级指标 header
    /// cells equally, so the row was read as split, every figure one column off (the weight taken for the score: a false FA3001).
    /// A filled cell that overlaps two header cells or more is split at its single spaces when each piece overlaps one header cell
    /// most (no tie, none outside every header cell), pieces under the same header cell staying one cell, and the header cells
    /// rise from piece to piece with two at least; otherwise it stays whole.
    /// </summary>
    private void SplitStraddlingCells()
    {
        for (var k = cells.Count - 1; k >= 0; k--)
        {
            if (!cells.IsFilled(k) || HeaderCellsOverlapped(rowSpans[k].Start, rowSpans[k].End) < 2)
            {
                continue;
            }

            cells.SpacedPieces(k, rowSpans[k].Start, pieces);
            if (pieces.Count < 2 || !GroupPieces())
            {
                continue;
            }

            cells.ReplaceCell(k, pieceRanges);
            rowSpans.RemoveAt(k);
            rowSpans.InsertRange(k, pieceSpans);
        }
    }

    /// <summary>How many header cells the display span [start, end) overlaps.</summary>
    private int HeaderCellsOverlapped(int start, int end)
    {
        var n = 0;
        foreach (var header in headerSpans)
        {
            n += Math.Min(end, header.End) > Math.Max(start, header.Start) ? 1 : 0;
        }

        return n;
    }

    /// <summary>
    /// Groups <see cref="pieces"/> by the header cell each overlaps most into <see cref="pieceRanges"/> and
    /// <see cref="pieceSpans"/>: false when a piece overlaps none or two equally, the header cells do not rise, or one group is all.
    /// </summary>
    private bool GroupPieces()
    {
        pieceRanges.Clear();
        pieceSpans.Clear();
        var lastColumn = -1;
        foreach (var (start, end, displayStart, displayEnd) in pieces)
        {
            var (best, tie) = MostOverlappedHeader(displayStart, displayEnd);

            if (best < 0 || tie || best < lastColumn)
            {
                return false;
            }

            if (best == lastColumn)
            {
                var n = pieceRanges.Count - 1;
                pieceRanges[n] = (pieceRanges[n].Start, end);
                pieceSpans[n] = (pieceSpans[n].Start, displayEnd);
            }
            else
            {
                pieceRanges.Add((start, end));
                pieceSpans.Add((displayStart, displayEnd));
            }

            lastColumn = best;
        }

        return pieceRanges.Count >= 2;
    }

    /// <summary>
    /// The header cell the display columns [<paramref name="start"/>, <paramref name="end"/>) overlap most (−1 when none), and
    /// whether another cell overlaps it as much.
    /// </summary>
    private (int Best, bool Tie) MostOverlappedHeader(int start, int end)
    {
        int best = -1, most = 0;
        var tie = false;
        for (var j = 0; j < headerSpans.Count; j++)
        {
            var overlap = Math.Min(end, headerSpans[j].End) - Math.Max(start, headerSpans[j].Start);
            if (overlap > most)
            {
                (best, most, tie) = (j, overlap, false);
            }
            else if (overlap > 0 && overlap == most)
            {
                tie = true;
            }
        }

        return (best, tie);
    }
}
