namespace PublicFinance.FinalAccounts.Validation;

/// <summary><c>total = Σ weight·item</c>, checked by interval intersection (合计关系).</summary>
public sealed record SumRelation : Relation
{
    /// <summary>Pointer template of the total.</summary>
    public required string Total { get; init; }

    /// <summary>The addends.</summary>
    public required IReadOnlyList<SumTerm> Items { get; init => field = ValueList.From(value); }

    /// <summary>Whether the relation may be used to reconstruct prior-year figures from stated changes.</summary>
    public bool PriorYear { get; init; }

    /// <summary>What an absent scope or an absent total records (缺数处理; spec §4.10).</summary>
    public AbsentFigures WhenAbsent { get; init; }

    /// <summary>
    /// An exact total used when the total is not stated (默认合计, e.g. weights add up to 100), pointed at the total's row
    /// (spec §4.14); null for none.
    /// </summary>
    public decimal? TotalDefault { get; init; }
}
