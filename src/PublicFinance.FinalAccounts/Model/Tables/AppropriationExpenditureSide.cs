namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Expenditure side (支出) of table 4 (财政拨款收入支出决算总表).</summary>
public sealed record AppropriationExpenditureSide
{
    /// <summary>One row per functional class (功能分类科目类级).</summary>
    public IReadOnlyList<AppropriationRow> Classes { get; init => field = ValueList.From(value); } = ValueList.Empty<AppropriationRow>();

    /// <summary>本年支出合计 by fund type.</summary>
    public FundColumns? CurrentYearTotal { get; init; }

    /// <summary>年末财政拨款结转和结余 by fund type.</summary>
    public FundColumns? ClosingCarryOver { get; init; }

    /// <summary>总计 by fund type.</summary>
    public FundColumns? GrandTotal { get; init; }
}
