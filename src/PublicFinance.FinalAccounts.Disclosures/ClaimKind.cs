namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>What a claim in the text states (陈述类型).</summary>
public enum ClaimKind
{
    /// <summary>An amount, e.g. "本年收入合计 3,653.30 万元" (金额).</summary>
    Amount = 0,

    /// <summary>A share, "占 98.37%" (占比).</summary>
    Share = 1,

    /// <summary>A year-over-year change amount, "比上年减少 X 万元" (增减额).</summary>
    ChangeAmount = 2,

    /// <summary>A year-over-year rate, "下降 Y%" (增减率).</summary>
    ChangeRate = 3,

    /// <summary>No change, "与上年持平" (持平).</summary>
    Unchanged = 4,

    /// <summary>A prior-year figure, "比上年累计支出 X 万元" (上年数).</summary>
    PriorYearAmount = 5,

    /// <summary>A budget figure, "年初预算数 X 万元" (预算数).</summary>
    BudgetAmount = 6,

    /// <summary>The final figure in a budget comparison, "决算数 X 万元" (决算数).</summary>
    FinalAmount = 7,

    /// <summary>"完成年初预算的 X%" (完成率).</summary>
    CompletionRate = 8,

    /// <summary>"预决算差异率 X%" (差异率).</summary>
    VarianceRate = 9,

    /// <summary>"决算数大于/小于/等于预算数" (预决算比较).</summary>
    BudgetRelation = 10,

    /// <summary>"大于预算数 X 万元" (预决算差额).</summary>
    BudgetDifference = 11,

    /// <summary>A count, e.g. "团组 2 个", "实有人数 140 人" (数量).</summary>
    Count = 12,

    /// <summary>A non-money quantity, e.g. "房屋 6,055.90 平方米" or a score (数值).</summary>
    Quantity = 13,

    /// <summary>A budget execution rate in a performance table, "执行率 100.00%" (执行率).</summary>
    ExecutionRate = 14,
}
