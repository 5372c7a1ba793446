namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 4, 财政拨款收入支出决算总表.</summary>
public sealed record AppropriationSummaryTable : DisclosureTable
{
    /// <summary>The income side (收入).</summary>
    public AppropriationIncomeSide? Income { get; init; }

    /// <summary>The expenditure side (支出).</summary>
    public AppropriationExpenditureSide? Expenditure { get; init; }
}
