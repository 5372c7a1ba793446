using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>A functional class row (功能分类科目行) of a two-sided table: class code and name with one amount.</summary>
public sealed record FunctionalAmount
{
    /// <summary>The functional code (usually a 类), or null when the table prints names only.</summary>
    public FunctionalCode? Code { get; init; }

    /// <summary>The name as printed (科目名称).</summary>
    public required string Name { get; init; }

    /// <summary>The amount (决算数).</summary>
    public required Amount Amount { get; init; }
}
