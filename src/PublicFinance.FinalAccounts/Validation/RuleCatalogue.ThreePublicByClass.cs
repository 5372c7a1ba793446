namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The rule of a “三公” item split by functional class (FA4006, added with schema 1.5 in session 24): the split (“三公”经费按功能分类科目)
/// against the item as the 三公 statement gives it.
/// </summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<IValidationRule> ThreePublicByClassRules()
    {
        // The split's 小计 is the item's whole expenditure of the year, so it equals the item's 决算数 as the 三公 statement gives
        // it, and the split's prior-year 小计 equals the item's 上年决算数. Two stated figures of one subject, period and basis
        // that rounding cannot reconcile contradict each other: an Error, as FA4005 (the classes against the 小计) and FA1107
        // (the statement against the 三公 table).
        yield return Rule("FA4006", RuleCategory.ThreePublic, Severity.Error,
                "“三公”经费按功能分类的小计等于该项决算数",
                "A \"three public\" item's split by functional class totals to the item's amount",
                "每项“三公”经费按功能分类小计 = 该项决算数；上年小计 = 该项上年决算数",
                "domain §4.3")
            .Checks(ItemSums("overseasTravel").Concat(ItemSums("vehiclePurchase")).Concat(ItemSums("vehicleOperation"))
                .Concat(ItemSums("reception")));
    }

    /// <summary>One “三公” item against its split: this year's amount and the prior year's.</summary>
    private static IEnumerable<Relation> ItemSums(string item)
    {
        var split = NarrativeThreePublicByClass + item + "/";
        var statement = NarrativeThreePublic + item + "/";
        // The split's 小计 is the checked figure: a split that states none is not judged, a split whose item the statement does
        // not give could not run (the item's figure is what it is checked against).
        yield return Equal(split + "total", statement + "amount") with { WhenAbsent = AbsentFigures.NotApplicable };
        yield return Equal(split + "priorYearTotal", statement + "change/priorYearAmount")
            with { WhenAbsent = AbsentFigures.NotApplicable };
    }
}
