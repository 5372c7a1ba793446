namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 46, t06): a share whose figure is named with the report's year before it and whose whole is
/// written after 占 — "2024年财政拨款收入占本年收入的95.63%，其他收入占4.37%" after a sentence that ended on 其他收入. The year's
/// digits made the name "no name" (a name with a digit is an item's), and the share went to the sentence's last figure,
/// 其他收入 (a false FA2001: 95.63 % of 805.82). Now the report's own year is no part of the name, and a whole written after
/// 占 (本年收入, 本年支出 and their 合计) is the rule's whole as the clause's subject would be.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The wholes of an income share written after 占 (the share rule's base, FA2001).</summary>
    private static readonly string[] IncomeWholeWords = ["本年收入合计", "本年收入", "收入合计", "本年总收入", "总收入"];

    /// <summary>The wholes of an expenditure share written after 占 (the share rule's base, FA2002).</summary>
    private static readonly string[] ExpenditureWholeWords = ["本年支出合计", "本年支出", "支出合计", "本年总支出", "总支出"];

    /// <summary>
    /// <paramref name="name"/> without the report's year written before it ("2024年财政拨款收入", "2024年度…"); another year's
    /// name, or a name without a year, as it is.
    /// </summary>
    private string WithoutReportYear(string name)
    {
        if (year == 0 || name.Length < 7 || WrittenYears.Leading(name) != year)
        {
            return name;
        }

        var rest = name[5] == '度' ? name.Substring(6) : name.Substring(5);
        return rest.Length < 2 ? name : rest;
    }

    /// <summary>
    /// Whether <paramref name="name"/> (after <see cref="WithoutReportYear"/>) still starts with a year ("2023年财政拨款收入" in a
    /// 2024 text): another year's figure, never this year's subject's.
    /// </summary>
    private bool NamesAnotherYear(string name)
        => year != 0 && name.Length > 5 && WrittenYears.Leading(name) != 0;

    /// <summary>
    /// Whether <paramref name="afterZhan"/> (the words after 占, up to the percentage) is the whole the share rule of
    /// <paramref name="named"/> divides by: an income's 本年收入 (or its 合计), an expenditure's 本年支出, alone or with 的.
    /// </summary>
    internal static bool NamesWholeOfShare(string named, string afterZhan)
    {
        var whole = afterZhan.Trim();
        if (whole.EndsWith("的", StringComparison.Ordinal))
        {
            whole = whole.Substring(0, whole.Length - 1);
        }

        var words = named.IndexOf("/income/", StringComparison.Ordinal) >= 0 ? IncomeWholeWords
            : named.IndexOf("/expenditure/", StringComparison.Ordinal) >= 0 ? ExpenditureWholeWords
            : [];
        return Array.IndexOf(words, whole) >= 0;
    }
}
