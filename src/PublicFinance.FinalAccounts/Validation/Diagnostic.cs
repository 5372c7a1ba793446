namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// One finding (诊断信息): which rule, how serious, a bilingual message with the numbers, the JSON Pointers of every
/// figure involved and, when the report was read from text, where the first of them was stated.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Stable rule id, e.g. <c>FA0101</c> (规则编号).</summary>
    public required string RuleId { get; init; }

    /// <summary>Severity after any override (严重程度).</summary>
    public required Severity Severity { get; init; }

    /// <summary>Rule family (规则类别).</summary>
    public required RuleCategory Category { get; init; }

    /// <summary>Message in Chinese, with the numbers (中文说明).</summary>
    public required string MessageZh { get; init; }

    /// <summary>Message in English, with the numbers (英文说明).</summary>
    public required string MessageEn { get; init; }

    /// <summary>JSON Pointers (RFC 6901) of every figure involved, the checked figure first (涉及的数据位置).</summary>
    public IReadOnlyList<string> Pointers { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>Interval of the stated figure, e.g. the printed total (声明值区间).</summary>
    public DecimalInterval? Stated
    {
        get => figures?.Stated;
        init => figures = DiagnosticFigures.Set(figures, this, DiagnosticFigures.Field.Stated, value, null);
    }

    /// <summary>Interval computed from the other figures (计算值区间).</summary>
    public DecimalInterval? Computed
    {
        get => figures?.Computed;
        init => figures = DiagnosticFigures.Set(figures, this, DiagnosticFigures.Field.Computed, value, null);
    }

    /// <summary>Stated value minus the value computed from the printed figures (差额).</summary>
    public decimal? Difference
    {
        get => figures?.Difference;
        init => figures = DiagnosticFigures.Set(figures, this, DiagnosticFigures.Field.Difference, null, value);
    }

    /// <summary>Largest difference that rounding can explain (允许的舍入误差).</summary>
    public decimal? Slack
    {
        get => figures?.Slack;
        init => figures = DiagnosticFigures.Set(figures, this, DiagnosticFigures.Field.Slack, null, value);
    }

    /// <summary>
    /// The four numbers above, held apart (<see cref="DiagnosticFigures"/>; null when none is set): a finding without numbers
    /// is less than half the size (session 44, issue 8).
    /// </summary>
    private DiagnosticFigures? figures;

    /// <summary>Source location of the first pointer that has one (原文位置).</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>
    /// When this finding is a consequence of another (连带结果): the root finding and the figure that explains both; null
    /// for an independent finding. A consequence is reported at <see cref="Severity.Warning"/> (docs/rules/spec.md §5.1).
    /// </summary>
    public ConsequenceLink? ConsequenceOf { get; init; }

    /// <summary>Formats as <c>[Error] FA0101 /tables/... 中文 | English</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append('[').Append(Severity).Append("] ").Append(RuleId);
        if (Span is { } span)
        {
            sb.Append(' ').Append(span);
        }

        if (Pointers.Count > 0)
        {
            sb.Append(' ').Append(Pointers[0]);
        }

        sb.Append(' ').Append(MessageZh).Append(" | ").Append(MessageEn);
        return sb.ToString();
    }
}
