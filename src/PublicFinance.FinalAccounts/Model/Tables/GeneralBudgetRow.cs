using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>A row of table 5 (一般公共预算财政拨款支出决算表) keyed by functional code (功能分类科目编码).</summary>
public sealed record GeneralBudgetRow : BasicProjectColumns
{
    /// <summary>The functional code (功能分类科目编码).</summary>
    public required FunctionalCode Code { get; init; }

    /// <summary>The name as printed (科目名称).</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The initial budget columns (年初预算数: 合计 / 基本支出 / 项目支出, as many as printed) of tables that print them
    /// beside the final figures, or null.
    /// </summary>
    public BasicProjectColumns? InitialBudget { get; init; }

    /// <summary>The adjusted budget columns (调整预算数) of tables that print them, or null.</summary>
    public BasicProjectColumns? AdjustedBudget { get; init; }
}
