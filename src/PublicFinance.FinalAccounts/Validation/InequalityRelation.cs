namespace PublicFinance.FinalAccounts.Validation;

/// <summary><c>lesser ≤ greater</c> up to rounding (不大于关系).</summary>
public sealed record InequalityRelation : Relation
{
    /// <summary>Pointer template of the smaller figure.</summary>
    public required string Lesser { get; init; }

    /// <summary>Pointer template of the bound.</summary>
    public required string Greater { get; init; }

    /// <summary>What an absent scope or an absent figure records (缺数处理; spec §4.10).</summary>
    public AbsentFigures WhenAbsent { get; init; }
}
