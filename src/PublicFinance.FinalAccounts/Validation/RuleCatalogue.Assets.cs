namespace PublicFinance.FinalAccounts.Validation;

/// <summary>State-owned assets stated in the narrative: vehicles (国有资产占用情况, FA4201–FA4202).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<IValidationRule> AssetRules()
    {
        const RuleCategory Category = RuleCategory.Assets;

        yield return Rule("FA4201", Category, Severity.Error,
                "车辆总数等于各类车辆之和",
                "Vehicle count equals the sum of the categories",
                "共有车辆 = Σ 八类车辆",
                "domain §4.5, §2.3 十一(三)")
            .Checks(Sum(NarrativeVehicles + "count", NarrativeVehicles + "categories/*/count")
                with { WhenAbsent = AbsentFigures.CouldNotRun });
        yield return Rule("FA4202", Category, Severity.Error,
                "车辆类别不重复",
                "Vehicle categories are not repeated",
                "每一类车辆只列一次",
                "domain §4.5")
            .Checks(Unique(NarrativeVehicles + "categories", key: "category", pointAtRow: true));
    }
}
