namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of the precision families the blind texts of session 22 found (per-project 绩效 lines, restated 类, a change
/// after an item list, vehicles outside the count, a 类 named as in another year's catalogue): the reader's part of the
/// catalogue.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A figure of one project's line under 绩效 ("1.某项目：年度预算 330.00 万元，执行 318.40 万元…") that could not be read as a
    /// whole evaluation: the project's, never the department's own 绩效 totals.
    /// </summary>
    public static readonly (string Zh, string En) ProjectLineFigure = (
        "该数属于某一个项目的绩效说明（项目预算、执行数或得分），不是部门（单位）绩效自评的合计，未读入。",
        "A figure of one project's performance line (its budget, execution or score), not the department's performance "
            + "totals; not read.");

    /// <summary>
    /// A 类 restated in a later paragraph with another amount than the one read before: the first is kept, the second
    /// stays a note (a class is listed once).
    /// </summary>
    public static readonly (string Zh, string En) RestatedClassOtherAmount = (
        "再次说明的支出功能分类（类）与前文金额不同：保留前文的金额，此处未读入。",
        "A functional class restated with an amount other than the one read before: the first is kept, this one is not read.");

    /// <summary>
    /// "X（类）A（款）B（项）与C（款）D（项）合计 …": the total of several items of a class, stated as one line — not one item.
    /// </summary>
    public static readonly (string Zh, string En) ItemsTogether = (
        "该数是同一类下几个款、项的合计，不是单个项目的金额，未作为项读入。",
        "A total of several sections or items of one class stated together, not one item's amount; not read as an item.");

    /// <summary>
    /// A 类 named as in another year's 政府收支分类科目 (a rename, e.g. 卫生健康支出 for 2018's 医疗卫生与计划生育支出): read under
    /// the code both names have.
    /// </summary>
    public static (string Zh, string En) ClassNamedAsInAnotherYear(string name, string code, string yearName) => (
        $"“{name}”不是当年科目名称，按其他年度的同一科目（{code}，当年名称“{yearName}”）读入。",
        $"\"{name}\" is not the year's name of the class; read as the same class of another year's catalogue ({code}, named "
            + $"\"{yearName}\" that year).");

    /// <summary>
    /// A change stated without a subject after a list of items ("…其中 A X 万元，B Y 万元。与上年 Z 万元相比下降 R%") whose figures
    /// fit neither the list's total nor its last item: it is not placed.
    /// </summary>
    public static readonly (string Zh, string En) ChangeAfterListUnplaced = (
        "列举各项之后未写主语的增减变化：其数字与合计和最后一项都对不上，无法确定属于哪一项，未读入。",
        "A change stated without a subject after a list of items: its figures fit neither the list's total nor its last item, "
            + "so its subject is unknown; not read.");

    /// <summary>"另有已封存待处置车辆 1 辆": vehicles outside the count just stated.</summary>
    public static readonly (string Zh, string En) VehiclesOutsideTheCount = (
        "“另有”的车辆（如已封存、待处置）不在前述车辆总数之内，未作为车辆数读入。",
        "Vehicles stated apart (\"besides\": sealed, awaiting disposal) are outside the vehicle count just stated; not read "
            + "as the count.");
}
