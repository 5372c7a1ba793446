namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The parent code of every 款 and 项 row of a list is also a row of that list (上级科目已列出). Spec §4.13.
/// </summary>
public sealed record ParentListedRelation : Relation
{
    /// <summary>Pointer of the list; its rows have <c>code</c>.</summary>
    public required string List { get; init; }
}
