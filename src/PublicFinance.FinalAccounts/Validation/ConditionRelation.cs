namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A guarded check (条件检查), spec §4.15: for every anchor that <see cref="For"/> names, the first case whose condition
/// holds decides what is recorded — passed, failed with named pointers, not applicable, could not run, or an arithmetic
/// check (a sum, lesser ≤ greater, a ratio) on figures named relative to the anchor.
/// </summary>
public sealed record ConditionRelation : Relation
{
    /// <summary>
    /// The anchors (锚点): a pointer template as in spec §3, or <c>/**/name</c> (every object at a member <c>name</c>, at any
    /// depth), or <c>/**</c> (every scalar value); empty for the report itself.
    /// </summary>
    public string For { get; init; } = string.Empty;

    /// <summary>What an absent anchor (or the absent list of its template) records (锚点缺失时).</summary>
    public AbsentAnchor WhenAbsent { get; init; }

    /// <summary>Figures named once and used as <c>$name</c> in the cases (命名数字).</summary>
    public IReadOnlyList<NamedFigure> Figures { get; init => field = ValueList.From(value); } = ValueList.Empty<NamedFigure>();

    /// <summary>The cases in order (分情形); the first whose condition holds decides; none: not applicable.</summary>
    public required IReadOnlyList<ConditionCase> Cases { get; init => field = ValueList.From(value); }
}
