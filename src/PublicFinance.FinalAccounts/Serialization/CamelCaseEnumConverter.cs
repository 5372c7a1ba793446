using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads and writes an enum as the camelCase name of one defined member, strictly: exact case, no padding, no numbers,
/// no comma-combined flags. Writing a value that is not a defined member throws (AOT-safe, one closed type per enum).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>, IContractScalar<TEnum>, IContractUtf8Scalar<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<TEnum, string> byValue = new();
    private readonly string allowed;
    private readonly (byte[] Utf8, TEnum Value)[] utf8Names;

    /// <summary>Creates the converter from the enum's defined members, named by the camelCase policy.</summary>
    public CamelCaseEnumConverter()
    {
#if NET5_0_OR_GREATER
        foreach (var name in Enum.GetNames<TEnum>())
        {
            var value = Enum.Parse<TEnum>(name, ignoreCase: false);
#else
        foreach (var name in Enum.GetNames(typeof(TEnum)))
        {
            var value = (TEnum)Enum.Parse(typeof(TEnum), name, ignoreCase: false);
#endif
            var camel = JsonNamingPolicy.CamelCase.ConvertName(name);
            byName[camel] = value;
            if (!byValue.ContainsKey(value))
            {
                byValue[value] = camel;
            }
        }

        allowed = string.Join(", ", byName.Keys);
        utf8Names = new (byte[] Utf8, TEnum Value)[byName.Count];
        var i = 0;
        foreach (var pair in byName)
        {
            utf8Names[i++] = (System.Text.Encoding.UTF8.GetBytes(pair.Key), pair.Value);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string naming exactly one defined member.</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Messages.JsonEnumNotString(allowed));
        }

        // Compared as UTF-8 in place (escapes included), so a valid name costs no string; a few names per enum.
        foreach (var (utf8, candidate) in utf8Names)
        {
            if (reader.ValueTextEquals(utf8))
            {
                return candidate;
            }
        }

        var text = reader.GetString()!;
        return byName.TryGetValue(text, out var value)
            ? value
            : throw new JsonException(Messages.JsonEnumUnknownName(allowed, text));
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException"><paramref name="value"/> is not a defined member.</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (!byValue.TryGetValue(value, out var name))
        {
            throw new JsonException(Messages.JsonEnumUndefinedValue(typeof(TEnum).Name, value.ToString(), allowed));
        }

        writer.WriteStringValue(name);
    }

    /// <inheritdoc/>
    bool IContractScalar<TEnum>.TryReadText(string text, out TEnum value) => byName.TryGetValue(text, out value);

    /// <inheritdoc/>
    bool IContractUtf8Scalar<TEnum>.TryReadUtf8(ReadOnlySpan<byte> utf8, out TEnum value)
    {
        // An unescaped token's text is its bytes: ValueTextEquals compares exactly these.
        foreach (var (name, candidate) in utf8Names)
        {
            if (utf8.SequenceEqual(name))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc/>
    bool IContractScalar<TEnum>.TryReadNumber(int number, out TEnum value)
    {
        value = default;
        return false;
    }
}
