namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>Government procurement (政府采购支出情况).</summary>
public sealed record ProcurementStatement
{
    /// <summary>Total government procurement (政府采购支出总额).</summary>
    public StatedFigure? Total { get; init; }

    /// <summary>货物 (goods).</summary>
    public StatedFigure? Goods { get; init; }

    /// <summary>工程 (works).</summary>
    public StatedFigure? Works { get; init; }

    /// <summary>服务 (services).</summary>
    public StatedFigure? Services { get; init; }

    /// <summary>授予中小企业合同金额, with its share.</summary>
    public StatedFigure? SmeContracts { get; init; }

    /// <summary>授予小微企业合同金额, with its share.</summary>
    public StatedFigure? MicroSmallContracts { get; init; }

    /// <summary>面向中小企业预留采购项目预算金额, when stated.</summary>
    public StatedFigure? SmeReservedBudget { get; init; }

    /// <summary>货物采购授予中小企业合同金额: the part of <see cref="SmeContracts"/> in goods (schema 1.4).</summary>
    public SmeKindContracts? SmeGoods { get; init; }

    /// <summary>工程采购授予中小企业合同金额: the part of <see cref="SmeContracts"/> in works (schema 1.4).</summary>
    public SmeKindContracts? SmeWorks { get; init; }

    /// <summary>服务采购授予中小企业合同金额: the part of <see cref="SmeContracts"/> in services (schema 1.4).</summary>
    public SmeKindContracts? SmeServices { get; init; }

    /// <summary>
    /// The stated share of <see cref="MicroSmallContracts"/> in <see cref="SmeContracts"/> (授予小微企业合同金额占授予中小企业合同金额的…%;
    /// schema 1.10), or null: a figure of its own, beside the micro/small contracts' share of the procurement total
    /// (<see cref="StatedFigure.Share"/>, rule FA2006). Checked against the two amounts by rule FA2010. A share above 100% stays
    /// as written (a finding for the checks, not a reading error).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The share is negative (a share has no sign).</exception>
    public Percent? MicroSmallShareOfSme
    {
        get;
        init => field = Unsigned.Checked(value, nameof(MicroSmallShareOfSme), Messages.MicroSmallShareNegative);
    }

    /// <summary>
    /// The government procurement budget (政府采购预算 / 政府采购预算数; schema 1.11), in the report's unit, as stated: the
    /// budget the year's purchases were made against, beside the actual procurement (<see cref="Total"/>, 实际采购金额). A
    /// figure of the year reported on, never a later year's budget. Rule FA4105 checks
    /// <see cref="Savings"/> = budget − <see cref="Total"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The budget is negative.</exception>
    public Amount? Budget
    {
        get;
        init => field = Unsigned.Checked(value, nameof(Budget), Messages.ProcurementBudgetNegative);
    }

    /// <summary>
    /// The funds saved against the procurement budget (节约资金 / 节约财政资金 / 节支金额; schema 1.11), in the report's unit,
    /// as stated. A saving has no sign (an overspending is not written as a saving). Rule FA4105: it equals
    /// <see cref="Budget"/> − <see cref="Total"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The saving is negative.</exception>
    public Amount? Savings
    {
        get;
        init => field = Unsigned.Checked(value, nameof(Savings), Messages.ProcurementSavingsNegative);
    }

    /// <summary>
    /// The stated savings rate (节约率 / 节支率 / 资金节约率; schema 1.11), a percentage of <see cref="Budget"/>. Rule FA4106:
    /// it equals <see cref="Savings"/> / <see cref="Budget"/> × 100, rounding-aware.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative.</exception>
    public Percent? SavingsRate
    {
        get;
        init => field = Unsigned.Checked(value, nameof(SavingsRate), Messages.ProcurementSavingsNegative);
    }
}
