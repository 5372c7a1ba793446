namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Amounts split by fund type (合计 / 一般公共预算 / 政府性基金预算 / 国有资本经营预算).</summary>
public record FundColumns
{
    /// <summary>合计 (total of the three fund types).</summary>
    public Amount? Total { get; init; }

    /// <summary>General public budget appropriation (一般公共预算财政拨款).</summary>
    public Amount? GeneralBudget { get; init; }

    /// <summary>Government-fund budget appropriation (政府性基金预算财政拨款).</summary>
    public Amount? GovernmentFund { get; init; }

    /// <summary>State-capital operation budget appropriation (国有资本经营预算财政拨款).</summary>
    public Amount? StateCapital { get; init; }
}
