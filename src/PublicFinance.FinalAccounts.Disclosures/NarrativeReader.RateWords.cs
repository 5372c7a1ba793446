namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Words of changes and reasons the blind pages of session 20 wrote: 增幅 / 减幅 as the rate of a change ("比上年增加 3.78 万元，
/// 增幅 6.47%"), and a reason opened by 主要是 after a budget relation ("决算数小于预算数，完成年初预算的 90.00%，主要是…").
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Rate words and their direction: 增幅 and 涨幅 an increase, 减幅 and 降幅 a decrease.</summary>
    private static readonly (string Word, string Direction)[] RateWords =
        [("增幅", "increase"), ("涨幅", "increase"), ("减幅", "decrease"), ("降幅", "decrease")];

    /// <summary>
    /// "增幅 6.47%", "同比增幅为 6.47%", "减幅达 10.66%": the direction of a label that ends in a rate word (为, 达, 是 or 了 after it
    /// allowed), or null. Asked only of a label with no direction word of its own (<see cref="DirectionOf"/>); "增减幅度" is none.
    /// </summary>
    internal static string? RateWordDirection(string label)
    {
        var end = label.Length;
        while (end > 0 && label[end - 1] is ' ' or '为' or '达' or '是' or '了')
        {
            end--;
        }

        if (end < 2 || label[end - 1] != '幅')
        {
            return null;
        }

        foreach (var (word, direction) in RateWords)
        {
            if (label[end - 2] == word[0])
            {
                return direction;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a label is a rate word alone — "减幅", "增幅为", "降幅达" (<see cref="RateWords"/>, 为 or 达 after it allowed): right
    /// after a budget difference ("比年初预算减少 50.00 万元，减幅 9.09%") the difference's rate, as a direction word alone is
    /// (<see cref="OnlyDirection"/>); "同比增幅" names a basis and is none.
    /// </summary>
    internal static bool OnlyRateWord(string label)
    {
        var word = label.Trim();
        if (word.Length == 3 && word[2] is '为' or '达')
        {
            word = word.Substring(0, 2);
        }

        foreach (var (rateWord, _) in RateWords)
        {
            if (string.Equals(word, rateWord, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the weak reason marker <see cref="ReasonMarkers"/>[<paramref name="k"/>] at <paramref name="p"/> follows a budget
    /// relation in its sentence ("决算数小于预算数，完成年初预算的 90.00%，主要是各单位压减公务接待支出"): a reason of the difference, as
    /// after a direction word. Not 主要用于, which describes a use.
    /// </summary>
    private static bool AfterBudgetRelation(string t, int from, int p, int k)
        => !string.Equals(ReasonMarkers[k], "主要用于", StringComparison.Ordinal)
            && (HasAnyIn(t, from, p, BudgetRelationWords) || AfterBudgetExcess(t, from, p, k)   // blind 34, F1
                || AfterBudgetAndFinal(t, from, p, p + ReasonMarkers[k].Length));   // blind 29, F3: "…完成预算的 X%，主要是…"

    /// <summary>
    /// Session 46 (blind round 43, t09): whether the clause [<paramref name="start"/>, <paramref name="end"/>) of
    /// <paramref name="t"/> is a rate word and its figure ("增幅5.84%", "同比增幅为5.84%") — after the grand totals' change
    /// ("财政拨款收、支总计均为…，同比增长365.62万元，增幅5.84%") that change's rate, as "增长5.84%" is.
    /// </summary>
    private static bool RateWordClause(string t, int start, int end)
    {
        var digit = start;
        while (digit < end && !Scanner.IsDigit(t[digit]))
        {
            digit++;
        }

        return digit > start && digit < end && RateWordDirection(t.Substring(start, digit - start)) is not null;
    }
}
