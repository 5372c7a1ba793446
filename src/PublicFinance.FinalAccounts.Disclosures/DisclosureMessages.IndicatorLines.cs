namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of a project's indicators written as lines of text (session 51, perf51).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A project's indicator lines (一级指标 / 二级指标 / 三级指标 with 分值 and 得分) not read as a whole list: a line without its
    /// name, weight or score, or weights that do not add up to 100 (or the stated total weight) while the scores do not add up to
    /// the stated total either — the indicators and the total score are not read.
    /// </summary>
    public static (string Zh, string En) IndicatorLinesNotWhole(string project) => (
        $"项目“{project}”的三级指标行未能完整读出（有一行缺名称、分值或得分，或分值合计不等于 100 且各项得分之和不等于所列总分）："
            + "指标和总分未读入（以免按不全的指标核对分值和得分）。",
        $"The indicator lines of project \"{project}\" could not be read as a whole list (a line lacks its name, weight or score, "
            + "or the weights do not add up to 100 while the scores do not add up to the stated total either): the indicators and "
            + "the total score are not read (they would be checked as a whole list).");
}
