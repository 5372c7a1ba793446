using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;
using static PublicFinance.FinalAccounts.Validation.ConditionTest;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Stated shares (占比, FA2001–FA2007, FA2011) and percentages on a zero base (基数为零, FA2009).</summary>
public static partial class RuleCatalogue
{
    /// <summary>Where the share identities come from.</summary>
    private const string ShareBasis = "domain §6 占比";

    private static IEnumerable<IValidationRule> ShareRules()
    {
        var shares = SharesOfParts().ToArray();
        foreach (var rule in shares)
        {
            yield return rule;
        }

        yield return Rule("FA2009", RuleCategory.Share, Severity.Warning,
                "基数为零时不应给出比例",
                "No percentage on a zero base",
                "占比、增减率、完成率、差异率、执行率的分母为 0 时，比例不可计算（0/0 表述为 0% 或 100% 仅作提示）",
                "domain §6 zero base")
            .Checks(ZeroBaseRelations(shares.SelectMany(r => r.Relations).OfType<RatioRelation>()));
    }

    /// <summary>FA2001–FA2007 and FA2011: every share stated as a part over its whole.</summary>
    private static IEnumerable<RelationRule> SharesOfParts()
    {
        const RuleCategory Category = RuleCategory.Share;

        yield return Rule("FA2001", Category, Severity.Error,
                "收入来源占比",
                "Shares of income sources",
                "占比 = 来源 / 本年收入合计 × 100",
                ShareBasis)
            .Checks(IncomeColumns.Skip(1).Select(x => ShareOf(NarrativeIncome + x + "/", NarrativeIncome + "total/amount")
                with { DenominatorFallback = NarrativeOverall + "currentYearIncome/amount" }));
        yield return Rule("FA2002", Category, Severity.Error,
                "各性质支出占比",
                "Shares of kinds of spending",
                "占比 = 基本／项目／… 支出 / 本年支出合计 × 100",
                ShareBasis)
            .Checks(ExpenditureColumns.Skip(1).Select(x => ShareOf(NarrativeExpenditure + x + "/", NarrativeExpenditure + "total/amount")
                with { DenominatorFallback = NarrativeOverall + "currentYearExpenditure/amount" }));
        yield return Rule("FA2003", Category, Severity.Error,
                "一般公共预算财政拨款支出占本年支出合计的比例",
                "General-budget spending as a share of current-year expenditure",
                "占比 = 一般公共预算财政拨款支出 / 本年支出合计 × 100",
                ShareBasis + " 五(一)")
            .Checks(ShareOf(NarrativeGeneralBudget + "total/", NarrativeExpenditure + "total/amount"));
        yield return Rule("FA2004", Category, Severity.Error,
                "一般公共预算财政拨款各类支出占比",
                "Shares of the general-budget classes",
                "占比 = 类 / 一般公共预算财政拨款支出 × 100",
                ShareBasis + " 五(二)")
            .Checks(ShareOf(NarrativeGeneralBudget + "classes/*/", NarrativeGeneralBudget + "total/amount"));
        yield return Rule("FA2005", Category, Severity.Error,
                "“三公”经费各项占比",
                "Shares of the \"three public\" items",
                "占比 = 项目决算数 / “三公”经费合计决算数 × 100",
                ShareBasis + " 七(二)")
            .Checks(ThreePublicItems.Skip(1).Select(x => ShareOf(NarrativeThreePublic + x + "/", NarrativeThreePublic + "total/amount")));
        yield return Rule("FA2006", Category, Severity.Error,
                "授予中小企业、小微企业合同金额占比",
                "Shares of contracts awarded to SMEs and micro/small enterprises",
                "占比 = 合同金额 / 政府采购支出总额 × 100（两者都以总额为分母）",
                "domain §4.4")
            .Checks(new[] { "smeContracts/", "microSmallContracts/", "goods/", "works/", "services/" }
                .Select(x => ShareOf(NarrativeProcurement + x, NarrativeProcurement + "total/amount")));

        // Spec 5.1 (session 41): each fund type's part of the year's 财政拨款 income with its share of that income. The
        // denominator is the stated 财政拨款本年收入 only, never the sum of the parts: an unstated part is unknown, not 0.
        yield return Rule("FA2007", Category, Severity.Error,
                "财政拨款本年收入中各资金性质部分的占比",
                "Shares of the fund types in the appropriation income of the year",
                "占比 = 一般公共预算／政府性基金预算／国有资本经营预算 财政拨款本年收入 / 财政拨款本年收入 × 100",
                ShareBasis + "; domain §1.3 T4")
            .Checks(new[]
                {
                    NarrativeAppropriation + "generalBudgetIncome/",
                    NarrativeGovernmentFund + "currentYearIncome/",
                    NarrativeStateCapital + "currentYearIncome/",
                }
                .Select(x => ShareOf(x, NarrativeAppropriation + "currentYearIncome/amount")));

        // Spec 5.6 (session 46): 人员经费 and 公用经费 as shares of the basic expenditure they are parts of — the 一般公共预算
        // 财政拨款基本支出's parts (section 六) over its total, and the all-funds 基本支出's parts (支出决算) over 基本支出. The
        // reader places such a share only when its base is that basic expenditure (a share naming another base stays a note).
        // An Error like FA2001–FA2007 since spec 5.7 (session 47): these two shares are often printed to add up to 100
        // (14.80 for 14.79…), a difference of one unit in the last place that §4.6 now reports as a rounding-sized Info; only
        // a share off by more than the roundings of the share and of both amounts allow fails.
        yield return Rule("FA2011", Category, Severity.Error,
                "人员经费、公用经费占基本支出的比例",
                "Shares of the personnel and public expenses in the basic expenditure",
                "占比 = 人员经费／公用经费 / 一般公共预算财政拨款基本支出 × 100（支出决算中：/ 基本支出 × 100）",
                ShareBasis + " 六")
            .Checks(new[] { "personnel/", "public/" }
                .Select(x => ShareOf(NarrativeBasicExpenditure + x, NarrativeBasicExpenditure + "total/amount"))
                .Concat(new[] { "basicPersonnel/", "basicPublic/" }
                    .Select(x => ShareOf(NarrativeExpenditure + x, NarrativeExpenditure + "basic/amount"))));
    }

