namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>The amount columns of table 2 (收入决算表).</summary>
public record IncomeColumns
{
    /// <summary>Total income of the year (本年收入合计).</summary>
    public Amount? Total { get; init; }

    /// <summary>Fiscal appropriation income (财政拨款收入).</summary>
    public Amount? FiscalAppropriation { get; init; }

    /// <summary>Subsidy from the superior unit (上级补助收入).</summary>
    public Amount? SuperiorSubsidy { get; init; }

    /// <summary>Public-service income (事业收入).</summary>
    public Amount? ServiceIncome { get; init; }

    /// <summary>Business income (经营收入).</summary>
    public Amount? BusinessIncome { get; init; }

    /// <summary>Remittances from affiliated units (附属单位上缴收入).</summary>
    public Amount? AffiliatedRemittance { get; init; }

    /// <summary>Other income (其他收入).</summary>
    public Amount? OtherIncome { get; init; }
}
