namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>国有资产占用情况: buildings, vehicles and large equipment.</summary>
public sealed record AssetsStatement
{
    /// <summary>The date the figures refer to (截至…), as an ISO date (yyyy-MM-dd).</summary>
    public string? AsOf { get; init; }

    /// <summary>Building floor area in square metres (房屋 平方米).</summary>
    public Quantity? BuildingArea { get; init; }

    /// <summary>Building value (房屋价值), in the report's unit.</summary>
    public Amount? BuildingValue { get; init; }

    /// <summary>Vehicles.</summary>
    public VehicleHoldings? Vehicles { get; init; }

    /// <summary>Equipment of unit price ≥ 1,000,000 yuan, excluding vehicles (单价100万元（含）以上设备, 台/套).</summary>
    public int? LargeEquipmentCount { get; init; }

    /// <summary>Value of that equipment, when stated.</summary>
    public Amount? LargeEquipmentValue { get; init; }
}
