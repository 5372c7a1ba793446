namespace PublicFinance.FinalAccounts.Model;

/// <summary>The role of a budget unit (预算单位) inside a department's accounts.</summary>
public enum UnitRole
{
    /// <summary>The department's own level (本级).</summary>
    Self = 0,

    /// <summary>A subordinate unit (所属单位 / 下属预算单位).</summary>
    Subordinate = 1,
}
