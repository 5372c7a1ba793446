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
