namespace PublicFinance.FinalAccounts.Values;

/// <summary>Conversions and labels for <see cref="AmountUnit"/>.</summary>
public static class AmountUnitExtensions
{
    /// <summary>The number of yuan in one <paramref name="unit"/> (1, 1 000, 10 000 or 100 000 000).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The exact factor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not defined.</exception>
    public static decimal YuanPerUnit(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => 1m,
        AmountUnit.WanYuan => 10_000m,
        AmountUnit.QianYuan => 1_000m,
        AmountUnit.YiYuan => 100_000_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, Messages.UnknownAmountUnit),
    };

    /// <summary>The power of ten of the unit (0, 3, 4 or 8).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The exponent.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not defined.</exception>
    public static int Exponent(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => 0,
        AmountUnit.WanYuan => 4,
        AmountUnit.QianYuan => 3,
        AmountUnit.YiYuan => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, Messages.UnknownAmountUnit),
    };

    /// <summary>The Chinese label as documents write it: 元, 千元, 万元 or 亿元.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is not defined.</exception>
    public static string ToChineseLabel(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => "元",
        AmountUnit.WanYuan => "万元",
        AmountUnit.QianYuan => "千元",
        AmountUnit.YiYuan => "亿元",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, Messages.UnknownAmountUnit),
    };
}
