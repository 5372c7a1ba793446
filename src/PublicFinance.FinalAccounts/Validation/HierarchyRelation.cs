namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Code hierarchy of a table (科目层级): each 类 row equals the sum of its 款 rows and each 款 row the sum of its 项 rows
/// (the parent of a code is the code without its last two digits), in every listed column.
/// </summary>
public sealed record HierarchyRelation : Relation
{
    /// <summary>Pointer of the rows list; each row has a <c>code</c>.</summary>
    public required string Rows { get; init; }

    /// <summary>Member names of the amount columns.</summary>
    public required IReadOnlyList<string> Columns { get; init => field = ValueList.From(value); }
}
