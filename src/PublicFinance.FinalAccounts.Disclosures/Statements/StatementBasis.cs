namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>What a figure is compared with (比较基准).</summary>
internal enum StatementBasis
{
    /// <summary>The year's own figure (本年).</summary>
    Current,

    /// <summary>The prior year or another named year (上年, 2018 年度决算).</summary>
    PriorYear,

    /// <summary>The budget (年初预算／预算数).</summary>
    Budget,
}
