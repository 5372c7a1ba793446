namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (r59fix, blind round 59 t07): an amount whose thousands are grouped by a space (以空格分隔千位的金额), as some
/// PDFs extract a thin space — <c>本年收入合计2 778.58万元</c>, <c>资产总额12 486.73万元</c>, <c>事业运行（2140150）：1 268.42万元</c>,
/// <c>4 986 413.07元</c>. The scanner read the part after the space (778.58) as the figure, and every total, share and rate
/// built on it failed. <see cref="Join"/> rewrites the spaces of such a number as group commas, one character for one
/// (positions map back unchanged), only where the reading is certain: in a line of prose (no tab, no <c>|</c>, no run of
/// two or more spaces between words, which a space-aligned table row has); a head of one to three digits (not 0) right
/// after a word (an ideograph or a clause mark, at most one space between), then groups of exactly three digits each after
/// one space, at most two decimals, and a money unit (万元 / 元 / 亿元 / 千元) right after (at most one space). A number
/// after another number (<c>12 486.73 1 268.42</c>, two cells of a row) or at a line's start is never joined.
/// <see cref="AmbiguousTailHead"/> tells the reader that a number may be the last part of such a number that was not joined
/// (a head of one to three digits and one space before it): it could be either, so it is not read as a figure (a note).
/// </summary>
internal static class SpaceGroupedNumbers
{
    /// <summary>
    /// The normalised <paramref name="text"/> with the spaces of every certain space-grouped amount rewritten as commas;
    /// <paramref name="text"/> itself when there is none.
    /// </summary>
    /// <param name="text">The normalised text (its tables already tabulated).</param>
    public static string Join(string text)
    {
        char[]? chars = null;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var next = text.IndexOf('\n', lineStart);
            next = next < 0 ? text.Length : next;
            if (HasDigitSpaceDigit(text, lineStart, next) && IsProseLine(text, lineStart, next))
            {
                JoinLine(text, lineStart, next, ref chars);
            }

            lineStart = next + 1;
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// Where the head starts when the number starting at <paramref name="start"/> in <paramref name="s"/> (unsigned, three
    /// integer digits) may be the last group of an amount grouped by a space that was not joined: one space before it and a
    /// head of one to three digits (not starting with 0) before that, itself after no digit, point or comma (<c>项目1 268.42万元</c>,
    /// <c>12 486.73 1 268.42</c> in a row, <c>合计  1 268.42万元</c> in a space-aligned line); -1 when it is not such a tail.
    /// Two spaces before it (a cell boundary of an aligned table, <c>2  742.18</c>) are not such a gap.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="start">Where the number starts.</param>
    /// <param name="begin">The start of the view the number was found in.</param>
    public static int AmbiguousTailHead(string s, int start, int begin)
    {
        if (start - 2 < begin || s[start - 1] != ' ' || !Scanner.IsDigit(s[start - 2]) || !ThreeDigits(s, start, s.Length))
        {
            return -1;
        }

        var head = start - 2;
        while (head > begin && Scanner.IsDigit(s[head - 1]) && start - 1 - head < 4)
        {
            head--;
        }

        var length = start - 1 - head;
        return length is >= 1 and <= 3 && s[head] != '0'
            && (head == begin || !(Scanner.IsDigit(s[head - 1]) || s[head - 1] is '.' or ',')) ? head : -1;
    }

    /// <summary>Whether [s, e) holds a digit, one space and a digit: a quick test before a line is looked at.</summary>
    private static bool HasDigitSpaceDigit(string text, int s, int e)
    {
        for (var at = text.IndexOf(' ', s, e - s); at > 0 && at < e - 1; at = text.IndexOf(' ', at + 1, e - at - 1))
        {
            if (at > s && Scanner.IsDigit(text[at - 1]) && Scanner.IsDigit(text[at + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the line [s, e) is prose: no tab, no <c>|</c> and no run of two or more spaces between two characters that are
    /// not spaces (indentation and trailing spaces aside) — the cells of a space-aligned table row are apart by such runs.
    /// </summary>
    private static bool IsProseLine(string text, int s, int e)
    {
        while (s < e && text[s] == ' ')
        {
            s++;
        }

        while (e > s && text[e - 1] is ' ' or '\r')
        {
            e--;
        }

        for (var k = s; k < e; k++)
        {
            if (text[k] is '\t' or '|' || text[k] == ' ' && k + 1 < e && text[k + 1] == ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Rewrites the group spaces of the certain space-grouped amounts of the line [s, e).</summary>
    private static void JoinLine(string text, int s, int e, ref char[]? chars)
    {
        var k = s;
        while (k < e)
        {
            if (!Scanner.IsDigit(text[k]) || k > s && (Scanner.IsDigit(text[k - 1]) || text[k - 1] is '.' or ','))
            {
                k++;
                continue;
            }

            var head = k;
            while (k < e && Scanner.IsDigit(text[k]))
            {
                k++;
            }

            if (k - head is < 1 or > 3 || text[head] == '0' || !AfterWord(text, s, head))
            {
                continue;
            }

            var end = GroupsEnd(text, k, e, out var groups);
            if (groups == 0 || !MoneyUnitAt(text, end, e))
            {
                continue;
            }

            chars ??= text.ToCharArray();
            for (var g = 0; g < groups; g++)
            {
                chars[k + (4 * g)] = ',';
            }

            k = end;
        }
    }

    /// <summary>
    /// Whether the head at <paramref name="head"/> follows a word: an ideograph or a clause mark (: ( , ; 、) right before it
    /// or before one space before it, and a comma only after no digit.
    /// </summary>
    private static bool AfterWord(string text, int s, int head)
    {
        var before = head - 1;
        if (before >= s && text[before] == ' ')
        {
            before--;
        }

        if (before < s)
        {
            return false;
        }

        var c = text[before];
        return TextTableReader.IsHan(c) || c is ':' or '(' or ';' or '、'
            || c == ',' && before > s && !Scanner.IsDigit(text[before - 1]);
    }

    /// <summary>
    /// Where the groups after a head ending at <paramref name="k"/> and their decimals end: each group one space and exactly
    /// three digits, then at most one point with one or two decimals; <paramref name="groups"/> 0 when there is none or the
    /// decimals are not so.
    /// </summary>
    private static int GroupsEnd(string text, int k, int e, out int groups)
    {
        groups = 0;
        while (k + 3 < e && text[k] == ' ' && ThreeDigits(text, k + 1, e))
        {
            groups++;
            k += 4;
        }

        if (groups == 0 || k >= e || text[k] != '.')
        {
            return k;
        }

        var decimals = 0;
        while (k + 1 + decimals < e && Scanner.IsDigit(text[k + 1 + decimals]))
        {
            decimals++;
        }

        if (decimals is < 1 or > 2)
        {
            groups = 0;
        }

        return k + 1 + decimals;
    }

    /// <summary>Exactly three digits at <paramref name="k"/> (no fourth after them) before <paramref name="e"/>.</summary>
    private static bool ThreeDigits(string text, int k, int e)
        => k + 3 <= e && Scanner.IsDigit(text[k]) && Scanner.IsDigit(text[k + 1]) && Scanner.IsDigit(text[k + 2])
            && (k + 3 == e || !Scanner.IsDigit(text[k + 3]));

    /// <summary>A money unit (万元, 元, 亿元, 千元) at <paramref name="k"/>, after at most one space.</summary>
    private static bool MoneyUnitAt(string text, int k, int e)
    {
        if (k < e && text[k] == ' ')
        {
            k++;
        }

        if (k >= e || text[k] == ' ')
        {
            return false;
        }

        var (unit, _, _) = Scanner.UnitAt(text, k, e);
        return unit is FigureUnit.WanYuan or FigureUnit.Yuan or FigureUnit.YiYuan or FigureUnit.QianYuan;
    }
}
