namespace PublicFinance.FinalAccounts.Model;

/// <summary>A comparison of a final figure with its budget (与年初预算/全年预算相比).</summary>
public sealed record BudgetComparison
{
    /// <summary>Which budget is compared (年初 / 全年).</summary>
    public required BudgetKind Kind { get; init; }

    /// <summary>The budget amount (预算数), or null when not stated.</summary>
    public Amount? BudgetAmount { get; init; }

    /// <summary>The final amount as repeated in the comparison (决算数), or null when not restated.</summary>
    public Amount? FinalAmount { get; init; }

    /// <summary>The stated completion rate (完成预算的 X%, 决算 / 预算), or null.</summary>
    public Percent? CompletionRate { get; init; }

    /// <summary>The stated variance rate, signed (预决算差异率, (决算 − 预算) / 预算), or null.</summary>
    public Percent? VarianceRate { get; init; }

    /// <summary>The stated difference amount without sign (较预算增加/减少 X 万元), or null.</summary>
    public Amount? Difference { get; init; }

    /// <summary>The relation stated in words (决算数大于/小于/等于预算数), or null.</summary>
    public BudgetRelation? Relation { get; init; }

    /// <summary>The stated reason (主要原因), or null.</summary>
    public string? Reason { get; init; }
}
