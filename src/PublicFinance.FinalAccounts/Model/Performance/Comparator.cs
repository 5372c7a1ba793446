namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>The comparator of an indicator value (指标性质).</summary>
public enum Comparator
{
    /// <summary>Greater or equal, ≥ (>=, 正向).</summary>
    GreaterOrEqual = 0,

    /// <summary>Less or equal, ≤ (&lt;=, 反向).</summary>
    LessOrEqual = 1,

    /// <summary>Equal, = (等于).</summary>
    Equal = 2,

    /// <summary>Greater than, &gt; (大于).</summary>
    Greater = 3,

    /// <summary>Less than, &lt; (小于).</summary>
    Less = 4,
}
