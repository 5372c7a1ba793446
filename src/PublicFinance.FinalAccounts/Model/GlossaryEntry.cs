namespace PublicFinance.FinalAccounts.Model;

/// <summary>A term and its definition (名词解释).</summary>
public sealed record GlossaryEntry
{
    /// <summary>The term (名词).</summary>
    public required string Term { get; init; }

    /// <summary>The definition (解释).</summary>
    public required string Definition { get; init; }
}
