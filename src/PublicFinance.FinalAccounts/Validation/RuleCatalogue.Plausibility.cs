using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;
using static PublicFinance.FinalAccounts.Validation.ConditionTest;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Plausibility for the unit type the caller declares (合理性, FA6201).</summary>
public static partial class RuleCatalogue
{
    /// <summary>Figures an administrative unit (行政单位) does not have.</summary>
    private static readonly string[] NotForAdministrativeUnits =
    [
        Table1Income + "serviceIncome", Table1Income + "businessIncome", Table1Expenditure + "balanceDistribution",
        Table2Income + "total/serviceIncome", Table2Income + "total/businessIncome", Table3Expenditure + "total/business",
        NarrativeIncome + "serviceIncome/amount", NarrativeIncome + "businessIncome/amount", NarrativeExpenditure + "business/amount",
        NarrativeOverall + "balanceDistribution/amount",
    ];

    private static IEnumerable<IValidationRule> PlausibilityRules()
    {
        yield return Rule("FA6201", RuleCategory.Plausibility, Severity.Warning,
                "行政单位没有事业收入、经营收入、经营支出和结余分配",
                "An administrative unit has no service or business income, business expenditure or balance distribution",
                "单位类型 = 行政单位（unitType = administrative）⇒ 事业收入 = 经营收入 = 经营支出 = 结余分配 = 0",
                "issue 10; 《行政单位财务规则》")
            .Checks(NotForAdministrativeUnits.Select(pointer => Each(string.Empty,
                When(OptionIs("unitType", "unspecified"), CouldNotRun()),
                When(Any(Not(OptionIs("unitType", "administrative")), Not(Is(pointer, ConditionTest.Amount))), NotApplicable),
                When(Is(pointer, Zero), Passed),
                Otherwise(Fail(pointer)))));
    }
}
