using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// A scalar member, read by the contract's own converter. From a tree, the converter reads the value itself where it can
/// (<see cref="IContractScalar{T}"/>: a figure parsed from the string in place, an enum name looked up, a count
/// checked against its bounds, a string checked by the contract — no token, no copy); everything else is handed to
/// the converter as the JSON token it would be written as (<see cref="ContractLeafText"/>), so the tree's value is
/// always read exactly as its JSON.
/// </summary>
/// <typeparam name="T">The member's type.</typeparam>
internal sealed class LeafMember<T> : ContractMember, IContractItem<T>
{
    private readonly Func<JsonSerializerOptions, IContractScalar<T>?>? lift;
    private JsonConverter<T>? converter;
    private IContractScalar<T>? scalar;
    private IContractUtf8Scalar<T>? utf8Scalar;

    /// <summary>Makes the member.</summary>
    public LeafMember(string name)
        : base(name)
    {
    }

    /// <summary>
    /// Makes an optional member (<c>TValue?</c>) whose value, when the member has no converter of its own, is read by
    /// <paramref name="lift"/>'s reading (the value type's converter; <see cref="NullableScalar{T}"/>).
    /// </summary>
    public LeafMember(string name, Func<JsonSerializerOptions, IContractScalar<T>?> lift)
        : base(name)
    {
        this.lift = lift;
    }

    /// <inheritdoc/>
    public override void Bind(JsonPropertyInfo property)
    {
        converter = ScalarConverter(property) as JsonConverter<T>;
        var builtIn = converter?.GetType().Assembly == typeof(JsonSerializer).Assembly;
        scalar = converter as IContractScalar<T>;
        if (scalar is null && builtIn && typeof(T) == typeof(string))
        {
            scalar = (IContractScalar<T>)(object)PlainStringScalar.Instance;
        }
        else if (scalar is null && builtIn && lift is not null)
        {
            // System.Text.Json's nullable converter: every token but null is its value type's converter's.
            scalar = lift(property.Options);
        }

        utf8Scalar = scalar as IContractUtf8Scalar<T>;
    }

    /// <inheritdoc/>
    public override object NewCell() => new ContractCell<T>();

    /// <inheritdoc/>
    public override void Read(ref ContractJsonScanner scanner, object cell, ContractFrames frames)
        => Typed<T>(cell).Value = ReadValue(ref scanner);

    /// <inheritdoc/>
    public T ReadItem(ref ContractJsonScanner scanner, ContractFrames frames) => ReadValue(ref scanner);

    /// <inheritdoc/>
    public T ReadItem(IContractNode node, ContractFrames frames) => ReadValue(node, frames.SurrogateFree);

    /// <inheritdoc/>
    public override void Read(IContractNode node, object cell, ContractFrames frames)
        => Typed<T>(cell).Value = ReadValue(node, frames.SurrogateFree);

    /// <summary>Reads a JSON value (not null, not an object or array) with the converter.</summary>
    public T ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.Null or JsonTokenType.StartObject or JsonTokenType.StartArray || converter is null)
        {
            throw ContractReader.GiveUp();
        }

        return converter.Read(ref reader, typeof(T), FinalAccountsJson.ReadOptions)!;
    }

    /// <summary>
    /// Reads the JSON scalar that comes next: an unescaped string by the converter's reading of its bytes, else of its
    /// text (<see cref="IContractUtf8Scalar{T}"/>, <see cref="IContractScalar{T}"/>), a plainly written whole number by
    /// its reading of the number; everything else, and whatever those readings are not certain of, by the converter
    /// itself from the token's own bytes — so the value is always the contract's.
    /// </summary>
    public T ReadValue(ref ContractJsonScanner scanner)
    {
        var token = scanner.Scalar(out var kind, out var content, out var escaped);
        if (scalar is not null)
        {
            switch (kind)
            {
                case JsonScalarKind.String when !escaped:
                    if (utf8Scalar is not null && utf8Scalar.TryReadUtf8(content, out var fromBytes))
                    {
                        return fromBytes;
                    }

                    if (scalar.TryReadText(ContractJsonScanner.Decode(content), out var fromText))
                    {
                        return fromText;
                    }

                    break;
                case JsonScalarKind.Number when ContractJsonScanner.TryGetPlainInt32(content, out var number)
                                                && scalar.TryReadNumber(number, out var fromNumber):
                    return fromNumber;
            }
        }

        return ReadToken(token);
    }

    /// <summary>Reads a JSON scalar (one token, as <see cref="ReadValue(ref ContractJsonScanner)"/> is given it) by the
    /// converter alone: what that reading must agree with (tests).</summary>
    internal T ReadJsonAsToken(byte[] token) => ReadToken(token);

    /// <summary>Reads a JSON scalar (one token) as the JSON engine does (tests).</summary>
    internal T ReadJson(byte[] token)
    {
        var scanner = new ContractJsonScanner(token, 64);
        var value = ReadValue(ref scanner);
        return scanner.AtEnd() ? value : throw ContractReader.GiveUp();
    }

    /// <summary>Reads a tree's value: by the converter's own reading where it is certain, else as its JSON token.</summary>
    public T ReadValue(IContractNode node) => ReadValue(node, surrogateFree: false);

    /// <summary>
    /// Reads a tree's value as <see cref="ReadValue(IContractNode)"/>; a string of a tree that holds no surrogate
    /// (<see cref="ContractFrames.SurrogateFree"/>) is well-formed UTF-16 without the test (session 36).
    /// </summary>
    public T ReadValue(IContractNode node, bool surrogateFree)
    {
        if (scalar is not null)
        {
            switch (node.NodeKind)
            {
                case ContractNodeKind.String:
                    var text = node.Text;
                    if ((surrogateFree || ContractLeafText.IsText(text)) && scalar.TryReadText(text, out var fromText))
                    {
                        return fromText;
                    }

                    break;
                case ContractNodeKind.Number when scalar.TryReadNumber(node.Number, out var fromNumber):
                    return fromNumber;
            }
        }

        return ReadToken(ContractLeafText.Token(node));
    }

    /// <summary>Reads a string as the converter reads its JSON string token.</summary>
    public T ReadString(string text)
        => scalar is not null && ContractLeafText.IsText(text) && scalar.TryReadText(text, out var value)
            ? value
            : ReadToken(ContractLeafText.String(text));

    /// <summary>Reads a tree's value as its JSON token only (what <see cref="ReadValue(IContractNode)"/> must agree with).</summary>
    internal T ReadAsToken(IContractNode node) => ReadToken(ContractLeafText.Token(node));

    private T ReadToken(ReadOnlySpan<byte> token)
    {
        var reader = new Utf8JsonReader(token);
        reader.Read();
        return ReadValue(ref reader);
    }
}
