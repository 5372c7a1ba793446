using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>An expenditure row of table 4 for one functional class.</summary>
public sealed record AppropriationRow : FundColumns
{
    /// <summary>The functional code, or null when the table prints names only.</summary>
    public FunctionalCode? Code { get; init; }

    /// <summary>The name as printed.</summary>
    public required string Name { get; init; }
}
