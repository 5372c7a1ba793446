namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Why a finding is a consequence of another (连带结果): one wrong figure fails its own identity (the root finding) and
/// every other relation that uses it; replacing that one figure by the value the root's identity implies makes this
/// finding's check hold. The validator keeps such a finding, as a <see cref="Severity.Warning"/>, and links it here to
/// its root, which stays an <see cref="Severity.Error"/> (docs/rules/spec.md §5.1).
/// </summary>
public sealed record ConsequenceLink
{
    /// <summary>Rule id of the root finding (根源规则编号), e.g. <c>FA1201</c>.</summary>
    public required string RootRuleId { get; init; }

    /// <summary>
    /// Pointers of the root finding (根源涉及的数据位置), exactly as in its <see cref="Diagnostic.Pointers"/>: with the rule
    /// id they name the root among the result's diagnostics.
    /// </summary>
    public IReadOnlyList<string> RootPointers { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>JSON Pointer of the figure that explains both findings (疑误数据位置), one of the root's pointers.</summary>
    public required string Figure { get; init; }

    /// <summary>The value the root's identity implies for that figure (推算值), e.g. the sum of its stated parts.</summary>
    public required decimal ImpliedValue { get; init; }

    /// <summary>The severity the finding had before it was found to be a consequence (原严重程度).</summary>
    public Severity OriginalSeverity { get; init; } = Severity.Error;
}
