namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// A converter's own reading of a JSON string's content in place (<see cref="ContractReader"/>): the value the converter
/// reads from a string token whose content these bytes are — no escape in them, not yet checked as UTF-8 — or false
/// whenever that is not certain (the caller then decodes the string, or hands the converter the token). Only readings
/// that need no string implement it: a figure parsed from the bytes, an enum name compared as bytes.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal interface IContractUtf8Scalar<T>
{
    /// <summary>Reads a string token's unescaped content as the converter reads the token.</summary>
    /// <param name="utf8">The content between the quotes.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the converter reads the token as <paramref name="value"/>; false when not certain.</returns>
    bool TryReadUtf8(ReadOnlySpan<byte> utf8, out T value);
}
