namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 26's reading of the gaps left by session 25 (持平).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>持平 / 无变化 that does not directly follow the clause stating its subject's amount (the session-25 rule of
    /// 零增长 and 与上年相同, now also for the older 持平 path).</summary>
    public static readonly (string Zh, string En) LevelWithoutFigure = (
        "“持平／无增减变化／没有变化”未紧接在写明其主体金额的分句之后（句中未写该金额，或其间另有比重、数量、比率、上年数等数字，"
            + "或句中所写上年数与该金额不同）：无法确定是哪个数字与上年持平，未读为增减变化，作为带位置的陈述保留。",
        "\"Level with the prior year\" (no change) that does not directly follow the clause stating its subject's "
            + "amount (no amount stated, another figure — a share, a count, a rate, the prior year's — between, or a prior-year "
            + "figure in the sentence that differs): which figure stayed level is not certain, so no change was read; kept as a "
            + "located note.");

    /// <summary>持平 said of the final figure against its budget (决算数与预算数持平): a budget comparison, never a change from the
    /// prior year.</summary>
    public static readonly (string Zh, string En) LevelWithTheBudget = (
        "“决算数与预算数持平”是与预算的比较，不是与上年相比的增减：未读为增减变化，作为带位置的陈述保留。",
        "\"The final figure is level with the budget\" compares the figure with its budget, not with the prior year: no "
            + "year-on-year change was read; kept as a located note.");
}
