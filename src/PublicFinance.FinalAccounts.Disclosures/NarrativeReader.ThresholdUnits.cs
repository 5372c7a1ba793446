namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 31 (M3): the 万元 of a unit-price threshold ("单位价值50万元以上通用设备", "单价100万元（含）以上") is a
/// definition's, not a figure's, so it does not make a text whose amounts are all in 元 a 万元 document.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words a unit-price threshold starts with (单价, 单位价值), optionally followed by 在 / 为 / 达.</summary>
    private static readonly string[] ThresholdWords = ["单价", "单位价值", "單價", "單位價值"];

    /// <summary>
    /// Whether the 万 at <paramref name="at"/> is the unit of a unit-price threshold: "万元" then "以上" (after an optional
    /// （含）), and before the number (digits, a point, spaces) 单价 or 单位价值, optionally with 在 / 为 / 达 between.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="at">The index of 万.</param>
    /// <returns>Whether it is a threshold's unit.</returns>
    internal static bool UnitPriceThreshold(string text, int at)
    {
        var after = at + 1;
        if (after >= text.Length || text[after] != '元')
        {
            return false;
        }

        after++;
        foreach (var included in (string[])["（含）", "(含)"])
        {
            if (string.CompareOrdinal(text, after, included, 0, included.Length) == 0)
            {
                after += included.Length;
                break;
            }
        }

        if (string.CompareOrdinal(text, after, "以上", 0, 2) != 0 && string.CompareOrdinal(text, after, "及以上", 0, 3) != 0)
        {
            return false;
        }

        var before = at;
        while (before > 0 && (char.IsDigit(text[before - 1]) || text[before - 1] is '.' or ',' or ' '))
        {
            before--;
        }

        if (before == at)
        {
            return false;   // no number before 万元
        }

        if (before > 0 && text[before - 1] is '在' or '为' or '達' or '达' or '為')
        {
            before--;
        }

        foreach (var word in ThresholdWords)
        {
            if (before >= word.Length && string.CompareOrdinal(text, before - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
