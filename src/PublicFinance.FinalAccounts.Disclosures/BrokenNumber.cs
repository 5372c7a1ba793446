namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A number broken at a line end by PDF conversion (跨行断开的数字): "财政拨款收入1,2" / "34.56万元", "货物支出2" / "1.30万元",
/// "服务支出7.0" / "0万元", "总额的10" / (page footer and running title, already dropped) / "0%" — blind round 25 B, r2. The
/// two pieces are joined only where the join is unambiguous: the piece before the break follows a word (not a space, not
/// another number: a cell line flattened into prose keeps its own numbers apart), the piece after it is followed by more
/// text on its line, and the two together are one well-formed number (digits grouped by commas in threes when grouped at
/// all, at most one point, one or two decimals, no leading zero). A number already whole before the break ("2946.25" /
/// "2": three decimals together) is never joined. Checked on the characters in place: no string is made.
/// </summary>
internal static class BrokenNumber
{
    /// <summary>The longest piece of a number looked at on either side of the break.</summary>
    private const int MaxPiece = 24;

    /// <summary>
    /// Whether the number that ends the paragraph <paramref name="prose"/> so far and the number that starts the line
    /// [<paramref name="s"/>, <paramref name="e"/>) of <paramref name="text"/> are one number broken at the line end.
    /// </summary>
    public static bool Joins(StringBuilder prose, string text, int s, int e)
    {
        var tailStart = prose.Length;
        while (tailStart > 0 && prose.Length - tailStart < MaxPiece && IsPart(prose[tailStart - 1]))
        {
            tailStart--;
        }

        var headEnd = s;
        while (headEnd < e && headEnd - s < MaxPiece && IsPart(text[headEnd]))
        {
            headEnd++;
        }

        // The piece before follows a word; the piece after is followed by more text on its line (a unit, a percent sign).
        if (tailStart == 0 || tailStart == prose.Length || headEnd == s || headEnd >= e || !IsDigit(prose[tailStart])
            || IsPart(prose[tailStart - 1]) || char.IsWhiteSpace(prose[tailStart - 1]) || prose[tailStart - 1] is '-' or '%'
            || IsLetter(prose[tailStart - 1]) || text[headEnd - 1] is '.' or ',' || IsLetter(text[headEnd]))
        {
            return false;
        }

        var length = prose.Length - tailStart + (headEnd - s);
        return WellFormed(i => i < prose.Length - tailStart ? prose[tailStart + i] : text[s + i - (prose.Length - tailStart)], length);
    }

    /// <summary>A character of a written number: a digit, a thousands comma or a decimal point.</summary>
    private static bool IsPart(char c) => IsDigit(c) || c is '.' or ',';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>
    /// Whether the characters are one number as amounts and rates are written: digits (no leading zero but "0" itself),
    /// grouped by commas in threes when a comma is there, then at most one point with one or two decimals.
    /// </summary>
    private static bool WellFormed(Func<int, char> at, int length)
    {
        var point = -1;
        for (var i = 0; i < length; i++)
        {
            if (at(i) == '.')
            {
                if (point >= 0)
                {
                    return false;
                }

                point = i;
            }
        }

        var integerEnd = point < 0 ? length : point;
        if (point >= 0 && (length - point - 1 is < 1 or > 2))
        {
            return false;
        }

        for (var i = point + 1; point >= 0 && i < length; i++)
        {
            if (!IsDigit(at(i)))
            {
                return false;
            }
        }

        // Integer part: digits, and when grouped, a first group of one to three digits and then groups of three.
        var group = 0;
        var grouped = false;
        for (var i = 0; i < integerEnd; i++)
        {
            if (at(i) == ',')
            {
                if (group == 0 || (grouped ? group != 3 : group > 3))
                {
                    return false;
                }

                grouped = true;
                group = 0;
            }
            else
            {
                group++;
            }
        }

        return group > 0 && (!grouped || group == 3) && (at(0) != '0' || integerEnd == 1);
    }
}
