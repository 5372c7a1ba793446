using System.Collections.Generic;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Model.Narrative
{
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

    /// <summary>一、收入支出决算总体情况: totals, carry-overs and the overall change.</summary>
    public sealed record OverallStatement
    {
        /// <summary>Grand total of income (收入总计).</summary>
        public StatedFigure? IncomeGrandTotal { get; init; }

        /// <summary>Total income of the year (本年收入合计).</summary>
        public StatedFigure? CurrentYearIncome { get; init; }

        /// <summary>Use of non-appropriation balances, incl. special balances (使用非财政拨款结余（含专用结余）).</summary>
        public StatedFigure? UseOfNonAppropriationBalance { get; init; }

        /// <summary>Opening carry-over and balance (年初结转和结余).</summary>
        public StatedFigure? OpeningCarryOver { get; init; }

        /// <summary>Grand total of expenditure (支出总计).</summary>
        public StatedFigure? ExpenditureGrandTotal { get; init; }

        /// <summary>Total expenditure of the year (本年支出合计).</summary>
        public StatedFigure? CurrentYearExpenditure { get; init; }

        /// <summary>Appropriation of balances (结余分配).</summary>
        public StatedFigure? BalanceDistribution { get; init; }

        /// <summary>Closing carry-over and balance (年末结转和结余).</summary>
        public StatedFigure? ClosingCarryOver { get; init; }

        /// <summary>The stated change of total income and expenditure against the prior year (收入支出总体与上年相比…).</summary>
        public YearOverYearChange? Change { get; init; }

        /// <summary>The stated comparison with the budget, when given.</summary>
        public BudgetComparison? Budget { get; init; }
    }

    /// <summary>二、收入决算情况: income of the year by source, with shares.</summary>
    public sealed record IncomeStatement
    {
        /// <summary>Total income of the year (本年收入合计).</summary>
        public StatedFigure? Total { get; init; }

        /// <summary>Fiscal appropriation income (财政拨款收入).</summary>
        public StatedFigure? FiscalAppropriation { get; init; }

        /// <summary>Subsidy from the superior unit (上级补助收入).</summary>
        public StatedFigure? SuperiorSubsidy { get; init; }

        /// <summary>Public-service income (事业收入).</summary>
        public StatedFigure? ServiceIncome { get; init; }

        /// <summary>Business income (经营收入).</summary>
        public StatedFigure? BusinessIncome { get; init; }

        /// <summary>Remittances from affiliated units (附属单位上缴收入).</summary>
        public StatedFigure? AffiliatedRemittance { get; init; }

        /// <summary>Other income (其他收入).</summary>
        public StatedFigure? OtherIncome { get; init; }
    }

    /// <summary>三、支出决算情况: expenditure of the year by nature, with shares.</summary>
    public sealed record ExpenditureStatement
    {
        /// <summary>Total expenditure of the year (本年支出合计).</summary>
        public StatedFigure? Total { get; init; }

        /// <summary>Basic expenditure (基本支出).</summary>
        public StatedFigure? Basic { get; init; }

        /// <summary>Project expenditure (项目支出).</summary>
        public StatedFigure? Project { get; init; }

        /// <summary>Remittance to the superior unit (上缴上级支出).</summary>
        public StatedFigure? RemittedToSuperior { get; init; }

        /// <summary>Business expenditure (经营支出).</summary>
        public StatedFigure? Business { get; init; }

        /// <summary>Subsidies to affiliated units (对附属单位补助支出).</summary>
        public StatedFigure? SubsidyToAffiliates { get; init; }
    }

    /// <summary>
    /// A statement about one functional code (类, 款 or 项): amount with share, change and budget comparison, e.g.
    /// 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项): 支出决算数为 2,057.92 万元….
    /// </summary>
    public sealed record FunctionalFigure : StatedFigure
    {
        /// <summary>The functional code, when stated or resolved from the names; null when unknown.</summary>
        public FunctionalCode? Code { get; init; }

        /// <summary>The 类 name as written, when the text gives the path.</summary>
        public string? ClassName { get; init; }

        /// <summary>The 款 name as written, when the text gives the path.</summary>
        public string? SectionName { get; init; }

        /// <summary>The name of the figure's own level as written (the 项 name for an item).</summary>
        public required string Name { get; init; }
    }

    /// <summary>四/七/八: appropriation income and expenditure (财政拨款, 政府性基金 or 国有资本经营).</summary>
    public sealed record AppropriationStatement
    {
        /// <summary>Grand total of income (收入总计).</summary>
        public StatedFigure? IncomeGrandTotal { get; init; }

        /// <summary>Opening (appropriation) carry-over and balance (年初（财政拨款）结转和结余).</summary>
        public StatedFigure? OpeningCarryOver { get; init; }

        /// <summary>Appropriation income of the year (本年（财政拨款）收入).</summary>
        public StatedFigure? CurrentYearIncome { get; init; }

        /// <summary>Grand total of expenditure (支出总计).</summary>
        public StatedFigure? ExpenditureGrandTotal { get; init; }

        /// <summary>Closing (appropriation) carry-over and balance (年末（财政拨款）结转和结余).</summary>
        public StatedFigure? ClosingCarryOver { get; init; }

        /// <summary>Appropriation expenditure of the year (本年（财政拨款）支出).</summary>
        public StatedFigure? CurrentYearExpenditure { get; init; }

        /// <summary>The stated change of the totals against the prior year.</summary>
        public YearOverYearChange? Change { get; init; }

        /// <summary>The stated comparison with the budget (与年初预算相比…预决算差异率…).</summary>
        public BudgetComparison? Budget { get; init; }

        /// <summary>Statements per functional code, when the section lists them.</summary>
        public IReadOnlyList<FunctionalFigure> Items { get; init => field = ValueList.From(value); } = ValueList.Empty<FunctionalFigure>();

        /// <summary>The "no data" statement (本部门本年度无…收入、支出…为空表), or null.</summary>
        public string? EmptyStatement { get; init; }
    }

    /// <summary>五、一般公共预算财政拨款支出决算情况: total, structure by class, and details by item.</summary>
    public sealed record GeneralBudgetStatement
    {
        /// <summary>(一) the total, with its share of 本年支出合计, change and budget comparison.</summary>
        public StatedFigure? Total { get; init; }

        /// <summary>(二) structure: one figure per 类 with its share of the total.</summary>
        public IReadOnlyList<FunctionalFigure> Classes { get; init => field = ValueList.From(value); } = ValueList.Empty<FunctionalFigure>();

        /// <summary>(三) details: one figure per 项 with budget, change and reasons.</summary>
        public IReadOnlyList<FunctionalFigure> Items { get; init => field = ValueList.From(value); } = ValueList.Empty<FunctionalFigure>();
    }

    /// <summary>六、一般公共预算财政拨款基本支出决算情况: 人员经费 and 公用经费 with the items listed.</summary>
    public sealed record BasicExpenditureStatement
    {
        /// <summary>基本支出 total.</summary>
        public StatedFigure? Total { get; init; }

        /// <summary>人员经费 (personnel expenses).</summary>
        public StatedFigure? Personnel { get; init; }

        /// <summary>The items listed after 人员经费 包括：… (names as written).</summary>
        public IReadOnlyList<string> PersonnelItems { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();

        /// <summary>公用经费 (public expenses).</summary>
        public StatedFigure? Public { get; init; }

        /// <summary>The items listed after 公用经费 包括：… (names as written).</summary>
        public IReadOnlyList<string> PublicItems { get; init => field = ValueList.From(value); } = ValueList.Empty<string>();
    }

    /// <summary>财政拨款“三公”经费支出决算情况: amounts, shares, changes, budget comparisons and counts.</summary>
    public sealed record ThreePublicStatement
    {
        /// <summary>“三公”经费 total (final), with change and budget comparison.</summary>
        public StatedFigure? Total { get; init; }

        /// <summary>Official overseas travel (因公出国（境）费).</summary>
        public StatedFigure? OverseasTravel { get; init; }

        /// <summary>Official vehicles, purchase and operation (公务用车购置及运行（维护）费).</summary>
        public StatedFigure? VehiclesSubtotal { get; init; }

        /// <summary>Official vehicle purchase (公务用车购置费).</summary>
        public StatedFigure? VehiclePurchase { get; init; }

        /// <summary>Official vehicle operation and maintenance (公务用车运行（维护）费).</summary>
        public StatedFigure? VehicleOperation { get; init; }

        /// <summary>Official reception (公务接待费).</summary>
        public StatedFigure? Reception { get; init; }

        /// <summary>因公出国（境）团组数 (delegations).</summary>
        public int? OverseasDelegations { get; init; }

        /// <summary>因公出国（境）人次 (person-trips).</summary>
        public int? OverseasPersonTrips { get; init; }

        /// <summary>公务用车购置数 (vehicles bought).</summary>
        public int? VehiclesPurchased { get; init; }

        /// <summary>公务用车保有量 (vehicles held, financed by appropriations).</summary>
        public int? VehiclesHeld { get; init; }

        /// <summary>国内公务接待批次 (domestic reception batches).</summary>
        public int? DomesticReceptionBatches { get; init; }

        /// <summary>国内公务接待人次 (domestic reception person-visits).</summary>
        public int? DomesticReceptionPersonTrips { get; init; }

        /// <summary>外宾接待批次 (foreign-guest reception batches).</summary>
        public int? ForeignReceptionBatches { get; init; }

        /// <summary>外宾接待人次 (foreign-guest person-visits).</summary>
        public int? ForeignReceptionPersonTrips { get; init; }

        /// <summary>What the overseas travel paid for (开支内容), as written.</summary>
        public string? OverseasTravelDescription { get; init; }

        /// <summary>What vehicle operation paid for (开支内容), as written.</summary>
        public string? VehicleOperationDescription { get; init; }

        /// <summary>What reception paid for (开支内容), as written.</summary>
        public string? ReceptionDescription { get; init; }

        /// <summary>The explanation of a difference between 保有量 and the vehicles on the asset register, as written.</summary>
        public string? VehicleHoldingExplanation { get; init; }
    }

    /// <summary>机关运行经费 (行政单位和参公事业单位) and 事业单位公用经费.</summary>
    public sealed record OperatingExpensesStatement
    {
        /// <summary>机关运行经费 of administrative and civil-service-managed units.</summary>
        public StatedFigure? AdministrativeOperatingExpenses { get; init; }

        /// <summary>公用经费 of public institutions (事业单位), when stated separately.</summary>
        public StatedFigure? InstitutionPublicExpenses { get; init; }
    }

    /// <summary>Government procurement (政府采购支出情况).</summary>
    public sealed record ProcurementStatement
    {
        /// <summary>Total government procurement (政府采购支出总额).</summary>
        public StatedFigure? Total { get; init; }

        /// <summary>货物 (goods).</summary>
        public StatedFigure? Goods { get; init; }

        /// <summary>工程 (works).</summary>
        public StatedFigure? Works { get; init; }

        /// <summary>服务 (services).</summary>
        public StatedFigure? Services { get; init; }

        /// <summary>授予中小企业合同金额, with its share.</summary>
        public StatedFigure? SmeContracts { get; init; }

        /// <summary>授予小微企业合同金额, with its share.</summary>
        public StatedFigure? MicroSmallContracts { get; init; }

        /// <summary>面向中小企业预留采购项目预算金额, when stated.</summary>
        public StatedFigure? SmeReservedBudget { get; init; }
    }

    /// <summary>The eight vehicle categories of 国有资产占用 (《党政机关公务用车管理办法》).</summary>
    public enum VehicleCategory
    {
        /// <summary>Vehicles of vice-ministerial and higher leaders (副部（省）级及以上领导用车 / 部级领导干部用车).</summary>
        SeniorLeaders = 0,

        /// <summary>Vehicles of principal leaders (主要负责人用车 / 主要领导干部用车).</summary>
        PrincipalLeaders = 1,

        /// <summary>Confidential-communication vehicles (机要通信用车).</summary>
        ConfidentialCommunications = 2,

        /// <summary>Emergency-support vehicles (应急保障用车).</summary>
        EmergencySupport = 3,

        /// <summary>Law-enforcement vehicles (执法执勤用车).</summary>
        LawEnforcement = 4,

        /// <summary>Special technical vehicles (特种专业技术用车).</summary>
        SpecialTechnical = 5,

        /// <summary>Vehicles serving retired cadres (离退休干部服务用车).</summary>
        RetiredCadreService = 6,

        /// <summary>Other vehicles (其他用车).</summary>
        Other = 7,
    }

    /// <summary>The number of vehicles in one category.</summary>
    public sealed record VehicleCategoryCount
    {
        /// <summary>The category.</summary>
        public required VehicleCategory Category { get; init; }

        /// <summary>The number of vehicles (辆).</summary>
        public required int Count { get; init; }

        /// <summary>The label as the document writes it, when it differs from the standard one.</summary>
        public string? Label { get; init; }
    }

    /// <summary>Vehicles on the asset register (车辆).</summary>
    public sealed record VehicleHoldings
    {
        /// <summary>Total vehicles (车辆 N 辆).</summary>
        public int? Count { get; init; }

        /// <summary>Their book value (价值), in the report's unit.</summary>
        public Amount? Value { get; init; }

        /// <summary>Vehicles by category.</summary>
        public IReadOnlyList<VehicleCategoryCount> Categories { get; init => field = ValueList.From(value); } = ValueList.Empty<VehicleCategoryCount>();

        /// <summary>What the 其他用车 are (其他用车主要是…), as written.</summary>
        public string? OtherVehiclesDescription { get; init; }
    }

    /// <summary>国有资产占用情况: buildings, vehicles and large equipment.</summary>
    public sealed record AssetsStatement
    {
        /// <summary>The date the figures refer to (截至…), as an ISO date (yyyy-MM-dd).</summary>
        public string? AsOf { get; init; }

        /// <summary>Building floor area in square metres (房屋 平方米).</summary>
        public Quantity? BuildingArea { get; init; }

        /// <summary>Building value (房屋价值), in the report's unit.</summary>
        public Amount? BuildingValue { get; init; }

        /// <summary>Vehicles.</summary>
        public VehicleHoldings? Vehicles { get; init; }

        /// <summary>Equipment of unit price ≥ 1,000,000 yuan, excluding vehicles (单价100万元（含）以上设备, 台/套).</summary>
        public int? LargeEquipmentCount { get; init; }

        /// <summary>Value of that equipment, when stated.</summary>
        public Amount? LargeEquipmentValue { get; init; }
    }
}
