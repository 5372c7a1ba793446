using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>An expenditure row of table 4 for one functional class (功能分类科目类级).</summary>
public sealed record AppropriationRow : FundColumns
{
    /// <summary>The functional code (功能分类科目编码), or null when the table prints names only.</summary>
    public FunctionalCode? Code { get; init; }

    /// <summary>The name as printed (科目名称).</summary>
    public required string Name { get; init; }
}
