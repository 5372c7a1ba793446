namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (prose64, blind round 59 t08): a coded item table's completion rate headed as the final's share of the budget —
/// <c>| 科目编码 | 科目名称 | 年初预算数 | 决算数 | 决算数为年初预算数的% |</c>. The header held 预算 and no 完成, so it was a second
/// budget column, the header was refused and none of the table's rows was read. 决算(数) + 为 / 占 + 年初 / 调整 / 全年 +
/// 预算(数) + 的% / 的比例 / 的百分比 is the completion rate against that budget, as 完成年初预算% is
/// (<see cref="NamedBasisRate"/>); a bare 预算 names no basis and stays what it was.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The endings of a share header after its budget word ("的%", "的比例", "(%)").</summary>
    private static readonly string[] ShareHeaderEndings = ["的%", "的(%)", "的比例", "的百分比", "%", "(%)", "比例", "百分比"];

    /// <summary>
    /// Whether a compacted header cell is the final's share of a named budget ("决算数为年初预算数的%", "决算占调整预算的比例"): true
    /// with <paramref name="basis"/> set; false when it is such a share of a budget whose basis it does not name; null when the
    /// cell is no such share.
    /// </summary>
    private static bool? FinalAsShareOfBudget(string cell, ref SentenceColumn basis)
    {
        var final = cell.IndexOf("决算", StringComparison.Ordinal);
        var budget = cell.IndexOf("预算", StringComparison.Ordinal);
        if (final != 0 || budget < 0)
        {
            return null;
        }

        var verb = cell.Length > 2 && cell[2] == '数' ? 3 : 2;
        if (verb >= cell.Length || cell[verb] is not ('为' or '占'))
        {
            return null;
        }

        var rest = cell.Substring(budget + 2);
        rest = rest.StartsWith("数", StringComparison.Ordinal) ? rest.Substring(1) : rest;
        if (Array.IndexOf(ShareHeaderEndings, rest) < 0)
        {
            return null;
        }

        var named = cell.Substring(verb + 1, budget - verb - 1);
        if (named is "调整" or "全年")
        {
            basis = SentenceColumn.FullYearBudget;
            return true;
        }

        return named == "年初";
    }
}
