namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>How a header cell spanning several columns is set over them in a space-aligned table.</summary>
public enum HeaderAlign
{
    /// <summary>At the start of its first column.</summary>
    Left,

    /// <summary>Centred over its columns.</summary>
    Centre,

    /// <summary>Ending where its last column ends.</summary>
    Right,
}
