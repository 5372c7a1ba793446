namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 56 (blind round 53, t08): the evaluated projects' totals written on two budget bases in one sentence — "对4个项目
/// 开展绩效自评，涉及年初预算 160.00 万元、全年预算数 130.00 万元，全年执行数 109.11 万元". The model's total
/// (<c>/performance/projectBudget</c>) is the 全年预算数, and FA3009 adds up the projects' full-year budgets; the 年初预算,
/// read first, took the total's place (and the 全年预算数 became "another project's figure"): a false FA3009 Error, the
/// 年初 total against the projects' 全年 budgets. A 年初 total beside a 全年 (or 调整) budget in its sentence is now a located
/// note; a 年初 total written alone is still the total, as before (the projects then state one basis too).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words of a full-year (or adjusted) budget, the model's basis of the evaluated projects' budget total.</summary>
    private static readonly string[] FullYearBudgetWords = ["全年预算", "调整预算", "调整后预算", "预算调整数"];

    /// <summary>
    /// Whether <paramref name="label"/> names the 年初预算 (and no full-year budget) while its sentence also names a full-year
    /// or adjusted budget.
    /// </summary>
    private bool InitialBesideFullYear(string label)
        => label.Contains("年初") && !HasAny(label, FullYearBudgetWords) && FullYearBudgetWords.Any(SentenceContains);
}
