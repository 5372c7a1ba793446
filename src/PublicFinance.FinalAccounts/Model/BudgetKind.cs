namespace PublicFinance.FinalAccounts.Model;

/// <summary>Which budget (预算数) a comparison refers to.</summary>
public enum BudgetKind
{
    /// <summary>The budget at the start of the year (年初预算数).</summary>
    Initial = 0,

    /// <summary>The full-year, adjusted budget (全年预算数 / 调整后预算数).</summary>
    FullYear = 1,
}
