namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>A cell of a source grid with its span (merged cells).</summary>
internal sealed class RawCell
{
    public RawCell(int row, int column, int rowSpan, int columnSpan)
    {
        Row = row;
        Column = column;
        RowSpan = rowSpan;
        ColumnSpan = columnSpan;
    }

    public int Row { get; }

    public int Column { get; }

    public int RowSpan { get; }

    public int ColumnSpan { get; }

    public string Text { get; set; } = string.Empty;

    public CellLocation? Location { get; set; }

    /// <summary>The printed lines of the cell (PDF), for captions printed inside the frame; empty elsewhere.</summary>
    public List<string> Lines { get; } = new();
}
