using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Something the reader saw but could not place in the model (未能识别的内容).</summary>
public sealed record ReaderNote
{
    /// <summary>Where in the text (原文位置).</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>Chinese explanation (中文说明).</summary>
    public required string MessageZh { get; init; }

    /// <summary>English explanation (英文说明).</summary>
    public required string MessageEn { get; init; }

    /// <summary>The text concerned (原文).</summary>
    public string Text { get; init; } = string.Empty;
}
