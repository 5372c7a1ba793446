namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>二、收入决算情况: income of the year by source, with shares.</summary>
public sealed record IncomeStatement
{
    /// <summary>Total income of the year (本年收入合计).</summary>
    public StatedFigure? Total { get; init; }

    /// <summary>Fiscal appropriation income (财政拨款收入).</summary>
    public StatedFigure? FiscalAppropriation { get; init; }

    /// <summary>Subsidy from the superior unit (上级补助收入).</summary>
    public StatedFigure? SuperiorSubsidy { get; init; }

    /// <summary>Public-service income (事业收入).</summary>
    public StatedFigure? ServiceIncome { get; init; }

    /// <summary>Business income (经营收入).</summary>
    public StatedFigure? BusinessIncome { get; init; }

    /// <summary>Remittances from affiliated units (附属单位上缴收入).</summary>
    public StatedFigure? AffiliatedRemittance { get; init; }

    /// <summary>Other income (其他收入).</summary>
    public StatedFigure? OtherIncome { get; init; }
}
