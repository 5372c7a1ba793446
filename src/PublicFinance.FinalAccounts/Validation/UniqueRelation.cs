namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// No two rows of a list have the same key (唯一性), e.g. a code listed twice in one table. Spec §4.11.
/// </summary>
public sealed record UniqueRelation : Relation
{
    /// <summary>Pointer of the list.</summary>
    public required string List { get; init; }

    /// <summary>Member of a row holding the key (default <c>code</c>).</summary>
    public string Key { get; init; } = "code";

    /// <summary>
    /// A second member of a row that tells apart rows with the same key (限定成员), or null: when given, two rows are the
    /// same only when their keys and their qualifiers are equal (an absent qualifier is a value of its own), e.g. two
    /// 其他资产 rows labelled 其他固定资产 and 其他资产 are two categories.
    /// </summary>
    public string? Qualifier { get; init; }

    /// <summary>Whether a finding points at the rows (true) rather than at their key members (false, the default).</summary>
    public bool PointAtRow { get; init; }
}
