namespace PublicFinance.FinalAccounts.Model;

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

    /// <summary>The stated change against the prior year (与上年相比), or null.</summary>
    public YearOverYearChange? Change { get; init; }

    /// <summary>The stated comparison with the budget (与预算相比), or null.</summary>
    public BudgetComparison? Budget { get; init; }
}
