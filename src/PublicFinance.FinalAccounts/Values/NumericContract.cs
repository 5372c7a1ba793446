namespace PublicFinance.FinalAccounts.Values;

/// <summary>
/// The numeric contract (数值约定) of the model: the largest figure and the most decimals an <see cref="Amount"/>,
/// <see cref="Percent"/> or <see cref="Quantity"/> holds. The JSON schema, the JSON reader, the value parsers and the
/// factories enforce the same limits: a figure beyond them is rejected with a located error, never rounded.
/// </summary>
/// <remarks>
/// <para>
/// At most <see cref="MaxIntegerDigits"/> integer digits (|value| &lt; 10^16) and at most <see cref="MaxDecimals"/>
/// decimals: 28 digits in all, so every admitted figure is exact in <see cref="decimal"/> and parse(format(x)) = x.
/// 10^16 元 is a hundred thousand times China's national budget; 12 decimals hold 元 amounts converted to 亿元 with
/// four decimals to spare.
/// </para>
/// <para>
/// Sums of admitted figures cannot overflow (that would take more than 7·10^12 terms); products and quotients in the
/// validator are computed with clamping beyond 3.9·10^28, where every admitted figure compares the same way.
/// </para>
/// </remarks>
public static class NumericContract
{
    /// <summary>The most integer digits a figure may have (16: |value| &lt; 10^16).</summary>
    public const int MaxIntegerDigits = 16;

    /// <summary>The most decimals a figure may be written with (12).</summary>
    public const int MaxDecimals = 12;

    /// <summary>The largest magnitude a figure may have: 9,999,999,999,999,999.999999999999 (just below 10^16).</summary>
    public const decimal MaxMagnitude = 9_999_999_999_999_999.999999999999m;

    /// <summary>True when <paramref name="value"/> written with <paramref name="decimals"/> decimals is within the contract.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The written decimals (negative decimals, after unit conversion, are within it).</param>
    /// <returns>Whether the figure is admitted.</returns>
    public static bool Admits(decimal value, int decimals) => decimals <= MaxDecimals && value <= MaxMagnitude && value >= -MaxMagnitude;

    /// <summary>The bilingual description used in error messages.</summary>
    internal const string Description = Utility.Messages.NumericContractLimits;
}
