using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads an optional figure that the model documents as written without sign (增减额, 分值, 得分): a leading '-' is
/// refused with a located error, everything else is read by the figure's own converter.
/// </summary>
/// <typeparam name="T">The figure type (Amount, Percent, Quantity).</typeparam>
internal sealed class UnsignedFigureConverter<T> : JsonConverter<T?>, IContractScalar<T?>, IContractUtf8Scalar<T?>
    where T : struct
{
    private readonly JsonConverter<T> inner;
    private readonly string member;

    public UnsignedFigureConverter(JsonConverter<T> inner, string member)
    {
        this.inner = inner;
        this.member = member;
    }

    public override bool HandleNull => false;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The sign is seen on the bytes in place when they are the text; only an escaped string is decoded to look.
        var signed = JsonText.TryGetRawString(ref reader, out var raw)
            ? raw.Length > 0 && raw[0] == (byte)'-'
            : reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } escaped && escaped[0] == '-';
        if (signed)
        {
            throw new JsonException(Messages.JsonFigureSigned(member, reader.GetString()!));
        }

        return inner.Read(ref reader, typeof(T), options);
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            inner.Write(writer, v, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <inheritdoc/>
    public bool TryReadText(string text, out T? value)
    {
        // A signed figure is refused (the converter words it); the rest is the figure's own reading.
        value = null;
        if ((text.Length > 0 && text[0] == '-') || inner is not IContractScalar<T> figure || !figure.TryReadText(text, out var read))
        {
            return false;
        }

        value = read;
        return true;
    }

    /// <inheritdoc/>
    public bool TryReadUtf8(ReadOnlySpan<byte> utf8, out T? value)
    {
        value = null;
        var signed = utf8.Length > 0 && utf8[0] == (byte)'-';
        if (signed || inner is not IContractUtf8Scalar<T> figure || !figure.TryReadUtf8(utf8, out var read))
        {
            return false;
        }

        value = read;
        return true;
    }

    /// <inheritdoc/>
    public bool TryReadNumber(int number, out T? value)
    {
        value = null;
        return false;
    }
}
