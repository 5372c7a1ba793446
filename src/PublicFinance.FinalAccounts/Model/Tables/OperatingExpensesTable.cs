namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>
/// A 机关运行经费 table published beside the nine tables (机关运行经费支出决算表 / 机关运行经费情况表). Its figures are
/// the table's own, kept apart from the narrative's <see cref="Narrative.OperatingExpensesStatement"/> so that the two
/// can be compared.
/// </summary>
public sealed record OperatingExpensesTable : DisclosureTable
{
    /// <summary>机关运行经费 of the year (合计 / 机关运行经费支出 决算数), in the report's unit.</summary>
    public Amount? Total { get; init; }

    /// <summary>The prior year's figure (上年数 / 上年决算数), when the table prints one.</summary>
    public Amount? PriorYearTotal { get; init; }
}
