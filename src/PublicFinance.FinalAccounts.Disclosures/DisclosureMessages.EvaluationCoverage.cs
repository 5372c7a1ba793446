namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (grades45): the notes of the evaluation coverage the 绩效 section states and the model has no place for — the
/// share of project expenditure the evaluated projects cover, and a count of key projects (重点项目: 重点评价, 绩效监控).
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// The share of the project expenditure the evaluated projects cover ("共涉及项目23个，资金3369.46万元，占一般公共预算项目支出
    /// 总额的100%"): the model has no field for it.
    /// </summary>
    public static readonly (string Zh, string En) EvaluationCoverageShare = (
        "开展绩效评价的项目资金占项目支出的比例（评价覆盖率）：模型中没有此项，未读入。",
        "The share of the project expenditure the evaluated projects cover (the evaluation coverage): the model has no field "
            + "for it; not read.");

    /// <summary>
    /// A count of key projects of the 绩效 section ("对3个重点项目开展了绩效监控", "开展重点绩效评价项目2个"): neither the number of
    /// self-evaluated projects nor any other field of the model.
    /// </summary>
    public static readonly (string Zh, string En) KeyProjectCount = (
        "重点项目（重点绩效评价或绩效监控）的个数：不是开展自评的项目数，模型中没有此项，未读入。",
        "A count of key projects (a key performance evaluation or performance monitoring): not the number of self-evaluated "
            + "projects, and the model has no field for it; not read.");

    /// <summary>
    /// Session 45: a reason by reference that names its subject ("决算数小于预算数的原因同上" in the “三公” section): the reason
    /// stated last before it was given to every budget difference of the section that goes that way and had none.
    /// </summary>
    public static readonly (string Zh, string En) SectionReasonSameAsAbove = (
        "“决算数小于（大于）预算数的原因同上”：沿用上文最近的一条原因（所属对比见本条文字），给予本部分同向且未说明原因的各项预决算差异。",
        "A reason by reference that names its subject (the final amount below or above the budget, \"the same as above\"): the "
            + "reason stated last before it (its comparison is named in this note's text) was given to every budget difference "
            + "of the section that goes that way and had no reason.");
}
