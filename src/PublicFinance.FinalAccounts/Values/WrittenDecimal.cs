namespace PublicFinance.FinalAccounts.Values;

/// <summary>
/// The one core of every written figure (书写数值): an exact <see cref="decimal"/> value and the number of decimals it was
/// written with. <see cref="Amount"/>, <see cref="Percent"/> and <see cref="Quantity"/> each wrap one, so equality,
/// ordering, the interval, formatting and parsing exist once.
/// </summary>
/// <remarks>
/// Equality compares value and decimals ("3653.3" ≠ "3653.30"); ordering is by value, then decimals, consistent with
/// equality. <c>default</c> is zero written with no decimals. Decimals are negative only after a unit conversion of an
/// <see cref="Amount"/>; the stored value then keeps no decimals.
/// </remarks>
internal readonly struct WrittenDecimal : IEquatable<WrittenDecimal>, IComparable<WrittenDecimal>
{
    private readonly decimal value;
    private readonly sbyte decimals;

    /// <summary>Creates the figure; the value is brought to exactly max(<paramref name="decimals"/>, 0) digits after the point.</summary>
    /// <param name="value">The value; the caller has checked it has no digits beyond <paramref name="decimals"/>.</param>
    /// <param name="decimals">The written decimals, <see cref="DecimalFigure.MinDecimals"/> to
    /// <see cref="NumericContract.MaxDecimals"/>.</param>
    public WrittenDecimal(decimal value, int decimals)
    {
        this.value = DecimalFigure.WithScale(value, Math.Max(decimals, 0));
        this.decimals = (sbyte)decimals;
    }

    /// <summary>Reads the figure back from a value and the written decimals the JSON and text scanners return.</summary>
    /// <param name="scan">A successful scan.</param>
    private WrittenDecimal(DecimalFigure.Scan scan)
        : this(scan.Value, scan.Decimals)
    {
    }

    /// <summary>Tells how a figure's text ends after the number: returns the index after the suffix (or
    /// <paramref name="index"/>).</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="index">The index after the number and its spaces.</param>
    /// <param name="tag">What the suffix was (meaning chosen by the caller; 0 when none).</param>
    /// <returns>The index after the suffix.</returns>
    public delegate int SuffixReader(ReadOnlySpan<char> text, int index, out int tag);

    /// <summary>The exact value.</summary>
    public decimal Value => value;

    /// <summary>The written decimals.</summary>
    public int Decimals => decimals;

    /// <summary>Half of the last written digit's unit, ½·10^−d.</summary>
    public decimal HalfUnit => DecimalFigure.Epsilon(decimals) / 2m;

    /// <summary>The interval of true values the rounded figure stands for: [v − ½·10^−d, v + ½·10^−d].</summary>
    public DecimalInterval Interval => new(value - HalfUnit, value + HalfUnit);

    /// <summary>A figure that keeps the scale of <paramref name="value"/> as its decimals, checked against the
    /// <see cref="NumericContract"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="parameterName">The caller's parameter, named in the exception.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the numeric contract.</exception>
    public static WrittenDecimal FromScale(decimal value, string parameterName)
    {
        var scale = DecimalFigure.GetScale(value);
        DecimalFigure.CheckContract(value, scale, parameterName);
        return new WrittenDecimal(value, scale);
    }

    /// <summary>Rounds <paramref name="value"/> to <paramref name="decimals"/> (0 to 12) decimals, checked against the
    /// <see cref="NumericContract"/>.</summary>
    /// <param name="value">The exact value.</param>
    /// <param name="decimals">The precision.</param>
    /// <param name="mode">The midpoint rule.</param>
    /// <param name="parameterName">The caller's value parameter, named in the exception.</param>
    /// <returns>The rounded figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range, or the rounded value is outside the
    /// contract.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public static WrittenDecimal Round(decimal value, int decimals, MidpointRounding mode, string parameterName)
    {
        CheckRoundingDecimals(decimals);
        var rounded = decimal.Round(value, decimals, mode);
        DecimalFigure.CheckContract(rounded, decimals, parameterName);
        return new WrittenDecimal(rounded, decimals);
    }

    /// <summary>Throws unless <paramref name="decimals"/> is a precision a figure may be rounded to (0 to 12).</summary>
    /// <param name="decimals">The precision.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public static void CheckRoundingDecimals(int decimals)
    {
        if (decimals < 0 || decimals > NumericContract.MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, Messages.RoundingDecimalsOutOfRange);
        }
    }

    /// <inheritdoc/>
    public bool Equals(WrittenDecimal other) => value == other.value && decimals == other.decimals;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WrittenDecimal other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((value.GetHashCode() * 397) ^ decimals);

    /// <summary>True when the values are equal whatever the written decimals.</summary>
    /// <param name="other">The other figure.</param>
    /// <returns>Whether the values are equal.</returns>
    public bool HasSameValue(WrittenDecimal other) => value == other.value;

    /// <summary>Compares by value, then by decimals.</summary>
    /// <param name="other">The other figure.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(WrittenDecimal other)
    {
        var byValue = value.CompareTo(other.value);
        return byValue != 0 ? byValue : decimals.CompareTo(other.decimals);
    }

    /// <summary>Plain invariant notation with the written decimals ("3653.30").</summary>
    /// <returns>The text.</returns>
    public override string ToString() => DecimalFigure.FormatPlain(value, decimals);

    /// <summary>Formats for <see cref="IFormattable"/>; see <see cref="DecimalFigure.Format"/>.</summary>
    /// <param name="format">The format string.</param>
    /// <param name="formatProvider">The culture for "N"/"F" (invariant when null).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        DecimalFigure.Format(value, decimals, format, formatProvider);

    /// <summary>Grouped invariant notation as documents write it ("3,653.30").</summary>
    /// <returns>The text.</returns>
    public string ToGroupedString() => DecimalFigure.FormatGrouped(value, decimals);

    /// <summary>Tries to read the whole of <paramref name="s"/> as one number (grouping, full-width digits, sign, spaces).</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The figure, or zero on failure.</param>
    /// <returns>Whether the text was a number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out WrittenDecimal result)
    {
        var scan = DecimalFigure.ParseWhole(s);
        result = scan.Success ? new WrittenDecimal(scan) : default;
        return scan.Success;
    }

    /// <summary>Reads the whole of <paramref name="s"/> as one number; see
    /// <see cref="TryParse(ReadOnlySpan{char}, out WrittenDecimal)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="kind">What the figure is, named in the message.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="FormatException">The text is not a number; the message names the position.</exception>
    public static WrittenDecimal Parse(ReadOnlySpan<char> s, FigureKind kind)
    {
        var scan = DecimalFigure.ParseWhole(s);
        return scan.Success
            ? new WrittenDecimal(scan)
            : throw new FormatException(DecimalFigure.Describe(kind.TextName, s.ToString(), scan));
    }

    /// <summary>
    /// Tries to read a number followed by an optional suffix (a unit, a percent sign) and nothing else but spaces.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="kind">What the figure is, named in the message.</param>
    /// <param name="suffix">Reads the suffix after the number.</param>
    /// <param name="expectedSuffix">The bilingual description of the suffix, named when something else follows.</param>
    /// <param name="result">The figure, or zero on failure.</param>
    /// <param name="tag">What <paramref name="suffix"/> read (0 when none).</param>
    /// <param name="error">The located message on failure, else null.</param>
    /// <returns>Whether the text was a number with at most the suffix after it.</returns>
    public static bool TryParseWithSuffix(
        ReadOnlySpan<char> s,
        FigureKind kind,
        SuffixReader suffix,
        string expectedSuffix,
        out WrittenDecimal result,
        out int tag,
        out string? error)
    {
        result = default;
        tag = 0;
        var scan = DecimalFigure.ScanNumber(s, 0);
        if (!scan.Success)
        {
            error = DecimalFigure.Describe(kind.TextName, s.ToString(), scan);
            return false;
        }

        var i = DecimalFigure.SkipSpaces(s, suffix(s, DecimalFigure.SkipSpaces(s, scan.End), out tag));
        if (i != s.Length)
        {
            error = DecimalFigure.Describe(kind.TextName, s.ToString(), new DecimalFigure.Scan(expectedSuffix, i));
            tag = 0;
            return false;
        }

        error = null;
        result = new WrittenDecimal(scan);
        return true;
    }
}
