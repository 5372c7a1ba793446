using System;

namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>
/// The words that give a statement its type (词表): fund types, income or expenditure, direction words, bases and
/// reason markers — in one place, so the readers that type statements agree on them.
/// </summary>
internal static class Lexicon
{
    /// <summary>Direction words of a change and the sign they give (增加 +, 减少 −).</summary>
    public static readonly (string Word, int Sign)[] Directions =
        [("增加", 1), ("增长", 1), ("上升", 1), ("提高", 1), ("减少", -1), ("下降", -1), ("降低", -1)];

    /// <summary>Fund words, most specific first (一般公共预算 before the bare 财政拨款).</summary>
    private static readonly (string Word, StatementFund Fund)[] Funds =
    [
        ("一般公共预算", StatementFund.GeneralBudget), ("政府性基金", StatementFund.GovernmentFund), ("国有资本经营", StatementFund.StateCapital),
    ];

    /// <summary>Words that start a reason (原因): figures after them belong to the reason, not to a statement.</summary>
    private static readonly string[] ReasonMarkers = ["原因", "主要是", "主要用于", "主要系", "系因", "由于", "具体情况", "同时"];

    /// <summary>Words of statements that say a figure did not change (持平／无增减／无变化).</summary>
    public static readonly string[] Unchanged = ["持平", "无增减", "无变化", "没有变化", "未发生变化", "无增长", "无差异"];

    /// <summary>The sign of the last direction word in <paramref name="label"/> (+1, −1), or 0 when it has none.</summary>
    public static int Direction(string label)
    {
        var best = -1;
        var sign = 0;
        foreach (var (word, s) in Directions)
        {
            var at = label.LastIndexOf(word, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                sign = s;
            }
        }

        return sign;
    }

    /// <summary>The fund named last in <paramref name="text"/>: a fund word, else 财政拨款 (all funds), else unspecified.</summary>
    public static StatementFund Fund(string text)
    {
        var best = -1;
        var fund = StatementFund.Unspecified;
        foreach (var (word, f) in Funds)
        {
            var at = text.LastIndexOf(word, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                fund = f;
            }
        }

        return fund == StatementFund.Unspecified && text.IndexOf("财政拨款", StringComparison.Ordinal) >= 0
            ? StatementFund.Appropriation
            : fund;
    }

    /// <summary>Income or expenditure, by the last of 收入 / 支出 in <paramref name="label"/> (收支 names neither).</summary>
    public static StatementFlow Flow(string label)
    {
        var income = label.LastIndexOf("收入", StringComparison.Ordinal);
        var expenditure = label.LastIndexOf("支出", StringComparison.Ordinal);
        if (income < 0 && expenditure < 0)
        {
            return StatementFlow.None;
        }

        return income > expenditure ? StatementFlow.Income : StatementFlow.Expenditure;
    }

    /// <summary>Where a reason starts in <paramref name="text"/>, or −1.</summary>
    public static int ReasonStart(string text)
    {
        var first = -1;
        foreach (var marker in ReasonMarkers)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }

    /// <summary>Whether <paramref name="label"/> compares with a budget (年初预算, 预算数), not just names 一般公共预算 funds.</summary>
    public static bool MentionsBudget(string label) => NarrativeReader.MentionsBudget(label);

    /// <summary>Whether <paramref name="label"/> names a prior or other year as the basis (比上年, 比2018年度, 同比).</summary>
    public static bool MentionsPriorYear(string label) =>
        label.Contains("上年") || label.Contains("上一年") || label.Contains("同比") || label.Contains("同期") || label.Contains("年度决算") ||
        (label.Contains("比") || label.Contains("较")) && label.Contains("年");

    /// <summary>Whether <paramref name="text"/> says a figure did not change (持平, 无增减, 无变化…).</summary>
    public static bool SaysUnchanged(string text)
    {
        foreach (var word in Unchanged)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
