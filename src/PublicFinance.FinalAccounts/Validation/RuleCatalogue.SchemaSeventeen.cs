using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The identities of the schema 1.7 members (FA1214, FA2208): the parts of the all-funds 基本支出 stated in the 支出 section,
/// and the 三公 table's completion-rate column.
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>The 三公 table as a condition anchor (no trailing <c>/</c>).</summary>
    private const string ThreePublicTableObject = "/tables/threePublic";

    /// <summary>The items of a 三公 table's columns, as <see cref="Model.Tables.ThreePublicColumns"/> names them.</summary>
    private static readonly string[] ThreePublicTableItems =
        ["total", "overseasTravel", "vehiclesSubtotal", "vehiclePurchase", "vehicleOperation", "reception"];

    private static IEnumerable<IValidationRule> SchemaSeventeenRules()
    {
        // The 支出 section's 基本支出 is of all funds; its 人员经费 and 公用经费 (schema 1.7) are its two parts, as FA1206 checks
        // for the 一般公共预算财政拨款 基本支出 (this year's and, when stated, the prior year's). Written as FA1206's sum: how a
        // sum with an unstated part is judged is the engine's (AbsentFigures).
        yield return Rule("FA1214", RuleCategory.Narrative, Severity.Error,
                "说明：全部资金的基本支出等于其人员经费加公用经费",
                "Narrative: basic expenditure of all funds equals its personnel plus public expenses",
                "基本支出（支出决算，全部资金）= 人员经费 + 公用经费",
                NarrativeBasis)
            .Checks(PriorYearSum(NarrativeExpenditure + "basic/amount",
                NarrativeExpenditure + "basicPersonnel/amount", NarrativeExpenditure + "basicPublic/amount"));

        // The 三公 table's 完成预算% column (schema 1.7): each stated rate is the item's 决算数 ÷ 预算数 × 100, judged as FA2201
        // judges a completion rate (the interval of the written decimals; a rate without its budget or final could not run).
        yield return Rule("FA2208", RuleCategory.Budget, Severity.Error,
                "“三公”经费支出决算表的完成率等于决算数除以预算数",
                "\"Three public\" table: completion rate equals final over budget",
                "完成预算% = 决算数 / 预算数 × 100（合计及各项）",
                "domain §6 完成率")
            .Checks(ThreePublicTableItems.Select(item => Each(ThreePublicTableObject,
                When(Absent("completionRate/" + item), NotApplicable),
                Otherwise(CheckRatio("completionRate/" + item, [Plus("final/" + item)], [Plus("budget/" + item)])))));
    }
}
