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
}
