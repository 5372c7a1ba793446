namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// <see cref="char.IsWhiteSpace(char)"/> without its Unicode table look-up for the characters of Chinese text: no
/// character after U+3000 (the ideographic space) is white space, and Latin-1 takes the runtime's own fast path. The
/// readers test every character of every cell; most are ideographs, which the runtime sends to its slow path.
/// </summary>
internal static class WhiteSpace
{
    /// <summary>Whether <paramref name="c"/> is white space, exactly as <see cref="char.IsWhiteSpace(char)"/> says.</summary>
    public static bool Is(char c) => c <= '\u3000' && char.IsWhiteSpace(c);

    /// <summary>
    /// The index of the first character in [<paramref name="from"/>, <paramref name="end"/>) of <paramref name="text"/>
    /// that is not white space (<see cref="char.IsWhiteSpace(char)"/>), or -1: a vectorised search on .NET.
    /// </summary>
    public static int IndexOfOther(string text, int from, int end)
    {
#if NET
        // Most runs of white space are a line break or two: the first characters are looked at one by one before the
        // vectorised search (whose set of every white-space character costs its set-up on short runs; session 20).
        var probe = Math.Min(end, from + ScalarProbe);
        for (var i = from; i < probe; i++)
        {
            if (!Is(text[i]))
            {
                return i;
            }
        }

        if (probe >= end)
        {
            return -1;
        }

        from = probe;
        var at = text.AsSpan(from, end - from).IndexOfAnyExcept(Values);
        return at < 0 ? -1 : from + at;
#else
        for (var i = from; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
#endif
    }

#if NET
    /// <summary>The characters looked at one by one before the vectorised search.</summary>
    private const int ScalarProbe = 8;

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts, as a vectorised set.</summary>
    private static readonly System.Buffers.SearchValues<char> Values = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);
#endif
}
