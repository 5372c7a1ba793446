using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>How to read a disclosure text (<c>--encoding</c>, <c>--year</c>).</summary>
/// <param name="Encoding">The encoding, or <see cref="DisclosureEncoding.Auto"/> to detect it.</param>
/// <param name="FiscalYear">The fiscal year given on the command line, used when the text does not state one.</param>
internal sealed record TextInputOptions(DisclosureEncoding Encoding, int? FiscalYear)
{
    /// <summary>Detect the encoding; the year from the text.</summary>
    public static TextInputOptions Default { get; } = new(DisclosureEncoding.Auto, null);
}
