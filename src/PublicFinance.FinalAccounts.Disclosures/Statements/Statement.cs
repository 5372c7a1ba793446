using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>
/// One typed statement read from a sentence (陈述): fund, income or expenditure, what the figure states and against
/// which basis, the signed value with the decimals it was written with, and where it was written. Sentence and
/// paragraph numbers let checks compare only statements that one passage makes.
/// </summary>
/// <param name="Fund">The fund (资金性质).</param>
/// <param name="Flow">Income or expenditure.</param>
/// <param name="Relation">What the figure states.</param>
/// <param name="Basis">What it is compared with.</param>
/// <param name="Value">The value, signed for changes and differences (a decrease is negative).</param>
/// <param name="Digits">The figure as written, e.g. <c>869.0</c>.</param>
/// <param name="Decimals">Decimals as written (869.0 has 1).</param>
/// <param name="Span">Where it was written.</param>
/// <param name="Text">The clause as written.</param>
/// <param name="Paragraph">Number of the paragraph that states it.</param>
/// <param name="Sentence">Number of the sentence that states it (over the whole text).</param>
internal sealed record Statement(
    StatementFund Fund,
    StatementFlow Flow,
    StatementRelation Relation,
    StatementBasis Basis,
    decimal Value,
    string Digits,
    int Decimals,
    SourceSpan Span,
    string Text,
    int Paragraph,
    int Sentence)
{
    /// <summary>The normalised offset just after the figure (and its unit), where a reason after it may be looked for.</summary>
    public int End { get; init; }

    /// <summary>Half a unit of the last written decimal: how far the true value may lie from the written one.</summary>
    public decimal HalfUnit => HalfUnitOf(Decimals);

    /// <summary>Half a unit of the last of <paramref name="decimals"/> written decimals (0.005 for two).</summary>
    public static decimal HalfUnitOf(int decimals) => 0.5m / Pow10(decimals);

    /// <summary>
    /// Half a unit of the last decimal written in plain <paramref name="digits"/> ("17902.32" → 0.005, "15" → 0.5): the
    /// slack of a figure held as its text in the report being built.
    /// </summary>
    public static decimal HalfUnitOfDigits(string digits)
    {
        var point = digits.IndexOf('.');
        return HalfUnitOf(point < 0 ? 0 : digits.Length - point - 1);
    }

    /// <summary>One unit of the last written decimal.</summary>
    public decimal Unit => 1m / Pow10(Decimals);

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n && i < 20; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
