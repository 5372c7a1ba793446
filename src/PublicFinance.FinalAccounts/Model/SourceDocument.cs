namespace PublicFinance.FinalAccounts.Model;

/// <summary>Where the report came from (来源文件).</summary>
public sealed record SourceDocument
{
    /// <summary>The document title (标题) as published, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The web address (网址) it was published at, or null.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date (公开日期) as an ISO date (yyyy-MM-dd), or null.</summary>
    public string? PublishedOn { get; init; }
}
