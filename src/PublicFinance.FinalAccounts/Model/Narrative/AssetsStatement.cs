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

    /// <summary>Vehicles (公务用车).</summary>
    public VehicleHoldings? Vehicles { get; init; }

    /// <summary>Equipment of unit price ≥ 1,000,000 yuan, excluding vehicles (单价100万元（含）以上设备, 台/套).</summary>
    public int? LargeEquipmentCount { get; init; }

    /// <summary>Value (价值) of that equipment, when stated.</summary>
    public Amount? LargeEquipmentValue { get; init; }

    /// <summary>
    /// General-purpose equipment of unit price ≥ 500,000 yuan (单价50万元（含）以上通用设备, 台/套; schema 1.4), as the
    /// 2018–2020 template counts it beside <see cref="SpecialEquipmentCount"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int? GeneralEquipmentCount
    {
        get;
        init => field = Unsigned.Checked(value, nameof(GeneralEquipmentCount), Messages.EquipmentCountNegative);
    }

    /// <summary>
    /// Special-purpose equipment of unit price ≥ 1,000,000 yuan (单价100万元（含）以上专用设备, 台/套; schema 1.4) — not
    /// <see cref="LargeEquipmentCount"/>, which counts every kind of equipment of that price.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public int? SpecialEquipmentCount
    {
        get;
        init => field = Unsigned.Checked(value, nameof(SpecialEquipmentCount), Messages.EquipmentCountNegative);
    }

    /// <summary>Total assets (资产总额; schema 1.5), in the report's unit, as stated.</summary>
    public Amount? TotalValue { get; init; }

    /// <summary>
    /// Assets by category (房屋, 车辆, 通用设备…; schema 1.5) with their original and net values (原值, 净值) as stated, in
    /// the order written. A category is listed at most once.
    /// </summary>
    public IReadOnlyList<AssetCategoryValue> Categories
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<AssetCategoryValue>();

    /// <summary>
    /// The current assets (流动资产; schema 1.11), in the report's unit, as stated in the breakdown of <see cref="TotalValue"/> (资产总额，其中：…):
    /// a book value of the balance sheet. Not a category of <see cref="Categories"/> (those are the classes' 原值 and 净值).
    /// Rule FA4204: the parts add up to at most the total.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Amount? CurrentAssetsValue
    {
        get;
        init => field = Unsigned.Checked(value, nameof(CurrentAssetsValue), Messages.AssetPartNegative);
    }

    /// <summary>
    /// The fixed assets (固定资产; schema 1.11), in the report's unit, as stated in the breakdown of <see cref="TotalValue"/> (资产总额，其中：…):
    /// a book value of the balance sheet. The sum of the fixed-asset classes (房屋, 车辆, 设备…), so not a category of
    /// <see cref="Categories"/>, whose classes it would count twice. Rule FA4204.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Amount? FixedAssetsValue
    {
        get;
        init => field = Unsigned.Checked(value, nameof(FixedAssetsValue), Messages.AssetPartNegative);
    }

    /// <summary>
    /// The intangible assets (无形资产; schema 1.11), in the report's unit, as stated in the breakdown of <see cref="TotalValue"/> (资产总额，其中：…):
    /// a book value of the balance sheet. Rule FA4204.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Amount? IntangibleAssetsValue
    {
        get;
        init => field = Unsigned.Checked(value, nameof(IntangibleAssetsValue), Messages.AssetPartNegative);
    }

    /// <summary>
    /// The other assets (其他资产; schema 1.11), in the report's unit, as stated in the breakdown of <see cref="TotalValue"/> (资产总额，其中：…):
    /// a book value of the balance sheet. The residual part that closes the breakdown: when it is stated, FA4204 checks
    /// that the parts add up to the total (otherwise the stated parts are a lower bound of it).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Amount? OtherAssetsValue
    {
        get;
        init => field = Unsigned.Checked(value, nameof(OtherAssetsValue), Messages.AssetPartNegative);
    }

    /// <summary>
    /// Equipment held at unit-price thresholds the older members do not carry (单价50万元以上设备, 单价50万元以上专用设备,
    /// 单价100万元以上通用设备…; schema 1.12), in the order written: each with its threshold as written (amount, unit,
    /// inclusive or not), its kind, its count and its value when stated. Not a repeat of <see cref="LargeEquipmentCount"/>
    /// (every kind at 100万元), <see cref="GeneralEquipmentCount"/> (通用设备 at 50万元) or <see cref="SpecialEquipmentCount"/>
    /// (专用设备 at 100万元), which keep their meaning.
    /// </summary>
    public IReadOnlyList<EquipmentHolding> EquipmentHoldings
    {
        get;
        init => field = ValueList.From(value);
    } = ValueList.Empty<EquipmentHolding>();
}
