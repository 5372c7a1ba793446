namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>Vehicles on the asset register (车辆).</summary>
public sealed record VehicleHoldings
{
    /// <summary>Total vehicles (车辆 N 辆).</summary>
    public int? Count { get; init; }

    /// <summary>Their book value (价值), in the report's unit.</summary>
    public Amount? Value { get; init; }

    /// <summary>Vehicles by category (车辆分类).</summary>
    public IReadOnlyList<VehicleCategoryCount> Categories
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<VehicleCategoryCount>();

    /// <summary>What the 其他用车 are (其他用车主要是…), as written.</summary>
    public string? OtherVehiclesDescription { get; init; }
}
