using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>The nullable form of <see cref="BoundedInt32Converter"/>.</summary>
internal sealed class NullableBoundedInt32Converter : JsonConverter<int?>, IContractScalar<int?>
{
    private readonly BoundedInt32Converter inner;
    private readonly NullableScalar<int> scalar;

    public NullableBoundedInt32Converter(int min, int max, string what, string zh)
    {
        inner = new BoundedInt32Converter(min, max, what, zh);
        scalar = new NullableScalar<int>(inner);
    }

    public override bool HandleNull => false;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null ? null : inner.Read(ref reader, typeof(int), options);

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <inheritdoc/>
    public bool TryReadText(string text, out int? value) => scalar.TryReadText(text, out value);

    /// <inheritdoc/>
    public bool TryReadNumber(int number, out int? value) => scalar.TryReadNumber(number, out value);
}
