namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads and writes <see cref="Percent"/> as a JSON string of percentage points keeping the written decimals ("98.37").</summary>
public sealed class PercentJsonConverter : WrittenFigureJsonConverter<Percent>
{
    /// <summary>Initializes a new instance of the <see cref="PercentJsonConverter"/> class.</summary>
    public PercentJsonConverter()
        : base(FigureKind.Percent)
    {
    }

    private protected override Percent FromFigure(WrittenDecimal figure) => new(figure);

    private protected override WrittenDecimal FigureOf(Percent value) => value.Figure;
}
