namespace PublicFinance.FinalAccounts.Model;

/// <summary>The relation of final to budget (决算数与预算数) that a disclosure states in words.</summary>
public enum BudgetRelation
{
    /// <summary>决算数大于预算数 (final above budget).</summary>
    FinalAboveBudget = 0,

    /// <summary>决算数小于预算数 (final below budget).</summary>
    FinalBelowBudget = 1,

    /// <summary>决算数等于预算数 / 预决算无差异 (final equals budget).</summary>
    FinalEqualsBudget = 2,
}
