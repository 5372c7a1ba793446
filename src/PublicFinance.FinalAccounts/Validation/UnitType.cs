namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The kind of budget unit a report covers (单位类型), for plausibility rules. For a 部门决算 it describes every unit
/// consolidated in the report: a department with subordinate 事业单位 is not <see cref="Administrative"/>.
/// </summary>
public enum UnitType
{
    /// <summary>Not stated (未说明): the plausibility rules that depend on it do not run.</summary>
    Unspecified = 0,

    /// <summary>Administrative unit (行政单位): no 事业收入, 经营收入, 经营支出 or 结余分配.</summary>
    Administrative = 1,

    /// <summary>Public institution managed under the civil-service law (参照公务员法管理的事业单位).</summary>
    CivilServiceManaged = 2,

    /// <summary>Public institution (事业单位).</summary>
    Institution = 3,
}
