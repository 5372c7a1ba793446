namespace PublicFinance.FinalAccounts.Model.Performance;

/// <summary>The kind of a fund line (项目资金 / 部门资金 rows).</summary>
public enum FundLineKind
{
    /// <summary>年度资金总额 / 年度总资金 (total).</summary>
    Total = 0,

    /// <summary>当年财政拨款 / 本年财政拨款 (appropriations of the year).</summary>
    CurrentYearAppropriation = 1,

    /// <summary>上年结转资金 (carried over from the prior year).</summary>
    PriorYearCarryOver = 2,

    /// <summary>上级资金 (funds from the superior level).</summary>
    SuperiorFunds = 3,

    /// <summary>本级资金 (funds of this level).</summary>
    SameLevelFunds = 4,

    /// <summary>其他资金 (other funds).</summary>
    OtherFunds = 5,
}
