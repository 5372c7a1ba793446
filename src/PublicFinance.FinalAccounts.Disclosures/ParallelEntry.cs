namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 48: whether a line that follows a paragraph without a sentence end starts the next entry of the list that
/// paragraph is an entry of (并列条目), not the rest of a sentence a page broke. Web pages and Word exports often end a
/// paragraph or a list item without "。"; joined, two entries' figures became one sentence's (a false FA8003 when the
/// second entry's 年初预算 went to the first). Two shapes are known, both needing the open paragraph to start the same way:
/// the same list mark with the next number ("(1)…" then "(2)…", "(一)…" then "(二)…", "①…" then "②…"), or an item
/// named at the line's start with its level mark or its code ("…(类)…(款)…(项):", "行政运行(2010301)3410.55万元").
/// A page break inside one sentence seldom falls before a mark that continues the paragraph's own numbering.
/// </summary>
internal static class ParallelEntry
{
    /// <summary>How far into a line an item's name may reach before its level mark or code.</summary>
    private const int NameReach = 30;

    /// <summary>The fewest characters of an entry's name (the shortest class and item names: 外交支出, 行政运行).</summary>
    private const int MinNameLength = 4;

    /// <summary>
    /// Whether the line [<paramref name="s"/>, <paramref name="e"/>) starts the entry after the one the paragraph starting at
    /// <paramref name="open"/> (and ending before <paramref name="openEnd"/>) starts.
    /// </summary>
    internal static bool Follows(string text, int open, int openEnd, int s, int e)
    {
        var (style, number) = Mark(text, s, e);
        if (style != MarkStyle.None)
        {
            var (openStyle, openNumber) = Mark(text, open, openEnd);
            return openStyle == style && number == openNumber + 1;
        }

        return NamedItem(text, s, e) && NamedItem(text, open, openEnd)
            || LabelledAmount(text, s, e) && LabelledAmount(text, open, openEnd);
    }

    /// <summary>The longest label of a labelled amount (<see cref="LabelledAmount"/>).</summary>
    private const int LabelReach = 12;

    /// <summary>
    /// Session 49: whether the line starts with a part's label and its amount right after it, the label four to twelve
    /// characters ending in 收入, 支出 or 费 with no mark or digit in it ("事业收入2346.18万元…", "附属单位上缴收入310.00万元",
    /// "公务接待费3.27万元"): the entries of a list of parts one a line (其中：…), when each ends without "；" or "。".
    /// </summary>
    private static bool LabelledAmount(string text, int s, int e)
    {
        var end = Math.Min(e, s + LabelReach + 1);
        var i = s;
        while (i < end && text[i] is >= '\u4e00' and <= '\u9fff')
        {
            i++;
        }

        return i - s >= MinNameLength && i < e && text[i] is >= '0' and <= '9'
            && (text[i - 1] == '费' || text[i - 1] is '入' or '出' && text[i - 2] is '收' or '支');
    }

    /// <summary>The longest title line a list's first entry may start under (<see cref="StartsListUnderTitle"/>).</summary>
    private const int TitleLength = 30;

    /// <summary>
    /// Session 49: whether the line [<paramref name="s"/>, <paramref name="e"/>) starts the first entry of a list ("(1)…",
    /// "(一)…", "①…") under a title that stands on a line of its own without a sentence end — the open paragraph
    /// [<paramref name="open"/>, <paramref name="openEnd"/>), one line of 30 characters at most, no clause or sentence mark
    /// and no amount ("5.3 具体使用情况", "3.具体情况"). Joined to the title, the entries after the first continued nobody's
    /// numbering and all ran into one paragraph: the first entry's figures went to the section (blind round 45 t01).
    /// </summary>
    internal static bool StartsListUnderTitle(string text, int open, int openEnd, int s, int e)
    {
        var (style, number) = Mark(text, s, e);
        return style != MarkStyle.None && number == 1 && openEnd - open <= TitleLength && openEnd > open
            && IsTitleText(text, open, openEnd);
    }

