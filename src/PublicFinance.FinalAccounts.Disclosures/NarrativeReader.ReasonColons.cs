namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 32, blind round 30 family D: "原因：" after the direction it explains — "下降的原因：一是…；二是…", "增加的原因：…",
/// "减少原因：…" — is a reason marker, as "主要原因：" was (before: FA2106 "no reason" on a change whose reason was given). It is
/// weak (<c>WeakReasonMarkers</c>): a direction word or a budget relation must stand before it in its sentence, or it opens the
/// sentence ("…下降 5.26%。原因：…"); "存在的问题及原因：…" under 绩效 states no change and is none.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the marker <c>ReasonMarkers</c>[<paramref name="k"/>] at <paramref name="p"/> is "原因:" opening the sentence that
    /// starts at <paramref name="from"/> (white space before it allowed): the reason of the change read before it.
    /// </summary>
    private static bool OpensItsSentence(string t, int from, int p, int k)
    {
        if (!string.Equals(ReasonMarkers[k], "原因:", StringComparison.Ordinal))
        {
            return false;
        }

        var at = from;
        while (at < p && char.IsWhiteSpace(t[at]))
        {
            at++;
        }

        return at == p;
    }
}
