namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A member of every row of a list matches a pattern (格式), e.g. a class list holds only three-digit codes. Spec §4.12.
/// </summary>
public sealed record PatternRelation : Relation
{
    /// <summary>Pointer of the list.</summary>
    public required string List { get; init; }

    /// <summary>Member of a row that is checked (default <c>code</c>).</summary>
    public string Member { get; init; } = "code";

    /// <summary>Regular expression (ECMA-262 subset: classes, quantifiers, anchors) the whole value must match.</summary>
    public required string Pattern { get; init; }
}
