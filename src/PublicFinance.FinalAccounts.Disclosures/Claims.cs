using System;
using System.Collections.Generic;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>What a claim in the text states (陈述类型).</summary>
public enum ClaimKind
{
    /// <summary>An amount, e.g. "本年收入合计 3,653.30 万元" (金额).</summary>
    Amount = 0,

    /// <summary>A share, "占 98.37%" (占比).</summary>
    Share = 1,

    /// <summary>A year-over-year change amount, "比上年减少 X 万元" (增减额).</summary>
    ChangeAmount = 2,

    /// <summary>A year-over-year rate, "下降 Y%" (增减率).</summary>
    ChangeRate = 3,

    /// <summary>No change, "与上年持平" (持平).</summary>
    Unchanged = 4,

    /// <summary>A prior-year figure, "比上年累计支出 X 万元" (上年数).</summary>
    PriorYearAmount = 5,

    /// <summary>A budget figure, "年初预算数 X 万元" (预算数).</summary>
    BudgetAmount = 6,

    /// <summary>The final figure in a budget comparison, "决算数 X 万元" (决算数).</summary>
    FinalAmount = 7,

    /// <summary>"完成年初预算的 X%" (完成率).</summary>
    CompletionRate = 8,

    /// <summary>"预决算差异率 X%" (差异率).</summary>
    VarianceRate = 9,

    /// <summary>"决算数大于/小于/等于预算数" (预决算比较).</summary>
    BudgetRelation = 10,

    /// <summary>"大于预算数 X 万元" (预决算差额).</summary>
    BudgetDifference = 11,

    /// <summary>A count, e.g. "团组 2 个", "实有人数 140 人" (数量).</summary>
    Count = 12,

    /// <summary>A non-money quantity, e.g. "房屋 6,055.90 平方米" or a score (数值).</summary>
    Quantity = 13,

    /// <summary>A budget execution rate in a performance table, "执行率 100.00%" (执行率).</summary>
    ExecutionRate = 14,
}

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

/// <summary>What <see cref="DisclosureReader"/> read from a text (读取结果).</summary>
public sealed record DisclosureReadResult
{
    /// <summary>The report: as much of the model as the text states (报告).</summary>
    public required FinalAccountsReport Report { get; init; }

    /// <summary>Every claim, in text order (文本陈述).</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = Array.Empty<Claim>();

    /// <summary>What could not be understood (未能识别的内容).</summary>
    public IReadOnlyList<ReaderNote> Notes { get; init; } = Array.Empty<ReaderNote>();

    /// <summary>Findings that only the text shows: placeholders, conflicting duplicates, magnitudes… (文本检查结果).</summary>
    public IReadOnlyList<Diagnostic> TextFindings { get; init; } = Array.Empty<Diagnostic>();

    /// <summary>JSON Pointer → where it was stated, for located validation diagnostics (原文位置映射).</summary>
    public required SourceMap Sources { get; init; }

    /// <summary>
    /// The fiscal year (决算年度) from the text, the title or <see cref="DisclosureReadOptions.FiscalYear"/>; null when
    /// unknown — the report then holds a placeholder year only because the model requires one.
    /// </summary>
    public int? FiscalYear { get; init; }

    /// <summary>Figures placed in the report: the claims that state a value (读出的数字个数).</summary>
    public int FigureCount { get; init; }

    /// <summary>Figures written in the text (a number with a unit) that were not placed in the report (未能归位的数字个数).</summary>
    public int UnplacedFigureCount { get; init; }
}
