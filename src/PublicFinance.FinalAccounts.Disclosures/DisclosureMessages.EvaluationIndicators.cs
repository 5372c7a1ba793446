namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the outside review's narrative fixes (session 21, revfixb): a prose 绩效自评 with only some first-level
/// indicators, a figure of the people a unit serves.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A project self-evaluation in prose whose indicator weights (with the fund line's) do not add up to 100 or to the stated
    /// total weight: only some first-level indicators are named, so neither they nor the total score are read.
    /// </summary>
    public static (string Zh, string En) PartialProseIndicators(string project) => (
        $"项目“{project}”的绩效自评只列出部分一级指标（分值合计不等于 100 或所列总分值）：指标和总分未读入（以免按不全的指标核对分值和得分）。",
        $"The self-evaluation of project \"{project}\" names only some first-level indicators (their weights do not add up to 100 "
            + "or the stated total weight): the indicators and the total score are not read (they would be checked as a whole list).");

    /// <summary>A count of the people a unit serves, manages or is responsible for (现服务离退休人员 3000 人): not its staff.</summary>
    public static (string Zh, string En) PeopleServedNotStaff(string figure) => (
        $"“{figure}”是单位服务或管理的对象人数，不是本单位人员，未读入。",
        $"\"{figure}\" counts the people the unit serves or manages, not its staff; not read.");
}
