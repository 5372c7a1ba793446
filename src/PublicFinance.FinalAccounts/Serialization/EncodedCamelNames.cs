using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The camelCase names of an enum's values as <see cref="JsonEncodedText"/> (编码后的枚举名), encoded once: a writer that
/// writes thousands of findings and coverage rows copies them instead of converting and escaping each time. A value
/// beyond the cached range is converted when met, so the text is always <c>JsonNamingPolicy.CamelCase</c> of its name.
/// </summary>
internal sealed class EncodedCamelNames
{
    private const int MaxCached = 64;

    private readonly JsonEncodedText[] cached;
    private readonly Func<int, string> name;

    /// <summary>
    /// Encodes the names of the values 0, 1, 2 … up to the first that is not a defined member (whose name, as
    /// <see cref="Enum.ToString()"/> gives it, is its number), named by <paramref name="name"/>.
    /// </summary>
    public EncodedCamelNames(Func<int, string> name)
    {
        this.name = name;
        var names = new List<JsonEncodedText>();
        for (var i = 0; i < MaxCached && !char.IsDigit(name(i)[0]); i++)
        {
            names.Add(Encode(i));
        }

        cached = [.. names];
    }

    /// <summary>The encoded camelCase name of the value <paramref name="value"/>.</summary>
    public JsonEncodedText this[int value] => value >= 0 && value < cached.Length ? cached[value] : Encode(value);

    private JsonEncodedText Encode(int value) => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(name(value)));
}
