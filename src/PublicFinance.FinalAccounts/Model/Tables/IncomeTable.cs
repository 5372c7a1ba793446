namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 2, 收入决算表.</summary>
public sealed record IncomeTable : DisclosureTable
{
    /// <summary>The 合计 row.</summary>
    public IncomeColumns? Total { get; init; }

    /// <summary>The rows (表行: 合计, then 功能分类 类/款/项), in printed order.</summary>
    public IReadOnlyList<IncomeRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<IncomeRow>();
}
