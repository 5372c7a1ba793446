namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 3, 支出决算表.</summary>
public sealed record ExpenditureTable : DisclosureTable
{
    /// <summary>The 合计 row.</summary>
    public ExpenditureColumns? Total { get; init; }

    /// <summary>The rows (表行: 合计, then 功能分类 类/款/项), in printed order.</summary>
    public IReadOnlyList<ExpenditureRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<ExpenditureRow>();
}
