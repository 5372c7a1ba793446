using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads and writes <see cref="Percent"/> as a JSON string of percentage points keeping the written decimals ("98.37").</summary>
public sealed class PercentJsonConverter : JsonConverter<Percent>, IContractScalar<Percent>, IContractUtf8Scalar<Percent>
{
    /// <inheritdoc/>
    public override Percent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(JsonText.ReadFigure(ref reader, FigureKind.Percent));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Percent value, JsonSerializerOptions options)
        => JsonText.WriteString(writer, value.Figure.ToString());

    /// <inheritdoc/>
    bool IContractScalar<Percent>.TryReadText(string text, out Percent value)
    {
        var read = JsonText.TryReadFigure(text, out var figure);
        value = read ? new(figure) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractUtf8Scalar<Percent>.TryReadUtf8(ReadOnlySpan<byte> utf8, out Percent value)
    {
        var read = JsonText.TryReadPlainFigure(utf8, out var figure);
        value = read ? new(figure) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractScalar<Percent>.TryReadNumber(int number, out Percent value)
    {
        value = default;
        return false;
    }
}
