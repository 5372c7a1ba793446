namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads and writes <see cref="Quantity"/> as a JSON string keeping the written decimals ("6055.90").</summary>
public sealed class QuantityJsonConverter : WrittenFigureJsonConverter<Quantity>
{
    /// <summary>Initializes a new instance of the <see cref="QuantityJsonConverter"/> class.</summary>
    public QuantityJsonConverter()
        : base(FigureKind.Quantity)
    {
    }

    private protected override Quantity FromFigure(WrittenDecimal figure) => new(figure);

    private protected override WrittenDecimal FigureOf(Quantity value) => value.Figure;
}
