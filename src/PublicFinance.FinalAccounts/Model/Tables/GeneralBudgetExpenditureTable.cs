using System.Collections.Generic;
using PublicFinance.FinalAccounts.Utility;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 5, 一般公共预算财政拨款支出决算表.</summary>
public sealed record GeneralBudgetExpenditureTable : DisclosureTable
{
    /// <summary>The 合计 row.</summary>
    public BasicProjectColumns? Total { get; init; }

    /// <summary>The rows, in printed order.</summary>
    public IReadOnlyList<GeneralBudgetRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<GeneralBudgetRow>();
}
