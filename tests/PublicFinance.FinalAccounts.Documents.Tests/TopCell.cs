namespace PublicFinance.FinalAccounts.Documents.Tests;

/// <summary>A cell of a header's first line: its text, the first column it stands over, how many columns it spans, its alignment.</summary>
public sealed record TopCell(string Text, int First, int Span, HeaderAlign Align);
