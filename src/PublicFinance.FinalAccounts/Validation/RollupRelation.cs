namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Roll-up between two lists (按科目汇总): a row of the parent list with code c equals the sum of the rows of the child
/// list whose codes start with c (e.g. a 类 stated in the narrative and the 项 stated under it).
/// </summary>
public sealed record RollupRelation : Relation
{
    /// <summary>Pointer of the parent list; each row has a <c>code</c>.</summary>
    public required string Parents { get; init; }

    /// <summary>Pointer of the child list; each row has a <c>code</c>.</summary>
    public required string Children { get; init; }

    /// <summary>Member holding the value in both lists.</summary>
    public required string Value { get; init; }

    /// <summary>Whether the relation may be used to reconstruct prior-year figures from stated changes.</summary>
    public bool PriorYear { get; init; }
}
