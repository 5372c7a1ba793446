using System.Text.Json;
using System.Text.Json.Serialization;
using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads and writes <see cref="FunctionalCode"/> as a JSON string of digits ("2010301").</summary>
public sealed class FunctionalCodeJsonConverter : JsonConverter<FunctionalCode>, IContractScalar<FunctionalCode>
{
    /// <inheritdoc/>
    public override FunctionalCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(JsonText.ReadCode(ref reader, CodeScheme.Functional));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FunctionalCode value, JsonSerializerOptions options)
        => JsonText.WriteCode(writer, value.Value, value.IsDefault, CodeScheme.Functional);

    /// <inheritdoc/>
    bool IContractScalar<FunctionalCode>.TryReadText(string text, out FunctionalCode value)
    {
        var read = CodeScheme.Functional.IsValid(text);
        value = read ? new(new CodeDigits(text)) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractScalar<FunctionalCode>.TryReadNumber(int number, out FunctionalCode value)
    {
        value = default;
        return false;
    }
}
