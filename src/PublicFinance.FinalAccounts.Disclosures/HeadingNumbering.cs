namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49: the heading levels of one document, inferred from the document itself (标题层级). The reader knows a top-level
/// heading by "一、" and a sub-heading by "（一）"; a document numbered "1." (with "1.1" below it), "第一部分" or "（一）" at the
/// top and without any "一、" section title plays the same levels with other marks. The style of the first numbered line
/// that names a section (a section title: 收入支出决算总体情况, 收入决算情况, 三公…) among at least two such lines is the top
/// level; under an Arabic top level, "1.1" is the sub-level. A heading of the top style is then read as "一、" would be
/// (<see cref="Canonical"/>), its spans still on the original mark. A document with a "一、" section title is read as written.
/// </summary>
internal sealed class HeadingNumbering
{
    /// <summary>The longest heading line (as the block classifier's numbered headings).</summary>
    private const int MaxHeadingLength = 40;

    private HeadingNumbering(HeadingStyle top, HeadingStyle sub, Func<string, bool> namesSection)
    {
        Top = top;
        Sub = sub;
        this.namesSection = namesSection;
    }

    /// <summary>Whether a heading's words name a section (a section title).</summary>
    private readonly Func<string, bool> namesSection;

    /// <summary>The style that plays the top level ("一、").</summary>
    public HeadingStyle Top { get; }

    /// <summary>The style that plays the sub-level ("（一）"), or <see cref="HeadingStyle.None"/>.</summary>
    public HeadingStyle Sub { get; }

    /// <summary>
    /// The levels of <paramref name="text"/> (normalised), or null when the text is read as written: it has a short "一、" line
    /// without digits (a heading, whatever its words), or no other style has two section titles numbered on without starting
    /// again (a sub-level numbers from 1 under each parent, a top level never). <paramref name="namesSection"/> tells a section
    /// title's words.
    /// </summary>
    public static HeadingNumbering? Infer(string text, Func<string, bool> namesSection)
    {
        const int Styles = (int)HeadingStyle.ArabicDotted + 1;
        var counts = new int[Styles];
        var first = new int[Styles];
        var last = new int[Styles];
        var restarts = new bool[Styles];
        var order = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end;
            if (SectionTitle(text, start, stop, namesSection, out var number) is var style and not HeadingStyle.None)
            {
                var i = (int)style;
                first[i] = counts[i]++ == 0 ? ++order : first[i];
                restarts[i] |= number <= last[i];   // a sub-level numbers again from 1 under each parent; the top level never
                last[i] = number;
            }

            start = stop + 1;
        }

        if (counts[(int)HeadingStyle.Comma] > 0)
        {
            return null;
        }

        var top = HeadingStyle.None;
        foreach (var candidate in new[] { HeadingStyle.Part, HeadingStyle.Bracket, HeadingStyle.Arabic })
        {
            if (counts[(int)candidate] >= 2 && !restarts[(int)candidate]
                && (top == HeadingStyle.None || first[(int)candidate] < first[(int)top]))
            {
                top = candidate;
            }
        }

