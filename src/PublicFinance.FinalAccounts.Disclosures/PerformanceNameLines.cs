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

    /// <summary>The longest key line (<see cref="IsKeyLine"/>), in characters.</summary>
    private const int MaxKeyLine = 80;

    /// <summary>
    /// Session 56 (blind round 52 t06): whether the line [<paramref name="s"/>, <paramref name="e"/>) of normalised text is
    /// a 绩效自评表's name or department line written with a colon instead of a cell separator — <c>项目名称：应急广播体系
    /// 建设</c>, <c>主管部门：某局　　实施单位：某台</c>: it starts with a name word or 主管部门 and its colon (session 62: or a
    /// run of spaces, <see cref="ValueStart"/>), is at most
    /// <see cref="MaxKeyLine"/> characters long and has no sentence or clause mark (。 , ;). Such a line is a paragraph of
    /// its own (so the table's title before it stays a title) and the table reader takes it as the name row.
    /// </summary>
    public static bool IsKeyLine(string text, int s, int e)
    {
        if (e - s > MaxKeyLine || e - s < 6 || text.IndexOfAny(KeyLineStops, s, e - s) >= 0)
        {
            return false;
        }

        var length = NameWordAt(text, s);
        length = length > 0 ? length : string.CompareOrdinal(text, s, "主管部门", 0, 4) == 0 ? 4 : 0;
        return length > 0 && ValueStart(text, s + length, e) is var value and > 0 && value < e
            && text.IndexOf('\t', value, e - value) < 0;
    }

    /// <summary>
    /// Where the value after a key word ending at <paramref name="at"/> starts: after its colon, or (session 62, blind round 58
    /// t09: a space-aligned table's <c>项目名称          职业病监测与防治项目</c>) after a run of two spaces or more or after one
    /// tab (a line holding no other tab: <see cref="IsKeyLine"/>); -1 when none follows the word.
    /// </summary>
    public static int ValueStart(string text, int at, int e)
    {
        if (at < e && text[at] == ':')
        {
            return at + 1;
        }

        var end = at;
        while (end < e && text[end] == ' ')
        {
            end++;
        }

        if (end < e && text[end] == '\t')
        {
            // r7's one-tab name row ("项目名称⇥某某项目"), now a line of its own under the title (a heading since session 62)
            end++;
            while (end < e && text[end] == ' ')
            {
                end++;
            }

            return end < e ? end : -1;
        }

        return end - at >= 2 && end < e ? end : -1;
    }

    /// <summary>The marks no key line holds (<see cref="IsKeyLine"/>).</summary>
    private static readonly char[] KeyLineStops = ['。', ',', ';', '|'];

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
