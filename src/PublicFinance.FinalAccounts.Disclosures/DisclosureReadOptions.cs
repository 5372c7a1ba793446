namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>How <see cref="DisclosureReader"/> reads a text (读取选项).</summary>
public sealed record DisclosureReadOptions
{
    /// <summary>The default options.</summary>
    public static DisclosureReadOptions Default { get; } = new();

    /// <summary>
    /// The fiscal year (决算年度) to use when the text does not state one, e.g. from the file name or the command line;
    /// null to leave an unstated year unknown (a note says so).
    /// </summary>
    public int? FiscalYear { get; init; }
}
