namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The search for the next character of a set in a stretch of text, made for sets whose characters may come thick
/// (Chinese punctuation to normalise, 增/减/本 for the text checks): the first few characters are tested one by one
/// against a per-code-unit table, and only when none of them is in the set does the vectorised search start. A
/// vectorised search over a large set of non-ASCII characters (<c>SearchValues</c>' probabilistic map) has a fixed
/// cost per call that is larger than testing a few characters, and in figure-dense or ordinary Chinese text the next
/// character of such a set is usually a few characters away. The answer is the same either way: the table and the
/// vectorised set hold the same characters.
/// </summary>
internal static class CharSearch
{
    /// <summary>How many characters are tested one by one before the vectorised search.</summary>
    internal const int ScalarProbe = 16;

    /// <summary>
    /// The first index in [<paramref name="from"/>, <paramref name="end"/>) of <paramref name="text"/> whose character
    /// is in the set — <paramref name="table"/>, one flag per UTF-16 code unit, and on .NET the same set as
    /// <c>SearchValues</c> for the vectorised search — or <paramref name="end"/> when there is none.
    /// </summary>
#if NET
    internal static int IndexOf(string text, int from, int end, bool[] table, System.Buffers.SearchValues<char> values)
#else
    internal static int IndexOf(string text, int from, int end, bool[] table)
#endif
    {
        var probe = Math.Min(end, from + ScalarProbe);
        for (var i = from; i < probe; i++)
        {
            if (table[text[i]])
            {
                return i;
            }
        }

#if NET
        if (probe == end)
        {
            return end;
        }

        var at = text.AsSpan(probe, end - probe).IndexOfAny(values);
        return at < 0 ? end : probe + at;
#else
        for (var i = probe; i < end; i++)
        {
            if (table[text[i]])
            {
                return i;
            }
        }

        return end;
#endif
    }

    /// <summary>A per-code-unit table of <paramref name="chars"/> (for <see cref="IndexOf"/>).</summary>
    internal static bool[] Table(IEnumerable<char> chars)
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var c in chars)
        {
            table[c] = true;
        }

        return table;
    }
}
