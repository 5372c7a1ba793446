namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Table 1, 收入支出决算总表.</summary>
public sealed record IncomeExpenditureSummaryTable : DisclosureTable
{
    /// <summary>The income side.</summary>
    public SummaryIncomeSide? Income { get; init; }

    /// <summary>The expenditure side.</summary>
    public SummaryExpenditureSide? Expenditure { get; init; }
}
