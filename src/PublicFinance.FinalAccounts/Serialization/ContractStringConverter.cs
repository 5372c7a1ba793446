using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads a string member and checks it against <see cref="JsonContract.CheckString(string, string, bool)"/> (non-empty names,
/// names with a character other than white space, version, date, address).
/// </summary>
internal sealed class ContractStringConverter : JsonConverter<string>, IContractScalar<string>
{
    private readonly string member;

    private readonly bool nonBlank;

    public ContractStringConverter(string member, bool nonBlank = false) => (this.member, this.nonBlank) = (member, nonBlank);

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Messages.JsonMemberNotString(member));
        }

        var text = reader.GetString()!;
        return JsonContract.CheckString(member, text, nonBlank) is { } error ? throw new JsonException(error) : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <inheritdoc/>
    public bool TryReadText(string text, out string value)
    {
        value = text;
        return JsonContract.CheckString(member, text, nonBlank) is null;
    }

    /// <inheritdoc/>
    public bool TryReadNumber(int number, out string value)
    {
        value = string.Empty;
        return false;
    }
}
