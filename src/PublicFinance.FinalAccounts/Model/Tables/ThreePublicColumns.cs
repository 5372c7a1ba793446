namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>One set of the "三公" columns (either 预算数 or 决算数).</summary>
public sealed record ThreePublicColumns
{
    /// <summary>Total (合计).</summary>
    public Amount? Total { get; init; }

    /// <summary>因公出国（境）费 (official overseas travel).</summary>
    public Amount? OverseasTravel { get; init; }

    /// <summary>公务用车购置及运行（维护）费 小计 (official vehicles, subtotal).</summary>
    public Amount? VehiclesSubtotal { get; init; }

    /// <summary>公务用车购置费 (vehicle purchase).</summary>
    public Amount? VehiclePurchase { get; init; }

    /// <summary>公务用车运行（维护）费 (vehicle operation and maintenance).</summary>
    public Amount? VehicleOperation { get; init; }

    /// <summary>公务接待费 (official reception).</summary>
    public Amount? Reception { get; init; }
}