        return top == HeadingStyle.None ? null
            : new HeadingNumbering(top, top == HeadingStyle.Arabic ? HeadingStyle.ArabicDotted : HeadingStyle.None, namesSection);
    }

    /// <summary>
    /// <paramref name="content"/> with its opening mark written as the reader's level for it — "一、" for the top style, "(一)"
    /// for the sub-style — each character of the new mark mapped onto the original mark, so spans point at the original text;
    /// <paramref name="content"/> itself when it opens with no mark of either. A paragraph
    /// (<paramref name="paragraph"/>) is rewritten only when its words up to the first space, '。' or ':' name a section (a
    /// heading run into its text); a heading line always.
    /// </summary>
    public Fragment Canonical(Fragment content, bool paragraph)
    {
        var text = content.Text;
        var style = MarkAt(text, 0, text.Length, out var number, out var body);
        if (style == HeadingStyle.None || style != Top && style != Sub || number is < 1 or > 99
            || paragraph && !namesSection(Head(text, body, text.Length)))
        {
            return content;
        }

        var numeral = ChineseNumeral(number);
        var mark = style == Top ? numeral + "、" : "(" + numeral + ")";
        var rewritten = new StringBuilder(mark.Length + text.Length - body).Append(mark).Append(text, body, text.Length - body);
        var map = new int[rewritten.Length + 1];
        for (var i = 0; i < mark.Length; i++)
        {
            map[i] = content.At(Math.Min(i, body - 1));
        }

        for (var i = body; i <= text.Length; i++)
        {
            map[mark.Length + i - body] = content.At(i);
        }

        return new Fragment(rewritten.ToString(), map);
    }

    /// <summary>
    /// Whether the line [<paramref name="s"/>, <paramref name="e"/>) is a heading of the top or sub-style that the block
    /// classifier would not know as one ("1.主要职能", "1.1 收入决算情况"): short, no '。' before its end, its words name a
    /// section and hold no digit.
    /// </summary>
    public bool IsLevelHeading(string text, int s, int e)
        => e - s is > 1 and <= MaxHeadingLength && text.IndexOf('。', s, e - s - 1) < 0
            && SectionTitle(text, s, e, namesSection, out _) is var style && style != HeadingStyle.None && (style == Top || style == Sub);

    /// <summary>
    /// The style of the numbering mark at <paramref name="s"/> (before <paramref name="e"/>), its number, and where the words
    /// after it start (past the mark and any spaces); <see cref="HeadingStyle.None"/> when there is no mark.
    /// </summary>
    internal static HeadingStyle MarkAt(string text, int s, int e, out int number, out int body)
    {
        number = 0;
        body = s;
        var at = s;
        var style = HeadingStyle.None;
        if (at < e && BlockClassifier.IsChineseNumeral(text[at]))
        {
            at = ChineseNumerals(text, at, e, out number);
            style = at < e && text[at] == '、' ? HeadingStyle.Comma : HeadingStyle.None;
            at++;
        }
        else if (at + 1 < e && text[at] == '(' && BlockClassifier.IsChineseNumeral(text[at + 1]))
        {
            at = ChineseNumerals(text, at + 1, e, out number);
            style = at < e && text[at] == ')' ? HeadingStyle.Bracket : HeadingStyle.None;
            at++;
        }
        else if (at + 1 < e && text[at] == '第' && (BlockClassifier.IsChineseNumeral(text[at + 1]) || Scanner.IsDigit(text[at + 1])))
        {
            // "第一部分"; session 52 (blind round 48 t05): "第1节", "第二节", "第3部分", "第一章" — one style, the part's
            at = BlockClassifier.IsChineseNumeral(text[at + 1])
                ? ChineseNumerals(text, at + 1, e, out number) : ArabicNumber(text, at + 1, e, out number);
            var word = BlockClassifier.PartWordLength(text, at, e);
            style = word > 0 ? HeadingStyle.Part : HeadingStyle.None;
            at += word;
        }
        else if (at < e && Scanner.IsDigit(text[at]))
        {
            at = ArabicNumber(text, at, e, out number);
            if (at + 1 < e && text[at] == '.' && Scanner.IsDigit(text[at + 1]))
            {
                at = ArabicNumber(text, at + 1, e, out number);
                var dotted = at < e && !Scanner.IsDigit(text[at]) && "%.万亿元个辆台人".IndexOf(text[at]) < 0;   // "5.3 其他", not "1.5万元"
                style = dotted ? HeadingStyle.ArabicDotted : HeadingStyle.None;
            }
            else
            {
                style = at + 1 < e && text[at] is '.' or '、' && !Scanner.IsDigit(text[at + 1]) ? HeadingStyle.Arabic : HeadingStyle.None;
                at++;
            }
        }

        if (style == HeadingStyle.None || number == 0)
        {
            return HeadingStyle.None;
        }

        while (at < e && text[at] is ' ' or '\u3000' or '\t')
        {
            at++;
        }

        body = at;
        return at < e && !Scanner.IsDigit(text[at]) ? style : HeadingStyle.None;
    }

    /// <summary>
    /// The style of a line that is a numbered section title: short, opened by a mark, its words up to the first space, '。' or
    /// ':' name a section (any words after "一、") and hold no digit. Leading spaces, '#' and '*' (Markdown) are passed over.
    /// </summary>
    private static HeadingStyle SectionTitle(string text, int s, int e, Func<string, bool> namesSection, out int number)
    {
        number = 0;
        while (s < e && text[s] is ' ' or '\u3000' or '\t' or '#' or '*')
        {
            s++;
        }

        if (e - s > MaxHeadingLength * 3 || s >= e
            || !(BlockClassifier.IsChineseNumeral(text[s]) || Scanner.IsDigit(text[s]) || text[s] is '(' or '第'))
        {
            return HeadingStyle.None;
        }

        var style = MarkAt(text, s, e, out number, out var body);
        if (style == HeadingStyle.None)
        {
            return style;
        }

        // The head's tests read it in place; it is cut out only for namesSection (session 52: a copy at every marked line).
        var end = HeadEnd(text, body, e);
        if (end == body || end - body > MaxHeadingLength)
        {
            return HeadingStyle.None;
        }

        for (var i = body; i < end; i++)
        {
            if (Scanner.IsDigit(text[i]) || text[i] is ',' or ';')
            {
                return HeadingStyle.None;
            }
        }

        return style == HeadingStyle.Comma || namesSection(text.Substring(body, end - body)) ? style : HeadingStyle.None;
    }

    /// <summary>The words from <paramref name="body"/> to the first space, '。' or ':' (or <paramref name="e"/>).</summary>
    private static string Head(string text, int body, int e) => text.Substring(body, HeadEnd(text, body, e) - body);

    /// <summary>
    /// Where <see cref="Head"/>'s words end: the first space, '。' or ':' from <paramref name="body"/> (or
    /// <paramref name="e"/>), trailing '*' (Markdown bold) left out.
    /// </summary>
    internal static int HeadEnd(string text, int body, int e)
    {
        var end = body;
        while (end < e && text[end] is not (' ' or '\u3000' or '。' or ':' or '\r'))
        {
            end++;
        }

        while (end > body && text[end - 1] == '*')
        {
            end--;
        }

        return end;
    }

    /// <summary>The index after a run of Chinese numerals from <paramref name="at"/>, and their value (一…九十九).</summary>
    private static int ChineseNumerals(string text, int at, int e, out int number)
    {
        number = 0;
        var tens = 0;
        var units = 0;
        var start = at;
        while (at < e && at - start < 3 && BlockClassifier.IsChineseNumeral(text[at]))
        {
            if (text[at] == '十')
            {
                tens = units == 0 ? 1 : units;
                units = 0;
            }
            else
            {
                units = "一二三四五六七八九".IndexOf(text[at]) + 1;
            }

            at++;
        }

        number = tens * 10 + units;
        return at;
    }

    /// <summary>The index after one or two Arabic digits from <paramref name="at"/> and their value.</summary>
    private static int ArabicNumber(string text, int at, int e, out int number)
    {
        number = 0;
        var start = at;
        while (at < e && at - start < 3 && Scanner.IsDigit(text[at]))
        {
            number = number * 10 + text[at] - '0';
            at++;
        }

        return at - start <= 2 ? at : start;
    }

    /// <summary>1…99 as Chinese numerals (一, 十, 十二, 二十, 二十三).</summary>
    private static string ChineseNumeral(int number)
    {
        const string Digits = "一二三四五六七八九";
        var tens = number / 10;
        var units = number % 10;
        var s = tens switch { 0 => string.Empty, 1 => "十", _ => Digits[tens - 1] + "十" };
        return units == 0 ? s : s + Digits[units - 1];
    }
}
