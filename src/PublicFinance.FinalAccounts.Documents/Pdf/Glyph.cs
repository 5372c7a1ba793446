namespace PublicFinance.FinalAccounts.Documents.Pdf;

/// <summary>One printed character in top-down page coordinates (points).</summary>
internal readonly record struct Glyph(string Text, double Left, double Right, double Top, double Bottom)
{
    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Top + Bottom) / 2;

    public double Height => Bottom - Top;
}
