using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;
using static PublicFinance.FinalAccounts.Validation.ConditionTest;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Completeness, presence and detail level as condition relations (完整性与细化程度, FA6001–FA6003, FA6104–FA6106;
/// spec §4.15); the required-parts rules FA6101–FA6103 are code over <c>Data/required-parts.tsv</c>.
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>The validation declares its input a fragment (片段): nothing is judged missing.</summary>
    private static readonly Condition Fragment = OptionIs("scope", "fragment");

    /// <summary>A T5 row with a non-zero total, basic or project column (金额不为零).</summary>
    private static readonly Condition NonZeroRow = Any(Is("total", NonZero), Is("basic", NonZero), Is("project", NonZero));

    /// <summary>The two fund budgets that may be empty (政府性基金、国有资本经营).</summary>
    private static readonly string[] FundBudgets = ["governmentFund", "stateCapital"];

    private static IEnumerable<IValidationRule> CompletenessRules()
    {
        const RuleCategory Category = RuleCategory.Completeness;

        yield return Rule("FA6001", Category, Severity.Warning,
                "金额不应为负数",
                "Amounts are not expected to be negative",
                "金额 ≥ 0（增减额、差额、本年收支差额除外；结转结余在少数情况下可为负）",
                "domain §2.1 ALL-1")
            .Checks(Each("/**",
                When(Not(Is(string.Empty, ConditionTest.Amount)), Nothing),
                When(Is(string.Empty, Named, "difference"), Nothing),
                // Session 59: the year's 收支差额 (本年收支差额, 收支结余) is a difference too — a deficit is negative
                // (blind round 54, t03: "本年收支差额 (12.60)" raised a false Warning).
                When(Is(string.Empty, Within, "currentYearSurplus"), Nothing),
                When(Is(string.Empty, Within, "change"), Nothing),
                When(Is(string.Empty, Negative), Fail(string.Empty)),
                Otherwise(Passed)));
        yield return Rule("FA6002", Category, Severity.Error,
                "空表须保留并注明无数据",
                "An empty table is kept with its no-data statement",
                "T8／T9 为空表 ⇒ 注明“本年度没有……故本表无数据”",
                "domain §2.1 ALL-2")
            .Checks(FundBudgets.Select(table => Each("/tables/" + table,
                When(Not(Any(Text("isEmpty", "true"), Not(Any(Is("rows", NonEmpty), Present("total"))))), NotApplicable),
                When(Is("note", NonBlank), Passed),
                Otherwise(Fail("note")))));
        yield return Rule("FA6003", Category, Severity.Warning,
                "说明中无数字的部分应说明“无此项收支”",
                "A narrative section without figures states that there was none",
                "政府性基金、国有资本经营预算部分：有数字，或有“无……收入和支出”的说明",
                "domain §2.3 八／九")
            .Checks(FundBudgets.Select(section => Each("/narrative/" + section,
                When(Any(Is(string.Empty, ContainsAmount), Is("emptyStatement", NonBlank)), Passed),
                Otherwise(Fail(string.Empty)))));

        yield return Rule("FA6104", RuleCategory.Presence, Severity.Warning,
                "一般公共预算的每一项都有说明",
                "Every general budget item of the table is explained",
                "T5 中金额不为零的每个项级科目 ∈ 说明“一般公共预算财政拨款支出决算具体情况”所列科目",
                "issue 10; domain §2.3 五(三)")
            .Checks(
                Each(string.Empty,
                    When(Any(Absent(Table5Object), Absent(NarrativeGeneralBudgetObject), Fragment),
                        CouldNotRun(Table5Rows, NarrativeGeneralBudgetItems)),
                    When(Not(Is(NarrativeGeneralBudgetItems, NonEmpty)), NotApplicable),
                    Otherwise(Nothing)),
                Each(Table5Rows + "/*",
                    When(Any(Absent(NarrativeGeneralBudgetObject), Fragment, Not(Is(NarrativeGeneralBudgetItems, NonEmpty))), Nothing),
                    When(Any(Not(Is("code", Length, "7")), Not(NonZeroRow)), NotApplicable),
                    When(Any(Vs("code", CodeListedIn, NarrativeGeneralBudgetItems), Vs("name", NameListedIn, NarrativeGeneralBudgetItems)),
                        Passed),
                    Otherwise(Fail("code"))) with { WhenAbsent = AbsentAnchor.Nothing });

        yield return Rule("FA6105", RuleCategory.DetailLevel, Severity.Warning,
                "一般公共预算支出细化到项",
                "General budget expenditure is broken down to items (项)",
                "T5 中金额不为零的类、款都有项级科目（227 预备费、229 其他支出除外）；说明按项级科目说明",
                "issue 10; domain §2.3 五(三), §3.1")
            .Checks(
                Each(string.Empty,
                    When(Any(All(Absent(Table5Object), Absent(NarrativeGeneralBudgetObject)), Fragment),
                        CouldNotRun(Table5Rows, NarrativeGeneralBudgetItems)),
                    Otherwise(Nothing)),
                Each(Table5Rows + "/*",
                    When(Fragment, Nothing),
                    When(Any(Is("code", Length, "7"), Not(NonZeroRow), Is("code", StartsWith, "227"), Is("code", StartsWith, "229")),
                        NotApplicable),
                    When(Vs("code", PrefixOfRow, Table5Rows, "7"), Passed),
                    Otherwise(Fail("code"))) with { WhenAbsent = AbsentAnchor.Nothing },
                Each(NarrativeGeneralBudgetItems + "/*",
                    When(Fragment, Nothing),
                    When(Absent("code"), CouldNotRun("code")),
                    When(Is("code", Length, "7"), Passed),
                    Otherwise(Fail("code"))) with { WhenAbsent = AbsentAnchor.Nothing });
        yield return Rule("FA6106", RuleCategory.DetailLevel, Severity.Warning,
                "基本支出细化到经济分类款",
                "Basic expenditure is broken down to economic sections (款)",
                "T6 中金额不为零的经济分类类都有款级科目",
                "issue 10; domain §3.2")
            .Checks(
                Each(string.Empty,
                    When(Any(Absent(Table6Object), Fragment), CouldNotRun(Table6Rows)),
                    Otherwise(Nothing)),
                Each(Table6Rows + "/*",
                    When(Fragment, Nothing),
                    When(Any(Not(Is("code", Length, "3")), Is("amount", Zero)), NotApplicable),
                    When(Vs("code", PrefixOfRow, Table6Rows, "5"), Passed),
                    Otherwise(Fail("code"))) with { WhenAbsent = AbsentAnchor.Nothing });
    }
}
