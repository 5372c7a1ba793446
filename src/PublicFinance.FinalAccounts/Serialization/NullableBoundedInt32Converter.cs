using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>The nullable form of <see cref="BoundedInt32Converter"/>.</summary>
internal sealed class NullableBoundedInt32Converter : JsonConverter<int?>
{
    private readonly BoundedInt32Converter inner;

    public NullableBoundedInt32Converter(int min, int max, string what, string zh) => inner = new BoundedInt32Converter(min, max, what, zh);

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
}
