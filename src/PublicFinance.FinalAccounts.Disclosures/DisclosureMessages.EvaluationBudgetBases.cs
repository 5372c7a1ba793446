namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 56's budget bases of the evaluated projects' totals (年初预算 beside 全年预算数).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>The evaluated projects' 年初预算 total written beside their 全年预算数: the model's total is the full-year one.</summary>
    public static readonly (string Zh, string En) InitialBudgetOfEvaluations = (
        "评价项目的年初预算合计：同一句另有全年预算数，模型中评价项目的预算合计为全年预算数，年初预算未归位（不与各项目的全年预算数相加核对）。",
        "The evaluated projects' initial budget total: the sentence also states their full-year budget, which is the model's "
            + "budget total, so the initial budget was not placed (nor checked against the projects' full-year budgets).");
}
