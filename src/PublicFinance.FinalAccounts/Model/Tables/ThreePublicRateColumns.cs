namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>
/// One set of the "三公" columns holding percentages (百分比) rather than amounts: the 三公 table's 完成预算% / 预算完成率
/// column, item by item as in <see cref="ThreePublicColumns"/> (schema 1.7).
/// </summary>
public sealed record ThreePublicRateColumns
{
    /// <summary>Total (合计).</summary>
    public Percent? Total { get; init; }

    /// <summary>因公出国（境）费 (official overseas travel).</summary>
    public Percent? OverseasTravel { get; init; }

    /// <summary>公务用车购置及运行（维护）费 小计 (official vehicles, subtotal).</summary>
    public Percent? VehiclesSubtotal { get; init; }

    /// <summary>公务用车购置费 (vehicle purchase).</summary>
    public Percent? VehiclePurchase { get; init; }

    /// <summary>公务用车运行（维护）费 (vehicle operation and maintenance).</summary>
    public Percent? VehicleOperation { get; init; }

    /// <summary>公务接待费 (official reception).</summary>
    public Percent? Reception { get; init; }
}
