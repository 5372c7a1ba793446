using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Model.Narrative;
using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Serialization;

/// <summary>
/// The lowest schema minor version whose members a report uses (最低适用的架构次版本; docs/schema-versioning.md: a producer
/// writes the lowest minor version whose features it uses, so that an older consumer does not refuse a document for
/// nothing). Looks for the members added by 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10, 1.11, 1.12, 1.13, 1.14 (a value: the
/// unit 千元) and 1.15; below 1.3 the answer is 1.2 (the 1.1 and 1.2 additions —
/// an unknown year, budget columns, the three tables beside the nine — are not told apart), which every 1.2+ consumer reads.
/// </summary>
internal static class SchemaVersionFloor
{
    /// <summary>The version written when no 1.3+ member is used.</summary>
    internal const string Floor = "1.2";

    /// <summary>The lowest version from <see cref="Floor"/> to the current one that holds every member the report uses.</summary>
    /// <param name="report">The report.</param>
    /// <returns>
    /// "1.15", "1.14", "1.13", "1.12", "1.11", "1.10", "1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3" or <see cref="Floor"/>.
    /// </returns>
    public static string Of(FinalAccountsReport report) => Of(report, mayHoldSecondBudget: true);

    /// <summary>
    /// <see cref="Of(FinalAccountsReport)"/> for a report that its maker knows holds no second budget comparison when
    /// <paramref name="mayHoldSecondBudget"/> is false (a draft from which no <c>secondBudget</c> member was read,
    /// <see cref="ContractTreeReader.TryRead(IContractNode, out bool)"/>): the walk for one is skipped (session 35: it was
    /// ≈ 1.5 % of a text read).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="mayHoldSecondBudget">False only when the report certainly holds no second budget comparison.</param>
    /// <returns>
    /// "1.15", "1.14", "1.13", "1.12", "1.11", "1.10", "1.9", "1.8", "1.7", "1.6", "1.5", "1.4", "1.3" or <see cref="Floor"/>.
    /// </returns>
    public static string Of(FinalAccountsReport report, bool mayHoldSecondBudget)
        => UsesFifteenMinor(report) ? "1.15" : UsesFourteenMinor(report) ? "1.14" : UsesThirteenMinor(report) ? "1.13"
            : UsesTwelve(report) ? "1.12" : UsesEleven(report) ? "1.11"
            : UsesTen(report) ? "1.10" : UsesNineteen(report) ? "1.9"
            : UsesEighteen(report) ? "1.8" : UsesSeventeen(report) ? "1.7"
            : mayHoldSecondBudget && UsesSixteen(report) ? "1.6"
            : UsesFifteen(report) ? "1.5" : UsesFourteen(report) ? "1.4" : UsesThirteen(report) ? "1.3" : Floor;

    // 1.15: a stated figure's prior-year amount stated without a change (not a 类, 款 or 项's: 1.13).
    private static bool UsesFifteenMinor(FinalAccountsReport report)
        => SecondBudgetScan.AnyPriorYearIn(report.Narrative, typeof(StatedFigure));

    // 1.14: amounts in 千元 (the report's unit, a table's own unit or an equipment threshold's unit).
    private static bool UsesFourteenMinor(FinalAccountsReport report)
        => report.Unit == AmountUnit.QianYuan
            || report.Narrative?.Assets is { } a && a.EquipmentHoldings.Any(static h => h.PriceThresholdUnit == AmountUnit.QianYuan)
            || report.Tables is { } t && TableUnitIs(t, AmountUnit.QianYuan);

    // The own unit of any table of the report is the one given.
    private static bool TableUnitIs(DisclosureTables t, AmountUnit unit)
        => t.Summary?.Unit == unit || t.Income?.Unit == unit || t.Expenditure?.Unit == unit || t.AppropriationSummary?.Unit == unit
            || t.GeneralBudgetExpenditure?.Unit == unit || t.BasicExpenditure?.Unit == unit || t.ThreePublic?.Unit == unit
            || t.GovernmentFund?.Unit == unit || t.StateCapital?.Unit == unit || t.OperatingExpenses?.Unit == unit
            || t.Procurement?.Unit == unit || t.Assets?.Unit == unit;

    // 1.13: a 类, 款 or 项's prior-year amount stated without a change; the residual entry of the general budget's items.
    private static bool UsesThirteenMinor(FinalAccountsReport report)
        => report.Narrative?.GeneralBudget?.OtherItems is not null
            || SecondBudgetScan.AnyPriorYearIn(report.Narrative, typeof(FunctionalFigure));

    // 1.12: equipment held at the unit-price thresholds the older members do not carry; the named projects of 项目支出.
    private static bool UsesTwelve(FinalAccountsReport report)
        => report.Narrative is { } n
            && (n.Assets is { } a && a.EquipmentHoldings.Count > 0
                || n.Expenditure is { } x && (x.ProjectItems.Count > 0 || x.OtherProjects is not null));

