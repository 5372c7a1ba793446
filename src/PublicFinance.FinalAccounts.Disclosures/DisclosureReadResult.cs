using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

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
