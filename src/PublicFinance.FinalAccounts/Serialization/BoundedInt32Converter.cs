using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>Reads an integer within [min, max], reporting a value out of range as a located JSON error.</summary>
internal sealed class BoundedInt32Converter : JsonConverter<int>, IContractScalar<int>
{
    private readonly int min;
    private readonly int max;
    private readonly string what;
    private readonly string zh;

    public BoundedInt32Converter(int min, int max, string what, string zh)
    {
        this.min = min;
        this.max = max;
        this.what = what;
        this.zh = zh;
    }

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // JSON Schema's "integer" is any number with a zero fraction (2024, 2024.0, 2.024e3); the reader agrees.
        if (reader.TokenType != JsonTokenType.Number || !(reader.TryGetInt32(out var value) || TryGetIntegral(ref reader, out value)))
        {
            throw new JsonException(Messages.JsonExpectedInteger(what, zh));
        }

        return value >= min && value <= max
            ? value
            : throw new JsonException(Messages.JsonIntegerOutOfRange(what, zh, min, max, value));
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    private static bool TryGetIntegral(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        if (!reader.TryGetDecimal(out var number) || number != decimal.Truncate(number) || number < int.MinValue || number > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <inheritdoc/>
    public bool TryReadText(string text, out int value)
    {
        value = 0;
        return false;
    }

    /// <inheritdoc/>
    public bool TryReadNumber(int number, out int value)
    {
        value = number;
        return number >= min && number <= max;
    }
}
