using System.Text.Json;
using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Shared reading and writing of the strict JSON string forms of figures and codes: the one body behind every value
/// converter, so each converter states only which kind it reads.
/// </summary>
internal static class JsonText
{
    /// <summary>The JSON Schema pattern of a figure's string form (plain decimal notation within the numeric contract).</summary>
    public const string NumberPattern = "^-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,12})?$";

    /// <summary>The most digits <see cref="TryParsePlain"/> reads itself (19 always fit in 64 bits).</summary>
    public const int MaxFastDigits = 19;

    /// <summary>The longest figure text <see cref="TryParsePlain"/> can read: a sign, the digits and a point.</summary>
    private const int MaxPlainLength = MaxFastDigits + 2;

    /// <summary>Reads a figure of <paramref name="kind"/> in plain decimal notation, keeping its written decimals.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="kind">What the figure is.</param>
    /// <returns>The value and its written decimals.</returns>
    /// <exception cref="JsonException">The token is not a string in plain notation within the numeric contract.</exception>
    public static WrittenDecimal ReadFigure(ref Utf8JsonReader reader, FigureKind kind)
    {
        // The common case read from the UTF-8 bytes in place (no string); anything else, errors included, as before.
        if (TryGetRawString(ref reader, out var raw) && TryReadPlainFigure(raw, out var plain))
        {
            return plain;
        }

        var text = ReadString(ref reader, kind.JsonName, kind.ChineseName, kind.JsonExample);
        if (!DecimalFigure.TryParseJson(text.AsSpan(), out var value, out var decimals, out var beyondContract))
        {
            throw new JsonException(beyondContract
                ? Messages.JsonFigureBeyondContract(kind.JsonName, kind.ChineseName, text)
                : Messages.JsonFigureNotPlain(kind.JsonName, kind.ChineseName, kind.JsonExample, text));
        }

        return new WrittenDecimal(value, decimals);
    }

    /// <summary>
    /// Reads a figure from a JSON string's unescaped UTF-8 content as <see cref="ReadFigure"/> reads it when the figure is
    /// plain (<see cref="TryParsePlain"/>); false for everything else, which that reading takes through the text path.
    /// </summary>
    /// <param name="utf8">The string's content.</param>
    /// <param name="figure">The value and its written decimals.</param>
    /// <returns>Whether the content is a plain figure.</returns>
    public static bool TryReadPlainFigure(ReadOnlySpan<byte> utf8, out WrittenDecimal figure)
    {
        var read = TryParsePlain(utf8, out var value, out var decimals);
        figure = read ? new WrittenDecimal(value, decimals) : default;
        return read;
    }

    /// <summary>
    /// Reads a figure's string as <see cref="ReadFigure"/> reads the JSON string token holding it — the same value and
    /// scale — or false where that reading refuses it: a plain ASCII figure is parsed as the token's UTF-8 bytes would
    /// be (<see cref="TryParsePlain"/>, from a copy on the stack), anything else by the text path's parse.
    /// </summary>
    /// <param name="text">The string.</param>
    /// <param name="figure">The value and its written decimals.</param>
    /// <returns>Whether the string is a figure the contract reads.</returns>
    public static bool TryReadFigure(string text, out WrittenDecimal figure)
    {
        if (text.Length <= MaxPlainLength)
        {
            Span<byte> utf8 = stackalloc byte[MaxPlainLength];
            var ascii = true;
            for (var i = 0; i < text.Length && ascii; i++)
            {
                ascii = text[i] < 0x80;
                utf8[i] = (byte)(text[i] & 0x7F);
            }

            if (ascii && TryParsePlain(utf8.Slice(0, text.Length), out var parsed, out var parsedDecimals))
            {
                figure = new WrittenDecimal(parsed, parsedDecimals);
                return true;
            }
        }

        if (DecimalFigure.TryParseJson(text.AsSpan(), out var value, out var decimals))
        {
            figure = new WrittenDecimal(value, decimals);
            return true;
        }

        figure = default;
        return false;
    }

