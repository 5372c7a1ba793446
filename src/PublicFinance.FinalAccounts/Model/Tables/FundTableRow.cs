using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>A row of table 8 or 9 keyed by functional code.</summary>
public sealed record FundTableRow : FundTableColumns
{
    /// <summary>The functional code.</summary>
    public required FunctionalCode Code { get; init; }

    /// <summary>The name as printed.</summary>
    public required string Name { get; init; }
}
