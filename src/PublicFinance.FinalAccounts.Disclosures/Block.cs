namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>A paragraph: consecutive prose lines joined (PDF conversion breaks sentences across lines), or one
/// heading, list item or table row.</summary>
internal sealed class Block
{
    public Block(BlockKind kind, Fragment content)
    {
        Kind = kind;
        Content = content;
    }

    public BlockKind Kind { get; }

    public Fragment Content { get; }
}
