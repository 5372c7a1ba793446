namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// The rules implemented in code (代码实现的规则), gathered from the files that implement them: each file declares its
/// rules' descriptors beside their checks in a <c>Rules()</c> method.
/// </summary>
internal static class CodeRules
{
    /// <summary>Every code rule, in no particular order (the catalogue orders rules by id).</summary>
    /// <returns>The rules.</returns>
    public static IEnumerable<IValidationRule> All() =>
    [
        .. CorrespondenceRules.Rules(),
        .. FactRules.Rules(),
        .. PriorYearRules.Rules(),
        .. PerformanceRules.Rules(),
        .. PresenceRules.Rules(),
        .. AcrossYearRules.Rules(),
    ];
}
