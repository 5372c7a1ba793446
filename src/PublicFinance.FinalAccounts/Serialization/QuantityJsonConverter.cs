using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads and writes <see cref="Quantity"/> as a JSON string keeping the written decimals ("6055.90").</summary>
public sealed class QuantityJsonConverter : JsonConverter<Quantity>, IContractScalar<Quantity>, IContractUtf8Scalar<Quantity>
{
    /// <inheritdoc/>
    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(JsonText.ReadFigure(ref reader, FigureKind.Quantity));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
        => JsonText.WriteString(writer, value.Figure.ToString());

    /// <inheritdoc/>
    bool IContractScalar<Quantity>.TryReadText(string text, out Quantity value)
    {
        var read = JsonText.TryReadFigure(text, out var figure);
        value = read ? new(figure) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractUtf8Scalar<Quantity>.TryReadUtf8(ReadOnlySpan<byte> utf8, out Quantity value)
    {
        var read = JsonText.TryReadPlainFigure(utf8, out var figure);
        value = read ? new(figure) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractScalar<Quantity>.TryReadNumber(int number, out Quantity value)
    {
        value = default;
        return false;
    }
}
