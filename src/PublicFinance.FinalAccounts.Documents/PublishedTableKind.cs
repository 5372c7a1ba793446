namespace PublicFinance.FinalAccounts.Documents;

/// <summary>
/// What a printed table is, by its title (表格类别): one of the nine standard tables (九张公开表), one of the tables
/// often published beside them, or none of these.
/// </summary>
public enum PublishedTableKind
{
    /// <summary>None of the tables below (a budget table, a table of contents …).</summary>
    None = 0,

    /// <summary>收入支出决算总表 (table 1).</summary>
    Summary,

    /// <summary>收入决算表 (table 2).</summary>
    Income,

    /// <summary>支出决算表 (table 3).</summary>
    Expenditure,

    /// <summary>财政拨款收入支出决算总表 (table 4).</summary>
    AppropriationSummary,

    /// <summary>一般公共预算财政拨款支出决算表 (table 5; also the 一般公共预算财政拨款收入支出决算表 variant).</summary>
    GeneralBudgetExpenditure,

    /// <summary>一般公共预算财政拨款基本支出决算表 (table 6).</summary>
    BasicExpenditure,

    /// <summary>财政拨款“三公”经费支出决算表 (also with 会议费、培训费 or 机关运行经费 columns).</summary>
    ThreePublic,

    /// <summary>政府性基金预算财政拨款收入支出决算表.</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款收入支出决算表.</summary>
    StateCapital,

    /// <summary>项目支出决算表 / 一般公共预算财政拨款项目支出决算表 (project expenditure; beside the nine, kept as a located grid).</summary>
    ProjectExpenditure,

    /// <summary>机关运行经费 table (administrative operating expenses; beside the nine, mapped to DisclosureTables.OperatingExpenses).</summary>
    OperatingExpenses,

    /// <summary>政府采购 table (government procurement; beside the nine, mapped to DisclosureTables.Procurement).</summary>
    Procurement,

    /// <summary>国有资产 table (state-owned assets and vehicles; beside the nine, mapped to DisclosureTables.Assets).</summary>
    Assets,

    /// <summary>
    /// 绩效自评 / 绩效评价 table (performance self-evaluation; beside the nine, a form kept row by row and mapped to
    /// Report.Performance.Evaluations).
    /// </summary>
    PerformanceEvaluation,
}
