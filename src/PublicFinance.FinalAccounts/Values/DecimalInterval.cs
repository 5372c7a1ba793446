namespace PublicFinance.FinalAccounts.Values;

/// <summary>
/// A closed interval [<see cref="Lower"/>, <see cref="Upper"/>] of exact decimals: the set of true values a rounded
/// figure may stand for (XBRL Calculations 1.1, round-to-nearest). Interval arithmetic on these decides whether
/// figures are consistent without any fixed tolerance.
/// </summary>
/// <remarks>This type is an immutable value type. <c>default</c> is the degenerate interval [0, 0].</remarks>
public readonly struct DecimalInterval : IEquatable<DecimalInterval>
{
    /// <summary>Creates the interval [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <param name="lower">The lower bound (inclusive).</param>
    /// <param name="upper">The upper bound (inclusive).</param>
    /// <exception cref="ArgumentException"><paramref name="lower"/> is greater than <paramref name="upper"/>.</exception>
    public DecimalInterval(decimal lower, decimal upper)
    {
        if (lower > upper)
        {
            throw new ArgumentException(Messages.IntervalBoundsReversed(lower, upper), nameof(lower));
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower bound (inclusive).</summary>
    public decimal Lower { get; }

    /// <summary>The upper bound (inclusive).</summary>
    public decimal Upper { get; }

    /// <summary>The width <see cref="Upper"/> − <see cref="Lower"/>.</summary>
    public decimal Width => Upper - Lower;

    /// <summary>The degenerate interval [v, v] of an exact value.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The interval.</returns>
    public static DecimalInterval Exact(decimal value) => new(value, value);

    /// <summary>Interval sum [a.Lower + b.Lower, a.Upper + b.Upper].</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>The sum.</returns>
    public static DecimalInterval operator +(DecimalInterval left, DecimalInterval right) => Add(left, right);

    /// <summary>Interval difference [a.Lower − b.Upper, a.Upper − b.Lower].</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The difference.</returns>
    public static DecimalInterval operator -(DecimalInterval left, DecimalInterval right) => Subtract(left, right);

    /// <summary>Negation [−Upper, −Lower].</summary>
    /// <param name="value">The interval.</param>
    /// <returns>The negated interval.</returns>
    public static DecimalInterval operator -(DecimalInterval value) => Negate(value);

    /// <summary>Equality of both bounds.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>True when both bounds are equal.</returns>
    public static bool operator ==(DecimalInterval left, DecimalInterval right) => left.Equals(right);

    /// <summary>Inequality of the bounds.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>True when a bound differs.</returns>
    public static bool operator !=(DecimalInterval left, DecimalInterval right) => !left.Equals(right);

    /// <summary>Interval sum; see <see cref="op_Addition"/>.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>The sum.</returns>
    public static DecimalInterval Add(DecimalInterval left, DecimalInterval right)
        => new(checked(left.Lower + right.Lower), checked(left.Upper + right.Upper));

    /// <summary>Interval difference; see <see cref="op_Subtraction(DecimalInterval, DecimalInterval)"/>.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The difference.</returns>
    public static DecimalInterval Subtract(DecimalInterval left, DecimalInterval right)
        => new(checked(left.Lower - right.Upper), checked(left.Upper - right.Lower));

    /// <summary>Negation; see <see cref="op_UnaryNegation"/>.</summary>
    /// <param name="value">The interval.</param>
    /// <returns>The negated interval.</returns>
    public static DecimalInterval Negate(DecimalInterval value) => new(-value.Upper, -value.Lower);

    /// <summary>True when the two intervals share at least one point.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>Whether they intersect.</returns>
    public bool Intersects(DecimalInterval other) => Lower <= other.Upper && other.Lower <= Upper;

    /// <summary>True when <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it is contained.</returns>
    public bool Contains(decimal value) => Lower <= value && value <= Upper;

    /// <summary>The distance from the interval to <paramref name="other"/> (0 when they intersect).</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>The gap between them.</returns>
    public decimal DistanceTo(DecimalInterval other)
        => Intersects(other) ? 0m : (Upper < other.Lower ? other.Lower - Upper : Lower - other.Upper);

    /// <inheritdoc/>
    public bool Equals(DecimalInterval other) => Lower == other.Lower && Upper == other.Upper;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DecimalInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Lower.GetHashCode() * 397) ^ Upper.GetHashCode());

    /// <summary>Formats as "[lower, upper]" in invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => "[" + Lower.ToString(CultureInfo.InvariantCulture) + ", " + Upper.ToString(CultureInfo.InvariantCulture) + "]";
}
