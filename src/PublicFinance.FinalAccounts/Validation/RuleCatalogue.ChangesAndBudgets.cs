using System;
using System.Collections.Generic;
using System.Linq;
using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;
using static PublicFinance.FinalAccounts.Validation.ConditionTest;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Year-over-year changes, budget comparisons and zero bases as condition relations (同比增减、预决算对比与零基数的条件检查;
/// spec §4.15): every change object (<c>/**/change</c>) and every budget comparison (<c>/**/budget</c>) of the report.
/// </summary>
public static partial class RuleCatalogue
{
    private const string Changes = "/**/change";
    private const string Budgets = "/**/budget";

    /// <summary>A change's current figure: the figure's own amount, or a statement's grand total (本年数).</summary>
    private static readonly NamedFigure Current = FirstOf("current", "../amount", "../incomeGrandTotal/amount");

    /// <summary>A comparison's final figure: the stated final amount, or the figure's own amount (决算数).</summary>
    private static readonly NamedFigure Final = FirstOf("final", "finalAmount", "../amount");

    /// <summary>The prior-year figure derived from an increase (上年数 = 本年数 − 增减额).</summary>
    private static readonly NamedFigure PriorOfIncrease = SumOf("priorOfIncrease", Plus("$current"), Minus("amount"));

    /// <summary>The prior-year figure derived from a decrease (上年数 = 本年数 + 增减额).</summary>
    private static readonly NamedFigure PriorOfDecrease = SumOf("priorOfDecrease", Plus("$current"), Plus("amount"));

    private static readonly Condition Unchanged = Text("direction", "unchanged");
    private static readonly Condition Increase = Text("direction", "increase");
    private static readonly Condition Decrease = Text("direction", "decrease");

    private static Condition BudgetRelationIs(string relation) => Text("relation", relation);

    private static IEnumerable<IValidationRule> ChangesAndBudgetRules()
    {
        var e = Severity.Error;
        var w = Severity.Warning;

        yield return Rule(D("FA2009", RuleCategory.Share, w, "基数为零时不应给出比例", "No percentage on a zero base",
                "占比、增减率、完成率、差异率、执行率的分母为 0 时，比例不可计算（0/0 表述为 0% 或 100% 仅作提示）", "domain §6 zero base"),
            ZeroBaseRelations());

        var c = RuleCategory.Change;
        yield return Rule(D("FA2101", c, e, "增减表述与数字一致", "Change wording agrees with the figures",
                "“持平”时增减额、增减率为 0；“增加／减少”后的金额与比例为正数", "domain §6 增减额, 持平"),
            Each("FA2101", Changes,
                When(All(Unchanged, Is("amount", NonZero)), Fail("direction", "amount")),
                When(All(Unchanged, Is("rate", NonZero)), Fail("direction", "rate")),
                When(All(Unchanged, Present("priorYearAmount"), Present("$current"), Not(Vs("priorYearAmount", Meets, "$current"))),
                    Fail("direction", "priorYearAmount")),
                When(Unchanged, Passed),
                When(Is("amount", Negative), Fail("amount", "direction")),
                When(Is("rate", Negative), Fail("rate", "direction")),
                Otherwise(Passed)) with { Figures = [Current] });
        yield return Rule(D("FA2102", c, w, "增减额为零时应表述为“持平”", "A zero change should be worded as unchanged (持平)",
                "增减额 = 0.00 ⇒ 表述为持平，而非“增加 0.00 万元，增长 0%”", "domain §6 持平"),
            Each("FA2102", Changes,
                When(Any(Unchanged, Absent("amount")), NotApplicable),
                When(All(Is("amount", Zero), Not(Is("rate", NonZero))), Fail("direction", "amount")),
                Otherwise(Passed)));
        yield return Rule(D("FA2103", c, e, "增减额与增减率方向一致", "The amount and the rate change in the same direction",
                "“增加…增长／减少…下降”，不得“减少…增长”", "domain §6 增减率"),
            Each("FA2103", Changes,
                When(Absent("rateDirection"), NotApplicable),
                When(Vs("rateDirection", SameAs, "direction"), Passed),
                Otherwise(Fail("rateDirection", "direction"))));
        yield return Rule(D("FA2104", c, e, "增减率以上年数为基数", "The rate of change is computed on the prior-year base",
                "增减率 = 增减额 / 上年数 × 100，上年数 = 本年数 ∓ 增减额", "domain §6 增减率"),
            Each("FA2104", Changes,
                When(Any(Absent("rate"), Unchanged), NotApplicable),
                When(Absent("$current"), CouldNotRun("../amount")),
                When(All(Absent("amount"), Absent("priorYearAmount")), CouldNotRun("amount")),
                When(Is("priorYearAmount", UpperBelow, "0"), Fail("amount", "$current")),
                When(All(Absent("priorYearAmount"), Increase, Is("$priorOfIncrease", UpperBelow, "0")), Fail("amount", "$current")),
                When(All(Absent("priorYearAmount"), Decrease, Is("$priorOfDecrease", UpperBelow, "0")), Fail("amount", "$current")),
                When(All(Present("amount"), Present("priorYearAmount")), CheckRatio("rate", [Plus("amount")], [Plus("priorYearAmount")], "amount", "$current")),
                When(All(Present("amount"), Increase), CheckRatio("rate", [Plus("amount")], [Plus("$current"), Minus("amount")], "amount", "$current")),
                When(Present("amount"), CheckRatio("rate", [Plus("amount")], [Plus("$current"), Plus("amount")], "amount", "$current")),
                When(Increase, CheckRatio("rate", [Minus("priorYearAmount"), Plus("$current")], [Plus("priorYearAmount")], "priorYearAmount", "$current")),
                Otherwise(CheckRatio("rate", [Plus("priorYearAmount"), Minus("$current")], [Plus("priorYearAmount")], "priorYearAmount", "$current")))
                with { Figures = [Current, PriorOfIncrease, PriorOfDecrease] });
        yield return Rule(D("FA2105", c, e, "上年数、本年数与增减额一致", "Prior-year figure, current figure and change agree",
                "本年数 = 上年数 ± 增减额", "domain §6 增减额"),
            Each("FA2105", Changes,
                When(Any(Absent("priorYearAmount"), Absent("amount"), Unchanged), NotApplicable),
                When(Absent("$current"), CouldNotRun("../amount")),
                When(Increase, CheckSum("$current", Plus("priorYearAmount"), Plus("amount"))),
                Otherwise(CheckSum("$current", Plus("priorYearAmount"), Minus("amount")))) with { Figures = [Current] });
        yield return Rule(D("FA2106", c, w, "增减变化应说明原因", "A change should come with its reason",
                "比上年增加或减少时须说明主要原因", "domain §2.3, §6"),
            Each("FA2106", Changes,
                When(Any(Unchanged, Is("amount", Zero)), NotApplicable),
                When(Is("reason", NonBlank), Passed),
                Otherwise(Fail(""))));

        foreach (var rule in BudgetRules(e, w))
        {
            yield return rule;
        }
    }

    private static IEnumerable<IValidationRule> BudgetRules(Severity e, Severity w)
    {
        var b = RuleCategory.Budget;
        var final = Present("$final");
        var budget = Present("budgetAmount");
        var above = BudgetRelationIs("finalAboveBudget");
        var below = BudgetRelationIs("finalBelowBudget");
        var equal = BudgetRelationIs("finalEqualsBudget");
        var rate = Present("completionRate");
        yield return Rule(D("FA2201", b, e, "完成率等于决算数除以预算数", "Completion rate equals final over budget",
                "完成率 = 决算数 / 预算数 × 100", "domain §6 完成率"),
            Each("FA2201", Budgets,
                When(Absent("completionRate"), NotApplicable),
                Otherwise(CheckRatio("completionRate", [Plus("$final")], [Plus("budgetAmount")]))) with { Figures = [Final] });
        yield return Rule(D("FA2202", b, e, "预决算差异率", "Budget variance rate",
                "差异率 = (决算数 − 预算数) / 预算数 × 100（与“小于”连用时可为正数）", "domain §6 预决算差异率"),
            Each("FA2202", Budgets,
                When(Absent("varianceRate"), NotApplicable),
                When(All(Is("varianceRate", Positive), Vs("$final", LessThan, "budgetAmount"), below),
                    CheckRatio("varianceRate", [Minus("$final"), Plus("budgetAmount")], [Plus("budgetAmount")])),
                Otherwise(CheckRatio("varianceRate", [Plus("$final"), Minus("budgetAmount")], [Plus("budgetAmount")]))) with { Figures = [Final] });
        yield return Rule(D("FA2203", b, e, "“大于／小于／等于预算数”的表述与数字一致", "Above/below/equal wording agrees with the figures",
                "sign(决算数 − 预算数) 与“大于／小于／等于”一致；无金额时与完成率一致", "domain §6 预决算比较"),
            Each("FA2203", Budgets,
                When(Absent("relation"), NotApplicable),
                When(All(final, budget, above, Vs("budgetAmount", LessThan, "$final")), Passed),
                When(All(final, budget, below, Vs("$final", LessThan, "budgetAmount")), Passed),
                When(All(final, budget, equal, Not(Vs("$final", LessThan, "budgetAmount")), Not(Vs("budgetAmount", LessThan, "$final"))), Passed),
                When(All(final, budget), FailBy("$final", "budgetAmount", "relation", "$final", "budgetAmount")),
                When(All(rate, above, Is("completionRate", UpperAbove, "100")), Passed),
                When(All(rate, below, Is("completionRate", LowerBelow, "100")), Passed),
                When(All(rate, equal, Is("completionRate", Covers, "100")), Passed),
                When(rate, Fail("relation", "completionRate")),
                Otherwise(CouldNotRun("budgetAmount"))) with { Figures = [Final] });
        yield return Rule(D("FA2204", b, e, "预决算差额", "Difference between final and budget",
                "差额 = |决算数 − 预算数|", "domain §6 预决算比较"),
            Each("FA2204", Budgets,
                When(Absent("difference"), NotApplicable),
                When(Not(final), CouldNotRun("$final")),
                When(Not(budget), CouldNotRun("budgetAmount")),
                When(Any(below, All(Absent("relation"), Vs("$final", LessThan, "budgetAmount"))),
                    CheckSum("difference", Minus("$final"), Plus("budgetAmount"))),
                Otherwise(CheckSum("difference", Plus("$final"), Minus("budgetAmount")))) with { Figures = [Final] });
        yield return Rule(D("FA2205", b, e, "预决算对比中的决算数等于该项金额", "The final amount in a budget comparison equals the figure",
                "预决算对比的决算数 = 所述项目金额", "domain §2.3"),
            Each("FA2205", Budgets,
                When(Any(Absent("finalAmount"), Absent("../amount")), NotApplicable),
                Otherwise(CheckSum("../amount", Plus("finalAmount")))));
        var differs = Any(above, below,
            All(Absent("relation"), final, budget, Any(Vs("$final", LessThan, "budgetAmount"), Vs("budgetAmount", LessThan, "$final"))));
        yield return Rule(D("FA2206", b, w, "决算数与预算数不同时应说明原因", "A budget difference should come with its reason",
                "决算数 ≠ 预算数 ⇒ 说明原因", "domain §6 预决算比较"),
            Each("FA2206", Budgets,
                When(Not(differs), NotApplicable),
                When(Is("reason", NonBlank), Passed),
                Otherwise(Fail(""))) with { Figures = [Final] });
    }

    /// <summary>
    /// FA2009: the shares of the share rules' ratios (FA2001–FA2006, numerator the share's own amount), the rates of change,
    /// the completion and variance rates and the execution rates — a zero base gives no percentage, except 0/0 stated as
    /// 0 % (or 100 % for completion and execution).
    /// </summary>
    private static IEnumerable<Relation> ZeroBaseRelations()
    {
        var shares = TableRules().Concat(BetweenTableRules()).Concat(NarrativeRules())
            .Where(r => r.Descriptor.Category == RuleCategory.Share).OfType<RelationRule>()
            .SelectMany(r => r.Relations).OfType<RatioRelation>();
        foreach (var share in shares)
        {
            if (!string.Equals(share.Numerator, JsonPointer.ParentOf(share.Percent) + "/amount", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("A share's numerator is its own amount: " + share.Percent);
            }

            yield return ZeroBase(share.Percent, "../amount", share.Denominator, "0") with { WhenAbsent = AbsentAnchor.Nothing };
        }

        yield return Each("FA2009", Changes,
            When(Any(Absent("rate"), Unchanged), Nothing),
            When(Is("priorYearAmount", NonZero), Passed),
            When(Present("priorYearAmount"), Fail("rate", "amount")),
            When(Any(Absent("$current"), Absent("amount")), Nothing),
            When(All(Increase, Is("$priorOfIncrease", NonZero)), Passed),
            When(All(Decrease, Is("$priorOfDecrease", NonZero)), Passed),
            Otherwise(Fail("rate", "amount"))) with { Figures = [Current, PriorOfIncrease, PriorOfDecrease] };
        foreach (var rate in new[] { "completionRate", "varianceRate" })
        {
            yield return ZeroBase(Budgets, rate, "$final", "budgetAmount", rate == "completionRate" ? "100" : "0") with { Figures = [Final] };
        }

        yield return ZeroBase("/performance/evaluations/*/funds/*", "executionRate", "executed", "$basis", "100")
            with { Figures = [FirstOf("basis", "fullYearBudget", "initialBudget")], WhenAbsent = AbsentAnchor.Nothing };
    }

    /// <summary>A percentage at <paramref name="percent"/> (relative to the anchors) on a zero base.</summary>
    private static ConditionRelation ZeroBase(string anchors, string percent, string numerator, string denominator, string allowed) =>
        Each("FA2009", anchors,
            When(Absent(percent), Nothing),
            When(Absent(denominator), Nothing),
            When(Is(denominator, NonZero), Passed),
            When(All(Is(numerator, Zero), Any(Is(percent, Zero), Is(percent, ValueEquals, allowed))), Passed),
            Otherwise(Fail(percent, denominator)));

    private static ConditionRelation ZeroBase(string percentAnchors, string numerator, string denominator, string allowed) =>
        ZeroBase(percentAnchors, string.Empty, numerator, denominator, allowed);
}
