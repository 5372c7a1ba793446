namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>What kind of block a paragraph is.</summary>
internal enum BlockKind
{
    Prose,
    Heading,
    ListItem,
    TableRow,

    /// <summary>One cell of a table written one cell per line (a bare number, or a short label among them).</summary>
    Cell,
}
