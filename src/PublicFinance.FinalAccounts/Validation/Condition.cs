namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A condition of a <see cref="ConditionRelation"/> (条件), spec §4.15: all of, any of, not, a test of a reference
/// (<see cref="Pointer"/>) or a test of a run option (<see cref="Option"/>). Exactly one form is set.
/// </summary>
public sealed record Condition
{
    /// <summary>Holds when every condition holds (全部成立).</summary>
    public IReadOnlyList<Condition> AllOf { get; init => field = ValueList.From(value); } = ValueList.Empty<Condition>();

    /// <summary>Holds when some condition holds (任一成立).</summary>
    public IReadOnlyList<Condition> AnyOf { get; init => field = ValueList.From(value); } = ValueList.Empty<Condition>();

    /// <summary>Holds when this condition does not (不成立).</summary>
    public Condition? Not { get; init; }

    /// <summary>The tested reference: relative to the anchor, absolute, or <c>$name</c>.</summary>
    public string? Pointer { get; init; }

    /// <summary>The tested run option: <c>unitType</c> or <c>scope</c> (运行选项).</summary>
    public string? Option { get; init; }

    /// <summary>The test of a reference or an option.</summary>
    public ConditionTest Test { get; init; }

    /// <summary>The constant a test compares with (text, number or length).</summary>
    public string? Value { get; init; }

    /// <summary>The other reference a test compares with (or the list it looks in).</summary>
    public string? Other { get; init; }
}
