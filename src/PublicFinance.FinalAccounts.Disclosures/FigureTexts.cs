namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Short figure texts (数字文本) shared by every read: "10", "0.00", "100.00" — the weights, scores and zero amounts a
/// 绩效自评表 repeats in every row and the digits of small counts — are made into a string once and handed out again, not
/// once per cell. A direct-mapped table of <see cref="Slots"/> strings of at most <see cref="MaxLength"/> characters,
/// keyed by a hash of the characters: a text whose slot holds another one replaces it. Strings are immutable and a slot is
/// written whole (a volatile write after the string is made), so threads reading at once share the table safely; an
/// answer is always a string equal to the text, so the output does not depend on what the table holds.
/// </summary>
internal static class FigureTexts
{
    /// <summary>The table's size (a power of two).</summary>
    private const int Slots = 256;

    /// <summary>The longest text kept (a longer one is made each time).</summary>
    internal const int MaxLength = 8;

    private static readonly string?[] Table = new string?[Slots];

    /// <summary>A string equal to <paramref name="text"/>: the one already made when its slot holds it.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        var hash = (uint)text.Length;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        var slot = (int)((hash ^ (hash >> 8)) & (Slots - 1));
        var held = System.Threading.Volatile.Read(ref Table[slot]);
        if (held is not null && text.SequenceEqual(held.AsSpan()))
        {
            return held;
        }

        var made = text.ToString();
        System.Threading.Volatile.Write(ref Table[slot], made);   // published whole: a reader sees the string's characters
        return made;
    }
}
