using System.Diagnostics.CodeAnalysis;

namespace PublicFinance.FinalAccounts.Values;

/// <summary>
/// A non-monetary decimal figure that keeps its written precision (数量): an area in 平方米, a score or weight (分值 / 得分),
/// an indicator value. The unit, if any, is held beside it by the model.
/// </summary>
/// <remarks>
/// Equality compares value and written decimals (10 ≠ 10.00); <see cref="HasSameValue"/> compares values only.
/// <c>default(Quantity)</c> is 0 with no decimals. This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IComparable, IFormattable
#if NET7_0_OR_GREATER
    , ISpanParsable<Quantity>, System.Numerics.IComparisonOperators<Quantity, Quantity, bool>
#endif
{
    private readonly WrittenDecimal figure;

    internal Quantity(WrittenDecimal figure) => this.figure = figure;

    /// <summary>The written-decimal core this figure wraps.</summary>
    internal WrittenDecimal Figure => figure;

    /// <summary>The exact value.</summary>
    public decimal Value => figure.Value;

    /// <summary>The number of decimals written.</summary>
    public int Decimals => figure.Decimals;

    /// <summary>The interval of exact values that round to this figure.</summary>
    public DecimalInterval Interval => figure.Interval;

    /// <summary>Creates a quantity that keeps the scale of <paramref name="value"/> as its decimals.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the <see cref="NumericContract"/> (more than 16
    /// integer digits or 12 decimals).</exception>
    public static Quantity FromDecimal(decimal value)
        => new(WrittenDecimal.FromScale(value, nameof(value)));

    /// <summary>Equality of value and decimals.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Inequality of value or decimals.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by value, then decimals.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(Quantity other) => figure.Equals(other.figure);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => figure.GetHashCode();

    /// <summary>True when the values are equal whatever the written precision.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>Whether the values are equal.</returns>
    public bool HasSameValue(Quantity other) => figure.HasSameValue(other.figure);

    /// <summary>Compares by value, then decimals.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Quantity other) => figure.CompareTo(other.figure);

    /// <summary>Compares with a boxed <see cref="Quantity"/>; null sorts first.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Quantity"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Quantity other => CompareTo(other),
        _ => throw new ArgumentException(Messages.ObjectMustBe(nameof(Quantity)), nameof(obj)),
    };

    /// <summary>Plain invariant notation with the written decimals ("6055.90").</summary>
    /// <returns>The text.</returns>
    public override string ToString() => figure.ToString();

    /// <summary>Formats as <see cref="Amount.ToString(string, IFormatProvider)"/> does ("N" gives "6,055.90").</summary>
    /// <param name="format">The format string.</param>
    /// <param name="formatProvider">The culture for "N"/"F" (invariant when null).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => figure.ToString(format, formatProvider);

    /// <summary>Parses a number as documents write it (grouping, full-width digits, sign); the written decimals are kept.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored; parsing is culture-invariant.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number.</exception>
    public static Quantity Parse(string s, IFormatProvider? provider = null)
    {
        if (s is null)
        {
            throw new ArgumentNullException(nameof(s));
        }

        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a number from a span; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="FormatException">The text is not a number.</exception>
    public static Quantity Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null)
        => new(WrittenDecimal.Parse(s, FigureKind.Quantity));

    /// <summary>Tries to parse a number.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The quantity, or 0 on failure.</param>
    /// <returns>Whether the text was a number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Quantity result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Tries to parse a number.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The quantity, or 0 on failure.</param>
    /// <returns>Whether the text was a number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Quantity result) => TryParse(s, null, out result);

    /// <summary>Tries to parse a number from a span.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The quantity, or 0 on failure.</param>
    /// <returns>Whether the text was a number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Quantity result)
    {
        var ok = WrittenDecimal.TryParse(s, out var parsed);
        result = new Quantity(parsed);
        return ok;
    }
}
