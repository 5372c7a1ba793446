namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 25's reading of the gaps left by session 24 (零增长, reasons, carry-over, 绩效 funds).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A no-change word (零增长, 持平, 与上年相同) in a goal or a plan (力争, 确保, 控制在): no change was read.</summary>
    public static readonly (string Zh, string En) ZeroChangeAsAGoal = (
        "“零增长／持平／与上年相同”出现在目标或要求中（力争、确保、控制在等）：不是已发生的增减，未读为增减变化，作为带位置的陈述保留。",
        "A no-change word (zero growth, level with or the same as the prior year) in a goal or a requirement (strive for, "
            + "ensure, keep within…): it is not a change that happened and was not read as one; kept as a located note.");

    /// <summary>A zero change stated in words whose subject's figure is not stated in the same sentence.</summary>
    public static readonly (string Zh, string En) ZeroChangeWithoutFigure = (
        "“零增长／与上年相同／无变化”所在句未先写明其主体的金额：无法确定是哪个数字没有变化，未读为增减变化，作为带位置的陈述保留。",
        "A zero change stated in words (zero growth, the same as the prior year, no change) in a sentence that states no "
            + "figure of its subject before it: which figure did not change is not certain, so no change was read; kept as a "
            + "located note.");
}
