using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;
using static PublicFinance.FinalAccounts.Validation.ConditionTest;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Year-over-year changes as condition relations (同比增减的条件检查, FA2101–FA2106; spec §4.15): every change object
/// (<c>/**/change</c>) of the report.
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>Every change object of the report (增减).</summary>
    private const string Changes = "/**/change";

    /// <summary>A change's current figure: the figure's own amount, or a statement's grand total (本年数).</summary>
    private static readonly NamedFigure Current = FirstOf("current", "../amount", "../incomeGrandTotal/amount");

    /// <summary>The prior-year figure derived from an increase (上年数 = 本年数 − 增减额).</summary>
    private static readonly NamedFigure PriorOfIncrease = SumOf("priorOfIncrease", Plus("$current"), Minus("amount"));

    /// <summary>The prior-year figure derived from a decrease (上年数 = 本年数 + 增减额).</summary>
    private static readonly NamedFigure PriorOfDecrease = SumOf("priorOfDecrease", Plus("$current"), Plus("amount"));

    /// <summary>
    /// The change is a row's of a “三公” item split by class (<c>/narrative/threePublic/byClass/{item}/classes/{i}/change</c>):
    /// five steps up (row, list, item, split, 三公) is the statement that holds <c>byClass</c>. No other change is that deep
    /// below a <c>byClass</c> member, and a shallower one stops at the root, which has none.
    /// </summary>
    private static readonly Condition InASplitByClass = Present("../../../../../byClass");

    /// <summary>
    /// The change is a “三公” item's (因公出国（境）费, 公务用车, 公务接待费: <c>/narrative/threePublic/{item}/change</c>) in the
    /// same direction as the “三公” total's, and the total's change has its reason (比上年减少…，主要原因是…): the text gives
    /// one reason for the total and the items it lists after it, so an item moving the same way needs no reason of its own
    /// (FA2106; session 24, as session 22 decided for the budget differences of FA2206). An item moving the other way is
    /// not covered: the total's reason does not explain it. Two steps up from an item's change is the 三公 statement; the
    /// total's own change points at itself, whose reason is blank when it is checked here.
    /// </summary>
    private static readonly Condition ThreePublicTotalChangeReasonCovers = All(
        Is(string.Empty, Within, "threePublic"),
        Is("../../total/change/reason", NonBlank),
        Vs("direction", SameAs, "../../total/change/direction"));

    /// <summary>
    /// The change is of the year's 收支结余 or the year-end 事业基金 (<c>/narrative/overall/currentYearSurplus/change</c>,
    /// <c>/narrative/overall/institutionFund/change</c>): balances the templates state without asking a reason for their
    /// change (FA2106; review of session 24), unlike the income and expenditure that make them.
    /// </summary>
    private static readonly Condition AnOverallBalance = Any(
        Is(string.Empty, Within, "currentYearSurplus"), Is(string.Empty, Within, "institutionFund"));

    /// <summary>The change is worded as 持平.</summary>
    private static readonly Condition Unchanged = Text("direction", "unchanged");

    /// <summary>The change is worded as an increase (增加).</summary>
    private static readonly Condition Increase = Text("direction", "increase");

    /// <summary>The change is worded as a decrease (减少).</summary>
    private static readonly Condition Decrease = Text("direction", "decrease");

    private static IEnumerable<IValidationRule> ChangeRules()
    {
        const RuleCategory Category = RuleCategory.Change;

        yield return Rule("FA2101", Category, Severity.Error,
                "增减表述与数字一致",
                "Change wording agrees with the figures",
                "“持平”时增减额、增减率为 0；“增加／减少”后的金额与比例为正数",
                "domain §6 增减额, 持平")
            .Checks(Each(Changes,
                When(All(Unchanged, Is("amount", NonZero)), Fail("direction", "amount")),
                When(All(Unchanged, Is("rate", NonZero)), Fail("direction", "rate")),
                When(All(Unchanged, Present("priorYearAmount"), Present("$current"), Not(Vs("priorYearAmount", Meets, "$current"))),
                    Fail("direction", "priorYearAmount")),
                When(Unchanged, Passed),
                When(Is("amount", Negative), Fail("amount", "direction")),
                When(Is("rate", Negative), Fail("rate", "direction")),
                Otherwise(Passed)) with { Figures = [Current] });
        yield return Rule("FA2102", Category, Severity.Warning,
                "增减额为零时应表述为“持平”",
                "A zero change should be worded as unchanged (持平)",
                "增减额 = 0.00 ⇒ 表述为持平，而非“增加 0.00 万元，增长 0%”",
                "domain §6 持平")
            .Checks(Each(Changes,
                When(Any(Unchanged, Absent("amount")), NotApplicable),
                When(All(Is("amount", Zero), Not(Is("rate", NonZero))), Fail("direction", "amount")),
                Otherwise(Passed)));
        yield return Rule("FA2103", Category, Severity.Error,
                "增减额与增减率方向一致",
                "The amount and the rate change in the same direction",
                "“增加…增长／减少…下降”，不得“减少…增长”（增减率为 0.00% 时不论方向）",
                "domain §6 增减率")
            .Checks(Each(Changes,
                When(Absent("rateDirection"), NotApplicable),
                When(Vs("rateDirection", SameAs, "direction"), Passed),
                // Session 59: a rate written as zero has no direction to contradict ("减少0.01万元，增长0.00%": a change too
                // small for the rate's two decimals); FA2104 still checks that it rounds to zero.
                When(Is("rate", Zero), Passed),
                Otherwise(Fail("rateDirection", "direction"))));
        yield return Rule("FA2104", Category, Severity.Error,
                "增减率以上年数为基数",
                "The rate of change is computed on the prior-year base",
                "增减率 = 增减额 / 上年数 × 100；列明上年数时增减额取本年数 − 上年数，否则上年数 = 本年数 ∓ 增减额",
                "domain §6 增减率")
            .Checks(Each(Changes,
                When(Any(Absent("rate"), Unchanged), NotApplicable),
                When(Absent("$current"), CouldNotRun("../amount")),
                When(All(Absent("amount"), Absent("priorYearAmount")), CouldNotRun("amount")),
                When(Is("priorYearAmount", UpperBelow, "0"), Fail("amount", "$current")),
                When(All(Absent("priorYearAmount"), Increase, Is("$priorOfIncrease", UpperBelow, "0")), Fail("amount", "$current")),
                When(All(Absent("priorYearAmount"), Decrease, Is("$priorOfDecrease", UpperBelow, "0")), Fail("amount", "$current")),
                // With both years stated the rate is checked against 本年数 − 上年数, not against the stated change: a wrong
                // 增减额 is FA2105's one Error and must not blame the correct rate as well (blind round 23, t11).
                When(All(Present("priorYearAmount"), Increase), CheckRatio("rate",
                    [Minus("priorYearAmount"), Plus("$current")], [Plus("priorYearAmount")], "priorYearAmount", "$current")),
                When(All(Present("priorYearAmount"), Decrease), CheckRatio("rate",
                    [Plus("priorYearAmount"), Minus("$current")], [Plus("priorYearAmount")], "priorYearAmount", "$current")),
                When(All(Present("amount"), Present("priorYearAmount")),
                    CheckRatio("rate", [Plus("amount")], [Plus("priorYearAmount")], "amount", "$current")),
                When(All(Present("amount"), Increase),
                    CheckRatio("rate", [Plus("amount")], [Plus("$current"), Minus("amount")], "amount", "$current")),
                When(Present("amount"),
                    CheckRatio("rate", [Plus("amount")], [Plus("$current"), Plus("amount")], "amount", "$current")),
                Otherwise(CheckRatio("rate",
                    [Plus("priorYearAmount"), Minus("$current")], [Plus("priorYearAmount")], "priorYearAmount", "$current")))
                with { Figures = [Current, PriorOfIncrease, PriorOfDecrease] });
        // The stated change is the checked figure (本年数 = 上年数 ± 增减额 rearranged, the same intervals): the message and the
        // first pointer name the 增减额 as written against 本年数 − 上年数, so a reviewer sees which stated figure to look at
        // (blind round 23, t11: "267.43" against 276.43, not the current figure against prior + change).
        yield return Rule("FA2105", Category, Severity.Error,
                "增减额等于本年数与上年数之差",
                "The stated change equals the difference between the current and prior-year figures",
                "增减额 = 本年数 − 上年数（增加）；增减额 = 上年数 − 本年数（减少）",
                "domain §6 增减额")
            .Checks(Each(Changes,
                When(Any(Absent("priorYearAmount"), Absent("amount"), Unchanged), NotApplicable),
                When(Absent("$current"), CouldNotRun("../amount")),
                When(Increase, CheckSum("amount", Plus("$current"), Minus("priorYearAmount"))),
                Otherwise(CheckSum("amount", Plus("priorYearAmount"), Minus("$current")))) with { Figures = [Current] });
        yield return Rule("FA2106", Category, Severity.Warning,
                "增减变化应说明原因",
                "A change should come with its reason",
                "比上年增加或减少时须说明主要原因（“三公”各项与合计同向变动时，合计的原因即涵盖该项；合计之后逐项说明同向变动的原因时，"
                    + "由各项的原因说明合计；本年收支结余、事业基金不要求说明原因）",
                "domain §2.3, §6")
            .Checks(Each(Changes,
                When(Any(Unchanged, Is("amount", Zero)), NotApplicable),
                When(InASplitByClass, NotApplicable),   // a table's row: a table states no reasons
                When(AnOverallBalance, NotApplicable),   // 本年收支结余, 事业基金: no reason asked
                When(Is("reason", NonBlank), Passed),
                When(ThreePublicTotalChangeReasonCovers, Passed),
                When(PartReasonsExplainTotalChange(), Passed),   // F5: the parts that follow give the reasons (PartReasons)
                Otherwise(Fail(""))));
    }
}
