using System.Text.Json;
using System.Text.Json.Serialization;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads a string member and checks it against <see cref="JsonContract.CheckString"/> (non-empty names, version, date, address).
/// </summary>
internal sealed class ContractStringConverter : JsonConverter<string>
{
    private readonly string member;

    public ContractStringConverter(string member) => this.member = member;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Messages.JsonMemberNotString(member));
        }

        var text = reader.GetString()!;
        return JsonContract.CheckString(member, text) is { } error ? throw new JsonException(error) : text;
    }

    /// <summary>The contract's check of this member's string (null when it passes), for a string already decoded.</summary>
    internal string? Check(string text) => JsonContract.CheckString(member, text);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
