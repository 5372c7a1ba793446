using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Model
{
    /// <summary>The direction a disclosure states for a change (增减变化).</summary>
    public enum ChangeDirection
    {
        /// <summary>Increase (增加 / 增长 / 上升).</summary>
        Increase = 0,

        /// <summary>Decrease (减少 / 下降 / 降低).</summary>
        Decrease = 1,

        /// <summary>No change (持平 / 与上年持平 / 无增减变化).</summary>
        Unchanged = 2,
    }

    /// <summary>Which budget a comparison refers to.</summary>
    public enum BudgetKind
    {
        /// <summary>The budget at the start of the year (年初预算数).</summary>
        Initial = 0,

        /// <summary>The full-year, adjusted budget (全年预算数 / 调整后预算数).</summary>
        FullYear = 1,
    }

    /// <summary>The relation of final to budget that a disclosure states in words.</summary>
    public enum BudgetRelation
    {
        /// <summary>决算数大于预算数 (final above budget).</summary>
        FinalAboveBudget = 0,

        /// <summary>决算数小于预算数 (final below budget).</summary>
        FinalBelowBudget = 1,

        /// <summary>决算数等于预算数 / 预决算无差异 (final equals budget).</summary>
        FinalEqualsBudget = 2,
    }

    /// <summary>
    /// A change against the prior year as a disclosure states it (比上年增加/减少 X 万元，增长/下降 Y%，主要原因是…).
    /// Amount and rate are magnitudes as written; the direction words carry the sign.
    /// </summary>
    public sealed record YearOverYearChange
    {
        /// <summary>The stated direction of the change amount (增加 / 减少 / 持平).</summary>
        public required ChangeDirection Direction { get; init; }

        /// <summary>The change amount as written, without sign (增减额), or null when not stated.</summary>
        public Amount? Amount { get; init; }

        /// <summary>The change rate as written, without sign (增减率, 增长/下降 Y%), or null when not stated.</summary>
        public Percent? Rate { get; init; }

        /// <summary>The direction word of the rate when it differs from <see cref="Direction"/> or is stated alone; null means the same.</summary>
        public ChangeDirection? RateDirection { get; init; }

        /// <summary>The prior-year figure when the text states it (比上年累计支出 X 万元…), or null.</summary>
        public Amount? PriorYearAmount { get; init; }

        /// <summary>The stated reason (主要原因), or null when none is given.</summary>
        public string? Reason { get; init; }
    }

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

    /// <summary>
    /// A figure stated in the narrative (说明) with what the text says about it: its share of a whole, its change against
    /// the prior year, and its comparison with the budget. Everything but the amount is optional.
    /// </summary>
    public record StatedFigure
    {
        /// <summary>The amount, in the report's unit, as written.</summary>
        public required Amount Amount { get; init; }

        /// <summary>The stated share of a whole (占 X%), or null.</summary>
        public Percent? Share { get; init; }

        /// <summary>The stated denominator of the share when the text names it (占政府采购支出总额的…), or null.</summary>
        public string? ShareBasis { get; init; }

        /// <summary>The stated change against the prior year, or null.</summary>
        public YearOverYearChange? Change { get; init; }

        /// <summary>The stated comparison with the budget, or null.</summary>
        public BudgetComparison? Budget { get; init; }
    }
}
