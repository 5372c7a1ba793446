namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A figure named in a <see cref="ConditionRelation"/> (命名数字), spec §4.15: the first of several pointers that has a
/// figure (<see cref="FirstOf"/>), or a weighted sum of figures (<see cref="Sum"/>).
/// </summary>
public sealed record NamedFigure
{
    /// <summary>The name, used as <c>$name</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Candidate references, the first with a figure wins (依次取第一个有数的).</summary>
    public IReadOnlyList<string> FirstOf { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

    /// <summary>Terms of a derived figure (推算数): Σ weight·figure.</summary>
    public IReadOnlyList<ConditionTerm> Sum { get; init => field = ValueList.From(value); } = ValueList.Empty<ConditionTerm>();

    /// <summary>Whether this is a derived sum rather than a choice.</summary>
    public bool IsSum => Sum.Count > 0;

    /// <summary>Checks that exactly one form is given.</summary>
    /// <returns>This figure.</returns>
    public NamedFigure Validated() => (FirstOf.Count > 0) != (Sum.Count > 0) ? this
        : throw new ArgumentException(ValidationMessages.NamedFigureForm);
}
