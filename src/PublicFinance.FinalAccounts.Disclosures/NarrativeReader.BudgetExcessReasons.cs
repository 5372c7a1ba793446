namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 34 (F1): "决算数超出年初预算，主要是人员增资…" in the sentence after the completion rate. The weak marker 主要是
/// was taken only after a direction word, a budget relation word (小于 / 大于 / 低于 / 高于) or a budget and its final in the
/// sentence; 超出 / 超过 (exceeded) and 未完成 (not completed) the budget are relations too, so the reason was not seen and
/// FA2206 warned that none was given (主要原因是, a strong marker, was seen in the same place). Only these words right before
/// 预算 or 年初预算 count ("超过上年" is no budget relation), and never a use: "…超出年初预算，主要是用于…" stays a use.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>A budget exceeded or not completed, in words: the relation a weak reason marker may follow.</summary>
    private static readonly string[] BudgetExcessWords =
        ["超出年初预算", "超过年初预算", "超出预算", "超过预算", "未完成年初预算", "未完成预算", "未达到年初预算", "未达年初预算"];

    /// <summary>
    /// Whether the weak marker <see cref="ReasonMarkers"/>[<paramref name="k"/>] at <paramref name="p"/> follows a budget
    /// exceeded or not completed (<see cref="BudgetExcessWords"/>) in its sentence and is not followed by 用于 (a use).
    /// </summary>
    private static bool AfterBudgetExcess(string t, int from, int p, int k)
    {
        var end = p + ReasonMarkers[k].Length;
        return !(end + 2 <= t.Length && string.CompareOrdinal(t, end, "用于", 0, 2) == 0)
            && t.IndexOf('预', from, p - from) >= 0 && HasAnyIn(t, from, p, BudgetExcessWords);
    }
}
