namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A 说明 scraped from a web page onto one line (网页文本): site navigation (<c>当前位置:首页&gt;…</c>), a table of
/// contents with dot leaders (<c>目 录一、部门主要职责……二、…</c>), then every heading inline
/// (<c>…情况四、收入支出决算总体情况2020年度…</c>). <see cref="Segments(string, int, int)"/> cuts such a line into the pieces a line-based
/// reader expects — headings on their own, the prose between them — and leaves the navigation and the contents out.
/// Pieces are ranges of the same text, so every position stays exact (line:column of the original).
/// </summary>
internal static class WebPageText
{
    /// <summary>Lines shorter than this are never cut: a normal line of a 说明.</summary>
    public const int MinLength = 300;

    private static readonly string[] NavigationWords = ["当前位置", "您的位置", "您现在的位置", "现在位置"];

    /// <summary>Words a heading ends with (longest first where one contains another).</summary>
    private static readonly string[] HeadingEnds =
    [
        "决算表", "总表", "明细表", "情况表", "情况", "说明", "职责", "职能", "设置", "构成", "解释", "事项", "概况",
    ];

    /// <summary>Chinese numbers 1–20 as headings write them.</summary>
    private static readonly string[] Numerals =
    [
        string.Empty, "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
    ];

    /// <summary>
    /// The pieces of the line [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>: the whole
    /// line when it is short or shows no sign of a web page; otherwise headings and prose cut apart, navigation and
    /// contents dropped.
    /// </summary>
    public static List<(int Start, int End)> Segments(string text, int start, int end) => Segments(text, start, end, false);

    /// <summary>
    /// <see cref="Segments(string, int, int)"/>; with <paramref name="everyCharacter"/> the inline-heading search tries a
    /// marker at every character of the line (as it did before session 14) instead of jumping from one character that can
    /// start a marker to the next — the tests' oracle for the jump.
    /// </summary>
    internal static List<(int Start, int End)> Segments(string text, int start, int end, bool everyCharacter)
    {
        var pieces = new List<(int, int)>();
        if (end - start < MinLength)
        {
            pieces.Add((start, end));
            return pieces;
        }

        var body = start;
        var navigation = NavigationEnd(text, start, end, out var navigationStart);
        if (navigation > 0)
        {
            if (!IsSiteMenu(text, start, navigationStart))
            {
                Add(pieces, start, navigationStart);
            }

            body = navigation;
        }

        var contents = ContentsEnd(text, body, end, out var contentsStart);
        if (contents > 0)
        {
            Add(pieces, body, contentsStart);
            body = contents;
        }

        // Without navigation or contents, a long line is cut only when it holds three inline headings: a long paragraph
        // that merely lists 一、…二、… stays whole.
        var headings = CutHeadings(text, body, end, pieces, everyCharacter);
        if (navigation == 0 && contents == 0 && headings < 3)
        {
            pieces.Clear();
            pieces.Add((start, end));
        }

        return pieces;
    }

