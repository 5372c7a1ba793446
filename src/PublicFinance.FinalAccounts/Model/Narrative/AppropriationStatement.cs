namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>四/七/八: appropriation income and expenditure (财政拨款, 政府性基金 or 国有资本经营).</summary>
public sealed record AppropriationStatement
{
    // Both budget comparisons, so that a with-expression can swap them (BudgetPair).
    private readonly BudgetPair budgets;

    /// <summary>Grand total of income (收入总计).</summary>
    public StatedFigure? IncomeGrandTotal { get; init; }

    /// <summary>Opening (appropriation) carry-over and balance (年初（财政拨款）结转和结余).</summary>
    public StatedFigure? OpeningCarryOver { get; init; }

    /// <summary>
    /// Appropriation income of the year (本年（财政拨款）收入). In the 政府性基金 and 国有资本经营 statements it is that fund
    /// type's part of the year's 财政拨款 income, and its share (占比) is of 财政拨款本年收入 (rule FA2007).
    /// </summary>
    public StatedFigure? CurrentYearIncome { get; init; }

    /// <summary>Grand total of expenditure (支出总计).</summary>
    public StatedFigure? ExpenditureGrandTotal { get; init; }

    /// <summary>Closing (appropriation) carry-over and balance (年末（财政拨款）结转和结余).</summary>
    public StatedFigure? ClosingCarryOver { get; init; }

    /// <summary>Appropriation expenditure of the year (本年（财政拨款）支出).</summary>
    public StatedFigure? CurrentYearExpenditure { get; init; }

    /// <summary>The stated change of the totals against the prior year (与上年相比).</summary>
    public YearOverYearChange? Change { get; init; }

    /// <summary>The stated comparison with the budget (与年初预算相比…预决算差异率…).</summary>
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

    /// <summary>Statements per functional code (功能分类科目), when the section lists them.</summary>
    public IReadOnlyList<FunctionalFigure> Items { get; init => field = ValueList.From(value); } = ValueList.Empty<FunctionalFigure>();

    /// <summary>The "no data" statement (本部门本年度无…收入、支出…为空表), or null.</summary>
    public string? EmptyStatement { get; init; }

    /// <summary>
    /// The general public budget's part of <see cref="CurrentYearIncome"/> (一般公共预算财政拨款本年收入; schema 1.5), as a
    /// section on all fund types states it beside the total — at most that total (rule FA1213). Its share (占比) is of
    /// <see cref="CurrentYearIncome"/>, 财政拨款本年收入 (rule FA2007).
    /// </summary>
    public StatedFigure? GeneralBudgetIncome { get; init; }

    /// <summary>
    /// The general public budget's opening carry-over and balance (一般公共预算财政拨款年初结转和结余; schema 1.10), the 一般公共预算
    /// part of <see cref="OpeningCarryOver"/>. The 政府性基金 and 国有资本经营 parts are their own statements' opening carry-over.
    /// With <see cref="GeneralBudgetIncome"/>, the 一般公共预算 total (<see cref="GeneralBudgetStatement.Total"/>) and
    /// <see cref="GeneralBudgetClosingCarryOver"/> it makes the fund's identity 年初 + 本年收入 − 本年支出 = 年末 (rule FA1215).
    /// </summary>
    public StatedFigure? GeneralBudgetOpeningCarryOver { get; init; }

    /// <summary>
    /// The general public budget's closing carry-over and balance (一般公共预算财政拨款年末结转和结余; schema 1.10), the 一般公共预算
    /// part of <see cref="ClosingCarryOver"/> (rule FA1215).
    /// </summary>
    public StatedFigure? GeneralBudgetClosingCarryOver { get; init; }
}
