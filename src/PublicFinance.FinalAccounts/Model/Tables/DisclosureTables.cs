using System.Collections.Generic;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Model.Tables
{
    /// <summary>What every published table carries besides its figures.</summary>
    public abstract record DisclosureTable
    {
        /// <summary>The title as printed (e.g. 收入支出决算总表, 公开01表), or null.</summary>
        public string? Title { get; init; }

        /// <summary>The footnote or the "本表无数据" statement as printed (注：本表反映…), or null.</summary>
        public string? Note { get; init; }

        /// <summary>
        /// The unit printed on this table (单位：元 or 单位：万元), or null when not stated. The amounts of the model are
        /// always in the report's <see cref="FinalAccountsReport.Unit"/>; a reader converts a table printed in another unit.
        /// </summary>
        public AmountUnit? Unit { get; init; }
    }

    /// <summary>The nine standard tables (部门决算公开九张表); any may be absent.</summary>
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
    }

    /// <summary>A functional class row of a two-sided table: class code and name with one amount.</summary>
    public sealed record FunctionalAmount
    {
        /// <summary>The functional code (usually a 类), or null when the table prints names only.</summary>
        public FunctionalCode? Code { get; init; }

        /// <summary>The name as printed (科目名称).</summary>
        public required string Name { get; init; }

        /// <summary>The amount (决算数).</summary>
        public required Amount Amount { get; init; }
    }

    /// <summary>Income side of table 1 (收入).</summary>
    public sealed record SummaryIncomeSide
    {
        /// <summary>I. General public budget appropriation income (一、一般公共预算财政拨款收入).</summary>
        public Amount? GeneralBudgetAppropriation { get; init; }

        /// <summary>II. Government-fund budget appropriation income (二、政府性基金预算财政拨款收入).</summary>
        public Amount? GovernmentFundAppropriation { get; init; }

        /// <summary>III. State-capital operation budget appropriation income (三、国有资本经营预算财政拨款收入).</summary>
        public Amount? StateCapitalAppropriation { get; init; }

        /// <summary>四、上级补助收入 (subsidy from the superior unit).</summary>
        public Amount? SuperiorSubsidy { get; init; }

        /// <summary>五、事业收入 (public-service income).</summary>
        public Amount? ServiceIncome { get; init; }

        /// <summary>六、经营收入 (business income).</summary>
        public Amount? BusinessIncome { get; init; }

        /// <summary>七、附属单位上缴收入 (remittances from affiliated units).</summary>
        public Amount? AffiliatedRemittance { get; init; }

        /// <summary>八、其他收入 (other income).</summary>
        public Amount? OtherIncome { get; init; }

        /// <summary>本年收入合计 (total income of the year).</summary>
        public Amount? CurrentYearTotal { get; init; }

        /// <summary>使用非财政拨款结余（含专用结余） (use of non-appropriation balances).</summary>
        public Amount? UseOfNonAppropriationBalance { get; init; }

        /// <summary>年初结转和结余 (opening carry-over and balance).</summary>
        public Amount? OpeningCarryOver { get; init; }

        /// <summary>总计 (grand total of income).</summary>
        public Amount? GrandTotal { get; init; }
    }

    /// <summary>Expenditure side of table 1 (支出).</summary>
    public sealed record SummaryExpenditureSide
    {
        /// <summary>One row per functional class (一、一般公共服务支出 …).</summary>
        public IReadOnlyList<FunctionalAmount> Classes { get; init => field = ValueList.From(value); } = ValueList.Empty<FunctionalAmount>();

        /// <summary>本年支出合计 (total expenditure of the year).</summary>
        public Amount? CurrentYearTotal { get; init; }

        /// <summary>结余分配 (appropriation of balances).</summary>
        public Amount? BalanceDistribution { get; init; }

        /// <summary>年末结转和结余 (closing carry-over and balance).</summary>
        public Amount? ClosingCarryOver { get; init; }

        /// <summary>总计 (grand total of expenditure).</summary>
        public Amount? GrandTotal { get; init; }
    }

    /// <summary>Table 1, 收入支出决算总表.</summary>
    public sealed record IncomeExpenditureSummaryTable : DisclosureTable
    {
        /// <summary>The income side.</summary>
        public SummaryIncomeSide? Income { get; init; }

        /// <summary>The expenditure side.</summary>
        public SummaryExpenditureSide? Expenditure { get; init; }
    }

    /// <summary>The amount columns of table 2 (收入决算表).</summary>
    public record IncomeColumns
    {
        /// <summary>Total income of the year (本年收入合计).</summary>
        public Amount? Total { get; init; }

        /// <summary>Fiscal appropriation income (财政拨款收入).</summary>
        public Amount? FiscalAppropriation { get; init; }

        /// <summary>Subsidy from the superior unit (上级补助收入).</summary>
        public Amount? SuperiorSubsidy { get; init; }

        /// <summary>Public-service income (事业收入).</summary>
        public Amount? ServiceIncome { get; init; }

        /// <summary>Business income (经营收入).</summary>
        public Amount? BusinessIncome { get; init; }

        /// <summary>Remittances from affiliated units (附属单位上缴收入).</summary>
        public Amount? AffiliatedRemittance { get; init; }

        /// <summary>Other income (其他收入).</summary>
        public Amount? OtherIncome { get; init; }
    }

    /// <summary>A row of table 2 keyed by functional code (类/款/项).</summary>
    public sealed record IncomeRow : IncomeColumns
    {
        /// <summary>The functional code (功能分类科目编码).</summary>
        public required FunctionalCode Code { get; init; }

        /// <summary>The name as printed (科目名称).</summary>
        public required string Name { get; init; }
    }

    /// <summary>Table 2, 收入决算表.</summary>
    public sealed record IncomeTable : DisclosureTable
    {
        /// <summary>The 合计 row.</summary>
        public IncomeColumns? Total { get; init; }

        /// <summary>The rows, in printed order.</summary>
        public IReadOnlyList<IncomeRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<IncomeRow>();
    }

    /// <summary>The amount columns of table 3 (支出决算表).</summary>
    public record ExpenditureColumns
    {
        /// <summary>Total expenditure of the year (本年支出合计).</summary>
        public Amount? Total { get; init; }

        /// <summary>基本支出 (basic expenditure).</summary>
        public Amount? Basic { get; init; }

        /// <summary>项目支出 (project expenditure).</summary>
        public Amount? Project { get; init; }

        /// <summary>上缴上级支出 (remittance to the superior unit).</summary>
        public Amount? RemittedToSuperior { get; init; }

        /// <summary>经营支出 (business expenditure).</summary>
        public Amount? Business { get; init; }

        /// <summary>对附属单位补助支出 (subsidies to affiliated units).</summary>
        public Amount? SubsidyToAffiliates { get; init; }
    }

    /// <summary>A row of table 3 keyed by functional code.</summary>
    public sealed record ExpenditureRow : ExpenditureColumns
    {
        /// <summary>The functional code.</summary>
        public required FunctionalCode Code { get; init; }

        /// <summary>The name as printed.</summary>
        public required string Name { get; init; }
    }

    /// <summary>Table 3, 支出决算表.</summary>
    public sealed record ExpenditureTable : DisclosureTable
    {
        /// <summary>The 合计 row.</summary>
        public ExpenditureColumns? Total { get; init; }

        /// <summary>The rows, in printed order.</summary>
        public IReadOnlyList<ExpenditureRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<ExpenditureRow>();
    }

    /// <summary>Amounts split by fund type (合计 / 一般公共预算 / 政府性基金预算 / 国有资本经营预算).</summary>
    public record FundColumns
    {
        /// <summary>合计 (total of the three fund types).</summary>
        public Amount? Total { get; init; }

        /// <summary>General public budget appropriation (一般公共预算财政拨款).</summary>
        public Amount? GeneralBudget { get; init; }

        /// <summary>Government-fund budget appropriation (政府性基金预算财政拨款).</summary>
        public Amount? GovernmentFund { get; init; }

        /// <summary>State-capital operation budget appropriation (国有资本经营预算财政拨款).</summary>
        public Amount? StateCapital { get; init; }
    }

    /// <summary>An expenditure row of table 4 for one functional class.</summary>
    public sealed record AppropriationRow : FundColumns
    {
        /// <summary>The functional code, or null when the table prints names only.</summary>
        public FunctionalCode? Code { get; init; }

        /// <summary>The name as printed.</summary>
        public required string Name { get; init; }
    }

    /// <summary>Income side of table 4.</summary>
    public sealed record AppropriationIncomeSide
    {
        /// <summary>I. General public budget appropriation (一、一般公共预算财政拨款).</summary>
        public Amount? GeneralBudget { get; init; }

        /// <summary>II. Government-fund budget appropriation (二、政府性基金预算财政拨款).</summary>
        public Amount? GovernmentFund { get; init; }

        /// <summary>III. State-capital operation budget appropriation (三、国有资本经营预算财政拨款).</summary>
        public Amount? StateCapital { get; init; }

        /// <summary>Total income of the year (本年收入合计).</summary>
        public Amount? CurrentYearTotal { get; init; }

        /// <summary>年初财政拨款结转和结余, in total and by fund type.</summary>
        public FundColumns? OpeningCarryOver { get; init; }

        /// <summary>Grand total (总计).</summary>
        public Amount? GrandTotal { get; init; }
    }

    /// <summary>Expenditure side of table 4.</summary>
    public sealed record AppropriationExpenditureSide
    {
        /// <summary>One row per functional class.</summary>
        public IReadOnlyList<AppropriationRow> Classes { get; init => field = ValueList.From(value); } = ValueList.Empty<AppropriationRow>();

        /// <summary>本年支出合计 by fund type.</summary>
        public FundColumns? CurrentYearTotal { get; init; }

        /// <summary>年末财政拨款结转和结余 by fund type.</summary>
        public FundColumns? ClosingCarryOver { get; init; }

        /// <summary>总计 by fund type.</summary>
        public FundColumns? GrandTotal { get; init; }
    }

    /// <summary>Table 4, 财政拨款收入支出决算总表.</summary>
    public sealed record AppropriationSummaryTable : DisclosureTable
    {
        /// <summary>The income side.</summary>
        public AppropriationIncomeSide? Income { get; init; }

        /// <summary>The expenditure side.</summary>
        public AppropriationExpenditureSide? Expenditure { get; init; }
    }

    /// <summary>Columns 合计 / 基本支出 / 项目支出.</summary>
    public record BasicProjectColumns
    {
        /// <summary>Total (合计).</summary>
        public Amount? Total { get; init; }

        /// <summary>Basic expenditure (基本支出).</summary>
        public Amount? Basic { get; init; }

        /// <summary>Project expenditure (项目支出).</summary>
        public Amount? Project { get; init; }
    }

    /// <summary>A row of table 5 keyed by functional code.</summary>
    public sealed record GeneralBudgetRow : BasicProjectColumns
    {
        /// <summary>The functional code.</summary>
        public required FunctionalCode Code { get; init; }

        /// <summary>The name as printed.</summary>
        public required string Name { get; init; }
    }

    /// <summary>Table 5, 一般公共预算财政拨款支出决算表.</summary>
    public sealed record GeneralBudgetExpenditureTable : DisclosureTable
    {
        /// <summary>The 合计 row.</summary>
        public BasicProjectColumns? Total { get; init; }

        /// <summary>The rows, in printed order.</summary>
        public IReadOnlyList<GeneralBudgetRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<GeneralBudgetRow>();
    }

    /// <summary>A row of table 6 keyed by economic code (经济分类 类/款).</summary>
    public sealed record EconomicRow
    {
        /// <summary>The economic code.</summary>
        public required EconomicCode Code { get; init; }

        /// <summary>The name as printed.</summary>
        public required string Name { get; init; }

        /// <summary>The amount (决算数).</summary>
        public required Amount Amount { get; init; }
    }

    /// <summary>Table 6, 一般公共预算财政拨款基本支出决算表.</summary>
    public sealed record BasicExpenditureTable : DisclosureTable
    {
        /// <summary>The rows (人员经费 block 301/303 and 公用经费 block 302/310/…), in printed order.</summary>
        public IReadOnlyList<EconomicRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<EconomicRow>();

        /// <summary>人员经费合计 (personnel expenses).</summary>
        public Amount? PersonnelTotal { get; init; }

        /// <summary>公用经费合计 (public expenses).</summary>
        public Amount? PublicTotal { get; init; }

        /// <summary>The grand total of basic expenditure (基本支出合计), when printed.</summary>
        public Amount? Total { get; init; }
    }

    /// <summary>One set of the "三公" columns (either 预算数 or 决算数).</summary>
    public sealed record ThreePublicColumns
    {
        /// <summary>Total (合计).</summary>
        public Amount? Total { get; init; }

        /// <summary>因公出国（境）费 (official overseas travel).</summary>
        public Amount? OverseasTravel { get; init; }

        /// <summary>公务用车购置及运行（维护）费 小计 (official vehicles, subtotal).</summary>
        public Amount? VehiclesSubtotal { get; init; }

        /// <summary>公务用车购置费 (vehicle purchase).</summary>
        public Amount? VehiclePurchase { get; init; }

        /// <summary>公务用车运行（维护）费 (vehicle operation and maintenance).</summary>
        public Amount? VehicleOperation { get; init; }

        /// <summary>公务接待费 (official reception).</summary>
        public Amount? Reception { get; init; }
    }

    /// <summary>Table 7 (national order 9), 财政拨款“三公”经费支出决算表.</summary>
    public sealed record ThreePublicTable : DisclosureTable
    {
        /// <summary>预算数 columns.</summary>
        public ThreePublicColumns? Budget { get; init; }

        /// <summary>决算数 columns.</summary>
        public ThreePublicColumns? Final { get; init; }
    }

    /// <summary>The amount columns of tables 8 and 9.</summary>
    public record FundTableColumns
    {
        /// <summary>Opening carry-over and balance (年初结转和结余).</summary>
        public Amount? OpeningCarryOver { get; init; }

        /// <summary>Income of the year (本年收入).</summary>
        public Amount? Income { get; init; }

        /// <summary>Expenditure of the year: total (本年支出 合计).</summary>
        public Amount? ExpenditureTotal { get; init; }

        /// <summary>Expenditure of the year: basic (本年支出 基本支出).</summary>
        public Amount? Basic { get; init; }

        /// <summary>Expenditure of the year: project (本年支出 项目支出).</summary>
        public Amount? Project { get; init; }

        /// <summary>Closing carry-over and balance (年末结转和结余).</summary>
        public Amount? ClosingCarryOver { get; init; }
    }

    /// <summary>A row of table 8 or 9 keyed by functional code.</summary>
    public sealed record FundTableRow : FundTableColumns
    {
        /// <summary>The functional code.</summary>
        public required FunctionalCode Code { get; init; }

        /// <summary>The name as printed.</summary>
        public required string Name { get; init; }
    }

    /// <summary>Table 8 (政府性基金预算) or 9 (国有资本经营预算) 财政拨款收入支出决算表.</summary>
    public sealed record FundAppropriationTable : DisclosureTable
    {
        /// <summary>The 合计 row.</summary>
        public FundTableColumns? Total { get; init; }

        /// <summary>The rows, in printed order.</summary>
        public IReadOnlyList<FundTableRow> Rows { get; init => field = ValueList.From(value); } = ValueList.Empty<FundTableRow>();

        /// <summary>True when the table is published empty (空表 / 本表无数据); its statement is in <see cref="DisclosureTable.Note"/>.</summary>
        public bool? IsEmpty { get; init; }
    }
}
