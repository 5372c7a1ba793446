using System.Text.Json;
using System.Text.Json.Serialization;
using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads and writes <see cref="EconomicCode"/> as a JSON string of digits ("30101").</summary>
public sealed class EconomicCodeJsonConverter : JsonConverter<EconomicCode>, IContractScalar<EconomicCode>
{
    /// <inheritdoc/>
    public override EconomicCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(JsonText.ReadCode(ref reader, CodeScheme.Economic));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, EconomicCode value, JsonSerializerOptions options)
        => JsonText.WriteCode(writer, value.Value, value.IsDefault, CodeScheme.Economic);

    /// <inheritdoc/>
    bool IContractScalar<EconomicCode>.TryReadText(string text, out EconomicCode value)
    {
        var read = CodeScheme.Economic.IsValid(text);
        value = read ? new(new CodeDigits(text)) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractScalar<EconomicCode>.TryReadNumber(int number, out EconomicCode value)
    {
        value = default;
        return false;
    }
}
