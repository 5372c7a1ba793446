using PublicFinance.FinalAccounts.Model.Narrative;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>
/// A 国有资产 table published beside the nine tables (国有资产占用情况表 / 车辆 table): buildings, vehicles by
/// category and large equipment, as counts. Kept apart from the narrative's <see cref="AssetsStatement"/> so that
/// the two can be compared.
/// </summary>
public sealed record AssetsTable : DisclosureTable
{
    /// <summary>Building floor area in square metres (房屋 平方米).</summary>
    public Quantity? BuildingArea { get; init; }

    /// <summary>Total vehicles (车辆 合计, 辆).</summary>
    public int? VehicleCount { get; init; }

    /// <summary>Vehicles by category (部级领导干部用车 … 其他用车), in printed order.</summary>
    public IReadOnlyList<VehicleCategoryCount> VehicleCategories
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<VehicleCategoryCount>();

    /// <summary>Equipment of unit price ≥ 1,000,000 yuan (单价100万元（含）以上设备, 台/套).</summary>
    public int? LargeEquipmentCount { get; init; }
}
