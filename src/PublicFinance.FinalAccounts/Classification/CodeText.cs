using System;
using System.Text;

namespace PublicFinance.FinalAccounts.Classification
{
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
                var d = Utility.DecimalFigure.DigitValue(c);
                if (d >= 0)
                {
                    sb.Append((char)('0' + d));
                    i++;
                    continue;
                }

                // Separators inside a code: spaces or '|' between the 类/款/项 parts, followed by another digit.
                if ((c == ' ' || c == '\u3000' || c == '|' || c == '\t') && sb.Length > 0 && NextIsDigit(text, i))
                {
                    i++;
                    continue;
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
                    error = $"expected ']' at index {i} (应为右方括号)";
                    return false;
                }
            }

            if (sb.Length == 0)
            {
                error = $"expected a code at index {i} (应为科目编码)";
                return false;
            }

            digits = sb.ToString();
            rest = text.Substring(i).Trim();
            error = null;
            return true;
        }

        private static bool NextIsDigit(string text, int i)
        {
            var j = i;
            while (j < text.Length && (text[j] == ' ' || text[j] == '\u3000' || text[j] == '|' || text[j] == '\t'))
            {
                j++;
            }

            return j < text.Length && Utility.DecimalFigure.DigitValue(text[j]) >= 0;
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
}
