namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Income side (收入) of table 4 (财政拨款收入支出决算总表).</summary>
public sealed record AppropriationIncomeSide
{
    /// <summary>I. General public budget appropriation (一、一般公共预算财政拨款).</summary>
    public Amount? GeneralBudget { get; init; }

    /// <summary>II. Government-fund budget appropriation (二、政府性基金预算财政拨款).</summary>
    public Amount? GovernmentFund { get; init; }

    /// <summary>III. State-capital operation budget appropriation (三、国有资本经营预算财政拨款).</summary>
    public Amount? StateCapital { get; init; }

    /// <summary>Total income of the year (本年收入合计).</summary>
    public Amount? CurrentYearTotal { get; init; }

    /// <summary>年初财政拨款结转和结余, in total and by fund type.</summary>
    public FundColumns? OpeningCarryOver { get; init; }

    /// <summary>Grand total (总计).</summary>
    public Amount? GrandTotal { get; init; }
}
