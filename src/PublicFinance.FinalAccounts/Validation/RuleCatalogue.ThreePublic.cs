using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;
using static PublicFinance.FinalAccounts.Validation.ConditionTest;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The narrative's “三公” counts and vehicles (“三公”经费的数量, FA4001–FA4004).</summary>
public static partial class RuleCatalogue
{
    /// <summary>The narrative's “三公” section as a condition anchor (no trailing <c>/</c>).</summary>
    private const string NarrativeThreePublicObject = "/narrative/threePublic";

    private static IEnumerable<IValidationRule> ThreePublicRules()
    {
        const RuleCategory Category = RuleCategory.ThreePublic;

        yield return Rule("FA4001", Category, Severity.Warning,
                "公务用车保有量不超过国有资产中的车辆数",
                "Official vehicles held do not exceed the vehicles on the books",
                "“三公”公务用车保有量 ≤ 国有资产占用车辆数（不一致时应说明）",
                "domain §4.5")
            .Checks(LessOrEqual(NarrativeThreePublic + "vehiclesHeld", NarrativeVehicles + "count", AbsentFigures.CouldNotRun));
        yield return Rule("FA4002", Category, Severity.Warning,
                "“三公”金额与数量同时为零或同时不为零",
                "\"Three public\" amounts and counts are zero together",
                "因公出国（境）费与团组数、购置费与购置数量、公务接待费与接待批次",
                "domain §4.3")
            .Checks(
                ZeroTogether("overseasTravel/amount", "overseasDelegations"),
                ZeroTogether("vehiclePurchase/amount", "vehiclesPurchased"),
                ZeroTogether("reception/amount", "domesticReceptionBatches", "foreignReceptionBatches"));
        yield return Rule("FA4003", Category, Severity.Error,
                "人次不少于团组／批次数",
                "Person-trips are at least the number of groups",
                "人次 ≥ 团组数（批次）；无团组则无人次",
                "domain §4.3")
            .Checks(
                TripsPerGroup("overseasPersonTrips", "overseasDelegations"),
                TripsPerGroup("domesticReceptionPersonTrips", "domesticReceptionBatches"),
                TripsPerGroup("foreignReceptionPersonTrips", "foreignReceptionBatches"));
        yield return Rule("FA4004", Category, Severity.Warning,
                "公务用车购置数不超过保有量",
                "Vehicles bought do not exceed the vehicles held",
                "公务用车购置数 ≤ 公务用车保有量（年末保有量包含当年购置的车辆）",
                "issue 10; domain §4.3")
            .Checks(LessOrEqual(
                NarrativeThreePublic + "vehiclesPurchased", NarrativeThreePublic + "vehiclesHeld", AbsentFigures.CouldNotRun));
    }

    /// <summary>FA4002: an amount and its count(s) are zero together (金额与数量同为零或同不为零).</summary>
    private static ConditionRelation ZeroTogether(string amount, params string[] counts)
    {
        var countStated = Any([.. counts.Select(Present)]);
        var countPositive = Any([.. counts.Select(c => Is(c, Positive))]);
        return Each(NarrativeThreePublicObject,
            When(Any(Absent(amount), Not(countStated)), NotApplicable),
            When(Any(All(Is(amount, Positive), countPositive), All(Not(Is(amount, Positive)), Not(countPositive))), Passed),
            Otherwise(Fail(amount, counts[0])));
    }

    /// <summary>FA4003: person-trips ≥ groups, and no group means no person-trips (人次不少于团组数).</summary>
    private static ConditionRelation TripsPerGroup(string trips, string groups) =>
        Each(NarrativeThreePublicObject,
            When(Any(Absent(trips), Absent(groups)), NotApplicable),
            When(All(Not(Vs(trips, LessThan, groups)), Any(Is(groups, Positive), Is(trips, Zero))), Passed),
            Otherwise(FailBy(trips, groups, trips, groups)));
}
