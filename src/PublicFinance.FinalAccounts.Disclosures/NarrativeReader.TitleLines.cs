namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The title after a line that is no part of the document (网页残留), and a title with a Latin gloss (拼音注音): a mirror
/// site's or a portal's line before the title ("[镜像站 … 转载] 原文链接已失效", "来源：…", "当前位置：首页") does not end
/// a sentence, so the title line is joined to it in one paragraph, and a pinyin gloss after the title
/// ("…部门决算说明 (Píngyáng Xiàn …)") makes it longer than a title is. Either way the year and the issuer were lost.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest a title is, its Latin gloss not counted.</summary>
    private const int TitleMaxLength = 60;

    /// <summary>
    /// Where the title starts in <paramref name="paragraph"/> (a paragraph with 决算 and 年 but no figure and no 。): the
    /// start of its last line (a place where joined lines meet) when that line alone is a title's length and holds 决算 and
    /// 年, and the lines before it are a web page's residue or make the whole too long for a title; else 0 when the whole is
    /// short enough (a title broken over lines, "某县水利局" / "2016年度部门决算说明"); else −1.
    /// </summary>
    private static int TitleStart(Fragment paragraph)
    {
        var text = paragraph.Text;
        if (WebTitleAfterMeta(text) is { } afterMeta)
        {
            return afterMeta.Start;   // "发布时间：2020-08-11 来源：… 某局2019年度部门决算公开": the date's year is not the title's
        }

        if (NavigationBar.End(text, 0, text.Length) is var bar && bar > 0)
        {
            // "无障碍 | 长者模式 | 登录 某市某局2024年度部门决算": the site's navigation bar before the title is none of it.
            while (bar < text.Length && char.IsWhiteSpace(text[bar]))
            {
                bar++;
            }

            return bar < text.Length && TitleLength(text, bar) < TitleMaxLength && text.IndexOf("决算", bar, StringComparison.Ordinal) >= 0
                && text.IndexOf('年', bar) >= 0 ? bar : -1;
        }

        var whole = TitleLength(text, 0) < TitleMaxLength;
        var last = text.Length - 1;
        while (last > 0 && paragraph.IsContiguous(last - 1, last + 1))
        {
            last--;
        }

        if (last > 0 && TitleLength(text, last) < TitleMaxLength && text.IndexOf("决算", last, StringComparison.Ordinal) >= 0
            && text.IndexOf('年', last) >= 0 && (!whole || IsWebResidue(text, last)))
        {
            return last;
        }

        return whole ? 0 : -1;
    }

    /// <summary>Marks of a web page's line that no title has: brackets of a site's note, a trail, a colon, Latin letters.</summary>
    private static readonly char[] WebResidueMarks = ['[', ']', '【', '】', '>', '»', '›', ':', '|'];

    /// <summary>Whether the first <paramref name="length"/> characters of <paramref name="text"/> look like a web page's line.</summary>
    private static bool IsWebResidue(string text, int length)
    {
        if (text.IndexOfAny(WebResidueMarks, 0, length) >= 0)
        {
            return true;
        }

        for (var i = 0; i < length; i++)
        {
            if (text[i] is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The length of <paramref name="text"/> from <paramref name="start"/> without white space at its ends and without a
    /// gloss in brackets at its end made of Latin letters only ("(Píngyáng Xiàn Jiàoyùjú)": letters, marks, spaces,
    /// apostrophes and hyphens; no digit, no Chinese).
    /// </summary>
    private static int TitleLength(string text, int start)
    {
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start > 2 && text[end - 1] == ')')
        {
            var open = text.LastIndexOf('(', end - 2, end - 1 - start);
            if (open > start && IsLatinGloss(text, open + 1, end - 1))
            {
                end = open;
            }
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end - start;
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) holds a Latin letter and nothing but Latin text.</summary>
    private static bool IsLatinGloss(string text, int start, int end)
    {
        var letter = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < 0x2B0 && char.IsLetter(c))
            {
                letter = true;
            }
            else if (!(c is ' ' or '\'' or '-' or '’' || c is >= '\u0300' and <= '\u036F'))
            {
                return false;
            }
        }

        return letter;
    }
    /// <summary>Where a web page's trail of links ends: the last of these marks after 首页 or 位置.</summary>
    private static readonly char[] TrailMarks = ['>', '»', '›'];

    /// <summary>The words after a title on a web page's line: its date, its source, its counter.</summary>
    private static readonly string[] AfterTitleWords = ["发布日期", "发布时间", "日期:", "来源:", "浏览次数", "点击数"];

    /// <summary>
    /// A title at the start of a web page's paragraph, after its trail of links ("首页 &gt; 政务公开 &gt; 部门决算
    /// 中共某区委机构编制委员会办公室2025年部门决算信息公开（2024年度） 发布日期：2025-09-12 一、…") or before its date,
    /// source or counter (the trail cut off as navigation): the words after the last mark of the trail (the trail's last link,
    /// a word without 年 before a space, left out) up to that date, source or counter — when there is a trail or such a
    /// word, no 。 comes first, and the words are a title's length and hold 决算 and 年; else null. Words before a space before
    /// the title's year are the trail's last link, left when the navigation was cut off (WebPageText).
    /// </summary>
    private static (int Start, int End)? WebTitle(string text) => WebTitleBeforeMeta(text) ?? WebTitleAfterMeta(text);

    /// <summary><see cref="WebTitle"/>: a title after the trail, before the page's date, source or counter.</summary>
    private static (int Start, int End)? WebTitleBeforeMeta(string text)
    {
        var home = text.IndexOf("首页", StringComparison.Ordinal);
        var place = text.IndexOf("位置", StringComparison.Ordinal);
        var trailStart = home >= 0 && (place < 0 || home < place) ? home : place;
        var trailEnd = -1;
        if (trailStart is >= 0 and <= 20)
        {
            for (var i = text.IndexOfAny(TrailMarks, trailStart); i >= 0 && i < trailStart + 80; i = text.IndexOfAny(TrailMarks, i + 1))
            {
                trailEnd = i;
            }
        }

        var start = trailEnd + 1;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var link = text.IndexOf(' ', start);
        if (trailEnd >= 0 && link > start && text.IndexOf('年', start, link - start) < 0 && link - start <= 8)
        {
            start = link + 1;   // "部门决算 中共…": the trail's last link, then the title
        }

        var end = Math.Min(text.Length, start + TitleMaxLength);
        var marked = false;
        foreach (var word in AfterTitleWords)
        {
            var at = end > start ? text.IndexOf(word, start, end - start, StringComparison.Ordinal) : -1;
            if (at > start)
            {
                end = at;
                marked = true;
            }
        }

        var stop = end > start ? text.IndexOf('。', start, end - start) : -1;
        if (stop >= 0 || trailEnd < 0 && !marked)
        {
            return null;   // a sentence, or neither a trail before nor a date after: not a web page's title
        }

        var title = text.Substring(start, end - start).Trim();
        var digit = title.IndexOfAny(['1', '2']);
        var space = digit > 0 ? title.LastIndexOf(' ', digit - 1) : -1;
        if (space > 0 && digit - space > 4)
        {
            // "区委机构编制委员会办公室 中共…办公室2025年…": the trail's last link, left when the navigation was cut off
            start = text.IndexOf(title, start, StringComparison.Ordinal) + space + 1;
            title = title.Substring(space + 1);
        }

        return title.Length > 4 && title.Contains("决算") && title.IndexOf('年') >= 0 ? (start, start + title.Length) : null;
    }

    /// <summary>
    /// A one-line scraped page (session 22): "首页 | … 当前位置：首页 &gt;&gt; … 部门决算 【打印】【关闭】 字号：大 中 小 发布时间：
    /// 2017-09-15 来源：县水利局 浏览次数：286 繁峙县水利局2016年度部门决算公开 一、部门基本情况 …" — the title comes after the
    /// page's date, source and counter: the words after the value of the last of <see cref="AfterTitleWords"/> (within the
    /// first 400 characters, before any 。) up to the next space — or up to the body's first heading "一、" written right
    /// after a title with 决算 (session 23: "来源：… 某局2016年度部门决算公开一、部门基本情况…") — when they are a title's length,
    /// hold 决算 and 年 and no ':' (a value of its own); else null (also when the text starts with 。: nothing comes before it).
    /// </summary>
    private static (int Start, int End)? WebTitleAfterMeta(string text)
    {
        var limit = Math.Min(text.Length, 400);
        var stop = text.IndexOf('。', 0, limit);
        limit = stop >= 0 ? stop : limit;
        if (limit == 0)
        {
            return null;   // "。某局2023年度部门决算公开说明": nothing before the first 。 (LastIndexOf would throw)
        }

        var last = -1;
        var lastLength = 0;
        foreach (var word in AfterTitleWords)
        {
            var at = text.LastIndexOf(word, limit - 1, limit, StringComparison.Ordinal);
            if (at > last)
            {
                last = at;
                lastLength = word.Length;
            }
        }

        if (last < 0)
        {
            return null;
        }

        var start = last + lastLength;
        while (start < limit && text[start] is ':' or ' ')
        {
            start++;
        }

        while (start < limit && text[start] != ' ')
        {
            start++;   // the value: "286", "县水利局", "2017-09-15"
        }

        while (start < limit && text[start] == ' ')
        {
            start++;
        }

        var end = text.IndexOf(' ', start, limit - start);
        end = end < 0 ? limit : end;
        var heading = text.IndexOf("一、", start, end - start, StringComparison.Ordinal);
        if (heading > start && text.IndexOf("决算", start, heading - start, StringComparison.Ordinal) >= 0)
        {
            end = heading;   // "来源：县财政局 某县水利局2016年度部门决算公开一、部门基本情况…": the body's first heading, no space before it
        }

        var length = end - start;
        return length is > 4 and < TitleMaxLength && text.IndexOf("决算", start, length, StringComparison.Ordinal) >= 0
            && text.IndexOf('年', start, length) >= 0 && text.IndexOf(':', start, length) < 0 && !char.IsDigit(text[start])
            ? (start, end) : null;
    }

    /// <summary>
    /// The words of a scraped page that follow its title on the title's own line (J / F9, blind rounds 29 and 30): the date,
    /// the source, the author, the counters, the type-size switch and the print and share links.
    /// </summary>
    private static readonly string[] PageMetaWords =
    [
        "发布时间", "发布日期", "发布人", "发布机构", "信息来源", "来源:", "时间:", "日期:", "作者:", "编辑:", "浏览次数", "浏览量",
        "浏览:", "阅读次数", "阅读量", "阅读:", "点击数", "点击量", "点击率", "点击:", "访问量", "字号", "字体:", "分享到", "[打印]",
        "【打印】", "打印本页", "【关闭】", "[关闭]",
    ];

    /// <summary>
    /// Where a title that opens a scraped page's line ends (J / F9): at the first of <see cref="PageMetaWords"/>, when the
    /// words before it are a title — more than four characters within a title's length, holding 决算 and a year followed by
    /// 年, without 。, a figure, a trail of links (首页, 位置) or a web page's marks (a navigation bar's '|', ':', brackets, Latin
    /// letters: <see cref="IsWebResidue"/>; the older paths read those) — else −1.
    /// "某县水利局2023年度部门决算公开说明 发布时间：2024-09-10 来源：… 字号：大 中 小 一、部门基本情况…": before, the page's
    /// words were kept in the title, and a counter ("阅读：35次") made the line a figure's, so no title was read at all.
    /// </summary>
    private static int TitleBeforePageMeta(string text)
    {
        var limit = Math.Min(text.Length, TitleMaxLength + 1);
        var end = -1;
        foreach (var word in PageMetaWords)
        {
            var at = text.IndexOf(word, 0, limit, StringComparison.Ordinal);
            if (at > 0 && (end < 0 || at < end))
            {
                end = at;
            }
        }

        var date = DateAfterSpace(text, limit);
        end = date > 0 && (end < 0 || date < end) ? date : end;
        if (end < 0)
        {
            return -1;
        }

        var title = text.Substring(0, end).Trim();
        return title.Length > 4 && title.Contains("决算") && TitleYear(title, out _) && title.IndexOf('。') < 0
            && !IsWebResidue(title, title.Length) && !title.Contains("首页") && !title.Contains("位置") && !ContainsFigure(title)
            ? end : -1;
    }

    /// <summary>
    /// The first date written after white space before <paramref name="limit"/> ("… 2024-09-10", "… 2024/9/10", "…
    /// 2024年9月10日"): a page's date after its title. −1 when there is none.
    /// </summary>
    private static int DateAfterSpace(string text, int limit)
    {
        for (var at = text.IndexOf(' ', 0, limit); at >= 0 && at + 7 < text.Length; at = text.IndexOf(' ', at + 1, limit - at - 1))
        {
            var d = at + 1;
            if (AllDigits(text, d, d + 4) && (text[d + 4] is '-' or '/' or '.' || text[d + 4] == '年' && char.IsDigit(text[d + 5])
                && text.IndexOf('月', d + 5, Math.Min(3, text.Length - d - 5)) > 0) && char.IsDigit(text[d + 5]))
            {
                return at;
            }

            if (at + 1 >= limit)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>
    /// A body year: "2016年度" written at least twice outside a comparison (较, 比, 与, 同 or 上 before it); its first place.
    /// </summary>
    private static readonly string BodyYearWord = "年度";

    /// <summary>
    /// When no title gave the year: the year every "YYYY年度" of the body states (at least twice, not after a comparison word
    /// such as 较 or 比) — session 22's scraped page wrote "2016年度" five times and no title was found. Two different years
    /// leave the year unknown, with a note naming them: which is the fiscal year the text does not say.
    /// </summary>
    private void BodyFiscalYear()
    {
        if (year != 0)
        {
            return;
        }

        var text = b.Text;
        var found = 0;
        var count = 0;
        var first = -1;
        for (var at = text.IndexOf(BodyYearWord, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(BodyYearWord, at + 2, StringComparison.Ordinal))
        {
            var digits = at - 4;
            if (digits < 0 || !AllDigits(text, digits, at) || digits > 0 && (char.IsDigit(text[digits - 1])
                || text[digits - 1] is '较' or '比' or '与' or '同' or '上' or '于'))
            {
                continue;
            }

            var value = int.Parse(
                text.Substring(digits, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            if (value is < 1990 or > 2100)
            {
                continue;
            }

            if (found != 0 && value != found)
            {
                Note(b.TextSpan(digits, at + 2), DisclosureMessages.BodyYearsDisagree(found, value), text.Substring(digits, 6));
                return;
            }

            found = value;
            first = first < 0 ? digits : first;
            count++;
        }

        if (count >= 2)
        {
            year = found;
            b.Set("/entity/fiscalYear", year, b.TextSpan(first, first + 6));
        }
    }

    private static bool AllDigits(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!Scanner.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The fiscal year in brackets after the first year of a title ("…2025年部门决算信息公开（2024年度）"): the year of a
    /// bracket that holds nothing but a year and 年度 (or 年), after <paramref name="from"/>; else null.
    /// </summary>
    private static int? BracketedFiscalYear(string text, int from)
    {
        for (var open = text.IndexOf('(', from); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open);
            if (close < 0)
            {
                return null;
            }

            var inner = text.Substring(open + 1, close - open - 1).Trim();
            var digits = inner.Length >= 5 ? inner.Substring(0, 4) : string.Empty;
            if ((inner.Length == 5 && inner[4] == '年' || inner.Length == 6 && inner.EndsWith("年度", StringComparison.Ordinal))
                && digits.All(Scanner.IsDigit) && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is var y
                && y >= FiscalYearRange.First && y <= FiscalYearRange.Last)
            {
                return y;
            }
        }

        return null;
    }
}
