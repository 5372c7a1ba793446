using System;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>A rule implemented in code (代码实现的规则): a descriptor and a check delegate.</summary>
public sealed class CodeRule : IValidationRule
{
    private readonly Action<ValidationContext> check;

    /// <summary>Creates the rule.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="check">The check; must be stateless and thread-safe.</param>
    public CodeRule(RuleDescriptor descriptor, Action<ValidationContext> check)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        this.check = check ?? throw new ArgumentNullException(nameof(check));
    }

    /// <inheritdoc />
    public RuleDescriptor Descriptor { get; }

    /// <inheritdoc />
    public void Check(ValidationContext context) => check(context ?? throw new ArgumentNullException(nameof(context)));
}
