namespace PublicFinance.FinalAccounts.Values;

/// <summary>
/// The fiscal years (决算年度) the library accepts: <see cref="First"/> to <see cref="Last"/>. The one place these bounds
/// are written; the model, the catalogue reader and the JSON reader check years against it.
/// </summary>
/// <remarks>
/// 1990 is before the earliest published 部门决算 (public disclosure began in 2010) with room for back-filled data;
/// 2100 keeps a mistyped year (20224) out while leaving the century open.
/// </remarks>
public static class FiscalYearRange
{
    /// <summary>The earliest fiscal year accepted (1990).</summary>
    public const int First = 1990;

    /// <summary>The latest fiscal year accepted (2100).</summary>
    public const int Last = 2100;

    /// <summary>True when <paramref name="year"/> is a fiscal year the library accepts.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether <see cref="First"/> ≤ <paramref name="year"/> ≤ <see cref="Last"/>.</returns>
    public static bool Contains(int year) => year is >= First and <= Last;
}
