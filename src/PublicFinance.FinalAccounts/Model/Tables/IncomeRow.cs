using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>A row of table 2 keyed by functional code (类/款/项).</summary>
public sealed record IncomeRow : IncomeColumns
{
    /// <summary>The functional code (功能分类科目编码).</summary>
    public required FunctionalCode Code { get; init; }

    /// <summary>The name as printed (科目名称).</summary>
    public required string Name { get; init; }
}
