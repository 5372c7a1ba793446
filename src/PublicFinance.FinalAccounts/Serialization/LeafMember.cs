using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// A scalar member, read by the contract's own converter. From a tree, a string member (read by System.Text.Json's
/// own string converter, or by <see cref="ContractStringConverter"/>, whose check is applied) is taken as it is; every
/// other value is handed to the converter as the
/// JSON token it would be written as (<see cref="ContractLeafText"/>), so the tree's value is read exactly as its JSON.
/// </summary>
/// <typeparam name="T">The member's type.</typeparam>
internal sealed class LeafMember<T> : ContractMember, IContractItem<T>
{
    private JsonConverter<T>? converter;
    private bool plainString;
    private ContractStringConverter? checkedString;

    /// <summary>Makes the member.</summary>
    public LeafMember(string name)
        : base(name)
    {
    }

    /// <inheritdoc/>
    public override void Bind(JsonPropertyInfo property)
    {
        converter = ScalarConverter(property) as JsonConverter<T>;
        plainString = typeof(T) == typeof(string) && converter?.GetType().Assembly == typeof(JsonSerializer).Assembly;
        checkedString = converter as ContractStringConverter;
    }

    /// <inheritdoc/>
    public override object NewCell() => new ContractCell<T>();

    /// <inheritdoc/>
    public override void Read(ref Utf8JsonReader reader, object cell, ContractFrames frames)
        => Typed<T>(cell).Value = ReadValue(ref reader);

    /// <inheritdoc/>
    public T ReadItem(ref Utf8JsonReader reader, ContractFrames frames) => ReadValue(ref reader);

    /// <inheritdoc/>
    public T ReadItem(IContractNode node, ContractFrames frames) => ReadValue(node);

    /// <inheritdoc/>
    public override void Read(IContractNode node, object cell, ContractFrames frames) => Typed<T>(cell).Value = ReadValue(node);

    /// <summary>Reads a JSON value (not null, not an object or array) with the converter.</summary>
    public T ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.Null or JsonTokenType.StartObject or JsonTokenType.StartArray || converter is null)
        {
            throw ContractReader.GiveUp();
        }

        return converter.Read(ref reader, typeof(T), FinalAccountsJson.ReadOptions)!;
    }

    /// <summary>Reads a tree's value as its JSON token.</summary>
    public T ReadValue(IContractNode node)
    {
        if ((plainString || checkedString is not null) && node.NodeKind == ContractNodeKind.String && ContractLeafText.IsText(node.Text))
        {
            // The string as it is (no copy decoded from a token), after the contract's own check where it has one.
            return checkedString?.Check(node.Text) is null ? (T)(object)node.Text : throw ContractReader.GiveUp();
        }

        return ReadToken(ContractLeafText.Token(node));
    }

    /// <summary>Reads a string as its JSON string token.</summary>
    public T ReadString(string text) => ReadToken(ContractLeafText.String(text));

    private T ReadToken(ReadOnlySpan<byte> token)
    {
        var reader = new Utf8JsonReader(token);
        reader.Read();
        return ReadValue(ref reader);
    }
}
