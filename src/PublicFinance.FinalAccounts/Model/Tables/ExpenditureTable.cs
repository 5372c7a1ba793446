namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 3, 支出决算表.</summary>
public sealed record ExpenditureTable : DisclosureTable
{
    /// <summary>The 合计 row.</summary>
    public ExpenditureColumns? Total { get; init; }

    /// <summary>The rows, in printed order.</summary>
    public IReadOnlyList<ExpenditureRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<ExpenditureRow>();
}
