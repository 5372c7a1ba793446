namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>What a figure states about its subject (陈述关系).</summary>
internal enum StatementRelation
{
    /// <summary>The amount itself (金额), "本年支出 1094.65 万元".</summary>
    Amount,

    /// <summary>A signed change against the basis (增减额), "比上年增加 207.42 万元" → +207.42.</summary>
    Change,

    /// <summary>A signed change rate (增减率), "增长 23%" → +23.</summary>
    ChangeRate,

    /// <summary>The budget figure (预算数).</summary>
    BudgetAmount,

    /// <summary>Final minus budget, signed (预决算差额), "比年初预算减少 537.35 万元" → −537.35.</summary>
    BudgetDifference,

    /// <summary>Final as a percentage of the budget (完成率), "完成年初预算的 70%".</summary>
    CompletionRate,

    /// <summary>
    /// The share of the amount just before it, after a bare 占 / 占比 (a fund part's share of the 财政拨款 income it is listed
    /// under), "一般公共预算财政拨款收入 800.00 万元，占 80.00%" → 80.00 (session 40).
    /// </summary>
    Share,
}
