namespace PublicFinance.FinalAccounts.Documents;

/// <summary>One cell of a published table (单元格): its text as printed and where it is.</summary>
public sealed record TableCell
{
    /// <summary>An empty cell without a location.</summary>
    public static TableCell Empty { get; } = new() { Text = string.Empty };

    /// <summary>The text as printed, whitespace removed inside Chinese text, wrapped lines joined without a space; empty for an empty
    /// cell.</summary>
    public required string Text { get; init; }

    /// <summary>Where the cell is, or null when unknown.</summary>
    public CellLocation? Location { get; init; }

    /// <summary>The text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
