namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the recall families the blind texts of session 21 found (财政拨款支出 and its parts, 项 lines by code, project
/// 绩效自评 written as prose): the reader's part of the catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// One fund's part of the 财政拨款支出 (一般公共预算 / 政府性基金 / 国有资本经营) in the 财政拨款 section: never the whole.
    /// </summary>
    public static readonly (string Zh, string En) FundPartNotTheAppropriation = (
        "该数是财政拨款支出中某一类预算（一般公共预算、政府性基金或国有资本经营预算）的部分，不是财政拨款支出总数，未读入。",
        "A figure of one budget's part (general budget, government fund or state capital) of the appropriation expenditure, not "
            + "its whole; not read.");

    /// <summary>
    /// Project self-evaluations written as prose while the text states another number of evaluated projects: the prose may
    /// describe only some of them, so none is read as an evaluation table (the count and fund totals would be checked
    /// against a partial list).
    /// </summary>
    public static (string Zh, string En) PartialProseEvaluations(int stated, int read) => (
        $"文中称开展自评的项目为 {stated} 个，但以文字逐项说明的只有 {read} 个：未作为绩效自评表读入（以免按不全的清单核对个数和资金合计）。",
        $"The text states {stated} evaluated projects but describes {read} in prose: they are not read as self-evaluation tables "
            + "(the count and fund totals would be checked against a partial list).");

    /// <summary>
    /// Session 42: the evaluated projects' average score ("自评平均得分 92.3 分"): the model has no place for it (it is neither the
    /// department's own score nor one project's; docs/reader.md, "summaries of some of the evaluated projects").
    /// </summary>
    public static readonly (string Zh, string En) AverageEvaluationScore = (
        "平均得分：语句未表明是项目自评的平均得分（如涉及指标或部门整体），未读入。",
        "An average score that its sentence does not give as the evaluated projects' (it speaks of indicators or of the "
            + "department's whole spending): not read.");

    /// <summary>
    /// Session 41: a count of the evaluated projects of one grade or score band ("自评得分 90 分（含）以上的项目 19 个", "“优”
    /// 12 个"); since session 44 (schema 1.9, <c>/performance/gradeCounts</c>) the note of such a count whose grade, band or
    /// sentence the reader cannot read with certainty (a band of another range, a count of another noun beside it).
    /// </summary>
    public static readonly (string Zh, string En) ProjectCountOfBand = (
        "按自评等级或得分分档的项目个数：等级、分数段或所在语句无法确定，未读入。",
        "A count of the evaluated projects of one grade or score band whose grade, band or sentence could not be read with "
            + "certainty: not read.");

    /// <summary>
    /// Session 44: scores of evaluated projects listed without their names, or with names that do not pair with them ("对3个项目
    /// 开展绩效自评，自评得分分别为96分、92分和88分"): no evaluation to belong to, so not read.
    /// </summary>
    public static readonly (string Zh, string En) UnpairedProjectScores = (
        "所列项目自评得分未逐一写明所属项目：无法归属到具体项目，未读入。",
        "Scores of evaluated projects listed without the project each belongs to: they cannot be placed; not read.");
}