    /// <summary>
    /// The bytes of a string token when they are its text as they stand (not escaped, in one segment); false otherwise,
    /// when the caller reads the token as a string.
    /// </summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="utf8">The string's UTF-8 bytes.</param>
    /// <returns>Whether <paramref name="utf8"/> is the string's text.</returns>
    public static bool TryGetRawString(ref Utf8JsonReader reader, out ReadOnlySpan<byte> utf8)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            utf8 = reader.ValueSpan;
            return true;
        }

        utf8 = default;
        return false;
    }

    /// <summary>
    /// Parses the strict JSON form of a figure from UTF-8 bytes exactly as
    /// <see cref="DecimalFigure.TryParseJson(ReadOnlySpan{char}, out decimal, out int)"/> does from text — same value,
    /// same scale — for figures of at most <see cref="MaxFastDigits"/> digits that are not a negative zero; false for
    /// everything else (the caller then takes the text path, which also words the errors).
    /// </summary>
    /// <param name="utf8">The string's bytes.</param>
    /// <param name="value">The value, its scale the written decimals.</param>
    /// <param name="decimals">The written decimals.</param>
    /// <returns>Whether the bytes were such a figure.</returns>
    public static bool TryParsePlain(ReadOnlySpan<byte> utf8, out decimal value, out int decimals)
    {
        value = 0m;
        decimals = 0;
        var negative = utf8.Length > 0 && utf8[0] == (byte)'-';
        var i = negative ? 1 : 0;
        var intStart = i;
        ulong mantissa = 0;
        unchecked
        {
            // Accumulated without overflow checks: beyond MaxFastDigits digits the result is discarded below.
            while (i < utf8.Length && (uint)(utf8[i] - '0') <= 9)
            {
                mantissa = (mantissa * 10) + (uint)(utf8[i] - '0');
                i++;
            }

            var intDigits = i - intStart;
            if (intDigits == 0 || (intDigits > 1 && utf8[intStart] == (byte)'0'))
            {
                return false;
            }

            var fraction = 0;
            if (i < utf8.Length && utf8[i] == (byte)'.')
            {
                i++;
                var fracStart = i;
                while (i < utf8.Length && (uint)(utf8[i] - '0') <= 9)
                {
                    mantissa = (mantissa * 10) + (uint)(utf8[i] - '0');
                    i++;
                }

                fraction = i - fracStart;
                if (fraction == 0)
                {
                    return false;
                }
            }

            if (i != utf8.Length || intDigits + fraction > MaxFastDigits || fraction > DecimalFigure.MaxDecimals
                || intDigits > NumericContract.MaxIntegerDigits || (negative && mantissa == 0))
            {
                return false;
            }

            value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)fraction);
            decimals = fraction;
            return true;
        }
    }

    /// <summary>Reads a code of <paramref name="scheme"/> written as its digits.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="scheme">The classification.</param>
    /// <returns>The validated digits.</returns>
    /// <exception cref="JsonException">The token is not a string of a valid code.</exception>
    public static CodeDigits ReadCode(ref Utf8JsonReader reader, CodeScheme scheme)
    {
        var text = ReadString(ref reader, scheme.JsonName, scheme.ChineseName, scheme.JsonExample);
        return scheme.IsValid(text) ? new CodeDigits(text) : throw new JsonException(scheme.JsonInvalidMessage(text));
    }

    /// <summary>Writes a code's digits; a default code, which holds none, is refused.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="digits">The code's digits, or empty for a default code.</param>
    /// <param name="isDefault">Whether the code is <c>default</c>.</param>
    /// <param name="scheme">The classification.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="JsonException">The code is <c>default</c>.</exception>
    public static void WriteCode(Utf8JsonWriter writer, string digits, bool isDefault, CodeScheme scheme)
    {
        if (isDefault)
        {
            CheckWriter(writer);
            throw new JsonException(Messages.JsonDefaultCode(scheme.TypeName, scheme.ChineseName));
        }

        WriteString(writer, digits);
    }

    /// <summary>Writes a value's string form.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void WriteString(Utf8JsonWriter writer, string text)
    {
        CheckWriter(writer);
        writer.WriteStringValue(text);
    }

    private static void CheckWriter(Utf8JsonWriter writer)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, string what, string chineseName, string example)
        => reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException(Messages.JsonExpectedString(what, chineseName, example, Describe(reader.TokenType)));

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
