using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>One thing the text states, where it landed in the report, and where it was stated (文本陈述).</summary>
public sealed record Claim
{
    /// <summary>What kind of statement (陈述类型).</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>JSON Pointer of the value in the report (数据位置).</summary>
    public required string Pointer { get; init; }

    /// <summary>Where in the text (原文位置).</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The clause as written (原文).</summary>
    public required string Text { get; init; }

    /// <summary>The value as stored, e.g. <c>3653.30</c> or <c>decrease</c> (值).</summary>
    public required string Value { get; init; }
}
