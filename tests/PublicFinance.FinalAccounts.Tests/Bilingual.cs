namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// What the message catalogues' tests ask of a message's text (双语消息): whether it has Chinese and whether it has
/// English letters (session 25: each catalogue's test had its own copy).
/// </summary>
internal static class Bilingual
{
    /// <summary>Whether <paramref name="text"/> holds a CJK unified ideograph (U+4E00–U+9FFF).</summary>
    public static bool HasCjk(string text) => text.Any(c => c >= '\u4e00' && c <= '\u9fff');

    /// <summary>Whether <paramref name="text"/> holds an ASCII letter.</summary>
    public static bool HasLatin(string text) => text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');
}
