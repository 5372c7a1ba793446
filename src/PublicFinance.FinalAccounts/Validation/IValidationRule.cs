namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A rule (校验规则): a descriptor and a check. Implementations must be stateless and thread-safe; everything a run
/// needs comes through the <see cref="ValidationContext"/>, which also records the outcome of every check.
/// </summary>
public interface IValidationRule
{
    /// <summary>The rule's documented identity (规则说明).</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Runs the rule's checks on the context's report.</summary>
    /// <param name="context">The per-run context; report every check's outcome through it.</param>
    void Check(ValidationContext context);
}
