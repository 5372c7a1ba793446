namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The digest of a paragraph without its white space (段落摘要), the key by which the narrative knows a paragraph stated
/// twice (<c>NarrativeReader.RepeatsAParagraph</c>) and a sub-heading. Four FNV-1a lanes take the characters in turn
/// (the first, fifth, … character the first lane), so each character's multiply waits for the one four characters
/// before it, not for the last: one FNV-1a chain over every character was bound by its multiplies (session 24, ≈ 2 % of
/// a read). The lanes are folded at the end. Two texts with the same characters but white space have the same digest;
/// any other two differ but by a 64-bit collision, as with one chain.
/// </summary>
internal static class ParagraphDigest
{
    private const ulong Basis = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>
    /// The digest of <paramref name="text"/> without its white space (<see cref="char.IsWhiteSpace(char)"/>), the number
    /// of its other characters and whether one of them is an ASCII digit.
    /// </summary>
    public static ulong Of(string text, out int length, out bool digit)
    {
        ulong l0 = Basis, l1 = Basis ^ 1, l2 = Basis ^ 2, l3 = Basis ^ 3;
        var n = 0;
        var d = false;
        foreach (var c in text)
        {
            if (WhiteSpace.Is(c))
            {
                continue;
            }

            d |= c is >= '0' and <= '9';
            var next = unchecked((l0 ^ c) * Prime);
            (l0, l1, l2) = (l1, l2, l3);
            l3 = next;
            n++;
        }

        length = n;
        digit = d;
        return Mix(Mix(Mix(Mix(l0) ^ l1) ^ l2) ^ l3);
    }

    /// <summary>The finaliser of SplitMix64: every bit of <paramref name="x"/> moves every bit of the result.</summary>
    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }
}
