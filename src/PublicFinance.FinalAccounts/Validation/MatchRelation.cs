namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Rows of two lists matched by functional code (or, when a row has no code, by normalised name) must agree
/// (按科目对应): for every left row, <c>left.value ⋚ right.value</c> of the row with the same code.
/// </summary>
public sealed record MatchRelation : Relation
{
    /// <summary>Pointer of the left list.</summary>
    public required string Left { get; init; }

    /// <summary>Member of a left row holding the value.</summary>
    public required string LeftValue { get; init; }

    /// <summary>Pointer of the right list.</summary>
    public required string Right { get; init; }

    /// <summary>Member of a right row holding the value.</summary>
    public required string RightValue { get; init; }

    /// <summary>Equal or less-or-equal.</summary>
    public RelationComparison Comparison { get; init; }
}
