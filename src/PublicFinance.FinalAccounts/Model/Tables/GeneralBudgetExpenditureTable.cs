namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 5, 一般公共预算财政拨款支出决算表.</summary>
public sealed record GeneralBudgetExpenditureTable : DisclosureTable
{
    /// <summary>The 合计 row.</summary>
    public BasicProjectColumns? Total { get; init; }

    /// <summary>The 合计 row's initial budget columns (年初预算数), or null when the table prints none.</summary>
    public BasicProjectColumns? InitialBudgetTotal { get; init; }

    /// <summary>The 合计 row's adjusted budget columns (调整预算数), or null when the table prints none.</summary>
    public BasicProjectColumns? AdjustedBudgetTotal { get; init; }

    /// <summary>The rows (表行: 合计, then 功能分类 类/款/项), in printed order.</summary>
    public IReadOnlyList<GeneralBudgetRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<GeneralBudgetRow>();
}
