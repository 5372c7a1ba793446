using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>How to read a disclosure text or published file (<c>--encoding</c>, <c>--year</c>, <c>--rounding</c>).</summary>
/// <param name="Encoding">The encoding, or <see cref="DisclosureEncoding.Auto"/> to detect it.</param>
/// <param name="FiscalYear">The fiscal year given on the command line, used when the text does not state one.</param>
internal sealed record TextInputOptions(DisclosureEncoding Encoding, int? FiscalYear)
{
    /// <summary>Detect the encoding; the year from the text.</summary>
    public static TextInputOptions Default { get; } = new(DisclosureEncoding.Auto, null);

    /// <summary>
    /// How the published figures were rounded (<c>--rounding</c>): under truncation no 基本支出合计 is derived from a
    /// published 基本支出 table's two subtotals (see <c>PublishedDocumentReader.Combine</c>).
    /// </summary>
    public RoundingMode Rounding { get; init; } = RoundingMode.RoundToNearest;
}
