namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A ratio check's pass by printed values decided in scaled integers (定标整数比较; issue 13, session 18): the numerator and
/// the denominator as whole numbers of 10^-4, the stated percentage's bounds as whole numbers of 10^-12, and the quotient
/// <c>100 · numerator / denominator</c> compared with the bounds by cross-multiplying in 128 bits — exact, no decimal
/// division, no rounding. The decimal path (<see cref="ValidationContext"/>'s printed quotient) stays for every figure
/// that does not fit, for netstandard2.0 (no 128-bit integer there) and as the oracle
/// (internal <see cref="ValidationOptions.ScaledArithmetic"/> = false).
/// </summary>
/// <remarks>
/// Sizes: a scaled figure is below 2^62 in magnitude, a bound below 2^62 + 10^12; <c>100 · 10^12 · N</c> is then below
/// 2^109 and <c>bound · D</c> below 2^125, both inside a 128-bit integer. Everything that would exceed them — more than
/// four decimals in a figure, more than twelve (or eleven places of precision) in the percentage, figures of 4.6·10^14 or
/// more, percentages of 4.6·10^6 or more — is left undecided (null) for the decimal path.
/// </remarks>
internal static class ScaledRatio
{
    /// <summary>The scale the numerator and denominator are brought to: a figure with more decimals is not decided here.</summary>
    internal const int FigureScale = 4;

    /// <summary>The scale of the stated percentage's bounds: the values-first margin of 10^-12 is one unit of it.</summary>
    internal const int BoundScale = 12;

    /// <summary>A scaled figure or stated percentage is below this magnitude (2^62), so that the cross products fit.</summary>
    internal const long Limit = 1L << 62;

    /// <summary>The largest quotient (percentage points) the values decide: the decimal path's limit.</summary>
    internal const long RatioLimit = 1_000_000;

    private static readonly long[] Powers =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000,
    ];

    /// <summary>
    /// Whether the exact quotient <c>100 · numerator / denominator</c> lies inside the stated percentage's interval by at
    /// least 10^-12 on either side (<c>lower + 10^-12 ≤ q ≤ upper − 10^-12</c>) and within ±10^6 — the decimal path's
    /// test of the printed quotient, without its rounding; null when a figure does not fit the scaled integers.
    /// </summary>
    /// <param name="numerator">The numerator's printed value.</param>
    /// <param name="denominator">The denominator's printed value, not zero.</param>
    /// <param name="stated">The stated percentage's printed value.</param>
    /// <param name="places">The stated percentage's written decimals.</param>
    /// <param name="mode">How the stated percentage was rounded: to nearest, or truncated.</param>
    /// <returns>True inside, false outside, null when undecided here.</returns>
    public static bool? Within(decimal numerator, decimal denominator, decimal stated, int places, RoundingMode mode)
    {
#if NET7_0_OR_GREATER
        places = Math.Max(0, places);
        if (places >= BoundScale || !TryScale(numerator, FigureScale, out var n) || !TryScale(denominator, FigureScale, out var d)
            || d == 0 || !TryScale(stated, BoundScale, out var s) || !TryBounds(s, places, mode, out var lower, out var upper))
        {
            return null;
        }

        if (d < 0)
        {
            // The same quotient with a positive denominator, so that multiplying through keeps the order.
            n = -n;
            d = -d;
        }

        // q = 100·n/d; q ≥ (lower + 1)/10^12 ⟺ 100·10^12·n ≥ (lower + 1)·d (d > 0), and so on.
        var scaled = (Int128)n * (100 * Powers[BoundScale]);
        var inside = scaled >= (Int128)(lower + 1) * d && scaled <= (Int128)(upper - 1) * d;
        return inside && Int128.Abs((Int128)n * 100) <= (Int128)d * RatioLimit;
#else
        _ = (numerator, denominator, stated, places, mode);
        return null;
#endif
    }

    /// <summary>
    /// The stated percentage's interval (<see cref="ValidationContext.RangeOf"/> under round-to-nearest or truncation) in
    /// whole units of 10^-12; false when its precision is finer than that allows.
    /// </summary>
    /// <param name="stated">The percentage in units of 10^-12.</param>
    /// <param name="places">Its written decimals (0 or more).</param>
    /// <param name="mode">Round-to-nearest or truncation.</param>
    /// <param name="lower">The lower bound in units of 10^-12.</param>
    /// <param name="upper">The upper bound in units of 10^-12.</param>
    /// <returns>Whether the bounds were made.</returns>
    internal static bool TryBounds(long stated, int places, RoundingMode mode, out long lower, out long upper)
    {
        if (places < 0 || places >= BoundScale || mode == RoundingMode.Exact)
        {
            lower = upper = 0;
            return false;
        }

        // Half a unit of the last written place and the unit, at scale 12 (places ≤ 11: the half is a whole number there).
        var half = 5 * Powers[BoundScale - places - 1];
        var unit = Powers[BoundScale - places];
        (lower, upper) = mode == RoundingMode.RoundToNearest ? (stated - half, stated + half)
            : stated > 0 ? (stated - half, stated + unit)
            : stated < 0 ? (stated - unit, stated + half)
            : (-unit, unit);
        return true;
    }

    /// <summary>
    /// A decimal as a whole number of 10^-<paramref name="scale"/> (exact), when it has at most that many decimals and the
    /// result is below <see cref="Limit"/> in magnitude.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="scale">The scale, 0 to 12.</param>
    /// <param name="scaled">The whole number.</param>
    /// <returns>Whether it fits.</returns>
    internal static bool TryScale(decimal value, int scale, out long scaled)
    {
#if NET7_0_OR_GREATER
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var own = (bits[3] >> 16) & 0xFF;
        // The low and middle words as unsigned (the build checks overflow; these are bit patterns, not numbers). The
        // scaled value m·10^k stays below 2^62 exactly when m ≤ ⌊(2^62 − 1) / 10^k⌋.
        var magnitude = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        if (bits[2] == 0 && own <= scale && magnitude <= (ulong)((Limit - 1) / Powers[scale - own]))
        {
            var whole = (long)magnitude * Powers[scale - own];
            scaled = bits[3] < 0 ? -whole : whole;
            return true;
        }
#else
        _ = (value, scale);
#endif
        scaled = 0;
        return false;
    }
}
