namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The documented identity of a rule (规则说明): a stable id that is never reused, its category, default severity,
/// bilingual title and formula, and where the obligation comes from.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">Stable id such as <c>FA0101</c> (规则编号).</param>
    /// <param name="category">Rule family (规则类别).</param>
    /// <param name="defaultSeverity">Severity of a failure unless overridden (默认严重程度).</param>
    /// <param name="titleZh">Chinese title (中文标题).</param>
    /// <param name="titleEn">English title.</param>
    /// <param name="formula">The checked relation, e.g. <c>本年收入合计 = Σ 收入 rows</c> (公式).</param>
    /// <param name="basis">Where the obligation comes from, e.g. <c>domain §2.1 T1-1</c> (依据).</param>
    public RuleDescriptor(
        string id, RuleCategory category, Severity defaultSeverity, string titleZh, string titleEn, string formula, string basis)
    {
        if (id is null || id.Length != 6 || !id.StartsWith("FA", StringComparison.Ordinal))
        {
            throw new ArgumentException(ValidationMessages.RuleIdForm, nameof(id));
        }

        Id = id;
        Category = category;
        DefaultSeverity = defaultSeverity;
        TitleZh = titleZh ?? throw new ArgumentNullException(nameof(titleZh));
        TitleEn = titleEn ?? throw new ArgumentNullException(nameof(titleEn));
        Formula = formula ?? throw new ArgumentNullException(nameof(formula));
        Basis = basis ?? throw new ArgumentNullException(nameof(basis));
    }

    /// <summary>Stable id, <c>FA</c> + four digits; never reused for another obligation (规则编号).</summary>
    public string Id { get; }

    /// <summary>Rule family (规则类别).</summary>
    public RuleCategory Category { get; }

    /// <summary>Severity of a failure unless the options override it (默认严重程度).</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Chinese title (中文标题).</summary>
    public string TitleZh { get; }

    /// <summary>English title (英文标题).</summary>
    public string TitleEn { get; }

    /// <summary>The relation that is checked (公式).</summary>
    public string Formula { get; }

    /// <summary>Source of the obligation (依据), usually a section of the domain notes.</summary>
    public string Basis { get; }

    /// <summary>Returns <c>FA0101 本年收入合计等于各项收入之和 / Current-year income total equals its sources</c>.</summary>
    public override string ToString() => Id + " " + TitleZh + " / " + TitleEn;
}
