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

    /// <summary>Declares a code rule: its descriptor's fields and its check, in the order the rule files write them.</summary>
    /// <param name="id">Stable id such as <c>FA3005</c> (规则编号).</param>
    /// <param name="category">Rule family (规则类别).</param>
    /// <param name="severity">Default severity (默认严重程度).</param>
    /// <param name="titleZh">Chinese title (中文标题).</param>
    /// <param name="titleEn">English title.</param>
    /// <param name="formula">The checked relation (公式).</param>
    /// <param name="basis">Where the obligation comes from (依据).</param>
    /// <param name="check">The check; stateless and thread-safe.</param>
    /// <returns>The rule.</returns>
    internal static CodeRule Declare(
        string id, RuleCategory category, Severity severity, string titleZh, string titleEn, string formula, string basis,
        Action<ValidationContext> check) =>
        new(new RuleDescriptor(id, category, severity, titleZh, titleEn, formula, basis), check) { Declared = true };

    /// <summary>Declared by the library (its check keeps no context after it returns), not made by a caller.</summary>
    internal bool Declared { get; private init; }

    /// <inheritdoc />
    public void Check(ValidationContext context) => check(context ?? throw new ArgumentNullException(nameof(context)));
}
