namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>The four ways a table is pasted into a plain text.</summary>
public enum TextLayout
{
    Pipe,
    Tab,
    Spaces,
    CellPerLine,
}
