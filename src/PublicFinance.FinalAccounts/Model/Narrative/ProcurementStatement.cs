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
        init => field = value is not { } v || v.Value >= 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(MicroSmallShareOfSme), value, Messages.MicroSmallShareNegative);
    }
}
