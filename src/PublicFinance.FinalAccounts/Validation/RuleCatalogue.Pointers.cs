namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The places the declarations name (规则引用的位置): JSON Pointer prefixes of the nine tables (T1–T9, as the formulas and
/// the domain notes number them) and of the narrative sections, and the column lists the tables share. A prefix ends with
/// <c>/</c>, so a figure is written <c>Table1Income + "currentYearTotal"</c>.
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>T1 收入支出决算总表, income side.</summary>
    private const string Table1Income = "/tables/summary/income/";

    /// <summary>T1 收入支出决算总表, expenditure side.</summary>
    private const string Table1Expenditure = "/tables/summary/expenditure/";

    /// <summary>T2 收入决算表.</summary>
    private const string Table2Income = "/tables/income/";

    /// <summary>T3 支出决算表.</summary>
    private const string Table3Expenditure = "/tables/expenditure/";

    /// <summary>T4 财政拨款收入支出决算总表, income side.</summary>
    private const string Table4Income = "/tables/appropriationSummary/income/";

    /// <summary>T4 财政拨款收入支出决算总表, expenditure side.</summary>
    private const string Table4Expenditure = "/tables/appropriationSummary/expenditure/";

    /// <summary>The T5 table object itself (一般公共预算财政拨款支出决算表), for presence tests.</summary>
    private const string Table5Object = "/tables/generalBudgetExpenditure";

    /// <summary>T5 一般公共预算财政拨款支出决算表.</summary>
    private const string Table5GeneralBudget = Table5Object + "/";

    /// <summary>The rows of T5.</summary>
    private const string Table5Rows = Table5GeneralBudget + "rows";

    /// <summary>The T6 table object itself (一般公共预算财政拨款基本支出决算表), for presence tests.</summary>
    private const string Table6Object = "/tables/basicExpenditure";

    /// <summary>T6 一般公共预算财政拨款基本支出决算表.</summary>
    private const string Table6Basic = Table6Object + "/";

    /// <summary>The rows of T6 (economic codes).</summary>
    private const string Table6Rows = Table6Basic + "rows";

    /// <summary>T7 “三公”经费支出决算表.</summary>
    private const string Table7ThreePublic = "/tables/threePublic/";

    /// <summary>The final (决算数) column of T7.</summary>
    private const string Table7Final = Table7ThreePublic + "final";

    /// <summary>T8 政府性基金预算财政拨款收入支出决算表.</summary>
    private const string Table8GovernmentFund = "/tables/governmentFund/";

    /// <summary>T9 国有资本经营预算财政拨款收入支出决算表.</summary>
    private const string Table9StateCapital = "/tables/stateCapital/";

    /// <summary>说明 一、收入支出决算总体情况.</summary>
    private const string NarrativeOverall = "/narrative/overall/";

    /// <summary>说明 二、收入决算情况.</summary>
    private const string NarrativeIncome = "/narrative/income/";

    /// <summary>说明 三、支出决算情况.</summary>
    private const string NarrativeExpenditure = "/narrative/expenditure/";

    /// <summary>说明 四、财政拨款收入支出决算总体情况.</summary>
    private const string NarrativeAppropriation = "/narrative/appropriation/";

    /// <summary>说明 五、一般公共预算财政拨款支出决算情况 (the section object, for presence tests).</summary>
    private const string NarrativeGeneralBudgetObject = "/narrative/generalBudget";

    /// <summary>说明 五、一般公共预算财政拨款支出决算情况.</summary>
    private const string NarrativeGeneralBudget = NarrativeGeneralBudgetObject + "/";

    /// <summary>The items (项) the general-budget section lists.</summary>
    private const string NarrativeGeneralBudgetItems = NarrativeGeneralBudget + "items";

    /// <summary>说明 六、一般公共预算财政拨款基本支出决算情况.</summary>
    private const string NarrativeBasicExpenditure = "/narrative/basicExpenditure/";

    /// <summary>说明 七、“三公”经费.</summary>
    private const string NarrativeThreePublic = "/narrative/threePublic/";

    /// <summary>说明 政府性基金预算财政拨款收入支出决算情况.</summary>
    private const string NarrativeGovernmentFund = "/narrative/governmentFund/";

    /// <summary>说明 国有资本经营预算财政拨款收入支出决算情况.</summary>
    private const string NarrativeStateCapital = "/narrative/stateCapital/";

    /// <summary>说明 政府采购支出情况.</summary>
    private const string NarrativeProcurement = "/narrative/procurement/";

    /// <summary>说明 国有资产占用情况: vehicles (车辆).</summary>
    private const string NarrativeVehicles = "/narrative/assets/vehicles/";

    /// <summary>说明 机关运行经费.</summary>
    private const string NarrativeOperatingExpenses = "/narrative/operatingExpenses/";

    /// <summary>说明 国有资产占用情况.</summary>
    private const string NarrativeAssets = "/narrative/assets/";

    /// <summary>The 机关运行经费 table published beside the nine.</summary>
    private const string BesideOperatingExpenses = "/tables/operatingExpenses/";

    /// <summary>The 政府采购 table published beside the nine.</summary>
    private const string BesideProcurement = "/tables/procurement/";

    /// <summary>The 国有资产占用 table published beside the nine.</summary>
    private const string BesideAssets = "/tables/assets/";

    /// <summary>The 政府采购 figures the beside-table and the narrative both carry (same member names on both sides).</summary>
    private static readonly string[] ProcurementFigures = ["total", "goods", "works", "services", "smeContracts", "microSmallContracts"];

    /// <summary>Every performance self-evaluation (绩效自评).</summary>
    private const string Evaluations = "/performance/evaluations/*/";

    /// <summary>The columns of T2 (收入决算表), the total first.</summary>
    private static readonly string[] IncomeColumns =
        ["total", "fiscalAppropriation", "superiorSubsidy", "serviceIncome", "businessIncome", "affiliatedRemittance", "otherIncome"];

    /// <summary>The columns of T3 (支出决算表), the total first.</summary>
    private static readonly string[] ExpenditureColumns =
        ["total", "basic", "project", "remittedToSuperior", "business", "subsidyToAffiliates"];

    /// <summary>The fund columns of T4's expenditure side, the total first.</summary>
    private static readonly string[] FundColumns = ["total", "generalBudget", "governmentFund", "stateCapital"];

    /// <summary>The three kinds of appropriation (一般公共预算、政府性基金、国有资本经营).</summary>
    private static readonly string[] AppropriationKinds = ["generalBudget", "governmentFund", "stateCapital"];

    /// <summary>The columns of T5, the total first.</summary>
    private static readonly string[] BasicProject = ["total", "basic", "project"];

    /// <summary>The columns of T8 and T9.</summary>
    private static readonly string[] FundTableColumns =
        ["openingCarryOver", "income", "expenditureTotal", "basic", "project", "closingCarryOver"];

    /// <summary>The items of T7 and of the narrative's “三公” section, the total first.</summary>
    private static readonly string[] ThreePublicItems =
        ["total", "overseasTravel", "vehiclesSubtotal", "vehiclePurchase", "vehicleOperation", "reception"];

    /// <summary>T8 and T9, which share their layout.</summary>
    private static readonly string[] FundTables = [Table8GovernmentFund, Table9StateCapital];

    /// <summary>T7's two columns: budget (预算数) and final (决算数).</summary>
    private static readonly string[] BudgetAndFinal = ["budget/", "final/"];
}
