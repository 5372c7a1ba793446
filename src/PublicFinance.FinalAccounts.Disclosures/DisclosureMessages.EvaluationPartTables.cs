namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 61's part tables (一级指标 | 分值 | 得分 after a project's paragraph in the 绩效 part).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A part table after a project's paragraph with a row it does not know, or without its 合计 row.</summary>
    public static (string Zh, string En) EvaluationPartTableNotRead(string project, string label) => (
        $"“{project}”的绩效得分表有一行（“{label}”）不是预算执行率、一级指标或合计，或缺少合计行：为免各项之和误判，整表未读入。",
        $"The score table of \"{project}\" has a row (\"{label}\") that is no budget execution, first-level indicator or total, "
            + "or lacks its total row: the whole table was not read, lest its sums be judged on part of it.");
}
