namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49: whether a line that follows a paragraph without a sentence end starts a new statement (新的陈述) rather than
/// the rest of a sentence a page broke: the paragraph's last line ends in a complete statement — an amount and its unit
/// ("…856.40万元", "…80.64%", "…万元)") or "持平" — and the line starts a new subject: a year ("2020年…"), "本年", or a
/// fund or spending category named at its start ("政府性基金预算…", "一般公共预算…", "国有资本经营预算…", "机关运行经费…").
/// Chinese prose does not run an amount into a new subject without a mark ("…万元本年支出…"), so such a break is a paragraph
/// end that lost its "。" (a web page's or a Word export's), and joined, the second statement's figures were read under the
/// first's subject (a false FA1208 when a 政府性基金 支出 went to the 财政拨款 total; FA2205 when a total's budget comparison
/// went to the 项目支出 before it). Session 51: a topic frame opens a new subject too — "绿色采购方面，…", "货物采购中，…"
/// (two to twelve Chinese characters, then 方面 or 中 and a comma; never "其中，", which continues its sentence), and so does a
/// list's first entry ("（1）…" after "…住房保障支出（类）120.00万元": joined, item (1)'s budget went to the last 类).
/// </summary>
internal static class NewSubjectLine
{
    /// <summary>The words that name a new subject at a line's start (besides a year and 本年).</summary>
    private static readonly string[] Subjects = ["本年", "一般公共预算", "政府性基金", "国有资本经营", "机关运行经费"];

    /// <summary>
    /// Whether the line [<paramref name="s"/>, <paramref name="e"/>) starts a new statement after the paragraph's last line
    /// [<paramref name="lastStart"/>, <paramref name="lastEnd"/>).
    /// </summary>
    internal static bool Starts(string text, int lastStart, int lastEnd, int s, int e)
        => EndsStatement(text, lastStart, lastEnd) && StartsSubject(text, s, e) && NextLine(text, lastEnd, s);

    /// <summary>
    /// Whether <paramref name="s"/> is on the line right after the one ending at <paramref name="lastEnd"/>: across a blank
    /// line or a skipped page line (a page gap) the join is kept as before — there the one test-data text with such a gap
    /// (a 财政拨款支出 statement after a blank line) reads its change more exactly joined, as the 支出's change.
    /// </summary>
    private static bool NextLine(string text, int lastEnd, int s)
    {
        var first = text.IndexOf('\n', lastEnd, s - lastEnd);
        return first < 0 || text.IndexOf('\n', first + 1, s - first - 1) < 0;
    }

    /// <summary>Whether the line ends in an amount and its unit ("万元", "元", "%", a ')' after it) or in "持平".</summary>
    private static bool EndsStatement(string text, int s, int e)
    {
        while (e > s && WhiteSpace.Is(text[e - 1]))
        {
            e--;
        }

        if (e > s && text[e - 1] == ')')
        {
            e--;
        }

        if (e - s < 3)
        {
            return false;
        }

        if (text[e - 2] == '持' && text[e - 1] == '平')
        {
            return true;
        }

        var unit = text[e - 1] == '%' ? e - 1 : text[e - 1] == '元' ? (text[e - 2] is '万' or '亿' ? e - 2 : e - 1) : -1;
        return unit > s && Scanner.IsDigit(text[unit - 1]);
    }

    /// <summary>The longest topic a frame names ("绿色采购" in "绿色采购方面，").</summary>
    private const int LongestTopic = 12;

    /// <summary>
    /// Whether the line starts with a year ("2020年"), 本年, a fund or category name, a topic frame or a list's first entry.
    /// </summary>
    private static bool StartsSubject(string text, int s, int e)
    {
        if (e - s >= 5 && text[s] == '2' && text[s + 1] == '0' && Scanner.IsDigit(text[s + 2]) && Scanner.IsDigit(text[s + 3])
            && text[s + 4] == '年')
        {
            return true;
        }

        foreach (var word in Subjects)
        {
            if (e - s > word.Length && string.CompareOrdinal(text, s, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return TopicFrame(text, s, e) || ParallelEntry.IsFirstEntry(text, s, e);
    }

    /// <summary>
    /// Whether the line opens with a topic frame: two to <see cref="LongestTopic"/> Chinese characters, then "方面" or "中" and
    /// a comma ("绿色采购方面，", "货物采购中，") — "其中，" (one character before 中) continues its sentence and is not one.
    /// </summary>
    private static bool TopicFrame(string text, int s, int e)
    {
        var i = s;
        while (i < e && i - s <= LongestTopic + 1 && text[i] is >= '\u4E00' and <= '\u9FFF')
        {
            if (i - s >= 2 && text[i] == '中' && Comma(text, i + 1, e))
            {
                return true;
            }

            if (i - s >= 2 && text[i] == '方' && i + 1 < e && text[i + 1] == '面' && Comma(text, i + 2, e))
            {
                return true;
            }

            i++;
        }

        return false;
    }

    /// <summary>Whether a comma (full-width or ASCII) stands at <paramref name="i"/>.</summary>
    private static bool Comma(string text, int i, int e) => i < e && text[i] is '，' or ',';
}
