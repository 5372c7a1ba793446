namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>一、收入支出决算总体情况: totals, carry-overs and the overall change.</summary>
public sealed record OverallStatement
{
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

    /// <summary>The stated comparison with the budget, when given.</summary>
    public BudgetComparison? Budget { get; init; }
}
