namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Expenditure side of table 1 (支出).</summary>
public sealed record SummaryExpenditureSide
{
    /// <summary>One row per functional class (一、一般公共服务支出 …).</summary>
    public IReadOnlyList<FunctionalAmount> Classes { get; init => field = ValueList.From(value); } = ValueList.Empty<FunctionalAmount>();

    /// <summary>本年支出合计 (total expenditure of the year).</summary>
    public Amount? CurrentYearTotal { get; init; }

    /// <summary>结余分配 (appropriation of balances).</summary>
    public Amount? BalanceDistribution { get; init; }

    /// <summary>年末结转和结余 (closing carry-over and balance).</summary>
    public Amount? ClosingCarryOver { get; init; }

    /// <summary>总计 (grand total of expenditure).</summary>
    public Amount? GrandTotal { get; init; }
}
