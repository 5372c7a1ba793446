namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 26 (B), r7: a 绩效自评表 exported from Word drops its empty cells, so its 项目名称 row has two cells
/// (“项目名称⇥农村饮水安全巩固提升工程”): one tab, which the block classifier keeps as prose (a stray tab). The evaluation was
/// built without its name and the contract then rejected it (an internal error shown to the user). Such a line, after a
/// 绩效自评表 title, is the table's name row.
/// </summary>
internal static class PerformanceNameLines
{
    private static readonly string[] NameWords = ["项目名称", "部门名称", "单位名称"];

    /// <summary>
    /// Whether <paramref name="content"/> is a name row of a 绩效自评表 given as prose: a table is open
    /// (<paramref name="open"/>) and the line is a name word, a tab and the name.
    /// </summary>
    public static bool Is(Fragment content, bool open)
    {
        if (!open || content.Length < 6 || content.Length > 80)
        {
            return false;
        }

        var text = content.Text;
        var tab = text.IndexOf('\t');
        return tab >= 4 && tab + 1 < text.Length && text.IndexOf('\t', tab + 1) < 0
            && NameWords.Any(w => string.CompareOrdinal(text.Trim(), 0, w, 0, w.Length) == 0 && text.Substring(0, tab).Trim() == w);
    }

    /// <summary>
    /// Where a name row starts inside a title block that prose lines joined (“…项目支出绩效自评表” + “项目名称⇥农村饮水…”): the
    /// name word after 自评表, followed by a tab; -1 when there is none.
    /// </summary>
    public static int NameRowStart(string text)
    {
        var title = text.IndexOf("自评表", StringComparison.Ordinal);
        if (title < 0)
        {
            return -1;
        }

        foreach (var word in NameWords)
        {
            var at = text.IndexOf(word, title, StringComparison.Ordinal);
            var after = at + word.Length;
            while (at >= 0 && after < text.Length && text[after] == ' ')
            {
                after++;
            }

            if (at > 0 && after < text.Length && text[after] == '\t')
            {
                return at;
            }
        }

        return -1;
    }
}
