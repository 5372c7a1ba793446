namespace PublicFinance.FinalAccounts.Model.Narrative;

/// <summary>The narrative (情况说明) section by section; any section may be absent.</summary>
public sealed record NarrativeSections
{
    /// <summary>Section 1, overall income and expenditure (一、收入支出决算总体情况说明).</summary>
    public OverallStatement? Overall { get; init; }

    /// <summary>Section 2, income (二、收入决算情况说明).</summary>
    public IncomeStatement? Income { get; init; }

    /// <summary>Section 3, expenditure (三、支出决算情况说明).</summary>
    public ExpenditureStatement? Expenditure { get; init; }

    /// <summary>Section 4, appropriation income and expenditure (四、财政拨款收入支出决算总体情况说明).</summary>
    public AppropriationStatement? Appropriation { get; init; }

    /// <summary>Section 5, general budget appropriation expenditure (五、一般公共预算财政拨款支出决算情况说明).</summary>
    public GeneralBudgetStatement? GeneralBudget { get; init; }

    /// <summary>Section 6, basic expenditure of general budget appropriations (六、一般公共预算财政拨款基本支出决算情况说明).</summary>
    public BasicExpenditureStatement? BasicExpenditure { get; init; }

    /// <summary>Government-fund appropriation statement (政府性基金预算财政拨款收入支出决算情况说明).</summary>
    public AppropriationStatement? GovernmentFund { get; init; }

    /// <summary>State-capital appropriation statement (国有资本经营预算财政拨款收入支出决算情况说明).</summary>
    public AppropriationStatement? StateCapital { get; init; }

    /// <summary>The "three public expenses" statement (财政拨款“三公”经费支出决算情况说明).</summary>
    public ThreePublicStatement? ThreePublic { get; init; }

    /// <summary>机关运行经费 (and 事业单位公用经费) 支出情况.</summary>
    public OperatingExpensesStatement? OperatingExpenses { get; init; }

    /// <summary>Government procurement (政府采购支出情况).</summary>
    public ProcurementStatement? Procurement { get; init; }

    /// <summary>State-owned assets in use (国有资产占用情况).</summary>
    public AssetsStatement? Assets { get; init; }
}
