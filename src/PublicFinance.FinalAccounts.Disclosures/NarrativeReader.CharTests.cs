namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The narrative's per-clause character searches (字符检索, session 26): the next character at which
/// <see cref="NextClause(string, int, int, ref int, ref int, out int, out int)"/> acts (分句断点: a bracket, a quote or a
/// clause break). Most clauses are shorter than a vector's set-up pays for, so the first characters are tested one by
/// one (a bit set and two ranges, no branch per character of the set), and only a longer stretch goes to the vectorised
/// search; the places a reason marker may start are searched with a set made once, not one per call.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The ASCII characters of the clause stops, a bit each: ( ) , : ; (all below 64).</summary>
    private const ulong AsciiClauseStops = (1UL << '(') | (1UL << ')') | (1UL << ',') | (1UL << ':') | (1UL << ';');

    /// <summary>Whether <paramref name="c"/> is one of the clause stops "(“)”;:、。," (<c>ClauseStops</c>).</summary>
    internal static bool IsClauseStop(char c)
        => c <= ';' ? ((AsciiClauseStops >> c) & 1) != 0 : unchecked((uint)(c - '“') <= 1 || (uint)(c - '、') <= 1);

    /// <summary>The characters of <see cref="ReasonMarkerStarts"/>, as one string (a set made from it once).</summary>
    internal const string ReasonMarkerStartChars = "主原差系是变因";

#if NET
    /// <summary>How many characters are tested one by one before the vectorised search.</summary>
    private const int ScalarClauseProbe = 32;

    /// <summary>The set of <see cref="ReasonMarkerStartChars"/>: <c>string.IndexOfAny(char[])</c> with more than five
    /// characters builds its set on every call.</summary>
    private static readonly System.Buffers.SearchValues<char> ReasonMarkerStartValues
        = System.Buffers.SearchValues.Create(ReasonMarkerStartChars);
#endif

    /// <summary>
    /// The first place in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> where a reason marker
    /// may start (a character of <see cref="ReasonMarkerStartChars"/>), or -1.
    /// </summary>
    internal static int ReasonMarkerStartIn(string t, int from, int to)
    {
#if NET
        var at = t.AsSpan(from, to - from).IndexOfAny(ReasonMarkerStartValues);
        return at < 0 ? -1 : from + at;
#else
        return t.IndexOfAny(ReasonMarkerStarts, from, to - from);
#endif
    }

#if NET
    /// <summary>
    /// The offset from <paramref name="from"/> of the first clause stop in [<paramref name="from"/>, <paramref name="to"/>)
    /// of <paramref name="t"/>, or -1: as <c>t.AsSpan(from, to - from).IndexOfAny(ClauseStops)</c> answers.
    /// </summary>
    internal static int NextClauseStop(string t, int from, int to)
    {
        var probe = Math.Min(to, from + ScalarClauseProbe);
        for (var i = from; i < probe; i++)
        {
            if (IsClauseStop(t[i]))
            {
                return i - from;
            }
        }

        if (probe >= to)
        {
            return -1;
        }

        var skip = t.AsSpan(probe, to - probe).IndexOfAny(ClauseStops);
        return skip < 0 ? -1 : probe - from + skip;
    }
#endif
}
