using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Which budget a figure's difference is explained against (预决算差异的比较口径; FA2206, session 39, blind round 37).
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>
    /// A comparison with the 年初预算 (<c>kind</c> initial) of a figure whose other comparison is with its stated adjusted
    /// budget (调整预算 / 全年预算: <c>kind</c> fullYear with a <c>budgetAmount</c>): the final is then explained against
    /// the adjusted budget only (FA2206). The difference between the two budgets is the mid-year adjustment itself, which
    /// the template does not ask to explain; a text that gives 年初预算 50.00, 调整预算 56.00 and 决算 56.00 (完成调整预算的
    /// 100.00%) owes no reason, and one whose 决算 differs from both is warned once, on the adjusted budget.
    /// <paramref name="anchor"/> is the comparison's own member; the other is read one step up.
    /// </summary>
    private static Condition AdjustedBudgetStatedBeside(string anchor)
    {
        var other = anchor == Budgets ? "../secondBudget/" : "../budget/";
        return All(Text("kind", "initial"), Text(other + "kind", "fullYear"), Present(other + "budgetAmount"));
    }
}
