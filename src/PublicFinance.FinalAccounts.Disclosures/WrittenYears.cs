namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A year written in four ASCII digits (书写的年份): one scan for the session-49 readers that look for a year at a place — a
/// table column's header (<c>2023年决算数</c>), a name written with its year first (<c>2024年财政拨款收入</c>).
/// </summary>
internal static class WrittenYears
{
    /// <summary>
    /// The year written at <paramref name="at"/> of <paramref name="text"/>: four ASCII digits, no digit right before or after
    /// them, within <see cref="FiscalYearRange"/>; else 0.
    /// </summary>
    internal static int At(string text, int at)
    {
        if (at < 0 || at + 4 > text.Length || at > 0 && Scanner.IsDigit(text[at - 1])
            || at + 4 < text.Length && Scanner.IsDigit(text[at + 4]))
        {
            return 0;
        }

        var year = 0;
        for (var k = at; k < at + 4; k++)
        {
            if (!Scanner.IsDigit(text[k]))
            {
                return 0;
            }

            year = (year * 10) + (text[k] - '0');
        }

        return FiscalYearRange.Contains(year) ? year : 0;
    }

    /// <summary>The year a name starts with, written <c>YYYY年</c> (<c>2024年财政拨款收入</c>); else 0.</summary>
    internal static int Leading(string name) => name.Length > 4 && name[4] == '年' ? At(name, 0) : 0;
}
