namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 8 (政府性基金预算) or 9 (国有资本经营预算) 财政拨款收入支出决算表.</summary>
public sealed record FundAppropriationTable : DisclosureTable
{
    /// <summary>The 合计 row.</summary>
    public FundTableColumns? Total { get; init; }

    /// <summary>The rows (表行: 合计, then 功能分类 类/款/项), in printed order.</summary>
    public IReadOnlyList<FundTableRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<FundTableRow>();

    /// <summary>True when the table is published empty (空表 / 本表无数据); its statement is in <see cref="DisclosureTable.Note"/>.</summary>
    public bool? IsEmpty { get; init; }
}
