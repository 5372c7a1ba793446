namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 51 (tables51): a table cell written as a number in brackets — <c>（87.54）</c>, <c>(87.54)</c>, the
/// accountants' way to write a negative amount (括号表示负数) — is that number below zero: in a 增减额 column a decrease.
/// Only a whole cell counts: the bracket opens at the cell's first character and closes at its last, with one number
/// between (an optional % inside); a bracket that holds words or a code is no amount.
/// </summary>
internal static class ParenthesisedNegative
{
    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, trimmed, is one bracketed number.
    /// </summary>
    /// <param name="text">The text the cell is a range of.</param>
    /// <param name="start">The cell's first index.</param>
    /// <param name="end">The index after the cell.</param>
    /// <returns>True for <c>（87.54）</c>, <c>(1,084.68)</c>, <c>（2.36%）</c>; false for anything else.</returns>
    public static bool Is(string text, int start, int end)
    {
        while (start < end && WhiteSpace.Is(text[start]))
        {
            start++;
        }

        while (end > start && WhiteSpace.Is(text[end - 1]))
        {
            end--;
        }

        if (end - start < 3 || text[start] is not ('（' or '(') || text[end - 1] is not ('）' or ')'))
        {
            return false;
        }

        var digits = 0;
        var i = start + 1;
        for (; i < end - 1 && (char.IsDigit(text[i]) || text[i] is '.' or ','); i++)
        {
            digits += char.IsDigit(text[i]) ? 1 : 0;
        }

        if (i < end - 1 && text[i] == '%')
        {
            i++;
        }

        return digits > 0 && i == end - 1 && char.IsDigit(text[start + 1]);
    }

    /// <summary>
    /// Whether the whole of <paramref name="cell"/>, trimmed, is one bracketed number (see <see cref="Is(string, int, int)"/>).
    /// </summary>
    /// <param name="cell">The cell's text.</param>
    /// <returns>True for a bracketed number.</returns>
    public static bool Is(string cell) => Is(cell, 0, cell.Length);
}
