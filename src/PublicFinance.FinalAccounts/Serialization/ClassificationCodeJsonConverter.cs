using System.Text.Json;
using System.Text.Json.Serialization;
using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// Reads and writes a classification code (科目编码) as a JSON string of digits: the one implementation behind
/// <see cref="FunctionalCodeJsonConverter"/> and <see cref="EconomicCodeJsonConverter"/>, which differ only in their code
/// type and its scheme (lengths, first digits, messages).
/// </summary>
/// <typeparam name="TCode">The code type.</typeparam>
public abstract class ClassificationCodeJsonConverter<TCode> : JsonConverter<TCode>, IContractScalar<TCode>
    where TCode : struct
{
    private readonly CodeScheme scheme;

    private protected ClassificationCodeJsonConverter(CodeScheme scheme) => this.scheme = scheme;

    /// <inheritdoc/>
    public sealed override TCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => FromDigits(JsonText.ReadCode(ref reader, scheme));

    /// <inheritdoc/>
    public sealed override void Write(Utf8JsonWriter writer, TCode value, JsonSerializerOptions options)
        => JsonText.WriteCode(writer, DigitsOf(value), IsDefault(value), scheme);

    /// <inheritdoc/>
    bool IContractScalar<TCode>.TryReadText(string text, out TCode value)
    {
        var read = scheme.IsValid(text);
        value = read ? FromDigits(new CodeDigits(text)) : default;
        return read;
    }

    /// <inheritdoc/>
    bool IContractScalar<TCode>.TryReadNumber(int number, out TCode value)
    {
        value = default;
        return false;
    }

    private protected abstract TCode FromDigits(CodeDigits digits);

    private protected abstract string DigitsOf(TCode code);

    private protected abstract bool IsDefault(TCode code);
}
