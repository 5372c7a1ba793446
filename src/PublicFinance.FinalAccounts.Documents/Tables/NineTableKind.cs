namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>Which of the nine standard tables a printed table is (九张公开表之一).</summary>
internal enum NineTableKind
{
    /// <summary>Not one of the nine tables.</summary>
    None = 0,

    /// <summary>收入支出决算总表.</summary>
    Summary,

    /// <summary>收入决算表.</summary>
    Income,

    /// <summary>支出决算表.</summary>
    Expenditure,

    /// <summary>财政拨款收入支出决算总表.</summary>
    AppropriationSummary,

    /// <summary>一般公共预算财政拨款支出决算表.</summary>
    GeneralBudgetExpenditure,

    /// <summary>一般公共预算财政拨款基本支出决算表.</summary>
    BasicExpenditure,

    /// <summary>财政拨款“三公”经费支出决算表.</summary>
    ThreePublic,

    /// <summary>政府性基金预算财政拨款收入支出决算表.</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款收入支出决算表.</summary>
    StateCapital,
}
