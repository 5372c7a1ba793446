namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>机关运行经费 (行政单位和参公事业单位) and 事业单位公用经费.</summary>
public sealed record OperatingExpensesStatement
{
    /// <summary>机关运行经费 of administrative and civil-service-managed units.</summary>
    public StatedFigure? AdministrativeOperatingExpenses { get; init; }

    /// <summary>公用经费 of public institutions (事业单位), when stated separately.</summary>
    public StatedFigure? InstitutionPublicExpenses { get; init; }

    /// <summary>
    /// The components of <see cref="AdministrativeOperatingExpenses"/> the text lists (主要包括办公费…万元、差旅费…万元; schema
    /// 1.5), in the order written. A list that the text introduces with 主要 may be partial, so no rule requires its sum to
    /// equal the total.
    /// </summary>
    public IReadOnlyList<OperatingExpenseComponent> Components
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<OperatingExpenseComponent>();
}
