using System.Collections.Generic;
using System.Linq;
using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;
using static PublicFinance.FinalAccounts.Validation.ConditionTest;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Three public expenses, personnel, completeness, detail and plausibility as condition relations (三公、人员、完整性、细化程度与
/// 合理性的条件检查; spec §4.15).
/// </summary>
public static partial class RuleCatalogue
{
    private const string T5Table = "/tables/generalBudgetExpenditure";
    private const string T5Rows = T5Table + "/rows";
    private const string T6Table = "/tables/basicExpenditure";
    private const string T6Rows = T6Table + "/rows";
    private const string ThreePublicFinal = "/tables/threePublic/final";
    private const string GeneralBudgetNarrative = "/narrative/generalBudget";
    private const string GeneralBudgetItems = GeneralBudgetNarrative + "/items";

    private static readonly Condition Fragment = OptionIs("scope", "fragment");

    /// <summary>A T5 row with a non-zero total, basic or project column (金额不为零).</summary>
    private static readonly Condition NonZeroRow = Any(Is("total", NonZero), Is("basic", NonZero), Is("project", NonZero));

    /// <summary>Figures an administrative unit (行政单位) does not have.</summary>
    private static readonly string[] NotForAdministrativeUnits =
    [
        "/tables/summary/income/serviceIncome", "/tables/summary/income/businessIncome", "/tables/summary/expenditure/balanceDistribution",
        "/tables/income/total/serviceIncome", "/tables/income/total/businessIncome", "/tables/expenditure/total/business",
        "/narrative/income/serviceIncome/amount", "/narrative/income/businessIncome/amount", "/narrative/expenditure/business/amount",
        "/narrative/overall/balanceDistribution/amount",
    ];

    private static IEnumerable<IValidationRule> ConditionRules()
    {
        var e = Severity.Error;
        var w = Severity.Warning;

        yield return Rule(D("FA1013", RuleCategory.BetweenTables, e, "基本支出中的“三公”科目不超过“三公”经费决算数",
                "\"Three public\" items of basic expenditure do not exceed the \"three public\" finals",
                "T6 30212 ≤ 三公.因公出国（境）费；30217 ≤ 公务接待费；30231 ≤ 公务用车运行维护费；31013 ≤ 公务用车购置费（决算数）", "domain §2.2 X-13"),
            new[] { ("30212", "overseasTravel"), ("30217", "reception"), ("30231", "vehicleOperation"), ("31013", "vehiclePurchase") }
                .Select(pair => Each("FA1013", T6Rows + "/*",
                    When(Any(Not(Text("code", pair.Item1)), Absent(ThreePublicFinal)), Nothing),
                    Otherwise(CheckLessOrEqual("amount", ThreePublicFinal + "/" + pair.Item2))) with { WhenAbsent = AbsentAnchor.Nothing })
                .Prepend(Each("FA1013", string.Empty,
                    When(Absent(T6Table), CouldNotRun(T6Table)),
                    When(Absent(ThreePublicFinal), CouldNotRun(ThreePublicFinal)),
                    Otherwise(Nothing))));

        var t = RuleCategory.ThreePublic;
        yield return Rule(D("FA4002", t, w, "“三公”金额与数量同时为零或同时不为零", "\"Three public\" amounts and counts are zero together",
                "因公出国（境）费与团组数、购置费与购置数量、公务接待费与接待批次", "domain §4.3"),
            ZeroTogether("overseasTravel/amount", "overseasDelegations"),
            ZeroTogether("vehiclePurchase/amount", "vehiclesPurchased"),
            ZeroTogether("reception/amount", "domesticReceptionBatches", "foreignReceptionBatches"));
        yield return Rule(D("FA4003", t, e, "人次不少于团组／批次数", "Person-trips are at least the number of groups",
                "人次 ≥ 团组数（批次）；无团组则无人次", "domain §4.3"),
            TripsPerGroup("overseasPersonTrips", "overseasDelegations"),
            TripsPerGroup("domesticReceptionPersonTrips", "domesticReceptionBatches"),
            TripsPerGroup("foreignReceptionPersonTrips", "foreignReceptionBatches"));

        var parts = new[] { "/personnel/active", "/personnel/retiredCadres", "/personnel/retired" };
        yield return Rule(D("FA4302", RuleCategory.Personnel, e, "人数增减之和一致", "Staff changes add up",
                "实有人数增减 = 在职增减 + 离休增减 + 退休增减", "domain §9"),
            Each("FA4302", "/personnel/total/change",
                When(All([.. parts.Select(Absent)]), CouldNotRun(parts[0])),
                Otherwise(CheckSum(string.Empty, [.. parts.Select(p => Plus(p + "/change", Present(p)))]))) with { WhenAbsent = AbsentAnchor.NotApplicable });

        var m = RuleCategory.Completeness;
        yield return Rule(D("FA6001", m, w, "金额不应为负数", "Amounts are not expected to be negative",
                "金额 ≥ 0（增减额、差额除外；结转结余在少数情况下可为负）", "domain §2.1 ALL-1"),
            Each("FA6001", "/**",
                When(Not(Is(string.Empty, Amount)), Nothing),
                When(Is(string.Empty, Named, "difference"), Nothing),
                When(Is(string.Empty, Within, "change"), Nothing),
                When(Is(string.Empty, Negative), Fail(string.Empty)),
                Otherwise(Passed)));
        yield return Rule(D("FA6002", m, e, "空表须保留并注明无数据", "An empty table is kept with its no-data statement",
                "T8／T9 为空表 ⇒ 注明“本年度没有……故本表无数据”", "domain §2.1 ALL-2"),
            new[] { "governmentFund", "stateCapital" }.Select(table => Each("FA6002", "/tables/" + table,
                When(Not(Any(Text("isEmpty", "true"), Not(Any(Is("rows", NonEmpty), Present("total"))))), NotApplicable),
                When(Is("note", NonBlank), Passed),
                Otherwise(Fail("note")))));
        yield return Rule(D("FA6003", m, w, "说明中无数字的部分应说明“无此项收支”", "A narrative section without figures states that there was none",
                "政府性基金、国有资本经营预算部分：有数字，或有“无……收入和支出”的说明", "domain §2.3 八／九"),
            new[] { "governmentFund", "stateCapital" }.Select(section => Each("FA6003", "/narrative/" + section,
                When(Any(Is(string.Empty, ContainsAmount), Is("emptyStatement", NonBlank)), Passed),
                Otherwise(Fail(string.Empty)))));

        yield return Rule(D("FA6104", RuleCategory.Presence, w, "一般公共预算的每一项都有说明", "Every general budget item of the table is explained",
                "T5 中金额不为零的每个项级科目 ∈ 说明“一般公共预算财政拨款支出决算具体情况”所列科目", "issue 10; domain §2.3 五(三)"),
            Each("FA6104", string.Empty,
                When(Any(Absent(T5Table), Absent(GeneralBudgetNarrative), Fragment), CouldNotRun(T5Rows, GeneralBudgetItems)),
                When(Not(Is(GeneralBudgetItems, NonEmpty)), NotApplicable),
                Otherwise(Nothing)),
            Each("FA6104", T5Rows + "/*",
                When(Any(Absent(GeneralBudgetNarrative), Fragment, Not(Is(GeneralBudgetItems, NonEmpty))), Nothing),
                When(Any(Not(Is("code", Length, "7")), Not(NonZeroRow)), NotApplicable),
                When(Any(Vs("code", CodeListedIn, GeneralBudgetItems), Vs("name", NameListedIn, GeneralBudgetItems)), Passed),
                Otherwise(Fail("code"))) with { WhenAbsent = AbsentAnchor.Nothing });

        var detail = RuleCategory.DetailLevel;
        yield return Rule(D("FA6105", detail, w, "一般公共预算支出细化到项", "General budget expenditure is broken down to items (项)",
                "T5 中金额不为零的类、款都有项级科目（227 预备费、229 其他支出除外）；说明按项级科目说明", "issue 10; domain §2.3 五(三), §3.1"),
            Each("FA6105", string.Empty,
                When(Any(All(Absent(T5Table), Absent(GeneralBudgetNarrative)), Fragment), CouldNotRun(T5Rows, GeneralBudgetItems)),
                Otherwise(Nothing)),
            Each("FA6105", T5Rows + "/*",
                When(Fragment, Nothing),
                When(Any(Is("code", Length, "7"), Not(NonZeroRow), Is("code", StartsWith, "227"), Is("code", StartsWith, "229")), NotApplicable),
                When(Vs("code", PrefixOfRow, T5Rows, "7"), Passed),
                Otherwise(Fail("code"))) with { WhenAbsent = AbsentAnchor.Nothing },
            Each("FA6105", GeneralBudgetItems + "/*",
                When(Fragment, Nothing),
                When(Absent("code"), CouldNotRun("code")),
                When(Is("code", Length, "7"), Passed),
                Otherwise(Fail("code"))) with { WhenAbsent = AbsentAnchor.Nothing });
        yield return Rule(D("FA6106", detail, w, "基本支出细化到经济分类款", "Basic expenditure is broken down to economic sections (款)",
                "T6 中金额不为零的经济分类类都有款级科目", "issue 10; domain §3.2"),
            Each("FA6106", string.Empty,
                When(Any(Absent(T6Table), Fragment), CouldNotRun(T6Rows)),
                Otherwise(Nothing)),
            Each("FA6106", T6Rows + "/*",
                When(Fragment, Nothing),
                When(Any(Not(Is("code", Length, "3")), Is("amount", Zero)), NotApplicable),
                When(Vs("code", PrefixOfRow, T6Rows, "5"), Passed),
                Otherwise(Fail("code"))) with { WhenAbsent = AbsentAnchor.Nothing });

        yield return Rule(D("FA6201", RuleCategory.Plausibility, w, "行政单位没有事业收入、经营收入、经营支出和结余分配",
                "An administrative unit has no service or business income, business expenditure or balance distribution",
                "单位类型 = 行政单位（unitType = administrative）⇒ 事业收入 = 经营收入 = 经营支出 = 结余分配 = 0", "issue 10; 《行政单位财务规则》"),
            NotForAdministrativeUnits.Select(pointer => Each("FA6201", string.Empty,
                When(OptionIs("unitType", "unspecified"), CouldNotRun()),
                When(Any(Not(OptionIs("unitType", "administrative")), Not(Is(pointer, Amount))), NotApplicable),
                When(Is(pointer, Zero), Passed),
                Otherwise(Fail(pointer)))));
    }

    /// <summary>FA4002: an amount and its count(s) are zero together (金额与数量同为零或同不为零).</summary>
    private static ConditionRelation ZeroTogether(string amount, params string[] counts)
    {
        var countStated = Any([.. counts.Select(Present)]);
        var countPositive = Any([.. counts.Select(c => Is(c, Positive))]);
        return Each("FA4002", "/narrative/threePublic",
            When(Any(Absent(amount), Not(countStated)), NotApplicable),
            When(Any(All(Is(amount, Positive), countPositive), All(Not(Is(amount, Positive)), Not(countPositive))), Passed),
            Otherwise(Fail(amount, counts[0])));
    }

    /// <summary>FA4003: person-trips ≥ groups, and no group means no person-trips (人次不少于团组数).</summary>
    private static ConditionRelation TripsPerGroup(string trips, string groups) =>
        Each("FA4003", "/narrative/threePublic",
            When(Any(Absent(trips), Absent(groups)), NotApplicable),
            When(All(Not(Vs(trips, LessThan, groups)), Any(Is(groups, Positive), Is(trips, Zero))), Passed),
            Otherwise(FailBy(trips, groups, trips, groups)));
}
