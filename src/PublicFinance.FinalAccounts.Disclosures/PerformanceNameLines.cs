namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (B), r7: a 绩效自评表 exported from Word drops its empty cells, so its 项目名称 row has two cells
/// (“项目名称⇥农村饮水安全巩固提升工程”): one tab, which the block classifier keeps as prose (a stray tab) and joins to the
/// title line before it. The evaluation was built without its name and the contract then rejected it (an internal error
/// shown to the user). The name word and tab after the title's 自评表, in that joined block, are the table's name row.
/// </summary>
internal static class PerformanceNameLines
{
    private static readonly string[] NameWords = ["项目名称", "部门名称", "单位名称"];

    /// <summary>
    /// Where a name row starts inside a title block that prose lines joined (“…项目支出绩效自评表” + “项目名称⇥农村饮水…”): the
    /// first place after 自评表 where a name word is followed (after spaces) by a tab; -1 when there is none. The first such
    /// place in the text, whichever word it is: a row whose value is itself a name word (“部门名称⇥单位名称⇥…”) starts at its
    /// first cell (session 30; the word order of <see cref="NameWords"/> once chose a later cell).
    /// </summary>
    public static int NameRowStart(string text)
    {
        var title = text.IndexOf("自评表", StringComparison.Ordinal);
        if (title < 0)
        {
            return -1;
        }

        for (var at = title + 1; at < text.Length; at++)
        {
            if (NameWordAt(text, at) is var length and > 0 && TabAfter(text, at + length))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The length of the name word at <paramref name="at"/>, 0 when none starts there.</summary>
    private static int NameWordAt(string text, int at)
    {
        foreach (var word in NameWords)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether a tab follows <paramref name="after"/>, spaces skipped.</summary>
    private static bool TabAfter(string text, int after)
    {
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after < text.Length && text[after] == '\t';
    }
}
