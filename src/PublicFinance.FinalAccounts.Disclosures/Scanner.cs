using System;
using System.Collections.Generic;
using System.Globalization;

namespace PublicFinance.FinalAccounts.Disclosures
{
    /// <summary>What follows a number.</summary>
    internal enum FigureUnit
    {
        None,
        WanYuan,
        Yuan,
        YiYuan,
        Percent,
        Count,
        Area,
    }

    /// <summary>A number found in text, with what follows it.</summary>
    internal readonly struct NumberToken
    {
        public NumberToken(int start, int end, string digits, decimal value, int decimals, FigureUnit unit, string unitText)
        {
            Start = start;
            End = end;
            Digits = digits;
            Value = value;
            Decimals = decimals;
            Unit = unit;
            UnitText = unitText;
        }

        /// <summary>Index of the first character (sign or digit).</summary>
        public int Start { get; }

        /// <summary>Index after the unit (or after the number when there is none).</summary>
        public int End { get; }

        /// <summary>The plain digits as written, without grouping, e.g. <c>3653.30</c>.</summary>
        public string Digits { get; }

        public decimal Value { get; }

        public int Decimals { get; }

        public FigureUnit Unit { get; }

        /// <summary>The unit word for counts, e.g. 人, 辆, 人次.</summary>
        public string UnitText { get; }
    }

    /// <summary>A hand-written, linear-time scanner for numbers and their units (no regular expressions).</summary>
    internal static class Scanner
    {
        private static readonly string[] CountUnits = { "人次", "批次", "台(套)", "台（套）", "平方米", "个", "人", "辆", "次", "批", "台", "套", "项", "家", "间" };

        public static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>Whether the comma at <paramref name="i"/> is a thousands separator (digit before, exactly three digits after).</summary>
        public static bool IsGroupComma(string s, int i) =>
            i > 0 && IsDigit(s[i - 1]) && (GroupAfter(s, i + 1) || s.Length > i + 1 && s[i + 1] == ' ' && GroupAfter(s, i + 2));

        /// <summary>Exactly three digits at <paramref name="start"/> ("1,537" and, from web pages, "1, 537").</summary>
        private static bool GroupAfter(string s, int start) => AllDigits(s, start, 3) && (start + 3 >= s.Length || !IsDigit(s[start + 3]));

        private static bool AllDigits(string s, int start, int count)
        {
            if (start + count > s.Length)
                return false;
            for (var k = start; k < start + count; k++)
            {
                if (!IsDigit(s[k]))
                    return false;
            }

            return true;
        }

        /// <summary>All numbers in <paramref name="s"/>, left to right.</summary>
        public static List<NumberToken> Numbers(string s)
        {
            var list = new List<NumberToken>();
            var i = 0;
            while (i < s.Length)
            {
                var c = s[i];
                var signed = (c == '-' || c == '+') && i + 1 < s.Length && IsDigit(s[i + 1]) && (i == 0 || !IsDigit(s[i - 1]) && s[i - 1] != '.');
                if (!IsDigit(c) && !signed)
                {
                    i++;
                    continue;
                }

                // Skip digits glued to Latin letters or codes such as "30101" inside brackets: still numbers; callers decide.
                var start = i;
                if (signed)
                    i++;
                var digits = new System.Text.StringBuilder();
                if (c == '-')
                    digits.Append('-');
                var sawDot = false;
                var decimals = 0;
                while (i < s.Length)
                {
                    var d = s[i];
                    if (IsDigit(d))
                    {
                        digits.Append(d);
                        if (sawDot)
                            decimals++;
                        i++;
                    }
                    else if (d == ',' && !sawDot && IsGroupComma(s, i))
                    {
                        i += s[i + 1] == ' ' ? 2 : 1;
                    }
                    else if (d == '.' && !sawDot && i + 1 < s.Length && IsDigit(s[i + 1]))
                    {
                        sawDot = true;
                        digits.Append('.');
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (digits.Length > 30 || !decimal.TryParse(digits.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    continue;
                }

                var j = i;
                while (j < s.Length && s[j] == ' ')
                    j++;
                var unit = FigureUnit.None;
                var unitText = string.Empty;
                var end = i;
                if (Starts(s, j, "万元"))
                {
                    unit = FigureUnit.WanYuan;
                    end = j + 2;
                }
                else if (Starts(s, j, "亿元"))
                {
                    unit = FigureUnit.YiYuan;
                    end = j + 2;
                }
                else if (Starts(s, j, "万") && !Starts(s, j, "万人") && !Starts(s, j, "万张") && !Starts(s, j, "万份") && !Starts(s, j, "万次"))
                {
                    unit = FigureUnit.WanYuan;   // "0.00 万," — the 元 dropped
                    end = j + 1;
                }
                else if (Starts(s, j, "元") && !Starts(s, j, "元/"))
                {
                    unit = FigureUnit.Yuan;
                    end = j + 1;
                }
                else if (j < s.Length && s[j] == '%')
                {
                    unit = FigureUnit.Percent;
                    end = j + 1;
                }
                else if (Starts(s, j, "平方米"))
                {
                    unit = FigureUnit.Area;
                    unitText = "平方米";
                    end = j + 3;
                }
                else
                {
                    foreach (var u in CountUnits)
                    {
                        if (Starts(s, j, u))
                        {
                            unit = FigureUnit.Count;
                            unitText = u;
                            end = j + u.Length;
                            break;
                        }
                    }
                }

                list.Add(new NumberToken(start, end, digits.ToString(), value, decimals, unit, unitText));
                i = Math.Max(i, end);
            }

            return list;
        }

        public static bool Starts(string s, int i, string word) => i >= 0 && i + word.Length <= s.Length && string.CompareOrdinal(s, i, word, 0, word.Length) == 0;
    }
}
