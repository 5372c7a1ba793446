using System;

namespace PublicFinance.FinalAccounts.Values
{
    /// <summary>The unit in which a report states its amounts (金额单位). A report declares it once; <c>default</c> is 万元.</summary>
    public enum AmountUnit
    {
        /// <summary>Ten thousand yuan (万元); the unit of almost every 部门决算 table, and so the default (zero) value.</summary>
        WanYuan = 0,

        /// <summary>Yuan (元), the base unit of the renminbi.</summary>
        Yuan = 1,

        /// <summary>Hundred million yuan (亿元).</summary>
        YiYuan = 2,
    }

    /// <summary>Conversions and labels for <see cref="AmountUnit"/>.</summary>
    public static class AmountUnitExtensions
    {
        /// <summary>The number of yuan in one <paramref name="unit"/> (1, 10 000 or 100 000 000).</summary>
        /// <param name="unit">The unit.</param>
        /// <returns>The exact factor.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The unit is not defined.</exception>
        public static decimal YuanPerUnit(this AmountUnit unit) => unit switch
        {
            AmountUnit.Yuan => 1m,
            AmountUnit.WanYuan => 10_000m,
            AmountUnit.YiYuan => 100_000_000m,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown amount unit. 未知的金额单位。"),
        };

        /// <summary>The power of ten of the unit (0, 4 or 8).</summary>
        /// <param name="unit">The unit.</param>
        /// <returns>The exponent.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The unit is not defined.</exception>
        public static int Exponent(this AmountUnit unit) => unit switch
        {
            AmountUnit.Yuan => 0,
            AmountUnit.WanYuan => 4,
            AmountUnit.YiYuan => 8,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown amount unit. 未知的金额单位。"),
        };

        /// <summary>The Chinese label as documents write it: 元, 万元 or 亿元.</summary>
        /// <param name="unit">The unit.</param>
        /// <returns>The label.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The unit is not defined.</exception>
        public static string ToChineseLabel(this AmountUnit unit) => unit switch
        {
            AmountUnit.Yuan => "元",
            AmountUnit.WanYuan => "万元",
            AmountUnit.YiYuan => "亿元",
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown amount unit. 未知的金额单位。"),
        };
    }
}
