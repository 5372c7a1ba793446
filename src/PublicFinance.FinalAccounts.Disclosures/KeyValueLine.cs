namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 50 (blind round 46, t08): whether a line is a key–value item line
/// (<c>科目编码：2040501；科目名称：行政运行；年初预算：4850.00；…</c>) — it starts with a short key and its colon, holds a code key
/// (编码：/代码：), at least three colons and two pair separators. Such a line ends without 。, and the paragraph splitter would join the
/// next line (the next item) to it: it is a paragraph of its own (<c>NarrativeReader.KeyValueItemLines</c> reads it).
/// </summary>
internal static class KeyValueLine
{
    /// <summary>The code keys, one of which a key–value item line holds with its colon.</summary>
    private static readonly string[] CodeKeys = ["编码:", "代码:", "编码：", "代码："];

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> is a key–value item line.</summary>
    public static bool Is(string text, int s, int e)
    {
        if (e - s < 12 || Scanner.IsDigit(text[s]))
        {
            return false;
        }

        var colons = 0;
        var separators = 0;
        var firstColon = -1;
        for (var i = s; i < e; i++)
        {
            var colon = text[i] is ':' or '：';
            firstColon = colon && firstColon < 0 ? i : firstColon;
            colons += colon ? 1 : 0;
            separators += text[i] is ';' or '；' or '\t' ? 1 : 0;
        }

        if (colons < 3 || separators < 2 || firstColon - s is < 2 or > 8)
        {
            return false;   // the line starts with a short key and its colon
        }

        foreach (var key in CodeKeys)
        {
            if (text.IndexOf(key, s, e - s, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
