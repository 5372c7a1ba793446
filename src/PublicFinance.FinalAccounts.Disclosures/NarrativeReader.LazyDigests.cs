namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The repeat check's sub-heading digested on demand (小标题摘要, session 26): a heading, or a paragraph that states no
/// figure and has no digit, only becomes the last sub-heading (<see cref="RepeatsAParagraph"/>); its digest is read only
/// when a later paragraph enters the set of digests. Kept as its string and digested then, it gives the digest the reader
/// took at once before, with no pass over the sub-headings no paragraph is keyed under.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The last sub-heading when its digest is not taken yet (null: <see cref="subheadingDigest"/> is its digest).</summary>
    private string? pendingSubheading;

    /// <summary>The digest of the last sub-heading (<see cref="subheadingDigest"/>), taken now if it was put off.</summary>
    private ulong SubheadingDigest()
    {
        if (pendingSubheading is { } pending)
        {
            subheadingDigest = DigestOf(pending, out _, out _);
            pendingSubheading = null;
        }

        return subheadingDigest;
    }

    /// <summary>Whether <paramref name="text"/> has an ASCII digit (the digest's own digit flag: white space is none).</summary>
    internal static bool HasAsciiDigit(string text)
    {
#if NET
        return text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
#else
        return HasDigit(text);
#endif
    }
}
