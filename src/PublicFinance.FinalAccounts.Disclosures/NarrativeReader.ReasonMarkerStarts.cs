namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Where a reason marker may start (原因标志的首字, session 26): <see cref="ReasonMarkerAt"/> asks once per place, from
/// each place to the sentence's end. <c>string.IndexOfAny(char[])</c> with more than five characters builds its set of
/// them on every call (the runtime's probabilistic map); the set is made once here.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The characters of <see cref="ReasonMarkerStarts"/>, as one string (a set made from it once).</summary>
    internal const string ReasonMarkerStartChars = "主原差系是变因";

#if NET
    /// <summary>The set of <see cref="ReasonMarkerStartChars"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> ReasonMarkerStartValues
        = System.Buffers.SearchValues.Create(ReasonMarkerStartChars);
#endif

    /// <summary>
    /// The first place in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> where a reason marker
    /// may start (a character of <see cref="ReasonMarkerStartChars"/>), or -1: as
    /// <c>t.IndexOfAny(ReasonMarkerStarts, from, to - from)</c> answers.
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
}