    /// <summary>
    /// Session 51: whether the line [<paramref name="s"/>, <paramref name="e"/>) opens a list's first entry ("(1)…", "(一)…",
    /// "①…") — after a line that ends in an amount (<see cref="NewSubjectLine"/>) it is a new statement, not the rest of it.
    /// </summary>
    internal static bool IsFirstEntry(string text, int s, int e)
    {
        var (style, number) = Mark(text, s, e);
        return style != MarkStyle.None && number == 1;
    }

    /// <summary>
    /// Session 49: whether the line [<paramref name="s"/>, <paramref name="e"/>) is a title numbered on two levels ("5.3 具体使用情况",
    /// "2.1总体情况说明"): digits, '.', digits, then words ending in 情况, 说明 or 概况, 30 characters at most, no clause mark and no
    /// amount. It starts a paragraph of its own even after a paragraph without a sentence end: joined to it, the title and the
    /// list under it ran into the paragraph before (the last 类 of a list took the first 项 entry's budget comparison).
    /// </summary>
    internal static bool IsSubNumberedTitle(string text, int s, int e)
    {
        if (e - s > TitleLength || e - s < 5)
        {
            return false;
        }

        var i = s;
        while (i < e && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        if (i == s || i + 1 >= e || text[i] != '.' || text[i + 1] is < '0' or > '9')
        {
            return false;
        }

        i += 1;
        while (i < e && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        var words = i;
        while (words < e && text[words] == ' ')
        {
            words++;
        }

        return e - words >= 2 && (EndsWith(text, e, "情况") || EndsWith(text, e, "说明") || EndsWith(text, e, "概况"))
            && IsTitleText(text, words, e);
    }

    /// <summary>
    /// Session 53 (blind round 49 t01): where a title numbered on two levels ends when text follows it on its line after white
    /// space — "5.2 结构情况　一般公共服务支出4765.61万元，占79.20%；…" (the full-width space normalised): the end of
    /// "5.2 结构情况" (<see cref="IsSubNumberedTitle"/>), or -1 (no such title, or nothing after it). Joined, the title's words
    /// were the first figure's label ("5.2 结构情况 一般公共服务支出"), which named no figure: the first 类 was lost and the
    /// others, short of the total, were not placed.
    /// </summary>
    internal static int InlineSubNumberedTitleEnd(string text, int s, int e)
    {
        if (e - s < 8 || text[s] is < '0' or > '9')
        {
            return -1;
        }

        var i = s;
        while (i < e && (text[i] is >= '0' and <= '9' or '.'))
        {
            i++;
        }

        while (i < e && text[i] == ' ')
        {
            i++;
        }

        var space = text.IndexOf(' ', i, Math.Min(e - i, TitleLength));
        if (space < 0)
        {
            return -1;
        }

        var after = space;
        while (after < e && text[after] == ' ')
        {
            after++;
        }

        return after < e && IsSubNumberedTitle(text, s, space) ? space : -1;
    }

    /// <summary>Whether [<paramref name="s"/>, <paramref name="e"/>) holds no clause or sentence mark and no amount.</summary>
    private static bool IsTitleText(string text, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (text[i] is ',' or ';' or ':' or '。' or '!' or '?' or '，' or '；' or '：' or '%' or '元')
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWith(string text, int end, string word)
        => end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    /// <summary>
    /// The list mark at <paramref name="s"/>: "(1)", "(一)", "①", "1)" (session 51: the closing bracket alone, "1）" typed full-width);
    /// <see cref="MarkStyle.None"/> when there is none.
    /// </summary>
    private static (MarkStyle Style, int Number) Mark(string text, int s, int e)
    {
        if (s >= e)
        {
            return (MarkStyle.None, 0);
        }

        if (text[s] is >= '\u2460' and <= '\u2473')
        {
            return (MarkStyle.Circled, text[s] - '\u2460' + 1);
        }

        if (text[s] is >= '0' and <= '9')
        {
            return DigitParen(text, s, e);
        }

        if (text[s] != '(' || s + 2 >= e)
        {
            return (MarkStyle.None, 0);
        }

        var i = s + 1;
        var number = 0;
        while (i < e && i - s <= 2 && text[i] is >= '0' and <= '9')
        {
            number = number * 10 + text[i] - '0';
            i++;
        }

        if (i > s + 1)
        {
            return i < e && text[i] == ')' ? (MarkStyle.ParenDigit, number) : (MarkStyle.None, 0);
        }

        var close = BlockClassifier.NumeralsClosedAt(text, i, e);
        return close > 0 ? (MarkStyle.ParenNumeral, ChineseNumber(text, s + 1, close)) : (MarkStyle.None, 0);
    }

    /// <summary>The mark "1)" (one or two digits and a closing bracket) at <paramref name="s"/>.</summary>
    private static (MarkStyle Style, int Number) DigitParen(string text, int s, int e)
    {
        var i = s;
        var number = 0;
        while (i < e && i - s < 2 && text[i] is >= '0' and <= '9')
        {
            number = number * 10 + text[i] - '0';
            i++;
        }

        return i < e && text[i] == ')' ? (MarkStyle.DigitParen, number) : (MarkStyle.None, 0);
    }

    /// <summary>The value of the Chinese numeral 一…九十九 in [<paramref name="s"/>, <paramref name="e"/>) (0 if it is none).</summary>
    private static int ChineseNumber(string text, int s, int e)
    {
        const string Digits = "一二三四五六七八九";
        var value = 0;
        var digit = 0;
        for (var i = s; i < e; i++)
        {
            if (text[i] == '十')
            {
                value += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            }
            else
            {
                digit = Digits.IndexOf(text[i]) + 1;
            }
        }

        return value + digit;
    }

    /// <summary>
    /// Session 53 (blind round 50, t06): whether the line opens with an item's head — its name and its code or level mark in
    /// brackets (<see cref="NamedItem"/>) and a colon right after — "其他群众团体事务支出（2012999）：调整预算…". Such a line is an
    /// entry of its own also after a line that ends with "；" or "：" (a list of 项 lines joined by "；" under "具体情况如下："):
    /// read into the paragraph before, its budget was the section total's (a false FA8003).
    /// </summary>
    internal static bool ItemHeadLine(string text, int s, int e)
    {
        if (!NamedItem(text, s, e))
        {
            return false;
        }

        var close = text.IndexOf(')', s, Math.Min(e, s + NameReach + 10) - s);
        return close > s && close + 1 < e && text[close + 1] == ':';
    }

    /// <summary>
    /// Whether the line starts with an item's name and its level mark "(类)"/"(款)"/"(项)" or a code "(2010301)" of three to
    /// seven digits, no clause mark and no figure before it.
    /// </summary>
    private static bool NamedItem(string text, int s, int e)
    {
        var end = Math.Min(e, s + NameReach);
        for (var i = s; i < end; i++)
        {
            var c = text[i];
            if (c is ',' or ';' or ':' or '。' || char.IsDigit(c) || c == '(' && i == s)
            {
                return false;
            }

            if (c != '(' || i + 2 >= e)
            {
                continue;
            }

            // A name of four characters at least (外交支出, 行政运行): a shorter one is the tail of a name a PDF broke across lines
            // ("…；社会保障和就业" / "支出（类）10.82 万元", the Shanghai 普陀 text — session 48, after the merges).
            if (text[i + 2] == ')' && text[i + 1] is '类' or '款' or '项')
            {
                return i >= s + MinNameLength;
            }

            var close = i + 1;
            while (close < e && text[close] is >= '0' and <= '9')
            {
                close++;
            }

            return close - i - 1 is >= 3 and <= 7 && close < e && text[close] == ')' && i >= s + MinNameLength;
        }

        return false;
    }

    /// <summary>The numbering style of a list mark.</summary>
    private enum MarkStyle
    {
        /// <summary>No list mark.</summary>
        None,

        /// <summary>"(1)".</summary>
        ParenDigit,

        /// <summary>"(一)".</summary>
        ParenNumeral,

        /// <summary>"①".</summary>
        Circled,

        /// <summary>"1)".</summary>
        DigitParen,
    }
}
