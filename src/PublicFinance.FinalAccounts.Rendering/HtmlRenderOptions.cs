namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>Options of <see cref="HtmlReportRenderer.Render"/> (HTML 报告选项).</summary>
public sealed record HtmlRenderOptions
{
    /// <summary>The default options: no source name, no source text, coverage and charts included.</summary>
    public static HtmlRenderOptions Default { get; } = new();

    /// <summary>The file name shown in the page (来源文件名); empty when unknown.</summary>
    public string SourceName { get; init => field = value ?? ""; } = "";

    /// <summary>
    /// The 说明 text the report was read from, when the input was text (说明原文), or null. When given, the page shows it
    /// with the source spans of the findings marked (<see cref="Validation.Diagnostic.Span"/>).
    /// </summary>
    public string? SourceText { get; init; }

    /// <summary>Whether the page lists the per-rule coverage (规则覆盖情况); true by default.</summary>
    public bool IncludeCoverage { get; init; } = true;

    /// <summary>Whether the page draws the inline SVG charts (图表); true by default.</summary>
    public bool IncludeCharts { get; init; } = true;

    /// <summary>The page title (页面标题), or null for "entity name + fiscal year".</summary>
    public string? Title { get; init; }
}