    /// <summary>
    /// Whether the words before the trail are the site's menu: a navigation bar of '|' cells first ("无障碍 | 长者模式 | 登录
    /// 首页 机构职能 政务公开 …", <see cref="NavigationBar"/>) and no digit (no year, no figure: no title is left out). Kept, the
    /// menu ran into the title after the trail and made it longer than a title is.
    /// </summary>
    private static bool IsSiteMenu(string text, int s, int e)
    {
        if (NavigationBar.End(text, s, e) < 0)
        {
            return false;
        }

        for (var i = s; i < e; i++)
        {
            if (Scanner.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(List<(int, int)> pieces, int s, int e)
    {
        if (e > s)
        {
            pieces.Add((s, e));
        }
    }

    /// <summary>
    /// The end of a navigation trail near the start of the line (crumbs separated by <c>&gt;</c>, <c>»</c> or
    /// <c>›</c>; the last crumb ends at a space, a digit or after 30 characters), or 0 when there is none.
    /// </summary>
    private static int NavigationEnd(string text, int start, int end, out int navigationStart)
    {
        navigationStart = -1;
        var window = Math.Min(end, start + MinLength) - start;
        foreach (var word in NavigationWords)
        {
            var at = text.IndexOf(word, start, window, StringComparison.Ordinal);
            if (at >= 0 && (navigationStart < 0 || at < navigationStart))
            {
                navigationStart = at;
            }
        }

        if (navigationStart < 0)
        {
            return 0;
        }

        var i = navigationStart;
        while (i < end && text[i] is not (':' or '>' or '»' or '›'))
        {
            i++;
        }

        i++;
        while (true)
        {
            var crumb = i;
            while (i < end && i - crumb <= 30 && text[i] is not ('>' or '»' or '›'))
            {
                i++;
            }

            if (i < end && text[i] is '>' or '»' or '›')
            {
                i++;
                continue;
            }

            // The last crumb: up to a space or a digit (a title such as "2020年…" follows), at most 30 characters.
            i = crumb;
            while (i < end && text[i] == ' ')
            {
                i++;
            }

            crumb = i;
            while (i < end && i - crumb < 30 && text[i] != ' ' && !Scanner.IsDigit(text[i]))
            {
                i++;
            }

            return Math.Min(i, end);
        }
    }

    /// <summary>
    /// The end of a table of contents (目录 followed by entries ending in dot leaders and, optionally, page numbers;
    /// each leader within 80 characters of the previous), or 0 when the line has none.
    /// </summary>
    private static int ContentsEnd(string text, int start, int end, out int contentsStart)
    {
        contentsStart = -1;
        var last = Math.Min(end - 1, start + (2 * MinLength));
        for (var i = start; i < last && (i = text.IndexOf('目', i, last - i)) >= 0; i++)
        {
            var k = i + 1;
            while (k < end && k - i <= 3 && text[k] == ' ')
            {
                k++;
            }

            if (k < end && text[k] == '录')
            {
                contentsStart = i;
                break;
            }
        }

        if (contentsStart < 0)
        {
            return 0;
        }

        var position = contentsStart + 2;
        var leaders = 0;
        while (true)
        {
            var next = -1;
            for (var i = position; i < end && i - position <= 80; i++)
            {
                if (IsLeader(text, i, end))
                {
                    next = i;
                    break;
                }
            }

            if (next < 0)
            {
                break;
            }

            leaders++;
            position = next;
            while (position < end && text[position] is '…' or '.' or '·' or '-' or ' ')
            {
                position++;
            }

            while (position < end && (Scanner.IsDigit(text[position]) || text[position] == ' '))
            {
                position++;
            }
        }

        return leaders >= 2 ? position : 0;
    }

    /// <summary>A dot leader: two or more of … . · in a row (an ellipsis character counts twice).</summary>
    private static bool IsLeader(string text, int i, int end)
    {
        if (text[i] == '…')
        {
            return true;
        }

        return text[i] is '.' or '·' && i + 2 < end && text[i + 1] is '.' or '·' && text[i + 2] is '.' or '·';
    }

    /// <summary>
    /// Cuts [<paramref name="start"/>, <paramref name="end"/>) at numbered headings written inline: 一、二、三、… in
    /// order (the first after a sentence end or at the start; each next one the successor of the last), and
    /// (一)(二)… within them in order. A heading runs to the first heading ending word (…情况, …说明, …职责) within 40
    /// characters before any sentence punctuation; without one, the cut only starts a new paragraph.
    /// </summary>
    /// <returns>The number of headings with an ending word.</returns>
    /// <remarks>
    /// A marker starts with a numeral's first character (一 … 十) or '(' (<see cref="Marker"/> compares the numeral at
    /// the position), so the search jumps from one such character to the next (a vectorised search on .NET) and tries
    /// the markers only there: at every other character both tries gave 0 and the loop moved on by one. A long line of
    /// prose (figure-dense text, most of a real 说明's paragraphs) costs one search, not two calls per character.
    /// </remarks>
    private static int CutHeadings(string text, int start, int end, List<(int, int)> pieces, bool everyCharacter)
    {
        var headings = 0;
        var nextTop = 1;
        var nextSub = 1;
        var piece = start;
        var i = start;
        while (i < end)
        {
            if (!everyCharacter && (i = NextMarkerStart(text, i, end)) == end)
            {
                break;
            }

            var length = Marker(text, i, end, nextTop, top: true);
            var number = nextTop;
            if (length == 0 && nextTop > 1 && (length = Marker(text, i, end, 1, top: true)) > 0)
            {
                number = 1;   // a new part (第二部分 …) numbers its headings from 一 again
            }

            if (length == 0 && (length = SkippedTopMarker(text, start, i, end, nextTop, out var skipped)) > 0)
            {
                number = skipped;   // "… 七、“三公”经费…情况说明": the page leaves sections out (session 29, blind round 29 F1)
            }

            var isTop = length > 0;
            if (!isTop)
            {
                length = Marker(text, i, end, nextSub, top: false);
                number = nextSub;
            }

            if (length == 0 || !Preceded(text, start, i, number))
            {
                i++;
                continue;
            }

            Add(pieces, piece, i);
            if (isTop)
            {
                nextTop = number + 1;
                nextSub = 1;
            }
            else
            {
                nextSub++;
            }

            var headingEnd = HeadingEnd(text, i + length, end);
            if (headingEnd > 0)
            {
                pieces.Add((i, headingEnd));
                headings++;
                piece = headingEnd;
                i = headingEnd;
            }
            else
            {
                piece = i;
                i += length;
            }
        }

        Add(pieces, piece, end);
        return headings;
    }

    /// <summary>
    /// Session 29 (blind round 29, F1): the length of a top-level marker at <paramref name="i"/> numbered past
    /// <paramref name="nextTop"/> ("… 七、财政拨款“三公”经费支出决算情况说明" after 三、: the page elides sections), or 0; its
    /// number in <paramref name="number"/>. Only after an elision mark (…) or a sentence's end (。) and white space, and only
    /// when a heading ending word closes its words (<see cref="HeadingEnd"/>): a list item inside a sentence ("主要用于：一、…
    /// 三、住房保障支出 50.00 万元") is never such a heading. Before, the numbering stopped at the gap: every later heading stayed
    /// in the prose, and the 三公 and 机关运行经费 figures attached to the last item of the section before (项目支出).
    /// </summary>
    private static int SkippedTopMarker(string text, int start, int i, int end, int nextTop, out int number)
    {
        number = 0;
        if (i - start < 2 || text[i - 1] != ' ')
        {
            return 0;
        }

        var before = i - 1;
        while (before > start && text[before] == ' ')
        {
            before--;
        }

        if (text[before] is not ('…' or '。'))
        {
            return 0;
        }

        for (var n = nextTop + 1; n < Numerals.Length; n++)
        {
            var length = Marker(text, i, end, n, top: true);
            if (length > 0)
            {
                number = n;
                return HeadingEnd(text, i + length, end) > 0 ? length : 0;
            }
        }

        return 0;
    }

    /// <summary>The characters a heading marker can start with: the first character of each numeral, and '('.</summary>
    private static readonly char[] MarkerStarts = [.. Numerals.Where(n => n.Length > 0).Select(n => n[0]).Distinct().Append('(')];

#if NET
    /// <summary><see cref="MarkerStarts"/> as a vectorised set.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkerStartValues = System.Buffers.SearchValues.Create(MarkerStarts);
#endif

    /// <summary>
    /// The first index in [<paramref name="from"/>, <paramref name="end"/>) holding one of <see cref="MarkerStarts"/>, or
    /// <paramref name="end"/>.
    /// </summary>
    private static int NextMarkerStart(string text, int from, int end)
    {
#if NET
        var at = text.AsSpan(from, end - from).IndexOfAny(MarkerStartValues);
        return at < 0 ? end : from + at;
#else
        var at = text.IndexOfAny(MarkerStarts, from, end - from);
        return at < 0 ? end : at;
#endif
    }

    /// <summary>The length of the heading marker for number <paramref name="n"/> at <paramref name="i"/> (一、 or (一)), or 0.</summary>
    private static int Marker(string text, int i, int end, int n, bool top)
    {
        if (n >= Numerals.Length)
        {
            return 0;
        }

        var numeral = Numerals[n];
        if (top)
        {
            return i + numeral.Length < end && string.CompareOrdinal(text, i, numeral, 0, numeral.Length) == 0
                && text[i + numeral.Length] == '、'
                ? numeral.Length + 1
                : 0;
        }

        return text[i] == '(' && i + numeral.Length + 1 < end
            && string.CompareOrdinal(text, i + 1, numeral, 0, numeral.Length) == 0 && text[i + numeral.Length + 1] == ')'
            ? numeral.Length + 2
            : 0;
    }

    /// <summary>
    /// Whether the character before a marker lets it start a heading: never a numeral, 第 or 其 ("十一、", "第二、");
    /// for the first heading of a sequence also a sentence end, a heading ending word or the start, as 一、 is common
    /// inside words ("统一、规范").
    /// </summary>
    private static bool Preceded(string text, int start, int i, int n)
    {
        if (i == start)
        {
            return true;
        }

        var before = text[i - 1];
        if (BlockClassifier.IsChineseNumeral(before) || before is '第' or '其')
        {
            return false;
        }

        if (n > 1)
        {
            return true;
        }

        if (before is '。' or ';' or ':' or '!' or '?' or ' ' or ')' or '”')
        {
            return true;
        }

        foreach (var word in HeadingEnds)
        {
            if (i - start >= word.Length && string.CompareOrdinal(text, i - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of a heading's text that starts at <paramref name="from"/>, or 0 when no ending word comes first.</summary>
    private static int HeadingEnd(string text, int from, int end)
    {
        for (var i = from; i < end && i - from < 40; i++)
        {
            if (text[i] is '。' or ',' or ';' or ':')
            {
                return 0;
            }

            foreach (var word in HeadingEnds)
            {
                if (i + word.Length <= end && string.CompareOrdinal(text, i, word, 0, word.Length) == 0)
                {
                    var after = i + word.Length;
                    // "…决算情况说明": one ending word right after another belongs to the same heading.
                    foreach (var more in HeadingEnds)
                    {
                        if (after + more.Length <= end && string.CompareOrdinal(text, after, more, 0, more.Length) == 0)
                        {
                            after += more.Length;
                            break;
                        }
                    }

                    return after;
                }
            }
        }

        return 0;
    }
}
