namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of session 59's 绩效自评表 with fund and 一级指标 rows under one header
/// (<c>指标 | 年度预算数/分值 | 全年执行数 | 执行率 | 得分</c>).
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>A mixed score table without a 分值 column for its fund row: the weights are not read.</summary>
    public static (string Zh, string En) ScoreTableWeightsUnstated(string budgetHeader) => (
        $"项目绩效自评表没有单列分值栏（“{budgetHeader}”栏列资金行的预算数）：资金行的分值未写明，各指标分值和总分分值未读入，分值合计不核对。",
        $"A project score table with no column of its own for weights (the column \"{budgetHeader}\" holds the fund row's "
            + "budget): the fund row's weight is not stated, so the indicators' and the total's weights were not read and the "
            + "weights' sum is not checked.");
}
