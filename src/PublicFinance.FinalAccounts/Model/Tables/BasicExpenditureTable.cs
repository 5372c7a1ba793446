namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 6, 一般公共预算财政拨款基本支出决算表.</summary>
public sealed record BasicExpenditureTable : DisclosureTable
{
    /// <summary>The rows (人员经费 block 301/303 and 公用经费 block 302/310/…), in printed order.</summary>
    public IReadOnlyList<EconomicRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<EconomicRow>();

    /// <summary>人员经费合计 (personnel expenses).</summary>
    public Amount? PersonnelTotal { get; init; }

    /// <summary>公用经费合计 (public expenses).</summary>
    public Amount? PublicTotal { get; init; }

    /// <summary>The grand total of basic expenditure (基本支出合计), when printed.</summary>
    public Amount? Total { get; init; }
}
