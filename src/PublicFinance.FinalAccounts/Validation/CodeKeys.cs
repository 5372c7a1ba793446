namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Numeric keys for classification codes and their prefixes (科目编码键), so that the checks over many table rows find a
/// row's parent or descendants without cutting a string per row: a code of digits (up to 15) is its value and length
/// (<c>value × 16 + length</c>); any other text gets a negative key of its own, made once per text. Two prefixes get the
/// same key exactly when their texts are equal. One instance per evaluation (not thread-safe).
/// </summary>
internal sealed class CodeKeys
{
    private const int MaxDigits = 15;
    private Dictionary<string, long>? others;

    /// <summary>The key of the first <paramref name="length"/> characters of <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="length">How many characters, 0 to the code's length.</param>
    /// <returns>The key.</returns>
    public long Of(string code, int length)
    {
        if (length <= MaxDigits)
        {
            long value = 0;
            var digits = true;
            for (var i = 0; i < length && digits; i++)
            {
                var c = code[i];
                digits = c is >= '0' and <= '9';
                value = (value * 10) + (c - '0');
            }

            if (digits)
            {
                return (value * 16) + length;
            }
        }

        // Not a code of digits (rare): the text itself, numbered the first time it is seen.
        var text = code.Substring(0, length);
        others ??= new Dictionary<string, long>(StringComparer.Ordinal);
        if (!others.TryGetValue(text, out var key))
        {
            others[text] = key = -1 - others.Count;
        }

        return key;
    }

    /// <summary>The key of a whole code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The key.</returns>
    public long Of(string code) => Of(code, code.Length);
}
