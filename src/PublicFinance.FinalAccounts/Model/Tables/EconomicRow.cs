using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>A row of table 6 keyed by economic code (经济分类 类/款).</summary>
public sealed record EconomicRow
{
    /// <summary>The economic code (经济分类科目编码).</summary>
    public required EconomicCode Code { get; init; }

    /// <summary>The name as printed (科目名称).</summary>
    public required string Name { get; init; }

    /// <summary>The amount (决算数).</summary>
    public required Amount Amount { get; init; }
}
