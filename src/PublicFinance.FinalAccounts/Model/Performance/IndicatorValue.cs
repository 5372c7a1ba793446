using System;
using System.Collections.Generic;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>
/// An indicator value as written (年度指标值 / 实际完成值): the text, and where it is quantitative, the comparator, the
/// number and the unit (">=4 次" → ≥, 4, 次; "=100%" → =, 100, %; "有效提升" → text only).
/// </summary>
public sealed record IndicatorValue
{
    /// <summary>The value exactly as written.</summary>
    public required string Text { get; init; }

    /// <summary>The comparator, when written.</summary>
    public Comparator? Comparator { get; init; }

    /// <summary>The number, when the value is quantitative.</summary>
    public Quantity? Value { get; init; }

    /// <summary>The unit after the number (次, 万元, %, 人次), when written.</summary>
    public string? Unit { get; init; }

    /// <summary>
    /// Reads an indicator value as tables write it, tolerating spaces inserted by PDF conversion ("≤37.49 万 元").
    /// A value whose remainder contains further digits (a date range) keeps only its comparator and text.
    /// </summary>
    /// <param name="text">The cell text.</param>
    /// <returns>The value; never throws for non-null text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IndicatorValue Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var compact = RemoveSpaces(text);
        var i = 0;
        Comparator? comparator = null;
        if (compact.StartsWith(">=", StringComparison.Ordinal) || compact.StartsWith("＞＝", StringComparison.Ordinal))
        {
            comparator = Performance.Comparator.GreaterOrEqual;
            i = 2;
        }
        else if (compact.StartsWith("<=", StringComparison.Ordinal) || compact.StartsWith("＜＝", StringComparison.Ordinal))
        {
            comparator = Performance.Comparator.LessOrEqual;
            i = 2;
        }
        else if (compact.Length > 0)
        {
            comparator = compact[0] switch
            {
                '≥' or '≧' => Performance.Comparator.GreaterOrEqual,
                '≤' or '≦' => Performance.Comparator.LessOrEqual,
                '=' or '＝' => Performance.Comparator.Equal,
                '>' or '＞' => Performance.Comparator.Greater,
                '<' or '＜' => Performance.Comparator.Less,
                _ => null,
            };
            i = comparator is null ? 0 : 1;
        }

        var scan = DecimalFigure.ScanNumber(compact.AsSpan(), i);
        if (!scan.Success || scan.End == i)
        {
            return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
        }

        var unit = compact.Substring(scan.End);
        foreach (var c in unit)
        {
            if (DecimalFigure.DigitValue(c) >= 0)
            {
                return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
            }
        }

        return new IndicatorValue
        {
            Text = text.Trim(),
            Comparator = comparator,
            Value = Quantity.Parse(compact.Substring(i, scan.End - i), System.Globalization.CultureInfo.InvariantCulture),
            Unit = unit.Length == 0 ? null : unit.Replace('％', '%'),
        };
    }

    private static string RemoveSpaces(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars.Add(c);
            }
        }

        return new string(chars.ToArray());
    }
}
