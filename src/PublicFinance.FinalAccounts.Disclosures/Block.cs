namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>A paragraph: consecutive prose lines joined (PDF conversion breaks sentences across lines), or one
/// heading, list item or table row. A value (no object of its own): a text of many short lines holds one per line
/// until it is read.</summary>
internal readonly struct Block
{
    public Block(BlockKind kind, Fragment content, int blankCellsAfter = 0, bool continued = false)
    {
        Kind = kind;
        Content = content;
        BlankCellsAfter = blankCellsAfter;
        Continued = continued;
    }

    public BlockKind Kind { get; }

    public Fragment Content { get; }

    /// <summary>For a <see cref="BlockKind.Cell"/>: the blank cells (a lone <c>|</c> line each) that follow it.</summary>
    public int BlankCellsAfter { get; }

    /// <summary>For a <see cref="BlockKind.Cell"/>: the cell goes on in the next one (a header cell broken over two lines).</summary>
    public bool Continued { get; }
}
