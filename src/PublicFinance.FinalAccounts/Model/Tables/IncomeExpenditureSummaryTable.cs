namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 1, 收入支出决算总表.</summary>
public sealed record IncomeExpenditureSummaryTable : DisclosureTable
{
    /// <summary>The income side (收入).</summary>
    public SummaryIncomeSide? Income { get; init; }

    /// <summary>The expenditure side (支出).</summary>
    public SummaryExpenditureSide? Expenditure { get; init; }
}
