namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>HTML escaping and the display formats of figures.</summary>
internal static class Html
{
    /// <summary>Escapes text for element content and quoted attribute values (&amp; &lt; &gt; &quot; &#39;).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\0': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Groups the integer digits of a plain decimal string by thousands, keeping every written decimal
    /// (<c>23053.86</c> → <c>23,053.86</c>); any other text is returned unchanged.</summary>
    public static string GroupDigits(string plain)
    {
        if (!IsPlainDecimal(plain))
        {
            return plain;
        }

        int start = plain[0] is '-' or '+' ? 1 : 0;
        int dot = plain.IndexOf('.', start);
        int intEnd = dot < 0 ? plain.Length : dot;
        var sb = new StringBuilder(plain.Length + 8);
        sb.Append(plain, 0, start);
        for (int i = start; i < intEnd; i++)
        {
            if (i > start && (intEnd - i) % 3 == 0)
            {
                sb.Append(',');
            }

            sb.Append(plain[i]);
        }
        sb.Append(plain, intEnd, plain.Length - intEnd);
        return sb.ToString();
    }

    /// <summary>True for <c>[+-]digits[.digits]</c>, the way the JSON contract writes figures.</summary>
    public static bool IsPlainDecimal(string s)
    {
        int i = s.Length > 0 && s[0] is '-' or '+' ? 1 : 0;
        int digits = 0;
        bool dot = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c == '.' && !dot && digits > 0)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }
        return digits > 0 && s[^1] != '.';
    }

    /// <summary>Formats a number for SVG coordinates (invariant, two decimals at most).</summary>
    public static string Coordinate(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Formats an integer invariantly.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
