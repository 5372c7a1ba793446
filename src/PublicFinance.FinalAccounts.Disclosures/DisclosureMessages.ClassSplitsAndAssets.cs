namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of the session-24 reading of schema 1.5 members (三公 by class, 结余, 事业基金, components, assets).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A class cell of a 三公 table's budget row: the split by class holds no budget.</summary>
    public static (string Zh, string En) ThreePublicClassBudgetCell(string item, string className, string row, string value) => (
        $"“三公”经费表中“{item}”按功能分类“{className}”的“{row}” {value}：按功能分类只记决算数、上年数及其增减，"
            + "预算数未读入，作为带位置的陈述保留。",
        $"The \"three public\" table's \"{row}\" {value} of \"{item}\" for the function class \"{className}\": the split by "
            + "function class holds the final, the prior year's figure and the change only, so the budget was not read; kept as "
            + "a located note.");

    /// <summary>
    /// A class cell of a 三公 table row whose split could not be read whole (a class cell blank or in words, or a change
    /// without a direction): none of that row's class figures of the item is placed.
    /// </summary>
    public static (string Zh, string En) ThreePublicClassCellUnread(string item, string className, string row, string value) => (
        $"“三公”经费表中“{item}”按功能分类“{className}”的“{row}” {value}：该行该项的功能分类单元格不全、不是数字或无法确定增减方向，"
            + "该行各功能分类数字均未读入（避免按不全的分类与小计比较），作为带位置的陈述保留，未计入该项合计。",
        $"The \"three public\" table's \"{row}\" {value} of \"{item}\" for the function class \"{className}\": the row's class "
            + "cells of that item are incomplete, not numbers or give no direction of change, so none of them was read (an "
            + "incomplete split would be compared with the subtotal); kept as a located note, not added into the item's total.");

    /// <summary>A component of 机关运行经费 listed twice in its list: the first is kept.</summary>
    public static (string Zh, string En) OperatingComponentRepeated(string name) => (
        $"机关运行经费的构成“{name}”在同一列举中出现两次：保留第一次的金额，此处作为带位置的陈述保留。",
        $"The administrative operating expenses' component \"{name}\" is listed twice: the first amount is kept, this one is a "
            + "located note.");

    /// <summary>An asset category's value stated a second time (its 原值 or 净值 already read): the first is kept.</summary>
    public static (string Zh, string En) AssetCategoryValueRepeated(string category) => (
        $"资产类别“{category}”的该项价值已读入：保留第一次的金额，此处作为带位置的陈述保留。",
        $"The value of the asset category \"{category}\" was read already: the first amount is kept, this one is a located note.");

    /// <summary>
    /// An asset value of a flow (处置, 报废, 出租, 新增, 购置…) rather than of the holdings at the year's end: the model's
    /// categories hold what is held.
    /// </summary>
    public static readonly (string Zh, string En) AssetValueOfAFlow = (
        "该资产金额属于本年处置、报废、出租出借、新增或购置等变动，不是年末占有的资产原值或净值：未读入资产类别，作为带位置的陈述保留。",
        "This asset amount is of a movement in the year (disposal, write-off, lease, addition or purchase), not the original or "
            + "net value held at the year's end: not read as an asset category; kept as a located note.");

    /// <summary>A 三公 table by functional class whose header or rows do not line up: nothing of it is read.</summary>
    public static readonly (string Zh, string En) ThreePublicClassTableNotRead = (
        "按功能分类列示的“三公”经费表：表头无法唯一地确定每一栏的口径（预算/决算）和项目，或各行格数与表头不同，未读取，不猜测列。",
        "The \"three public\" table by function class: the header does not give each column exactly one basis (budget or "
            + "final) and one item, or a row is not as wide as the header; it was not read (columns are never guessed).");

    /// <summary>The budget cells by class of a 三公 table by functional class, one note for the table.</summary>
    public static (string Zh, string En) ThreePublicClassBudgetCells(int count) => (
        $"按功能分类列示的“三公”经费表中有 {count} 个按功能分类的预算数：按功能分类只记决算数、上年数及其增减，这些预算数未读入，"
            + "作为带位置的陈述保留。",
        $"The \"three public\" table by function class has {count} budget cells by class: the split by function class holds the "
            + "final, the prior year's figure and the change only, so they were not read; kept as a located note.");

    /// <summary>A 三公 table by functional class whose basis names a year that is not (known to be) the text's.</summary>
    public static readonly (string Zh, string En) ThreePublicClassTableOfAYear = (
        "按功能分类列示的“三公”经费表的栏目写明了年度（如“2021年度决算数”），与本文年度不同或无法确认：不作为本年数读取，未读入。",
        "The \"three public\" table by function class names a year on its columns (such as the final of 2021) that is not, or not "
            + "known to be, the text's year: not read as this year's figures.");

    /// <summary>An asset value of a subset of a category (单价50万元以上通用设备…原值): not the category's whole value.</summary>
    public static readonly (string Zh, string En) AssetValueOfASubset = (
        "该资产金额只属于某类资产中的一部分（如“单价50万元以上”的设备），不是该类资产的全部原值或净值：未读入资产类别，作为带位置的陈述保留。",
        "This asset amount is of a part of a category only (such as equipment of a unit price of 500,000 yuan or more), not "
            + "the category's whole original or net value: not read as an asset category; kept as a located note.");
}
