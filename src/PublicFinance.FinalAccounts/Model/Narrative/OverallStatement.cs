namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>一、收入支出决算总体情况: totals, carry-overs and the overall change.</summary>
public sealed record OverallStatement
{
    // Both budget comparisons, so that a with-expression can swap them (BudgetPair).
    private readonly BudgetPair budgets;

    /// <summary>Grand total of income (收入总计).</summary>
    public StatedFigure? IncomeGrandTotal { get; init; }

    /// <summary>Total income of the year (本年收入合计).</summary>
    public StatedFigure? CurrentYearIncome { get; init; }

    /// <summary>Use of non-appropriation balances, incl. special balances (使用非财政拨款结余（含专用结余）).</summary>
    public StatedFigure? UseOfNonAppropriationBalance { get; init; }

    /// <summary>Opening carry-over and balance (年初结转和结余).</summary>
    public StatedFigure? OpeningCarryOver { get; init; }

    /// <summary>Grand total of expenditure (支出总计).</summary>
    public StatedFigure? ExpenditureGrandTotal { get; init; }

    /// <summary>Total expenditure of the year (本年支出合计).</summary>
    public StatedFigure? CurrentYearExpenditure { get; init; }

    /// <summary>Appropriation of balances (结余分配).</summary>
    public StatedFigure? BalanceDistribution { get; init; }

    /// <summary>Closing carry-over and balance (年末结转和结余).</summary>
    public StatedFigure? ClosingCarryOver { get; init; }

    /// <summary>The stated change of total income and expenditure against the prior year (收入支出总体与上年相比…).</summary>
    public YearOverYearChange? Change { get; init; }

    /// <summary>The stated comparison with the budget (与预算相比), when given.</summary>
    /// <exception cref="ArgumentException">The value is of the same <see cref="BudgetComparison.Kind"/> as
    /// <see cref="SecondBudget"/>.</exception>
    public BudgetComparison? Budget { get => budgets.First; init => budgets = budgets.WithFirst(value, this, nameof(Budget)); }

    /// <summary>
    /// The comparison with the budget of the other basis (另一口径的预决算对比; schema 1.6), when the text states both 年初预算
    /// and 全年预算: the second stated, of another <see cref="BudgetComparison.Kind"/> than <see cref="Budget"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is of the same <see cref="BudgetComparison.Kind"/> as
    /// <see cref="Budget"/>.</exception>
    public BudgetComparison? SecondBudget
    {
        get => budgets.Second;
        init => budgets = budgets.WithSecond(value, this, nameof(SecondBudget));
    }

    /// <summary>
    /// The surplus of the year (本年收支结余 / 本年结余; schema 1.5), as a unit that keeps accounts of its own (a hospital, a
    /// public institution) states it; it may be negative (a deficit, 本年收支差额为负).
    /// </summary>
    public StatedFigure? CurrentYearSurplus { get; init; }

    /// <summary>
    /// The institution fund (事业基金; schema 1.5): a public institution's unrestricted net assets carried from year to year,
    /// as stated (年末事业基金余额…).
    /// </summary>
    public StatedFigure? InstitutionFund { get; init; }
}
