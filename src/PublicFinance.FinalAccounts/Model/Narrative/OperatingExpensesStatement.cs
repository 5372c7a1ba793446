namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>机关运行经费 (行政单位和参公事业单位) and 事业单位公用经费.</summary>
public sealed record OperatingExpensesStatement
{
    /// <summary>机关运行经费 of administrative and civil-service-managed units.</summary>
    public StatedFigure? AdministrativeOperatingExpenses { get; init; }

    /// <summary>公用经费 of public institutions (事业单位), when stated separately.</summary>
    public StatedFigure? InstitutionPublicExpenses { get; init; }
}
