namespace PublicFinance.FinalAccounts.Utility;

/// <summary>
/// Shared arithmetic, parsing and formatting for decimal figures that remember how many decimals they were
/// written with (<see cref="Values.Amount"/>, <see cref="Values.Percent"/>, <see cref="Values.Quantity"/>).
/// </summary>
internal static class DecimalFigure
{
    /// <summary>The largest number of decimals a figure may carry (<see cref="Values.NumericContract.MaxDecimals"/>).</summary>
    public const int MaxDecimals = Values.NumericContract.MaxDecimals;

    /// <summary>The scale limit of <see cref="decimal"/> (the most digits a format may ask for).</summary>
    public const int ScaleLimit = 28;

    /// <summary>The smallest number of decimals (precision to 10^10 of the unit, reached only by unit conversion).</summary>
    public const int MinDecimals = -20;

    /// <summary>The number styles of a plain decimal number: a sign and a decimal point only.</summary>
    private const NumberStyles PlainNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static int GetScale(decimal value)
    {
#if NET7_0_OR_GREATER
        return value.Scale;
#else
        return (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif
    }

    /// <summary>Returns <paramref name="value"/> with exactly <paramref name="scale"/> digits after the point, without rounding.</summary>
    public static decimal WithScale(decimal value, int scale)
    {
        var current = GetScale(value);
        decimal result;
        if (current == scale)
        {
            result = value;
        }
        else if (current < scale)
        {
            result = value + new decimal(0, 0, 0, false, (byte)scale);
        }
        else
        {
            result = decimal.Round(value, scale);
        }

        // Normalise negative zero so that formatting never shows "-0.00".
        return result == 0m ? new decimal(0, 0, 0, false, (byte)scale) : result;
    }

    /// <summary>10^-decimals as an exact decimal (decimals may be negative).</summary>
    public static decimal Epsilon(int decimals)
    {
        if (decimals >= 0)
        {
            return new decimal(1, 0, 0, false, (byte)decimals);
        }

        var result = 1m;
        for (var i = 0; i < -decimals; i++)
        {
            result *= 10m;
        }

        return result;
    }

    public static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>True when <paramref name="value"/> has no digits beyond <paramref name="decimals"/>.</summary>
    public static bool FitsDecimals(decimal value, int decimals)
    {
        if (decimals >= ScaleLimit)
        {
            return true;
        }

        if (decimals >= 0)
        {
            return decimal.Round(value, decimals) == value;
        }

        var unit = Epsilon(decimals);
        return decimal.Remainder(value, unit) == 0m;
    }

    /// <summary>Plain invariant notation with the written decimals ("3653.30"), never grouped, never exponent.</summary>
    public static string FormatPlain(decimal value, int decimals)
        => WithScale(value, Math.Max(decimals, 0)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Grouped invariant notation as documents write it ("3,653.30").</summary>
    public static string FormatGrouped(decimal value, int decimals)
        => WithScale(value, Math.Max(decimals, 0))
            .ToString("N" + Math.Max(decimals, 0).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Formats for <see cref="IFormattable"/>: null/"G"/"R" plain, "N" grouped, "F" plain, "Nk"/"Fk" with k decimals (rounded away
    /// from zero).</summary>
    public static string Format(decimal value, int decimals, string? format, IFormatProvider? provider)
    {
        if (string.IsNullOrEmpty(format) || format == "G" || format == "R" || format == "g")
        {
            return FormatPlain(value, decimals);
        }

        var kind = format![0];
        var digits = decimals;
        if (format.Length > 1)
        {
            if (!int.TryParse(format.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out digits) || digits > ScaleLimit)
            {
                throw new FormatException(Messages.UnsupportedFormat(format));
            }
        }

        var rounded = digits >= decimals ? value : decimal.Round(value, Math.Max(digits, 0), MidpointRounding.AwayFromZero);
        var culture = provider ?? CultureInfo.InvariantCulture;
        switch (kind)
        {
            case 'N':
            case 'n':
                return WithScale(rounded, Math.Max(digits, 0))
                    .ToString("N" + Math.Max(digits, 0).ToString(CultureInfo.InvariantCulture), culture);
            case 'F':
            case 'f':
                return WithScale(rounded, Math.Max(digits, 0))
                    .ToString("F" + Math.Max(digits, 0).ToString(CultureInfo.InvariantCulture), culture);
            default:
                throw new FormatException(Messages.UnsupportedFormat(format));
        }
    }

    /// <summary>The result of scanning a number in document text.</summary>
    internal readonly struct Scan
    {
        public Scan(decimal value, int decimals, int end)
        {
            Value = value;
            Decimals = decimals;
            End = end;
            Error = null;
            ErrorIndex = -1;
        }

        public Scan(string error, int errorIndex)
        {
            Value = 0m;
            Decimals = 0;
            End = errorIndex;
            Error = error;
            ErrorIndex = errorIndex;
        }

        public decimal Value { get; }

        public int Decimals { get; }

        /// <summary>Index just after the number.</summary>
        public int End { get; }

        public string? Error { get; }

        public int ErrorIndex { get; }

        public bool Success => Error is null;
    }

    /// <summary>
    /// Room for the gathered digits of a number the numeric contract admits: a sign, the integer digits, a point and the
    /// decimals.
    /// </summary>
    private const int DigitBufferLength = 1 + Values.NumericContract.MaxIntegerDigits + 1 + Values.NumericContract.MaxDecimals;

    /// <summary>
    /// Writes digit <paramref name="d"/> at <paramref name="length"/> when it fits and returns the new length; a digit
    /// beyond the buffer is dropped (its number is then beyond the contract and refused before it is parsed).
    /// </summary>
    private static int Put(Span<char> digits, int length, int d)
    {
        if (length < digits.Length)
        {
            digits[length] = (char)('0' + d);
        }

        return length + 1;
    }

    public static bool IsSpace(char c) => c == ' ' || c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\u2009' || c == '\u202F';

    public static int SkipSpaces(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && IsSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Maps full-width digits to ASCII; returns -1 for a non-digit.</summary>
    public static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= '\uFF10' && c <= '\uFF19')
        {
            return c - '\uFF10';
        }

        return -1;
    }

    private static bool IsGroupSeparator(char c) => c == ',' || c == '\uFF0C';

    private static bool IsDecimalPoint(char c) => c == '.' || c == '\uFF0E';

    private static bool IsMinus(char c) => c == '-' || c == '\uFF0D' || c == '\u2212' || c == '\u2012' || c == '\u2013';

    private static bool IsPlus(char c) => c == '+' || c == '\uFF0B';

    /// <summary>
    /// Scans a signed decimal number at <paramref name="start"/>: half- or full-width digits, optional sign,
    /// optional thousands separators (groups of three), optional decimal point. Stops at the first character
    /// that cannot continue the number.
    /// </summary>
    public static Scan ScanNumber(ReadOnlySpan<char> text, int start)
    {
        var i = SkipSpaces(text, start);
        var negative = false;
        if (i < text.Length && (IsMinus(text[i]) || IsPlus(text[i])))
        {
            negative = IsMinus(text[i]);
            i++;
        }

        // The digits are gathered without insignificant leading zeros into a buffer on the stack: a number the contract
        // admits needs at most a sign, MaxIntegerDigits digits, a point and MaxDecimals decimals; a longer one is
        // refused below before the buffer is parsed, so what does not fit is only counted.
        Span<char> digits = stackalloc char[DigitBufferLength];
        var length = 0;
        if (negative)
        {
            digits[length++] = '-';
        }

        var integerDigits = 0;
        var significantIntegerDigits = 0;
        var groupDigits = 0;
        var sawSeparator = false;
        var firstGroupDigits = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var d = DigitValue(c);
            if (d >= 0)
            {
                integerDigits++;
                if (d != 0 || significantIntegerDigits > 0)
                {
                    significantIntegerDigits++;
                    length = Put(digits, length, d);
                }

                groupDigits++;
                i++;
                continue;
            }

            if (IsGroupSeparator(c) && integerDigits > 0 && i + 1 < text.Length && DigitValue(text[i + 1]) >= 0)
            {
                if (!sawSeparator)
                {
                    firstGroupDigits = groupDigits;
                    if (firstGroupDigits > 3)
                    {
                        return new Scan(Messages.ThousandsSeparatorMisplaced, i);
                    }
                }
                else if (groupDigits != 3)
                {
                    return new Scan(Messages.ThousandsGroupNotThreeDigits, i);
                }

                sawSeparator = true;
                groupDigits = 0;
                i++;
                continue;
            }

            break;
        }

        if (integerDigits == 0)
        {
            return new Scan(Messages.ExpectedDigit, i);
        }

        if (sawSeparator && groupDigits != 3)
        {
            return new Scan(Messages.ThousandsGroupNotThreeDigits, i);
        }

        if (significantIntegerDigits == 0)
        {
            length = Put(digits, length, 0);   // the integer part was all zeros: one stands for them
        }

        var decimals = 0;
        if (i < text.Length && IsDecimalPoint(text[i]) && i + 1 < text.Length && DigitValue(text[i + 1]) >= 0)
        {
            if (length < digits.Length)
            {
                digits[length++] = '.';
            }

            i++;
            while (i < text.Length && DigitValue(text[i]) >= 0)
            {
                length = Put(digits, length, DigitValue(text[i]));
                decimals++;
                i++;
            }
        }

        if (significantIntegerDigits > Values.NumericContract.MaxIntegerDigits || decimals > MaxDecimals)
        {
            return new Scan(Messages.NumberBeyondContract, start);
        }

#if NET
        if (!decimal.TryParse(digits.Slice(0, length), PlainNumber, CultureInfo.InvariantCulture, out var value))
#else
        if (!decimal.TryParse(digits.Slice(0, length).ToString(), PlainNumber, CultureInfo.InvariantCulture, out var value))
#endif
        {
            return new Scan(Messages.NumberOutOfRange, start);
        }

        return new Scan(WithScale(value, decimals), decimals, i);
    }

    /// <summary>Parses a whole string as a number, allowing surrounding spaces only.</summary>
    public static Scan ParseWhole(ReadOnlySpan<char> text)
    {
        var scan = ScanNumber(text, 0);
        if (!scan.Success)
        {
            return scan;
        }

        var end = SkipSpaces(text, scan.End);
        return end == text.Length ? scan : new Scan(Messages.UnexpectedCharacter, end);
    }

    /// <summary>
    /// Parses the strict JSON form: plain decimal notation, optional leading '-', no grouping, no spaces
    /// (pattern <c>^-?(0|[1-9][0-9]*)(\.[0-9]+)?$</c>).
    /// </summary>
    public static bool TryParseJson(ReadOnlySpan<char> text, out decimal value, out int decimals)
        => TryParseJson(text, out value, out decimals, out _);

    /// <summary>As <see cref="TryParseJson(ReadOnlySpan{char}, out decimal, out int)"/>; <paramref name="beyondContract"/> tells a
    /// well-formed number outside the numeric contract.</summary>
    public static bool TryParseJson(ReadOnlySpan<char> text, out decimal value, out int decimals, out bool beyondContract)
    {
        beyondContract = false;
        value = 0m;
        decimals = 0;
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        var intStart = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        var intDigits = i - intStart;
        if (intDigits == 0 || (intDigits > 1 && text[intStart] == '0'))
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var fracStart = i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
            }

            decimals = i - fracStart;
            if (decimals == 0)
            {
                return false;
            }
        }

        if (i != text.Length)
        {
            return false;
        }

        if (decimals > MaxDecimals || intDigits > Values.NumericContract.MaxIntegerDigits)
        {
            beyondContract = true;
            return false;
        }

        if (!decimal.TryParse(text.ToString(), PlainNumber, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = WithScale(value, decimals);
        return true;
    }

    /// <summary>Throws when a figure is outside the numeric contract; <paramref name="name"/> is the parameter.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The figure has too many integer digits or decimals.</exception>
    public static void CheckContract(decimal value, int decimals, string name)
    {
        if (!Values.NumericContract.Admits(value, decimals))
        {
            throw new ArgumentOutOfRangeException(name, Messages.FigureBeyondContract(value, decimals));
        }
    }

    public static string Describe(string kind, string input, Scan scan)
        => Messages.InvalidFigure(kind, input, scan.ErrorIndex, scan.Error);
}
