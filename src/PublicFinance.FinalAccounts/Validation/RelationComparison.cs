namespace PublicFinance.FinalAccounts.Validation;

/// <summary>How two matched figures must compare (比较方式).</summary>
public enum RelationComparison
{
    /// <summary>Equal up to rounding (相等).</summary>
    Equal = 0,

    /// <summary>Left not greater than right, up to rounding (不大于).</summary>
    LessOrEqual = 1,
}
