namespace PublicFinance.FinalAccounts.Documents;

/// <summary>
/// One published file as read (已读取的公开文件): its narrative text (for the 说明 reader), its tables with located
/// cells, and notes about what could not be read.
/// </summary>
public sealed record PublishedDocument
{
    /// <summary>The file name as given by the caller.</summary>
    public required string Name { get; init; }

    /// <summary>The kind, detected from the content.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>The narrative text outside the tables, in reading order, pages separated by form feeds (<c>\f</c>).</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The tables in document order.</summary>
    public IReadOnlyList<DocumentTable> Tables { get; init; } = [];

    /// <summary>What could not be read (a damaged page, an unreadable sheet …).</summary>
    public IReadOnlyList<DocumentNote> Notes { get; init; } = [];

    /// <summary>The number of pages (PDF) or worksheets (Excel); 1 for HTML and text.</summary>
    public int PageCount { get; init; }

    /// <summary>A workbook's issuer (编制单位) from its sheets' captions, when one name is given (session 26).</summary>
    internal string? Issuer { get; init; }
}
