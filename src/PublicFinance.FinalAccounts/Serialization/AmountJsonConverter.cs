namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads and writes <see cref="Amount"/> as a JSON string in plain decimal notation keeping the written decimals ("3653.30").
/// </summary>
public sealed class AmountJsonConverter : WrittenFigureJsonConverter<Amount>
{
    /// <summary>Initializes a new instance of the <see cref="AmountJsonConverter"/> class.</summary>
    public AmountJsonConverter()
        : base(FigureKind.Amount)
    {
    }

    private protected override Amount FromFigure(WrittenDecimal figure) => new(figure);

    private protected override WrittenDecimal FigureOf(Amount value) => value.Figure;
}
