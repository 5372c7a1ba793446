namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 46, t02): a text punctuated with half-width marks throughout ends its sentences with ". " —
/// "本年支出24215.67万元, 同比减少414.42万元, 降幅1.68%. 收入增长的主要原因是: 辖区人口增长…". The '.' was no sentence end, so the
/// reason sentences ran on into the figures' sentence and their reasons were not the changes' (false FA2106 and FA2206).
/// A '.' is now a sentence end when it follows Chinese words, a percent sign or a closing bracket, and white space or the
/// text's end follows it: never a decimal point (a digit after it), a list number ("1. ", a digit before it) nor a heading
/// number ("一. ", a Chinese numeral before it).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether the '.' at <paramref name="i"/> of <paramref name="t"/> ends a sentence (see the type's summary).</summary>
    internal static bool HalfWidthFullStop(string t, int i)
    {
        if (i < 2 || i + 1 < t.Length && !char.IsWhiteSpace(t[i + 1]))
        {
            return false;
        }

        var before = t[i - 1];
        return before is '%' or ')' || before is >= '\u4e00' and <= '\u9fff' && !BlockClassifier.IsChineseNumeral(before);
    }
}
