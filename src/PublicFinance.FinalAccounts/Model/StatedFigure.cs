namespace PublicFinance.FinalAccounts.Model;

/// <summary>
/// A figure stated in the narrative (说明) with what the text says about it: its share of a whole, its change against
/// the prior year, and its comparison with the budget. Everything but the amount is optional.
/// </summary>
public record StatedFigure
{
    // Both budget comparisons, so that a with-expression can swap them (BudgetPair).
    private readonly BudgetPair budgets;

    /// <summary>
    /// The prior year's amount (上年数 / 上年决算数) stated beside the figure with no change of its own — "本年收入 341.04 万元
    /// （上年：324.39 万元）", "本年决算数 612.40 万元，上年决算数 598.17 万元" — in the report's unit, or null. A prior-year amount
    /// stated with its change ("比上年（598.17 万元）增加…") is the change's <see cref="YearOverYearChange.PriorYearAmount"/>
    /// instead. On the 类, 款 and 项 (<see cref="Narrative.FunctionalFigure"/>) since schema 1.13, on every stated figure since 1.15.
    /// </summary>
    public Amount? PriorYearAmount { get; init; }

    /// <summary>The amount (金额), in the report's unit, as written.</summary>
    public required Amount Amount { get; init; }

    /// <summary>The stated share of a whole (占 X%), or null.</summary>
    public Percent? Share { get; init; }

    /// <summary>The stated denominator of the share when the text names it (占政府采购支出总额的…), or null.</summary>
    public string? ShareBasis { get; init; }

    /// <summary>The stated change against the prior year (与上年相比), or null.</summary>
    public YearOverYearChange? Change { get; init; }

    /// <summary>
    /// The stated comparison with the budget (与预算相比), or null. When the text compares the figure with both budgets
    /// (年初预算 and 全年预算), this is the first stated and <see cref="SecondBudget"/> the other.
    /// </summary>
    /// <exception cref="ArgumentException">The value is of the same <see cref="BudgetComparison.Kind"/> as
    /// <see cref="SecondBudget"/>.</exception>
    public BudgetComparison? Budget { get => budgets.First; init => budgets = budgets.WithFirst(value, this, nameof(Budget)); }

    /// <summary>
    /// The comparison with the budget of the other basis (另一口径的预决算对比; schema 1.6), or null: when a 说明 states both
    /// (年初预算为 480.00 万元，全年预算为 520.00 万元，…完成年初预算的 104.00%，完成全年预算的 96.00%), the second stated, each
    /// with its own budget amount, rates, difference, relation and reason. Its <see cref="BudgetComparison.Kind"/> differs
    /// from <see cref="Budget"/>'s; it is set only beside a <see cref="Budget"/> (the reader never writes it alone).
    /// </summary>
    /// <exception cref="ArgumentException">The value is of the same <see cref="BudgetComparison.Kind"/> as
    /// <see cref="Budget"/>.</exception>
    public BudgetComparison? SecondBudget
    {
        get => budgets.Second;
        init => budgets = budgets.WithSecond(value, this, nameof(SecondBudget));
    }

    /// <summary>The stated comparison with the budget of <paramref name="kind"/> (年初 / 全年), whichever member holds it, or null.</summary>
    /// <param name="kind">The budget basis.</param>
    /// <returns><see cref="Budget"/> or <see cref="SecondBudget"/>, the one of that kind; null when neither is.</returns>
    public BudgetComparison? BudgetOf(BudgetKind kind) => Budget?.Kind == kind ? Budget : SecondBudget?.Kind == kind ? SecondBudget : null;
}
