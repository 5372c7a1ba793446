namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>财政拨款“三公”经费支出决算情况: amounts, shares, changes, budget comparisons and counts.</summary>
public sealed record ThreePublicStatement
{
    /// <summary>“三公”经费 total (final), with change and budget comparison.</summary>
    public StatedFigure? Total { get; init; }

    /// <summary>Official overseas travel (因公出国（境）费).</summary>
    public StatedFigure? OverseasTravel { get; init; }

    /// <summary>Official vehicles, purchase and operation (公务用车购置及运行（维护）费).</summary>
    public StatedFigure? VehiclesSubtotal { get; init; }

    /// <summary>Official vehicle purchase (公务用车购置费).</summary>
    public StatedFigure? VehiclePurchase { get; init; }

    /// <summary>Official vehicle operation and maintenance (公务用车运行（维护）费).</summary>
    public StatedFigure? VehicleOperation { get; init; }

    /// <summary>Official reception (公务接待费).</summary>
    public StatedFigure? Reception { get; init; }

    /// <summary>因公出国（境）团组数 (delegations).</summary>
    public int? OverseasDelegations { get; init; }

    /// <summary>因公出国（境）人次 (person-trips).</summary>
    public int? OverseasPersonTrips { get; init; }

    /// <summary>公务用车购置数 (vehicles bought).</summary>
    public int? VehiclesPurchased { get; init; }

    /// <summary>公务用车保有量 (vehicles held, financed by appropriations).</summary>
    public int? VehiclesHeld { get; init; }

    /// <summary>国内公务接待批次 (domestic reception batches).</summary>
    public int? DomesticReceptionBatches { get; init; }

    /// <summary>国内公务接待人次 (domestic reception person-visits).</summary>
    public int? DomesticReceptionPersonTrips { get; init; }

    /// <summary>外宾接待批次 (foreign-guest reception batches).</summary>
    public int? ForeignReceptionBatches { get; init; }

    /// <summary>外宾接待人次 (foreign-guest person-visits).</summary>
    public int? ForeignReceptionPersonTrips { get; init; }

    /// <summary>What the overseas travel paid for (开支内容), as written.</summary>
    public string? OverseasTravelDescription { get; init; }

    /// <summary>What vehicle operation paid for (开支内容), as written.</summary>
    public string? VehicleOperationDescription { get; init; }

    /// <summary>What reception paid for (开支内容), as written.</summary>
    public string? ReceptionDescription { get; init; }

    /// <summary>The explanation of a difference between 保有量 and the vehicles on the asset register, as written.</summary>
    public string? VehicleHoldingExplanation { get; init; }

    /// <summary>
    /// The items split by functional classification (“三公”经费按功能分类科目; schema 1.5): a table that lists each item's
    /// expenditure under the 项 it was spent in (公务接待费: 行政运行 0.37, 其他城乡社区管理事务支出 3.63).
    /// </summary>
    public ThreePublicByClass? ByClass { get; init; }
}
