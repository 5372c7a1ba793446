namespace PublicFinance.FinalAccounts.Model.Tables;

/// <summary>
/// The nine standard tables (部门决算公开九张表) and the tables often published beside them (机关运行经费, 政府采购,
/// 国有资产); any may be absent.
/// </summary>
public sealed record DisclosureTables
{
    /// <summary>Table 1, 收入支出决算总表 (total income and expenditure).</summary>
    public IncomeExpenditureSummaryTable? Summary { get; init; }

    /// <summary>Table 2, 收入决算表 (income by source and functional code).</summary>
    public IncomeTable? Income { get; init; }

    /// <summary>Table 3, 支出决算表 (expenditure by nature and functional code).</summary>
    public ExpenditureTable? Expenditure { get; init; }

    /// <summary>Table 4, 财政拨款收入支出决算总表 (appropriation-funded totals by fund type).</summary>
    public AppropriationSummaryTable? AppropriationSummary { get; init; }

    /// <summary>Table 5, 一般公共预算财政拨款支出决算表 (general budget appropriation expenditure).</summary>
    public GeneralBudgetExpenditureTable? GeneralBudgetExpenditure { get; init; }

    /// <summary>Table 6, 一般公共预算财政拨款基本支出决算表 (basic expenditure by economic code).</summary>
    public BasicExpenditureTable? BasicExpenditure { get; init; }

    /// <summary>Table 7 (national order 9), 财政拨款“三公”经费支出决算表.</summary>
    public ThreePublicTable? ThreePublic { get; init; }

    /// <summary>Table 8, 政府性基金预算财政拨款收入支出决算表.</summary>
    public FundAppropriationTable? GovernmentFund { get; init; }

    /// <summary>Table 9, 国有资本经营预算财政拨款收入支出决算表.</summary>
    public FundAppropriationTable? StateCapital { get; init; }

    /// <summary>The 机关运行经费 table published beside the nine (schema 1.2).</summary>
    public OperatingExpensesTable? OperatingExpenses { get; init; }

    /// <summary>The 政府采购 table published beside the nine (schema 1.2).</summary>
    public ProcurementTable? Procurement { get; init; }

    /// <summary>The 国有资产占用 (vehicles, buildings, equipment) table published beside the nine (schema 1.2).</summary>
    public AssetsTable? Assets { get; init; }
}
