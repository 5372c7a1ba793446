namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Small wordings of budget comparisons and 绩效 counts (found by blind round 29, families F3, F6 and F8): a bare reason after
/// a budget and its final (F3), a numbered 三公 item's "支出决算" (F6), a rate "为预算 X 万元的 R%" and the grade counts of a
/// 绩效评价 (F8).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// F3: whether the words [<paramref name="from"/>, <paramref name="p"/>) of a sentence state a budget and its final — 预算
    /// with 决算, 完成 or 执行, and a figure — so that a weak reason marker or a clause opened by 因/系 at <paramref name="p"/>
    /// gives the budget difference's reason ("年初预算为 0 万元，支出决算为 365.00 万元，年初未安排预算，因年中追加…"; "…完成年初预算的
    /// 103.60%，主要是…"), as after "决算数大于年初预算数"; never a use (…主要是用于…, the words at <paramref name="after"/>).
    /// </summary>
    private static bool AfterBudgetAndFinal(string t, int from, int p, int after)
    {
        if (p <= from || t.IndexOf("预算", from, p - from, StringComparison.Ordinal) < 0
            || after + 2 <= t.Length && string.CompareOrdinal(t, after, "用于", 0, 2) == 0)
        {
            return false;
        }

        var final = t.IndexOf("决算", from, p - from, StringComparison.Ordinal) >= 0
            || t.IndexOf("完成", from, p - from, StringComparison.Ordinal) >= 0
            || t.IndexOf("执行", from, p - from, StringComparison.Ordinal) >= 0;
        if (!final)
        {
            return false;
        }

        for (var i = from; i < p; i++)
        {
            if (Scanner.IsDigit(t[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// F6: whether a 三公 label ends in the final of an item written as "因公出国（境）费支出决算 X 万元" ("1.因公出国（境）费支出决算
    /// 12.36万元，占4.17%，完成预算的82.40%" after the total's budget comparison): the item's own amount, as "…决算为 X" is, never a
    /// second final of the total's comparison (whose share the item's then became).
    /// </summary>
    internal static bool ItemFinalLabel(string label)
    {
        var name = label.TrimEnd(' ', ':', '为');
        return name.EndsWith("支出决算", StringComparison.Ordinal) || name.EndsWith("决算支出", StringComparison.Ordinal);
    }

    /// <summary>
    /// F8: whether a percentage labelled only "的" follows a budget amount in its clause introduced by 为…预算 ("“三公”经费支出
    /// 15.43万元，为预算18.00万元的85.72%"): the figure is that share of the budget — its completion rate.
    /// </summary>
    private bool RateOfTheBudgetStated(ClauseView clause, string label)
        => budget is not null && Trimmed(label) == "的" && clause.Contains("为") && MentionsBudget(clause.Text);

    /// <summary>Words of a 绩效 grade ("评价结果为“优”的项目 11 个"): the count of one grade, never the count of projects evaluated.</summary>
    private static readonly string[] GradeWords = ["结果为", "优", "良", "合格", "等次"];

    /// <summary>F8: whether a count's label names a grade of the evaluation (<see cref="GradeWords"/>).</summary>
    private static bool GradeCount(string label) => HasAny(label, GradeWords);
}
