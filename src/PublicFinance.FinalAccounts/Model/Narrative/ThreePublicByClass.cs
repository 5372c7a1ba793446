namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>
/// The “three public expenses” items split by functional classification (“三公”经费按功能分类科目; schema 1.5): a table that
/// lists an item's expenditure under each 项 (or 款) it was spent in — 公务接待费 4.00: 行政运行 0.37, 其他城乡社区管理事务支出
/// 3.63. Each item's classes add up to its subtotal (小计; rule FA4005).
/// </summary>
public sealed record ThreePublicByClass
{
    /// <summary>因公出国（境）费 by functional class.</summary>
    public ThreePublicClassSplit? OverseasTravel { get; init; }

    /// <summary>公务用车购置费 by functional class.</summary>
    public ThreePublicClassSplit? VehiclePurchase { get; init; }

    /// <summary>公务用车运行（维护）费 by functional class.</summary>
    public ThreePublicClassSplit? VehicleOperation { get; init; }

    /// <summary>公务接待费 by functional class.</summary>
    public ThreePublicClassSplit? Reception { get; init; }
}
