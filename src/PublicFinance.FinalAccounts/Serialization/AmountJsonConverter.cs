using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads and writes <see cref="Amount"/> as a JSON string in plain decimal notation keeping the written decimals ("3653.30").
/// </summary>
public sealed class AmountJsonConverter : JsonConverter<Amount>
{
    /// <inheritdoc/>
    public override Amount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(JsonText.ReadFigure(ref reader, FigureKind.Amount));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Amount value, JsonSerializerOptions options)
        => JsonText.WriteString(writer, value.Figure.ToString());
}
