using System.Text.Json;
using System.Text.Json.Serialization;
using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads and writes <see cref="FunctionalCode"/> as a JSON string of digits ("2010301").</summary>
public sealed class FunctionalCodeJsonConverter : JsonConverter<FunctionalCode>
{
    /// <inheritdoc/>
    public override FunctionalCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => new(JsonText.ReadCode(ref reader, CodeScheme.Functional));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FunctionalCode value, JsonSerializerOptions options)
        => JsonText.WriteCode(writer, value.Value, value.IsDefault, CodeScheme.Functional);
}
