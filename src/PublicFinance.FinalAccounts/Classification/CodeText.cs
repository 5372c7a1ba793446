namespace PublicFinance.FinalAccounts.Classification;

/// <summary>Shared scanning of classification codes as documents write them.</summary>
internal static class CodeText
{
    /// <summary>
    /// Reads a code at the start of <paramref name="text"/>: "2010301", "201 03 01", "201|03|01", "[2010301]行政运行",
    /// "【2010301】", full-width digits. Returns the digits and the remaining text (the document's own name) trimmed.
    /// </summary>
    public static bool TryScan(string text, out string digits, out string rest, out string? error)
    {
        digits = string.Empty;
        rest = string.Empty;
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var bracketed = i < text.Length && (text[i] == '[' || text[i] == '【' || text[i] == '［');
        if (bracketed)
        {
            i++;
        }

        var sb = new StringBuilder(7);
        while (i < text.Length)
        {
            var c = text[i];
            var d = DecimalFigure.DigitValue(c);
            if (d >= 0)
            {
                sb.Append((char)('0' + d));
                i++;
                continue;
            }

            // Separators inside a code: a run of spaces or '|' between the 类/款/项 parts, followed by another digit.
            // The run is scanned once and skipped whole, so long runs cost linear time.
            if (IsSeparator(c) && sb.Length > 0)
            {
                var end = SkipSeparators(text, i);
                if (end < text.Length && DecimalFigure.DigitValue(text[end]) >= 0)
                {
                    i = end;
                    continue;
                }
            }

            break;
        }

        if (bracketed)
        {
            if (i < text.Length && (text[i] == ']' || text[i] == '】' || text[i] == '］'))
            {
                i++;
            }
            else
            {
                error = Messages.ExpectedClosingBracket(i);
                return false;
            }
        }

        if (sb.Length == 0)
        {
            error = Messages.ExpectedCode(i);
            return false;
        }

        digits = sb.ToString();
        rest = text.Substring(i).Trim();
        error = null;
        return true;
    }

    private static bool IsSeparator(char c) => c == ' ' || c == '\u3000' || c == '|' || c == '\t';

    private static int SkipSeparators(string text, int i)
    {
        var j = i;
        while (j < text.Length && IsSeparator(text[j]))
        {
            j++;
        }

        return j;
    }

    public static bool AllAsciiDigits(string s)
    {
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
