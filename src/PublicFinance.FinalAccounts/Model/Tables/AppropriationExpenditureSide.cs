namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Expenditure side of table 4.</summary>
public sealed record AppropriationExpenditureSide
{
    /// <summary>One row per functional class.</summary>
    public IReadOnlyList<AppropriationRow> Classes { get; init => field = ValueList.From(value); } = ValueList.Empty<AppropriationRow>();

    /// <summary>本年支出合计 by fund type.</summary>
    public FundColumns? CurrentYearTotal { get; init; }

    /// <summary>年末财政拨款结转和结余 by fund type.</summary>
    public FundColumns? ClosingCarryOver { get; init; }

    /// <summary>总计 by fund type.</summary>
    public FundColumns? GrandTotal { get; init; }
}
