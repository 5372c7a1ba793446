namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 25's reading of the gaps left by session 24 (零增长, reasons, carry-over, 绩效 funds).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A no-change word (零增长, 持平, 与上年相同) in a goal or a plan (力争, 确保, 控制在): no change was read.</summary>
    public static readonly (string Zh, string En) ZeroChangeAsAGoal = (
        "“零增长／持平／与上年相同”出现在目标或要求中（力争、确保、控制在等）：不是已发生的增减，未读为增减变化，作为带位置的陈述保留。",
        "A no-change word (zero growth, level with or the same as the prior year) in a goal or a requirement (strive for, "
            + "ensure, keep within…): it is not a change that happened and was not read as one; kept as a located note.");

    /// <summary>A zero change stated in words that does not directly follow the clause stating its subject's amount, or
    /// beside a prior-year figure that differs.</summary>
    public static readonly (string Zh, string En) ZeroChangeWithoutFigure = (
        "“零增长／与上年相同／无变化”未紧接在写明其主体金额的分句之后（句中未写该金额，或其间另有比重、数量、比率、上年数等数字，"
            + "或句中所写上年数与该金额不同）：无法确定是哪个数字没有变化，未读为增减变化，作为带位置的陈述保留。",
        "A zero change stated in words (zero growth, the same as the prior year, no change) that does not directly follow "
            + "the clause stating its subject's amount (no amount stated, another figure — a share, a count, a rate, the prior "
            + "year's — between, or a prior-year figure in the sentence that differs): which figure did not change is not "
            + "certain, so no change was read; kept as a located note.");

    /// <summary>实现／保持零增长: a compliance phrase (the figure did not increase, often after a decrease), not a change of 0.</summary>
    public static readonly (string Zh, string En) ZeroGrowthAsCompliance = (
        "“实现零增长／保持零增长”是落实控制要求的表述（未增长，常见于比上年减少之后），不等于与上年相同：未读为增减变化，作为带位置的陈述保留。",
        "\"Achieved / kept zero growth\" states that a limit was met (no increase — often after a decrease), not that the figure "
            + "equals the prior year's: no change was read; kept as a located note.");
}
