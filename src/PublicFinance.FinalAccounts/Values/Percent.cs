using System.Diagnostics.CodeAnalysis;

namespace PublicFinance.FinalAccounts.Values;

/// <summary>
/// A percentage as a disclosure writes it (百分比), in percentage points (98.37 means 98.37 %), keeping the number of
/// decimals it was written with ("100%" has 0 decimals, "98.37%" has 2).
/// </summary>
/// <remarks>
/// <para>
/// Like <see cref="Amount"/>, equality compares value and written decimals; <see cref="HasSameValue"/> compares values.
/// <see cref="Interval"/> is the set of exact percentages that round to the written figure.
/// </para>
/// <para><c>default(Percent)</c> is 0 % with no decimals. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Percent : IEquatable<Percent>, IComparable<Percent>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanParsable<Percent>, System.Numerics.IComparisonOperators<Percent, Percent, bool>
#endif
{
    private readonly WrittenDecimal figure;

    internal Percent(WrittenDecimal figure) => this.figure = figure;

    /// <summary>The written-decimal core this figure wraps.</summary>
    internal WrittenDecimal Figure => figure;

    /// <summary>The value in percentage points (98.37 for "98.37%").</summary>
    public decimal Value => figure.Value;

    /// <summary>The number of decimals written (2 for "98.37%", 0 for "100%").</summary>
    public int Decimals => figure.Decimals;

    /// <summary>The value as a ratio (0.9837 for "98.37%").</summary>
    public decimal Ratio => figure.Value / 100m;

    /// <summary>The interval of exact percentages that round to this figure: [v − ½·10^−d, v + ½·10^−d] percentage points.</summary>
    public DecimalInterval Interval => figure.Interval;

    /// <summary>Creates a percentage that keeps the scale of <paramref name="percentagePoints"/> as its decimals (98.37m →
    /// "98.37%").</summary>
    /// <param name="percentagePoints">The value in percentage points.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentagePoints"/> is outside the <see cref="NumericContract"/> (more
    /// than 16 integer digits or 12 decimals).</exception>
    public static Percent FromDecimal(decimal percentagePoints)
        => new(WrittenDecimal.FromScale(percentagePoints, nameof(percentagePoints)));

    /// <summary>Rounds <paramref name="percentagePoints"/> to <paramref name="decimals"/> decimals (default 四舍五入).</summary>
    /// <param name="percentagePoints">The exact value in percentage points.</param>
    /// <param name="decimals">The precision, 0 to 12.</param>
    /// <param name="mode">The midpoint rule.</param>
    /// <returns>The rounded percentage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range, or the rounded value is outside the
    /// <see cref="NumericContract"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public static Percent Round(decimal percentagePoints, int decimals, MidpointRounding mode = MidpointRounding.AwayFromZero)
        => new(WrittenDecimal.Round(percentagePoints, decimals, mode, nameof(percentagePoints)));

    /// <summary>part / whole × 100, rounded to <paramref name="decimals"/> decimals (占比 / 增减率 / 完成率 as documents compute them).</summary>
    /// <param name="part">The numerator.</param>
    /// <param name="whole">The denominator (base); must not be zero.</param>
    /// <param name="decimals">The precision, 0 to 12.</param>
    /// <param name="mode">The midpoint rule.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="whole"/> is zero (a percentage of a zero base is undefined).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    /// <exception cref="OverflowException">The percentage is outside the <see cref="NumericContract"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined <see cref="MidpointRounding"/>.</exception>
    public static Percent FromRatio(decimal part, decimal whole, int decimals = 2, MidpointRounding mode = MidpointRounding.AwayFromZero)
    {
        if (whole == 0m)
        {
            throw new DivideByZeroException(Messages.PercentOfZeroBase);
        }

        WrittenDecimal.CheckRoundingDecimals(decimals);

        var exact = SaturatingMath.Divide(SaturatingMath.Multiply(part, 100m), whole);
        var rounded = decimal.Round(exact, decimals, mode);
        if (!NumericContract.Admits(rounded, decimals))
        {
            throw new OverflowException(Messages.PercentOutOfContract);
        }

        return new Percent(new WrittenDecimal(rounded, decimals));
    }

    /// <summary>Equality of value and decimals.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Percent left, Percent right) => left.Equals(right);

    /// <summary>Inequality of value or decimals.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Percent left, Percent right) => !left.Equals(right);

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Percent left, Percent right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Percent left, Percent right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Percent left, Percent right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Percent left, Percent right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Percent other) => figure.Equals(other.figure);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Percent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => figure.GetHashCode();

    /// <summary>True when the values are equal whatever the written precision ("100%" and "100.00%").</summary>
    /// <param name="other">The other percentage.</param>
    /// <returns>Whether the values are equal.</returns>
    public bool HasSameValue(Percent other) => figure.HasSameValue(other.figure);

    /// <summary>Compares by value, then decimals.</summary>
    /// <param name="other">The other percentage.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Percent other) => figure.CompareTo(other.figure);

    /// <summary>Compares with a boxed <see cref="Percent"/>; null sorts first.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Percent"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Percent other => CompareTo(other),
        _ => throw new ArgumentException(Messages.ObjectMustBe(nameof(Percent)), nameof(obj)),
    };

    /// <summary>The documents' form: "98.37%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => figure.ToString() + "%";

    /// <summary>Formats the number as <see cref="Amount.ToString(string, IFormatProvider)"/> does, followed by "%" ("N" gives
    /// "1,055.4%").</summary>
    /// <param name="format">The format string.</param>
    /// <param name="formatProvider">The culture for "N"/"F" (invariant when null).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => figure.ToString(format, formatProvider) + "%";

    /// <summary>
    /// Parses a percentage: "98.37%", "98.37 %", "９８．３７％", "-7.03%", "1,055.4%", or a bare number "98.37".
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored; parsing is culture-invariant.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a percentage; the message names the position.</exception>
    public static Percent Parse(string s, IFormatProvider? provider = null)
    {
        if (s is null)
        {
            throw new ArgumentNullException(nameof(s));
        }

        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a percentage from a span; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="FormatException">The text is not a percentage.</exception>
    public static Percent Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => TryParseCore(s, out var result, out var error) ? result : throw new FormatException(error);

    /// <summary>Tries to parse a percentage; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The percentage, or 0 % on failure.</param>
    /// <returns>Whether the text was a percentage.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Percent result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s.AsSpan(), out result, out _);
    }

    /// <summary>Tries to parse a percentage; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The percentage, or 0 % on failure.</param>
    /// <returns>Whether the text was a percentage.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Percent result) => TryParse(s, null, out result);

    /// <summary>Tries to parse a percentage from a span.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The percentage, or 0 % on failure.</param>
    /// <returns>Whether the text was a percentage.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Percent result) => TryParseCore(s, out result, out _);

    private static bool TryParseCore(ReadOnlySpan<char> s, out Percent result, out string? error)
    {
        var ok = WrittenDecimal.TryParseWithSuffix(
            s, FigureKind.Percent, ReadPercentSign, Messages.ExpectedPercentSign, out var parsed, out _, out error);
        result = new Percent(parsed);
        return ok;
    }

    /// <summary>Reads a half- or full-width percent sign at <paramref name="i"/> (tag 1), or nothing (tag 0).</summary>
    private static int ReadPercentSign(ReadOnlySpan<char> s, int i, out int tag)
    {
        tag = i < s.Length && (s[i] == '%' || s[i] == '％') ? 1 : 0;
        return i + tag;
    }
}
