namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The identities of the schema 1.5 members (FA1213, FA4005, FA4203): the general public budget's part of the appropriation
/// income, the “三公” items split by functional class, and the asset categories.
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>The “三公” items split by functional class (schema 1.5).</summary>
    private const string NarrativeThreePublicByClass = NarrativeThreePublic + "byClass/";

    private static IEnumerable<IValidationRule> SchemaFifteenRules()
    {
        // 财政拨款收入 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 财政拨款收入, so the general budget's part is at most
        // the total. Only the inequality: the other fund types are often not stated, and an unstated one is not zero.
        yield return Rule("FA1213", RuleCategory.Narrative, Severity.Error,
                "一般公共预算财政拨款本年收入不大于财政拨款本年收入",
                "General-budget appropriation income ≤ appropriation income of the year",
                "一般公共预算财政拨款本年收入 ≤ 财政拨款本年收入",
                "domain §1.3 T4")
            .Checks(LessOrEqual(
                NarrativeAppropriation + "generalBudgetIncome/amount",
                NarrativeAppropriation + "currentYearIncome/amount",
                AbsentFigures.NotApplicable));

        // The split of one item by functional class is the item's whole expenditure: its classes add up to its 小计, this
        // year's and the prior year's. An item without a split, or a split without a subtotal, is not judged.
        yield return Rule("FA4005", RuleCategory.ThreePublic, Severity.Error,
                "“三公”经费按功能分类科目之和等于该项小计",
                "\"Three public\" items split by functional class add up to the item",
                "每项“三公”经费小计 = Σ 各功能分类科目（本年、上年）",
                "domain §4.3")
            .Checks(SplitSums("overseasTravel").Concat(SplitSums("vehiclePurchase")).Concat(SplitSums("vehicleOperation"))
                .Concat(SplitSums("reception")));

        yield return Rule("FA4203", RuleCategory.Assets, Severity.Error,
                "资产类别不重复",
                "Asset categories are not repeated",
                "每一类资产只列一次",
                "domain §4.5")
            // Keyed on (category, label): two “other” rows with different labels (其他固定资产, 其他资产) are two categories.
            .Checks(Unique(NarrativeAssets + "categories", key: "category", pointAtRow: true, qualifier: "label"));
    }

    /// <summary>The two sums of one “三公” item's split: this year's subtotal and the prior year's.</summary>
    private static IEnumerable<Relation> SplitSums(string item)
    {
        var split = NarrativeThreePublicByClass + item + "/";
        yield return Sum(split + "total", split + "classes/*/amount") with { WhenAbsent = AbsentFigures.NotApplicable };
        yield return Sum(split + "priorYearTotal", split + "classes/*/change/priorYearAmount")
            with { WhenAbsent = AbsentFigures.NotApplicable };
    }
}
