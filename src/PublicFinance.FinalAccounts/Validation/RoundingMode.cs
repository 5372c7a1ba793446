namespace PublicFinance.FinalAccounts.Validation;

/// <summary>How a stated figure's precision is turned into an interval (舍入模式).</summary>
public enum RoundingMode
{
    /// <summary>
    /// Round half away from zero (四舍五入, XBRL Calculations 1.1 round-to-nearest): a figure written with d decimals
    /// stands for [v − ½·10^−d, v + ½·10^−d]. The default.
    /// </summary>
    RoundToNearest = 0,

    /// <summary>
    /// Figures may have been truncated (截尾) as well as rounded: a positive figure stands for [v − ½·10^−d, v + 10^−d],
    /// a negative one for [v − 10^−d, v + ½·10^−d] (the hull of both readings).
    /// </summary>
    Truncation = 1,

    /// <summary>
    /// Amounts are exact (不允许舍入误差): no slack for amounts and scores. Stated percentages keep the interval of
    /// their own written precision, because a percentage is by definition a rounded ratio.
    /// </summary>
    Exact = 2,
}
