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

    /// <summary>
    /// Whether the stated items are only a lower bound of the total when an optional item is not stated (部分列示为下限,
    /// session 36): then the total above the stated items is not applicable (the unstated items may be the difference),
    /// and only stated items that exceed the total fail. Equality is checked when every item is stated, or when an item
    /// that closes the list (<see cref="SumTerm.ClosesList"/>) is stated. Used for the narrative's income sources, which a
    /// text may name only in part (其中…); every item's weight is +1.
    /// </summary>
    public bool LowerBoundWhenPartial { get; init; }

    /// <summary>What an absent scope or an absent total records (缺数处理; spec §4.10).</summary>
    public AbsentFigures WhenAbsent { get; init; }

    /// <summary>
    /// An exact total used when the total is not stated (默认合计, e.g. weights add up to 100), pointed at the total's row
    /// (spec §4.14); null for none.
    /// </summary>
    public decimal? TotalDefault { get; init; }
}
