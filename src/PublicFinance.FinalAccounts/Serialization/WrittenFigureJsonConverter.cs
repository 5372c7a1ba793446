using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads and writes a written figure (书写数值: an amount, a percentage, a quantity) as a JSON string in plain decimal
/// notation keeping the written decimals: the one implementation behind <see cref="AmountJsonConverter"/>,
/// <see cref="PercentJsonConverter"/> and <see cref="QuantityJsonConverter"/>, which differ only in their figure type and the
/// kind named in a reading error.
/// </summary>
/// <typeparam name="TFigure">The figure type.</typeparam>
public abstract class WrittenFigureJsonConverter<TFigure> : JsonConverter<TFigure>, IContractScalar<TFigure>, IContractUtf8Scalar<TFigure>
    where TFigure : struct
{
    private readonly FigureKind kind;

    private protected WrittenFigureJsonConverter(FigureKind kind) => this.kind = kind;

    /// <inheritdoc/>
    public sealed override TFigure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => FromFigure(JsonText.ReadFigure(ref reader, kind));

    /// <inheritdoc/>
    public sealed override void Write(Utf8JsonWriter writer, TFigure value, JsonSerializerOptions options)
        => JsonText.WriteString(writer, FigureOf(value).ToString());

    /// <inheritdoc/>
    bool IContractScalar<TFigure>.TryReadText(string text, out TFigure value)
    {
        var read = JsonText.TryReadFigure(text, out var figure);
        value = read ? FromFigure(figure) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractUtf8Scalar<TFigure>.TryReadUtf8(ReadOnlySpan<byte> utf8, out TFigure value)
    {
        var read = JsonText.TryReadPlainFigure(utf8, out var figure);
        value = read ? FromFigure(figure) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractScalar<TFigure>.TryReadNumber(int number, out TFigure value)
    {
        value = default;
        return false;
    }

    private protected abstract TFigure FromFigure(WrittenDecimal figure);

    private protected abstract WrittenDecimal FigureOf(TFigure value);
}
