namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// Equipment held at a unit-price threshold (单价…万元以上设备; schema 1.12): "单价50万元（含）以上设备2台（套）",
/// "单价50万元以上专用设备4台（套），价值320.00万元". The threshold is kept as written, with its unit, so that a count at any
/// threshold is carried without guessing which template it follows. A holding that the older members already carry
/// (<see cref="AssetsStatement.LargeEquipmentCount"/>: every kind at 100万元; <see cref="AssetsStatement.GeneralEquipmentCount"/>:
/// 通用设备 at 50万元; <see cref="AssetsStatement.SpecialEquipmentCount"/>: 专用设备 at 100万元) is not repeated here.
/// </summary>
public sealed record EquipmentHolding
{
    /// <summary>
    /// The unit-price threshold (单价标准) as written ("50" of "单价50万元以上"), in <see cref="PriceThresholdUnit"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not positive.</exception>
    public required Amount PriceThreshold
    {
        get;
        init => field = value.Value > 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(PriceThreshold), value, Messages.EquipmentThresholdNotPositive);
    }

    /// <summary>The unit the threshold is written in (万元 in "50万元以上", 元 in "500000元以上"); not the report's unit.</summary>
    public required AmountUnit PriceThresholdUnit { get; init; }

    /// <summary>
    /// Whether the threshold itself is included (（含）以上, 及以上) or not (（不含）); null when the text writes only "以上" and
    /// does not say.
    /// </summary>
    public ThresholdInclusion? Inclusion { get; init; }

    /// <summary>The kind of equipment counted (设备, 通用设备 or 专用设备).</summary>
    public required EquipmentKind Kind { get; init; }

    /// <summary>The number of units (台/套).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public required int Count
    {
        get;
        init => field = Unsigned.Checked(value, nameof(Count), Messages.EquipmentCountNegative);
    }

    /// <summary>The value of the equipment counted (价值), in the report's unit, when stated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Amount? Value
    {
        get;
        init => field = Unsigned.Checked(value, nameof(Value), Messages.EquipmentValueNegative);
    }
}