    /// <summary>The share stated beside a figure (<c>figure/share</c> = <c>figure/amount</c> / whole × 100).</summary>
    /// <param name="figure">The stated figure, ending with <c>/</c>.</param>
    /// <param name="whole">The whole it is a share of.</param>
    private static RatioRelation ShareOf(string figure, string whole) => Ratio(figure + "share", figure + "amount", whole);

    /// <summary>
    /// FA2009: the shares of the share rules' ratios (FA2001–FA2007 and FA2011, numerator the share's own amount), the rates of change,
    /// the completion and variance rates and the execution rates — a zero base gives no percentage, except 0/0 stated as
    /// 0 % (or 100 % for completion and execution).
    /// </summary>
    private static IEnumerable<Relation> ZeroBaseRelations(IEnumerable<RatioRelation> shares)
    {
        foreach (var share in shares)
        {
            if (!string.Equals(share.Numerator, JsonPointer.ParentOf(share.Percent) + "/amount", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(ValidationMessages.ShareNumeratorNotOwnAmount(share.Percent));
            }

            yield return ZeroBase(share.Percent, "../amount", share.Denominator, "0") with { WhenAbsent = AbsentAnchor.Nothing };
        }

        yield return Each(Changes,
            When(Any(Absent("rate"), Unchanged), Nothing),
            When(Is("priorYearAmount", NonZero), Passed),
            When(Present("priorYearAmount"), Fail("rate", "amount")),
            When(Any(Absent("$current"), Absent("amount")), Nothing),
            When(All(Increase, Is("$priorOfIncrease", NonZero)), Passed),
            When(All(Decrease, Is("$priorOfDecrease", NonZero)), Passed),
            Otherwise(Fail("rate", "amount"))) with { Figures = [Current, PriorOfIncrease, PriorOfDecrease] };
        foreach (var rate in new[] { "completionRate", "varianceRate" })
        {
            var allowed = rate == "completionRate" ? "100" : "0";
            yield return ZeroBase(Budgets, rate, "$final", "budgetAmount", allowed) with { Figures = [Final] };
        }

        yield return ZeroBase(Evaluations + "funds/*", "executionRate", "executed", "$basis", "100")
            with { Figures = [FirstOf("basis", "fullYearBudget", "initialBudget")], WhenAbsent = AbsentAnchor.Nothing };
        foreach (var rate in new[] { "completionRate", "varianceRate" })
        {
            // The second budget basis of a figure (schema 1.6, session 26): its rates on a zero budget, as the first's.
            var allowed = rate == "completionRate" ? "100" : "0";
            yield return ZeroBase(SecondBudgets, rate, "$final", "budgetAmount", allowed) with { Figures = [Final] };
        }
    }

    /// <summary>A percentage at <paramref name="percent"/> (relative to the anchors) on a zero base.</summary>
    private static ConditionRelation ZeroBase(string anchors, string percent, string numerator, string denominator, string allowed) =>
        Each(anchors,
            When(Absent(percent), Nothing),
            When(Absent(denominator), Nothing),
            When(Is(denominator, NonZero), Passed),
            When(All(Is(numerator, Zero), Any(Is(percent, Zero), Is(percent, ValueEquals, allowed))), Passed),
            Otherwise(Fail(percent, denominator)));

    /// <summary>A percentage that is the anchor itself, on a zero base.</summary>
    private static ConditionRelation ZeroBase(string percentAnchors, string numerator, string denominator, string allowed) =>
        ZeroBase(percentAnchors, string.Empty, numerator, denominator, allowed);
}
