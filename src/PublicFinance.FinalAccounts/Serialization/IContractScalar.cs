namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// A converter's own reading of a report tree's scalar (the text reader's draft, <see cref="IContractNode"/>) without a
/// JSON token: the value the converter would read from the token the scalar would be written as, or false whenever that
/// is not certain — the caller then hands the converter the token (<see cref="ContractLeafText"/>), which decides. So a
/// true reading is always the contract's, and a false one costs only time.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal interface IContractScalar<T>
{
    /// <summary>Reads a string (well-formed UTF-16) as the converter reads its JSON string token.</summary>
    /// <param name="text">The string.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the converter reads the token as <paramref name="value"/>; false when not certain.</returns>
    bool TryReadText(string text, out T value);

    /// <summary>Reads a whole number as the converter reads its JSON number token.</summary>
    /// <param name="number">The number.</param>
    /// <param name="value">The value read.</param>
    /// <returns>Whether the converter reads the token as <paramref name="value"/>; false when not certain.</returns>
    bool TryReadNumber(int number, out T value);
}
