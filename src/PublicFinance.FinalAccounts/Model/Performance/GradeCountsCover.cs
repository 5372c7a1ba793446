namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>
/// What the grade counts of a performance statement cover (按等级列示的范围; schema 1.9): every evaluated project (其中 / 分别:
/// the text states the breakdown as the whole), or the projects of some grades only.
/// </summary>
public enum GradeCountsCover
{
    /// <summary>
    /// Every evaluated project (全部: "共对 21 个项目开展自评，其中优 17 个、良 4 个"): the counts must add up to the number of
    /// evaluated projects.
    /// </summary>
    All = 0,

    /// <summary>
    /// The projects of the grades listed only (部分: "评为优秀的项目 7 个"): the others may hold the rest, so the counts may add up to
    /// less than the number evaluated, never more.
    /// </summary>
    Some = 1,
}
