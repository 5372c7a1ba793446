using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>Personnel counts (人员情况, FA4301–FA4302).</summary>
public static partial class RuleCatalogue
{
    /// <summary>The parts of the total staff: active, retired cadres (离休) and retired (退休).</summary>
    private static readonly string[] StaffParts = ["/personnel/active", "/personnel/retiredCadres", "/personnel/retired"];

    private static IEnumerable<IValidationRule> PersonnelRules()
    {
        const RuleCategory Category = RuleCategory.Personnel;

        yield return Rule("FA4301", Category, Severity.Error,
                "实有人数等于在职、离休、退休人数之和",
                "Total staff equals active plus retired",
                "实有人数 = 在职 + 离休 + 退休（未披露的离休不计；未披露退休人数时不检查）",
                "domain §9")
            // 退休 is required: "实有人数11人，其中在职人员9人" names only the part it lists, and counting the unstated
            // retirees as 0 was a false Error (session 21 review); 离休, rare since the 2000s, may be left out.
            .Checks(Sum("/personnel/total/count", "/personnel/active/count", "/personnel/retiredCadres/count?", "/personnel/retired/count")
                with { WhenAbsent = AbsentFigures.CouldNotRun });
        yield return Rule("FA4302", Category, Severity.Error,
                "人数增减之和一致",
                "Staff changes add up",
                "实有人数增减 = 在职增减 + 离休增减 + 退休增减",
                "domain §9")
            .Checks(Each("/personnel/total/change",
                When(All([.. StaffParts.Select(Absent)]), CouldNotRun(StaffParts[0])),
                Otherwise(CheckSum(string.Empty, [.. StaffParts.Select(p => Plus(p + "/change", Present(p)))])))
                with { WhenAbsent = AbsentAnchor.NotApplicable });
    }
}