    // 1.11: the procurement budget, its savings and savings rate; the parts of the total assets (流动, 固定, 无形, 其他资产);
    // the evaluation coverage (its share and base) and the key evaluations (重点评价, 部门评价, 财政评价).
    private static bool UsesEleven(FinalAccountsReport report)
        => report.Narrative is { } n
            && (n.Procurement is { } p && (p.Budget is not null || p.Savings is not null || p.SavingsRate is not null)
                || n.Assets is { } a && (a.CurrentAssetsValue is not null || a.FixedAssetsValue is not null
                    || a.IntangibleAssetsValue is not null || a.OtherAssetsValue is not null))
            || report.Performance is { } e
            && (e.EvaluationCoverage is not null || e.EvaluationCoverageBase is not null || e.KeyEvaluations.Count > 0);

    // 1.10: the 一般公共预算 part's opening and closing carry-over, the 小微 contracts' stated share of the SME contracts.
    private static bool UsesTen(FinalAccountsReport report)
        => report.Narrative is { } n
            && (HasGeneralBudgetCarryOver(n.Appropriation) || HasGeneralBudgetCarryOver(n.GovernmentFund)
                || HasGeneralBudgetCarryOver(n.StateCapital) || n.Procurement?.MicroSmallShareOfSme is not null);

    private static bool HasGeneralBudgetCarryOver(AppropriationStatement? s)
        => s is not null && (s.GeneralBudgetOpeningCarryOver is not null || s.GeneralBudgetClosingCarryOver is not null);

    // 1.9: the evaluated projects counted by grade (and whether that breakdown is the whole), their average score.
    private static bool UsesNineteen(FinalAccountsReport report)
        => report.Performance is { } p
            && (p.GradeCounts.Count > 0 || p.GradeCountsCover is not null || p.AverageProjectScore is not null);

    // 1.8: the marker that the performance statement lists a selection of its evaluations (or, stated, all of them).
    private static bool UsesEighteen(FinalAccountsReport report) => report.Performance?.EvaluationsListed is not null;

    // 1.7: the parts of the all-funds 基本支出 (人员经费, 公用经费 in the 支出 section) and the 三公 table's completion rates.
    private static bool UsesSeventeen(FinalAccountsReport report)
    {
        var expenditure = report.Narrative?.Expenditure;
        return expenditure?.BasicPersonnel is not null || expenditure?.BasicPublic is not null
            || report.Tables?.ThreePublic?.CompletionRate is not null;
    }

    // 1.6: a figure compared with both budget bases (年初预算 and 全年预算: a second budget comparison).
    private static bool UsesSixteen(FinalAccountsReport report) => SecondBudgetScan.AnyIn(report.Narrative);

    // 1.5: the general budget's part of an appropriation income, the surplus and the institution fund, the components of
    // 机关运行经费, total assets and asset categories, the “三公” items split by class.
    private static bool UsesFifteen(FinalAccountsReport report)
    {
        var n = report.Narrative;
        return n is not null
            && (n.Appropriation?.GeneralBudgetIncome is not null || n.GovernmentFund?.GeneralBudgetIncome is not null
                || n.StateCapital?.GeneralBudgetIncome is not null
                || n.Overall?.CurrentYearSurplus is not null || n.Overall?.InstitutionFund is not null
                || n.OperatingExpenses?.Components.Count > 0
                || n.Assets?.TotalValue is not null || n.Assets?.Categories.Count > 0
                || n.ThreePublic?.ByClass is not null);
    }

    // 1.4: the two equipment counts, the 中小企业 parts by purchase kind, the evaluated projects' funds and the self-evaluation
    // score, and the vehicle categories 校车 and 殡葬车.
    private static bool UsesFourteen(FinalAccountsReport report)
    {
        var assets = report.Narrative?.Assets;
        var procurement = report.Narrative?.Procurement;
        return assets?.GeneralEquipmentCount is not null || assets?.SpecialEquipmentCount is not null
            || procurement?.SmeGoods is not null || procurement?.SmeWorks is not null || procurement?.SmeServices is not null
            || report.Performance?.ProjectFunds is not null || report.Performance?.SelfEvaluationScore is not null
            || AnyVehicle(report, static c => c is VehicleCategory.SchoolBus or VehicleCategory.FuneralVehicle);
    }

    // 1.3: the vehicle categories before the 2017 reform (领导干部用车, 一般公务用车).
    private static bool UsesThirteen(FinalAccountsReport report) =>
        AnyVehicle(report, static c => c is VehicleCategory.LeadingCadres or VehicleCategory.GeneralOfficial);

    private static bool AnyVehicle(FinalAccountsReport report, Func<VehicleCategory, bool> test)
    {
        if (report.Narrative?.Assets?.Vehicles is { } held && held.Categories.Any(c => test(c.Category)))
        {
            return true;
        }

        return report.Tables?.Assets is { } table && table.VehicleCategories.Any(c => test(c.Category));
    }
}
