namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// A grid as found in a source (PDF ruling lines, HTML table, worksheet): cells with spans, plus the text lines just
/// above it (title, 单位) and just below it (注, 本表无数据).
/// </summary>
internal sealed class RawGrid
{
    public RawGrid(int rows, int columns)
    {
        RowCount = rows;
        ColumnCount = columns;
        Slots = new RawCell?[rows, columns];
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    /// <summary>The cell that covers each slot (a merged cell covers several).</summary>
    public RawCell?[,] Slots { get; }

    public List<RawCell> Cells { get; } = new();

    public List<string> Above { get; } = new();

    public List<string> Below { get; } = new();

    public int? Page { get; init; }

    public CellLocation? Location { get; init; }

    /// <summary>The column boundaries (PDF x positions), used to recognise a continuation on the next page.</summary>
    public IReadOnlyList<double> ColumnEdges { get; init; } = [];

    public RawCell Add(int row, int column, int rowSpan, int columnSpan)
    {
        var cell = new RawCell(row, column, rowSpan, columnSpan);
        for (var r = row; r < row + rowSpan && r < RowCount; r++)
        {
            for (var c = column; c < column + columnSpan && c < ColumnCount; c++)
            {
                Slots[r, c] = cell;
            }
        }

        Cells.Add(cell);
        return cell;
    }

    /// <summary>The text of the cell at a slot, or empty.</summary>
    public string TextAt(int row, int column) => Slots[row, column]?.Text ?? string.Empty;
}
