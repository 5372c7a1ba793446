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

        // A value in words (优, 达标, 有效提升) starts with a character that is no digit, sign or space — the scan would
        // fail on it at once — so it is not scanned.
        if (i == compact.Length || compact[i] is >= '\u2E80' and < '\uFF00')
        {
            return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
        }

        var scan = DecimalFigure.ScanNumber(compact.AsSpan(), i);
        if (!scan.Success || scan.End == i)
        {
            return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
        }

        var end = scan.End;
        for (var k = end; k < compact.Length; k++)
        {
            if (DecimalFigure.DigitValue(compact[k]) >= 0)
            {
                return new IndicatorValue { Text = text.Trim(), Comparator = comparator };
            }
        }

        return new IndicatorValue
        {
            Text = text.Trim(),
            Comparator = comparator,

            // The figure read once: what Quantity.Parse of compact[i, end) gives (the same scan of the same characters,
            // which ends where this one ended), without scanning it a second time.
            Value = new Quantity(new WrittenDecimal(scan.Value, scan.Decimals)),
            Unit = Unit(compact, end),
        };
    }

    /// <summary>
    /// The unit written after the number (<paramref name="compact"/> from <paramref name="start"/>, '％' as '%'), or null
    /// when nothing follows it; a unit tables write often is the one string kept for it, not a new copy per cell.
    /// </summary>
    private static string? Unit(string compact, int start)
    {
        var written = compact.AsSpan(start);
        if (written.Length == 0)
        {
            return null;
        }

        if (written.Length == 1 && written[0] == '％')
        {
            return CommonUnits[0];
        }

        foreach (var common in CommonUnits)
        {
            if (written.SequenceEqual(common.AsSpan()))
            {
                return common;
            }
        }

        return compact.Substring(start).Replace('％', '%');
    }

    /// <summary>Units that performance tables write often (次, 万元, %, 个…): each kept as one string.</summary>
    private static readonly string[] CommonUnits =
    [
        "%", "次", "个", "万元", "元", "天", "年", "人", "人次", "份", "项", "件", "台", "辆", "批次", "场", "期", "家", "户", "分",
        "月", "日", "小时", "万张", "张", "篇", "条", "套", "本", "所",
    ];

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
