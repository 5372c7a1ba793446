namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The narrative's figures against the tables they describe (表与说明一致): the nine tables (FA1101–FA1108) and the
/// tables published beside them — 机关运行经费、政府采购、国有资产 (FA1110–FA1112).
/// </summary>
/// <remarks>
/// The beside-table checks are equalities like the others (rounding-aware intervals, each side at its own written
/// precision — a table printed in 元 and converted keeps its decimals). Most departments publish none of these tables,
/// so an absent table figure makes the check not applicable (<see cref="AbsentFigures.NotApplicable"/>) rather than
/// "could not run"; a figure the table prints but the narrative was not read to state is "could not run", naming the
/// narrative's pointer, as for FA1107.
/// </remarks>
public static partial class RuleCatalogue
{
    /// <summary>Where the narrative's sections are listed (domain §2.3, followed by the section's number).</summary>
    private const string TableNarrativeBasis = "domain §2.3";

    private static IEnumerable<IValidationRule> TableNarrativeRules()
    {
        const RuleCategory Category = RuleCategory.TableNarrative;

        yield return Rule("FA1101", Category, Severity.Error,
                "说明“收入支出决算总体情况”与总表一致",
                "Narrative overall figures equal the summary table",
                "收入／支出总计、本年收入／支出合计、结转和结余 = T1",
                TableNarrativeBasis + " 一")
            .Checks(
                Equal(NarrativeOverall + "incomeGrandTotal/amount", Table1Income + "grandTotal"),
                Equal(NarrativeOverall + "currentYearIncome/amount", Table1Income + "currentYearTotal"),
                Equal(NarrativeOverall + "useOfNonAppropriationBalance/amount", Table1Income + "useOfNonAppropriationBalance"),
                Equal(NarrativeOverall + "openingCarryOver/amount", Table1Income + "openingCarryOver"),
                Equal(NarrativeOverall + "expenditureGrandTotal/amount", Table1Expenditure + "grandTotal"),
                Equal(NarrativeOverall + "currentYearExpenditure/amount", Table1Expenditure + "currentYearTotal"),
                Equal(NarrativeOverall + "balanceDistribution/amount", Table1Expenditure + "balanceDistribution"),
                Equal(NarrativeOverall + "closingCarryOver/amount", Table1Expenditure + "closingCarryOver"));
        yield return Rule("FA1102", Category, Severity.Error,
                "说明“收入决算情况”与收入决算表一致",
                "Narrative income figures equal the income tables",
                "本年收入合计及各来源 = T1／T2",
                TableNarrativeBasis + " 二")
            .Checks(IncomeColumns.Select(x => Equal(NarrativeIncome + x + "/amount", Table2Income + "total/" + x)));
        yield return Rule("FA1103", Category, Severity.Error,
                "说明“支出决算情况”与支出决算表一致",
                "Narrative expenditure figures equal the expenditure table",
                "本年支出合计、基本支出、项目支出等 = T3 合计行",
                TableNarrativeBasis + " 三")
            .Checks(ExpenditureColumns.Select(x => Equal(NarrativeExpenditure + x + "/amount", Table3Expenditure + "total/" + x)));
        yield return Rule("FA1104", Category, Severity.Error,
                "说明“财政拨款收入支出决算总体情况”与财政拨款总表一致",
                "Narrative appropriation figures equal the appropriation summary",
                "财政拨款收入／支出总计、本年收入／支出、年初／年末结转和结余（含一般公共预算部分） = T4",
                TableNarrativeBasis + " 四")
            .Checks(
                Equal(NarrativeAppropriation + "incomeGrandTotal/amount", Table4Income + "grandTotal"),
                Equal(NarrativeAppropriation + "currentYearIncome/amount", Table4Income + "currentYearTotal"),
                Equal(NarrativeAppropriation + "openingCarryOver/amount", Table4Income + "openingCarryOver/total"),
                Equal(NarrativeAppropriation + "expenditureGrandTotal/amount", Table4Expenditure + "grandTotal/total"),
                Equal(NarrativeAppropriation + "currentYearExpenditure/amount", Table4Expenditure + "currentYearTotal/total"),
                Equal(NarrativeAppropriation + "closingCarryOver/amount", Table4Expenditure + "closingCarryOver/total"),
                // Schema 1.10's 一般公共预算 carry-overs (session 46): T4's carry-over rows split by fund, the general-budget column.
                Equal(NarrativeAppropriation + "generalBudgetOpeningCarryOver/amount", Table4Income + "openingCarryOver/generalBudget"),
                Equal(NarrativeAppropriation + "generalBudgetClosingCarryOver/amount",
                    Table4Expenditure + "closingCarryOver/generalBudget"));
        yield return Rule("FA1105", Category, Severity.Error,
                "说明“一般公共预算财政拨款支出决算情况”与一般公共预算支出表一致",
                "Narrative general-budget figures equal the general-budget expenditure table",
                "一般公共预算财政拨款支出、各类、各项 = T5",
                TableNarrativeBasis + " 五")
            .Checks(
                Equal(NarrativeGeneralBudget + "total/amount", Table5GeneralBudget + "total/total"),
                MatchRows(NarrativeGeneralBudget + "classes", "amount", Table5Rows, "total"),
                MatchRows(NarrativeGeneralBudgetItems, "amount", Table5Rows, "total"));
        yield return Rule("FA1106", Category, Severity.Error,
                "说明“基本支出决算情况”与基本支出决算表一致",
                "Narrative basic expenditure equals the basic expenditure table",
                "基本支出、人员经费、公用经费 = T6",
                TableNarrativeBasis + " 六")
            .Checks(
                Equal(NarrativeBasicExpenditure + "total/amount", Table6Basic + "total"),
                Equal(NarrativeBasicExpenditure + "personnel/amount", Table6Basic + "personnelTotal"),
                Equal(NarrativeBasicExpenditure + "public/amount", Table6Basic + "publicTotal"));
        yield return Rule("FA1107", Category, Severity.Error,
                "说明“三公”经费与“三公”经费表一致",
                "Narrative \"three public\" figures equal the table",
                "各项决算数 = T7 决算数；各项预算数 = T7 预算数",
                TableNarrativeBasis + " 七")
            .Checks(ThreePublicItems.Select(x => Equal(NarrativeThreePublic + x + "/amount", Table7ThreePublic + "final/" + x))
                .Concat(ThreePublicItems.Select(x =>
                    Equal(NarrativeThreePublic + x + "/budget/budgetAmount", Table7ThreePublic + "budget/" + x))));
        yield return Rule("FA1108", Category, Severity.Error,
                "说明政府性基金、国有资本经营预算部分与 T8／T9 一致",
                "Narrative government-fund and state-capital figures equal their tables",
                "本年收入、本年支出、年初／年末结转和结余、各项 = T8／T9",
                TableNarrativeBasis + " 八／九")
            .Checks(new[] { (NarrativeGovernmentFund, Table8GovernmentFund), (NarrativeStateCapital, Table9StateCapital) }
                .SelectMany(pair => FundSectionEqualsFundTable(pair.Item1, pair.Item2)));
        yield return Rule("FA1110", Category, Severity.Error,
                "说明机关运行经费与机关运行经费表一致",
                "Narrative administrative operating expenses equal the operating-expenses table",
                "说明 机关运行经费 = 机关运行经费表 合计（表未公开时不适用）",
                TableNarrativeBasis + ", §4.2")
            .Checks(BesideTableEquals(
                BesideOperatingExpenses + "total", NarrativeOperatingExpenses + "administrativeOperatingExpenses/amount"));
        yield return Rule("FA1111", Category, Severity.Error,
                "说明政府采购金额与政府采购表一致",
                "Narrative government procurement figures equal the procurement table",
                "说明 政府采购支出总额、货物、工程、服务、授予中小企业、授予小微企业合同金额 = 政府采购表对应数（表未公开时不适用）",
                TableNarrativeBasis + ", §4.4")
            .Checks(ProcurementFigures.Select(x => BesideTableEquals(BesideProcurement + x, NarrativeProcurement + x + "/amount")));
        yield return Rule("FA1112", Category, Severity.Error,
                "说明国有资产占用情况与国有资产表一致",
                "Narrative asset holdings equal the assets table",
                "说明 车辆总数、房屋面积、单价100万元以上设备数 = 国有资产表对应数（表未公开时不适用）",
                TableNarrativeBasis + ", §4.5")
            .Checks(
                BesideTableEquals(BesideAssets + "vehicleCount", NarrativeVehicles + "count"),
                BesideTableEquals(BesideAssets + "buildingArea", NarrativeAssets + "buildingArea"),
                BesideTableEquals(BesideAssets + "largeEquipmentCount", NarrativeAssets + "largeEquipmentCount"));
    }

    /// <summary>A beside-table figure = the narrative's; not applicable when the table does not print the figure.</summary>
    private static SumRelation BesideTableEquals(string table, string narrative) =>
        Equal(table, narrative) with { WhenAbsent = AbsentFigures.NotApplicable };

    /// <summary>FA1108: a fund section of the narrative equals the totals and the item rows of its table (T8 or T9).</summary>
    private static Relation[] FundSectionEqualsFundTable(string section, string table) =>
    [
        Equal(section + "currentYearIncome/amount", table + "total/income"),
        Equal(section + "currentYearExpenditure/amount", table + "total/expenditureTotal"),
        Equal(section + "openingCarryOver/amount", table + "total/openingCarryOver"),
        Equal(section + "closingCarryOver/amount", table + "total/closingCarryOver"),
        MatchRows(section + "items", "amount", table + "rows", "expenditureTotal"),
    ];
}
