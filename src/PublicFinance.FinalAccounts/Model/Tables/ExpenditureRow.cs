using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>A row of table 3 (支出决算表) keyed by functional code (功能分类科目编码).</summary>
public sealed record ExpenditureRow : ExpenditureColumns
{
    /// <summary>The functional code (功能分类科目编码).</summary>
    public required FunctionalCode Code { get; init; }

    /// <summary>The name as printed (科目名称).</summary>
    public required string Name { get; init; }
}
