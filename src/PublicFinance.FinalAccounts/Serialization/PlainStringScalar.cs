namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// System.Text.Json's own reading of a string member without a contract check: a string token is its text, unchanged
/// (a well-formed one; <see cref="IContractScalar{T}"/>); a number is left to the converter, which refuses it.
/// </summary>
internal sealed class PlainStringScalar : IContractScalar<string>
{
    /// <summary>The one instance.</summary>
    public static readonly PlainStringScalar Instance = new();

    private PlainStringScalar()
    {
    }

    /// <inheritdoc/>
    public bool TryReadText(string text, out string value)
    {
        value = text;
        return true;
    }

    /// <inheritdoc/>
    public bool TryReadNumber(int number, out string value)
    {
        value = string.Empty;
        return false;
    }
}
