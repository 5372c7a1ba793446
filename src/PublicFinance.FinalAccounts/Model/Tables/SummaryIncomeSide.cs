namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>Income side of table 1 (收入).</summary>
public sealed record SummaryIncomeSide
{
    /// <summary>I. General public budget appropriation income (一、一般公共预算财政拨款收入).</summary>
    public Amount? GeneralBudgetAppropriation { get; init; }

    /// <summary>II. Government-fund budget appropriation income (二、政府性基金预算财政拨款收入).</summary>
    public Amount? GovernmentFundAppropriation { get; init; }

    /// <summary>III. State-capital operation budget appropriation income (三、国有资本经营预算财政拨款收入).</summary>
    public Amount? StateCapitalAppropriation { get; init; }

    /// <summary>四、上级补助收入 (subsidy from the superior unit).</summary>
    public Amount? SuperiorSubsidy { get; init; }

    /// <summary>五、事业收入 (public-service income).</summary>
    public Amount? ServiceIncome { get; init; }

    /// <summary>六、经营收入 (business income).</summary>
    public Amount? BusinessIncome { get; init; }

    /// <summary>七、附属单位上缴收入 (remittances from affiliated units).</summary>
    public Amount? AffiliatedRemittance { get; init; }

    /// <summary>八、其他收入 (other income).</summary>
    public Amount? OtherIncome { get; init; }

    /// <summary>本年收入合计 (total income of the year).</summary>
    public Amount? CurrentYearTotal { get; init; }

    /// <summary>使用非财政拨款结余（含专用结余） (use of non-appropriation balances).</summary>
    public Amount? UseOfNonAppropriationBalance { get; init; }

    /// <summary>年初结转和结余 (opening carry-over and balance).</summary>
    public Amount? OpeningCarryOver { get; init; }

    /// <summary>总计 (grand total of income).</summary>
    public Amount? GrandTotal { get; init; }
}
