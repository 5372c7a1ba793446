using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads and writes <see cref="Amount"/> as a JSON string in plain decimal notation keeping the written decimals ("3653.30").
/// </summary>
public sealed class AmountJsonConverter : JsonConverter<Amount>, IContractScalar<Amount>, IContractUtf8Scalar<Amount>
{
    /// <inheritdoc/>
    public override Amount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(JsonText.ReadFigure(ref reader, FigureKind.Amount));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options)
        => JsonText.WriteString(writer, value.Figure.ToString());

    /// <inheritdoc/>
    bool IContractScalar<Amount>.TryReadText(string text, out Amount value)
    {
        var read = JsonText.TryReadFigure(text, out var figure);
        value = read ? new(figure) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractUtf8Scalar<Amount>.TryReadUtf8(ReadOnlySpan<byte> utf8, out Amount value)
    {
        var read = JsonText.TryReadPlainFigure(utf8, out var figure);
        value = read ? new(figure) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractScalar<Amount>.TryReadNumber(int number, out Amount value)
    {
        value = default;
        return false;
    }
}
