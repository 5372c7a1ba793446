namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 47's project score tables (项目名称 | 预算数 | 执行数 | 执行率 | 自评得分 in the 绩效 part).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>The 合计 row of a project score table: the listed projects' sum, which the model does not hold.</summary>
    public static (string Zh, string En) ProjectScoreTableTotal(string label) => (
        $"项目绩效自评表的“{label}”行是所列项目之和，模型中没有对应字段，未读入。",
        $"The row \"{label}\" of a project score table is the listed projects' sum, which the model has no field for; "
            + "it was not read.");

    /// <summary>A row of a project score table whose cells are not one figure each of its column's kind.</summary>
    public static (string Zh, string En) ProjectScoreTableRowNotRead(string label) => (
        $"项目绩效自评表的“{label}”行：单元格不是与表头对应的数字（金额、百分比、分数），本行未读入。",
        $"The row \"{label}\" of a project score table: its cells are not one figure each of their columns' kinds (amount, "
            + "percentage, score), and it was not read.");

    /// <summary>A project score table with amount columns whose unit is stated neither in its header nor before it.</summary>
    public static (string Zh, string En) ProjectScoreTableUnitUnknown(string label) => (
        $"项目绩效自评表的“{label}”行：表头和前文均未写明金额单位（万元、元），本行未读入。",
        $"The row \"{label}\" of a project score table: neither its header nor the text before it states the unit of its "
            + "amounts (10,000 yuan or yuan), and it was not read.");
}
