namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The adjusted budget stated after a mid-year adjustment (session 39, blind round 37, family 6): "年初预算为 547.90 万元，年中
/// 调整后预算为 580.05 万元，财政拨款支出完成调整预算的 97.80%". 年中调整 is an increment word (追加调整预算 40.00 万元 is how much the
/// budget changed, <see cref="BudgetIncrementNoted"/>), so the level was noted as an increment and the rate had no budget
/// to go to. A label that names the budget after the adjustment — 调整后预算, 调整后的预算, or ending in 调整预算为 — states
/// the adjusted (full-year) budget, a level, unless it also names an addition or a cut (追加, 调增, 调减…): the second
/// comparison opens as for 全年预算 (<see cref="OpenBudgetOfBasis"/>).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The increment words that make a label an increment even when it names the budget after the adjustment.</summary>
    private static readonly string[] ExplicitIncrementWords = ["追加", "调增", "调减", "追减", "调整增加", "调整减少"];

    /// <summary>
    /// Whether <paramref name="label"/> states the budget after a mid-year adjustment (年中调整后预算为, 调整后的预算,
    /// 年中调整预算为): a level, not an increment.
    /// </summary>
    private static bool AdjustedBudgetLevel(string label)
    {
        var trimmed = label.TrimEnd();
        return (trimmed.IndexOf("调整后预算", StringComparison.Ordinal) >= 0
                || trimmed.IndexOf("调整后的预算", StringComparison.Ordinal) >= 0
                || trimmed.EndsWith("调整预算为", StringComparison.Ordinal))
            && !HasAny(trimmed, ExplicitIncrementWords);
    }
}
