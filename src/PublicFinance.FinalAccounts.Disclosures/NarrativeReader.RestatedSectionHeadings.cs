namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46 (blind round 43, t08): a web page's long line runs a numbered heading of bare section words into the text —
/// "…其中外事接待 1 批次、6 人次。六、机关运行经费 2019年度机关运行经费 32.84 万元，比上年增加 2.69 万元…". The words
/// (机关运行经费) neither end in 情况 nor hold 决算, so the line was not cut there: the 三公 section stayed open, the
/// 机关运行经费 amount and its parts were notes, and its change went to 公务接待费 (a false FA2104 Error). A heading of
/// exactly a section key (机关运行经费, 政府采购, 名词解释 …), alone or with 支出, is cut too, only where
/// the text after it restates the key within its first words ("2019年度机关运行经费…") — the heading's own subject, so the
/// words are certainly a heading over that text and not an item of a list.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>How far after a bare heading's space its key must be restated (a year and 年度, 本部门, 本单位 …).</summary>
    private const int RestatedKeyReach = 16;

    /// <summary>
    /// Whether the heading words [<paramref name="words"/>, <paramref name="end"/>) of <paramref name="text"/> are one section
    /// key of <see cref="SectionKeys"/> (or the key and 支出) that the text after <paramref name="end"/> restates within
    /// <see cref="RestatedKeyReach"/> characters.
    /// </summary>
    private static bool RestatedSectionHeading(string text, int words, int end)
    {
        var length = end - words;
        if (length > 2 && string.CompareOrdinal(text, end - 2, "支出", 0, 2) == 0)
        {
            length -= 2;
        }

        var key = text.Substring(words, length);
        if (!SectionKeys.Any(k => Array.IndexOf(k.Keys, key) >= 0))
        {
            return false;
        }

        var body = end + 1;
        var reach = Math.Min(text.Length - body, RestatedKeyReach + key.Length);
        return reach >= key.Length && text.IndexOf(key, body, reach, StringComparison.Ordinal) >= 0;
    }
}
