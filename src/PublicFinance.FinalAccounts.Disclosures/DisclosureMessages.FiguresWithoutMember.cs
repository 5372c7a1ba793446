namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The notes of generalisation round ten (the dev corpus's last missed figures): figures the model has no member for —
/// a 三公 item broken down by function class (按功能分类), a words cell of a 三公 table, the change of a sub-item named
/// inside an income part, the 基本支出 / 项目支出 named in the reason of an income change — each kept as a located note,
/// never placed on another subject.
/// </summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A 三公 table cell under a function class of an item ("公务接待费 / 行政运行"): the model holds 三公 items, not their
    /// breakdown by function class; the cell is never added into the item's total.
    /// </summary>
    public static (string Zh, string En) ThreePublicClassCell(string item, string className, string row, string value) => (
        $"“三公”经费表中“{item}”按功能分类“{className}”的“{row}” {value}：模型中没有“三公”经费按功能分类的字段，"
            + "作为带位置的陈述保留，未计入该项合计。",
        $"The \"three public\" table's \"{row}\" {value} of \"{item}\" for the function class \"{className}\": the model "
            + "has no field for \"three public\" expenses by function class; kept as a located note, not added into the item's "
            + "total.");

    /// <summary>
    /// A 三公 table cell written in words with a figure ("以前年度结转资金9.83" where a budget is expected): a source of
    /// funds, not the column's figure.
    /// </summary>
    public static (string Zh, string En) ThreePublicWordsCell(string row, string cell) => (
        $"“三公”经费表“{row}”行中的单元格“{cell}”是文字说明（如资金来源），不是该栏的数字；模型中没有对应字段，未读入。",
        $"The \"three public\" table's \"{row}\" row has a cell in words, \"{cell}\" (such as a source of funds), not the "
            + "column's figure; the model has no field for it, so it was not read.");

    /// <summary>
    /// A change of a sub-item named inside a part of income or expenditure ("项目经费收入中农村客运企业补贴较上年减少 483.05
    /// 万元"): the model has no field for the sub-item.
    /// </summary>
    public static (string Zh, string En) SubItemChange(string label, string value) => (
        $"“{label}”的增减额 {value}：这是收入或支出某一部分中的子项，模型中没有对应字段，作为带位置的陈述保留，未归入其他科目。",
        $"The change {value} of \"{label}\": a sub-item inside a part of income or expenditure, which the model has no field "
            + "for; kept as a located note, not placed on another item.");

    /// <summary>
    /// 基本支出 / 项目支出 named with a change in the reason of an income change ("收入合计减少…，主要原因是…基本支出较上年增加
    /// 68.49 万元"): the income for that purpose, not the expenditure item's change.
    /// </summary>
    public static (string Zh, string En) ExpenditureKindInIncomeReason(string label, string value) => (
        $"收入增减原因中的“{label}” {value}：说的是按用途的收入（基本支出/项目支出经费），不是支出部分该项的增减额；"
            + "模型中没有对应字段，未读入。",
        $"\"{label}\" {value} in the reason of an income change: the income for that purpose (basic or project funds), not the "
            + "expenditure item's change; the model has no field for it, so it was not read.");
}
