using System;
using System.Text.Json;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Shared reading and writing of the strict JSON string forms of figures and codes: the one body behind every value
/// converter, so each converter states only which kind it reads.
/// </summary>
internal static class JsonText
{
    /// <summary>The JSON Schema pattern of a figure's string form (plain decimal notation within the numeric contract).</summary>
    public const string NumberPattern = "^-?(0|[1-9][0-9]{0,15})(\\.[0-9]{1,12})?$";

    /// <summary>Reads a figure of <paramref name="kind"/> in plain decimal notation, keeping its written decimals.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="kind">What the figure is.</param>
    /// <returns>The value and its written decimals.</returns>
    /// <exception cref="JsonException">The token is not a string in plain notation within the numeric contract.</exception>
    public static WrittenDecimal ReadFigure(ref Utf8JsonReader reader, FigureKind kind)
    {
        var text = ReadString(ref reader, kind.JsonName, kind.ChineseName, kind.JsonExample);
        if (!DecimalFigure.TryParseJson(text.AsSpan(), out var value, out var decimals, out var beyondContract))
        {
            throw new JsonException(beyondContract
                ? Messages.JsonFigureBeyondContract(kind.JsonName, kind.ChineseName, text)
                : Messages.JsonFigureNotPlain(kind.JsonName, kind.ChineseName, kind.JsonExample, text));
        }

        return new WrittenDecimal(value, decimals);
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
