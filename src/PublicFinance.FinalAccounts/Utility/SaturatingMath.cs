namespace PublicFinance.FinalAccounts.Utility;

/// <summary>
/// Decimal arithmetic that never overflows: a result whose magnitude would exceed half of <see cref="decimal.MaxValue"/>
/// is clamped to ±<see cref="decimal.MaxValue"/>.
/// </summary>
/// <remarks>
/// Every figure the numeric contract admits (<see cref="Values.NumericContract"/>) is below 10^16 in magnitude, far
/// below the clamp (≈ 3.9·10^28). A clamped bound therefore still lies beyond every admitted figure on the same side,
/// so comparisons and interval intersections with admitted figures come out exactly as with the true bound. Used for
/// products and quotients in validation (ratios with tiny divisors), where exact results may leave decimal's range.
/// </remarks>
internal static class SaturatingMath
{
    /// <summary>Half of <see cref="decimal.MaxValue"/>: results beyond it are clamped.</summary>
    private static readonly decimal Threshold = decimal.MaxValue / 2m;

    /// <summary>a × b, clamped.</summary>
    public static decimal Multiply(decimal a, decimal b)
    {
        if (a == 0m || b == 0m)
        {
            return 0m;
        }

        var absA = Math.Abs(a);
        var absB = Math.Abs(b);
        var negative = (a < 0m) != (b < 0m);
        if (absB > 1m && absA > Threshold / absB)
        {
            return negative ? decimal.MinValue : decimal.MaxValue;
        }

        return a * b;
    }

    /// <summary>a ÷ b, clamped.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    public static decimal Divide(decimal a, decimal b)
    {
        if (b == 0m)
        {
            throw new DivideByZeroException(Messages.DivisionByZero);
        }

        if (a == 0m)
        {
            return 0m;
        }

        var absA = Math.Abs(a);
        var absB = Math.Abs(b);
        var negative = (a < 0m) != (b < 0m);
        if (absB < 1m && absA > Threshold * absB)
        {
            return negative ? decimal.MinValue : decimal.MaxValue;
        }

        return a / b;
    }

    /// <summary>a + b, clamped.</summary>
    public static decimal Add(decimal a, decimal b)
    {
        if ((a > 0m && b > 0m && a > Threshold - b) || (a < 0m && b < 0m && a < -Threshold - b))
        {
            return a > 0m ? decimal.MaxValue : decimal.MinValue;
        }

        var sum = a + b;
        return sum > Threshold ? decimal.MaxValue : sum < -Threshold ? decimal.MinValue : sum;
    }

    /// <summary>
    /// The interval product [min, max] of the four bound products, clamped: correct for any signs (a negative weight
    /// or score turns the bounds around).
    /// </summary>
    public static Values.DecimalInterval Multiply(Values.DecimalInterval a, Values.DecimalInterval b)
    {
        var p1 = Multiply(a.Lower, b.Lower);
        var p2 = Multiply(a.Lower, b.Upper);
        var p3 = Multiply(a.Upper, b.Lower);
        var p4 = Multiply(a.Upper, b.Upper);
        return new Values.DecimalInterval(Math.Min(Math.Min(p1, p2), Math.Min(p3, p4)), Math.Max(Math.Max(p1, p2), Math.Max(p3, p4)));
    }

    /// <summary>a − b, clamped.</summary>
    public static decimal Subtract(decimal a, decimal b) => Add(a, -b);
}
