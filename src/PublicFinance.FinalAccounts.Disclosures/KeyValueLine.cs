namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 50 (blind round 46, t08): whether a line is a key–value item line
/// (<c>科目编码：2040501；科目名称：行政运行；年初预算：4850.00；…</c>) — it starts with a code or name key and its colon and
/// holds at least three colons and a pair separator. Such a line ends without 。, and the paragraph splitter would join the
/// next line (the next item) to it: it is a paragraph of its own (<c>NarrativeReader.KeyValueItemLines</c> reads it).
/// </summary>
internal static class KeyValueLine
{
    /// <summary>The keys a key–value item line starts with.</summary>
    private static readonly string[] FirstKeys = ["功能分类科目编码", "科目编码", "科目代码", "项目编码", "科目名称", "项目名称"];

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> is a key–value item line.</summary>
    public static bool Is(string text, int s, int e)
    {
        if (e - s < 12 || text[s] is not ('科' or '项' or '功'))
        {
            return false;
        }

        var starts = false;
        foreach (var key in FirstKeys)
        {
            starts |= e - s > key.Length && string.CompareOrdinal(text, s, key, 0, key.Length) == 0
                && text[s + key.Length] is ':' or '：';
        }

        if (!starts)
        {
            return false;
        }

        var colons = 0;
        var separators = 0;
        for (var i = s; i < e; i++)
        {
            colons += text[i] is ':' or '：' ? 1 : 0;
            separators += text[i] is ';' or '；' or '\t' ? 1 : 0;
        }

        return colons >= 3 && separators >= 2;
    }
}
