using System.Text.Json;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The JSON names of an enum's values as <see cref="JsonEncodedText"/> (编码后的枚举名), encoded once: a writer that
/// writes thousands of findings and coverage rows copies them instead of converting and escaping each time. The names
/// are <see cref="EnumNames.Name"/>'s (the one place that camel-cases enum values); a value beyond the cached range is
/// encoded when met.
/// </summary>
internal sealed class EncodedCamelNames
{
    private const int MaxCached = 64;

    private readonly JsonEncodedText[] cached;
    private readonly Func<int, Enum> value;

    /// <summary>
    /// Encodes the names of the values 0, 1, 2 … up to the first that is not a defined member (whose name, as
    /// <see cref="Enum.ToString()"/> gives it, is its number); <paramref name="value"/> makes the enum value of a number.
    /// </summary>
    public EncodedCamelNames(Func<int, Enum> value)
    {
        this.value = value;
        var names = new List<JsonEncodedText>();
        for (var i = 0; i < MaxCached && !char.IsDigit(value(i).ToString()[0]); i++)
        {
            names.Add(Encode(i));
        }

        cached = [.. names];
    }

    /// <summary>The encoded name of the value numbered <paramref name="number"/>.</summary>
    public JsonEncodedText this[int number] => number >= 0 && number < cached.Length ? cached[number] : Encode(number);

    private JsonEncodedText Encode(int number) => JsonEncodedText.Encode(EnumNames.Name(value(number)));
}
