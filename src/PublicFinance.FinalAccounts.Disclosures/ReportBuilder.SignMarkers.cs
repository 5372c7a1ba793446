namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The text's sign markers (增减符号, session 54): read once, when a table cell first asks.</summary>
internal sealed partial class ReportBuilder
{
    /// <summary>The text's marker meanings once read.</summary>
    private SignMarkers? signMarkers;

    /// <summary>The meanings of the sign markers (△, ▲, ▼, ↑, ↓) in this text (<see cref="Disclosures.SignMarkers"/>).</summary>
    public SignMarkers SignMarkers => signMarkers ??= SignMarkers.Of(Text);
}
