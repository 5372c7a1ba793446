namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>A hand-written, linear-time scanner for numbers and their units (no regular expressions).</summary>
internal static class Scanner
{
    private static readonly string[] CountUnits = ["人次", "批次", "台(套)", "台（套）", "平方米", "个", "人", "辆", "次", "批", "台", "套", "项", "家", "间"];

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>Where the first CJK ideograph (U+4E00–U+9FFF) of <paramref name="text"/> is, or −1.</summary>
    internal static int FirstIdeograph(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\u4e00' and <= '\u9fff')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The length of <paramref name="text"/> without its trailing ASCII spaces.</summary>
    internal static int EndWithoutSpaces(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    /// <summary>Whether the comma at <paramref name="i"/> is a thousands separator (digit before, exactly three digits after).</summary>
    public static bool IsGroupComma(string s, int i) => IsGroupComma(s, 0, s.Length, i);

    /// <summary>
    /// <see cref="IsGroupComma(string, int)"/> on the view [begin, end) of <paramref name="s"/>: as it answers on
    /// <c>s.Substring(begin, end - begin)</c> at <c>i - begin</c>.
    /// </summary>
    internal static bool IsGroupComma(string s, int begin, int end, int i) =>
        i > begin && IsDigit(s[i - 1]) && (GroupAfter(s, i + 1, end) || end > i + 1 && s[i + 1] == ' ' && GroupAfter(s, i + 2, end));

    /// <summary>Exactly three digits at <paramref name="start"/> ("1,537" and, from web pages, "1, 537"), before
    /// <paramref name="end"/>.</summary>
    private static bool GroupAfter(string s, int start, int end)
        => AllDigits(s, start, 3, end) && (start + 3 >= end || !IsDigit(s[start + 3]));

    private static bool AllDigits(string s, int start, int count, int end)
    {
        if (start + count > end)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            if (!IsDigit(s[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>All numbers in <paramref name="s"/>, left to right.</summary>
    public static List<NumberToken> Numbers(string s)
    {
        var list = new List<NumberToken>();
        var i = 0;
        while (Next(s, ref i, out var token))
        {
            list.Add(token);
        }

        return list;
    }

    /// <summary>Whether <paramref name="s"/> holds a figure: a number followed by a unit (stops at the first one).</summary>
    public static bool HasFigure(string s) => HasFigureIn(s, 0, s.Length);

    /// <summary>
    /// <see cref="HasFigure"/> on the view [<paramref name="begin"/>, <paramref name="end"/>) of <paramref name="s"/>: as it
    /// answers on <c>s.Substring(begin, end - begin)</c>, without cutting the view out.
    /// </summary>
    public static bool HasFigureIn(string s, int begin, int end)
    {
        var i = begin;
        while (NextIn(s, begin, end, ref i, out var token))
        {
            if (token.Unit != FigureUnit.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The next number at or after <paramref name="i"/>; advances <paramref name="i"/> past it. One pass, no
    /// backtracking: every character is looked at a bounded number of times.
    /// </summary>
    public static bool Next(string s, ref int i, out NumberToken token) => NextIn(s, 0, s.Length, ref i, out token);

    /// <summary>
    /// The next number of the view [<paramref name="begin"/>, <paramref name="end"/>) of <paramref name="s"/> at or after
    /// <paramref name="i"/>: exactly what <see cref="Next(string, ref int, out NumberToken)"/> finds in
    /// <c>s.Substring(begin, end - begin)</c>, with positions in <paramref name="s"/> (a clause read in place, not cut out).
    /// </summary>
    public static bool NextIn(string s, int begin, int end, ref int i, out NumberToken token)
    {
        while (i < end)
        {
            var c = s[i];
#if NET
            if (!IsDigit(c) && c != '-' && c != '+')
            {
                // Nothing starts before the next digit but a sign right before it: jump there in one vectorised search
                // (each character passed over would only have been stepped past).
                var digit = s.AsSpan(i, end - i).IndexOfAnyInRange('0', '9');
                if (digit < 0)
                {
                    i = end;
                    break;
                }

                i += s[i + digit - 1] is '-' or '+' ? digit - 1 : digit;
                continue;
            }
#endif
            var signed = (c == '-' || c == '+') && i + 1 < end && IsDigit(s[i + 1])
                && (i == begin || !IsDigit(s[i - 1]) && s[i - 1] != '.');
            if (!IsDigit(c) && !signed)
            {
                i++;
                continue;
            }

            // Skip digits glued to Latin letters or codes such as "30101" inside brackets: still numbers; callers decide.
            var start = i;
            if (signed)
            {
                i++;
            }

            var grouped = false;
            var sawDot = false;
            var decimals = 0;
            var length = c == '-' ? 1 : 0;
            while (i < end)
            {
                var d = s[i];
                if (IsDigit(d))
                {
                    length++;
                    if (sawDot)
                    {
                        decimals++;
                    }

                    i++;
                }
                else if (d == ',' && !sawDot && IsGroupComma(s, begin, end, i))
                {
                    grouped = true;
                    i += s[i + 1] == ' ' ? 2 : 1;
                }
                else if (d == '.' && !sawDot && i + 1 < end && IsDigit(s[i + 1]))
                {
                    sawDot = true;
                    length++;
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (length > 30)
            {
                continue;
            }

            var digitsStart = c == '+' ? start + 1 : start;
            if (!TryParseDigits(s, digitsStart, i, grouped, out var value))
            {
                continue;
            }

            if (!signed && PercentWordBefore(s, begin, start))
            {
                // Session 49 (blind round 46, t04): "占收入合计的百分之72.30", "增长百分之5.92" — 百分之 is the percent sign written
                // before the number; the figure starts at the word (its label ends before it), as "72.30%" is read.
                token = new NumberToken(start - PercentWord.Length, i, s, digitsStart, i, grouped, value, decimals, FigureUnit.Percent,
                    string.Empty);
                return true;
            }

            var (unit, unitText, figureEnd) = UnitAt(s, i, end);
            token = new NumberToken(start, figureEnd, s, digitsStart, i, grouped, value, decimals, unit, unitText);
            i = Math.Max(i, figureEnd);
            return true;
        }

        token = default;
        return false;
    }

    /// <summary>The word of a percentage written before its number ("百分之5.92": 5.92%).</summary>
    internal const string PercentWord = "百分之";

    /// <summary>
    /// Whether <see cref="PercentWord"/> stands right before the number at <paramref name="start"/>, inside the view from
    /// <paramref name="begin"/> (a number read as a percentage, whatever follows it).
    /// </summary>
    internal static bool PercentWordBefore(string s, int begin, int start)
        => start - PercentWord.Length >= begin
            && string.CompareOrdinal(s, start - PercentWord.Length, PercentWord, 0, PercentWord.Length) == 0;

    /// <summary>The plain digits of [start, end) (the '+' sign already left out): group separators dropped.</summary>
    internal static string PlainDigits(string s, int start, int end, bool grouped)
    {
        if (!grouped)
        {
            return FigureTexts.Of(s.AsSpan(start, end - start));   // a short one made once (FigureTexts)
        }

        if (end - start <= 2 * FigureTexts.MaxLength)
        {
            Span<char> plain = stackalloc char[2 * FigureTexts.MaxLength];
            var n = 0;
            for (var k = start; k < end; k++)
            {
                if (s[k] != ',' && s[k] != ' ')
                {
                    plain[n++] = s[k];
                }
            }

            return FigureTexts.Of(plain.Slice(0, n));
        }

        var sb = new System.Text.StringBuilder(end - start);
        for (var k = start; k < end; k++)
        {
            if (s[k] != ',' && s[k] != ' ')
            {
                sb.Append(s[k]);
            }
        }

        return sb.ToString();
    }

    /// <summary>The styles the digits of a number are parsed with (a leading '-', one decimal point).</summary>
    private const NumberStyles DigitStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>
    /// Parses the plain digits of [start, end) as <see cref="PlainDigits"/> gives them — in place, without a string,
    /// where the runtime parses spans (a number has at most 30 digits, so its written form fits the stack buffer).
    /// </summary>
    private static bool TryParseDigits(string s, int start, int end, bool grouped, out decimal value)
    {
        if (!grouped && TryParsePlain(s, start, end, out value))
        {
            return true;
        }
#if NET
        const int Room = 96;
        if (end - start <= Room)
        {
            if (!grouped)
            {
                return decimal.TryParse(s.AsSpan(start, end - start), DigitStyles, CultureInfo.InvariantCulture, out value);
            }

            Span<char> plain = stackalloc char[Room];
            var n = 0;
            for (var k = start; k < end; k++)
            {
                if (s[k] != ',' && s[k] != ' ')
                {
                    plain[n++] = s[k];
                }
            }

            return decimal.TryParse(plain.Slice(0, n), DigitStyles, CultureInfo.InvariantCulture, out value);
        }
#endif
        return decimal.TryParse(PlainDigits(s, start, end, grouped), DigitStyles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The most digits <see cref="TryParsePlain"/> reads (their value fits a <see cref="long"/>).</summary>
    private const int PlainDigitLimit = 18;

    /// <summary>
    /// The common case of <see cref="TryParseDigits"/> without the runtime's general number parser: an unsigned number
    /// of at most 18 digits with at most one decimal point between digits (what the scanner delimits), read into the
    /// same <see cref="decimal"/> — the same value and the same scale (trailing zeros kept: "1.50" has scale 2).
    /// False (nothing decided) for anything else: a sign, more digits, or another character.
    /// </summary>
    internal static bool TryParsePlain(string s, int start, int end, out decimal value)
    {
        value = 0m;
        long mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (var k = start; k < end; k++)
        {
            var c = s[k];
            if (IsDigit(c))
            {
                if (digits == PlainDigitLimit)
                {
                    return false;   // a 19th digit might not fit: the general parser decides
                }

                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (c == '.' && scale < 0 && digits > 0 && k + 1 < end)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = new decimal(unchecked((int)(mantissa & 0xFFFFFFFF)), (int)(mantissa >> 32), 0, false, (byte)Math.Max(0, scale));
        return true;
    }

    /// <summary>The unit after a number ending at <paramref name="i"/> (spaces skipped, within <paramref name="end"/>), and where
    /// the figure ends.</summary>
    /// <remarks>
    /// Decided by the candidate's first character before any unit is compared (session 19; each unit's text was compared
    /// in turn): 万 亿 千 元 % 平 each start units of their own, 名 is a count of persons (its text 人, session 21), and only
    /// the count words are looked up in <see cref="CountUnits"/>, in its order. <see cref="UnitAtByComparison"/> is the
    /// comparison in turn, kept as the tests' oracle.
    /// </remarks>
    internal static (FigureUnit Unit, string UnitText, int End) UnitAt(string s, int i, int end)
    {
        var j = i;
        while (j < end && s[j] == ' ')
        {
            j++;
        }

        if (j >= end)
        {
            return (FigureUnit.None, string.Empty, i);
        }

        var next = j + 1 < end ? s[j + 1] : '\0';
        switch (s[j])
        {
            case '万':
                return next == '元' ? (FigureUnit.WanYuan, string.Empty, j + 2)
                    : next is '人' or '张' or '份' or '次' ? (FigureUnit.None, string.Empty, i)
                    : (FigureUnit.WanYuan, string.Empty, j + 1);   // "0.00 万," — the 元 dropped
            case '亿':
                return next == '元' ? (FigureUnit.YiYuan, string.Empty, j + 2) : (FigureUnit.None, string.Empty, i);
            case '千':
                return next == '元' ? (FigureUnit.QianYuan, string.Empty, j + 2) : (FigureUnit.None, string.Empty, i);
            case '元':
                return next == '/' ? (FigureUnit.None, string.Empty, i) : (FigureUnit.Yuan, string.Empty, j + 1);
            case '%':
                return (FigureUnit.Percent, string.Empty, j + 1);
            case '平':
                return Starts(s, j, "平方米", end) ? (FigureUnit.Area, "平方米", j + 3) : (FigureUnit.None, string.Empty, i);
            case '名':
                return IsPersonsMing(next) ? (FigureUnit.Count, "人", j + 1) : (FigureUnit.None, string.Empty, i);
            case '人' or '批' or '台' or '个' or '辆' or '次' or '套' or '项' or '家' or '间':
                if (CodeBeforePersonWord(s, i, j, next))
                {
                    return (FigureUnit.None, string.Empty, i);
                }

                foreach (var u in CountUnits)
                {
                    if (u[0] == s[j] && Starts(s, j, u, end))
                    {
                        return (FigureUnit.Count, u, j + u.Length);
                    }
                }

                return (FigureUnit.None, string.Empty, i);
            default:
                return (FigureUnit.None, string.Empty, i);
        }
    }

    /// <summary>
    /// What <see cref="UnitAt"/> decides, by comparing each unit's text in turn (the reader before session 19): the
    /// tests' oracle.
    /// </summary>
    internal static (FigureUnit Unit, string UnitText, int End) UnitAtByComparison(string s, int i, int end)
    {
        var j = i;
        while (j < end && s[j] == ' ')
        {
            j++;
        }

        if (Starts(s, j, "万元", end))
        {
            return (FigureUnit.WanYuan, string.Empty, j + 2);
        }

        if (Starts(s, j, "亿元", end))
        {
            return (FigureUnit.YiYuan, string.Empty, j + 2);
        }

        if (Starts(s, j, "千元", end))
        {
            return (FigureUnit.QianYuan, string.Empty, j + 2);
        }

        if (Starts(s, j, "万", end) && !Starts(s, j, "万人", end) && !Starts(s, j, "万张", end) && !Starts(s, j, "万份", end)
            && !Starts(s, j, "万次", end))
        {
            return (FigureUnit.WanYuan, string.Empty, j + 1);   // "0.00 万," — the 元 dropped
        }

        if (Starts(s, j, "元", end) && !Starts(s, j, "元/", end))
        {
            return (FigureUnit.Yuan, string.Empty, j + 1);
        }

        if (j < end && s[j] == '%')
        {
            return (FigureUnit.Percent, string.Empty, j + 1);
        }

        if (Starts(s, j, "平方米", end))
        {
            return (FigureUnit.Area, "平方米", j + 3);
        }

        if (j < end && CodeBeforePersonWord(s, i, j, j + 1 < end ? s[j + 1] : '\0'))
        {
            return (FigureUnit.None, string.Empty, i);
        }

        foreach (var u in CountUnits)
        {
            if (Starts(s, j, u, end))
            {
                return (FigureUnit.Count, u, j + u.Length);
            }
        }

        if (Starts(s, j, "名", end) && IsPersonsMing(j + 1 < end ? s[j + 1] : '\0'))
        {
            return (FigureUnit.Count, "人", j + 1);
        }

        return (FigureUnit.None, string.Empty, i);
    }

    /// <summary>
    /// Session 39 (issue 8): whether the number ending at <paramref name="i"/> is a functional code written right before an
    /// item's name that begins with 人 (at <paramref name="j"/>, <paramref name="next"/> after it): "20101人大事务",
    /// "20405人民法院", "1.20101人大事务" (a list number before it)… — 3, 5 or 7 digits, the first a 2, no thousands separator
    /// before them, and 人 followed by 大, 民, 力, 口 or 防 (人大, 人民, 人力, 人口, 人防: words, never a count of persons; a
    /// count of persons is never a decimal either). Such a 人 is no count unit.
    /// </summary>
    internal static bool CodeBeforePersonWord(string s, int i, int j, char next)
    {
        if (j != i || s[j] != '人' || next is not ('大' or '民' or '力' or '口' or '防'))
        {
            return false;
        }

        var start = i;
        while (start > 0 && IsDigit(s[start - 1]))
        {
            start--;
        }

        return i - start is 3 or 5 or 7 && s[start] == '2' && (start == 0 || s[start - 1] != ',');
    }

    /// <summary>
    /// Whether 名 after a number, followed by <paramref name="next"/>, counts persons (在职人员 35 名, 退休人员 12 名 — the unit
    /// read as 人, so every reading of a count in 人 holds for it): not 名称, 名单, 名次, 名义, 名录, 名额.
    /// </summary>
    internal static bool IsPersonsMing(char next) => next is not ('称' or '单' or '次' or '义' or '录' or '额');

    public static bool Starts(string s, int i, string word) => Starts(s, i, word, s.Length);

    /// <summary>Whether <paramref name="word"/> is written at <paramref name="i"/>, wholly before <paramref name="end"/>.</summary>
    internal static bool Starts(string s, int i, string word, int end)
        => i >= 0 && i + word.Length <= end && string.CompareOrdinal(s, i, word, 0, word.Length) == 0;
}
