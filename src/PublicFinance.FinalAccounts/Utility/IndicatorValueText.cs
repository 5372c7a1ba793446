using PublicFinance.FinalAccounts.Model.Performance;

namespace PublicFinance.FinalAccounts.Utility;

/// <summary>
/// Reads the text of a performance indicator value (年度指标值 / 实际完成值) into an <see cref="IndicatorValue"/>: the text
/// layer's parser, kept out of the model (the model holds values; readers of text and documents parse).
/// </summary>
public static class IndicatorValueText
{
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
            comparator = Comparator.GreaterOrEqual;
            i = 2;
        }
        else if (compact.StartsWith("<=", StringComparison.Ordinal) || compact.StartsWith("＜＝", StringComparison.Ordinal))
        {
            comparator = Comparator.LessOrEqual;
            i = 2;
        }
        else if (compact.Length > 0)
        {
            comparator = compact[0] switch
            {
                '≥' or '≧' => Comparator.GreaterOrEqual,
                '≤' or '≦' => Comparator.LessOrEqual,
                '=' or '＝' => Comparator.Equal,
                '>' or '＞' => Comparator.Greater,
                '<' or '＜' => Comparator.Less,
                _ => null,
            };
            i = comparator is null ? 0 : 1;
        }

        var scan = DecimalFigure.ScanNumber(compact.AsSpan(), i);
        if (!scan.Success || scan.End == i)
        {
            return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
        }

        for (var k = scan.End; k < compact.Length; k++)
        {
            if (DecimalFigure.DigitValue(compact[k]) >= 0)
            {
                return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
            }
        }

        var unit = compact.Substring(scan.End);

        return new IndicatorValue
        {
            Text = text.Trim(),
            Comparator = comparator,
            Value = Quantity.Parse(compact.AsSpan(i, scan.End - i), System.Globalization.CultureInfo.InvariantCulture),   // no copy
            Unit = unit.Length == 0 ? null : unit.Replace('％', '%'),
        };
    }

    /// <summary>
    /// The text without its white space: the text itself when it has none (most cells), else one copy of the rest.
    /// </summary>
    internal static string RemoveSpaces(string text)
    {
        var first = 0;
        while (first < text.Length && !char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var chars = new char[text.Length];
        text.CopyTo(0, chars, 0, first);
        var n = first;
        for (var k = first + 1; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                chars[n++] = text[k];
            }
        }

        return new string(chars, 0, n);
    }
}
