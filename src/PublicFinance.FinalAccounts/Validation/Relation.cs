namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// An arithmetic relation between figures, declared as data (勾稽关系) so that other tools can reuse it
/// (<c>docs/rules/relations.json</c>). Pointers are JSON Pointer templates into the report's JSON form: a <c>*</c>
/// stands for every element of a list. A <c>*</c> that appears in the checked figure binds the same position in the
/// other templates; any further <c>*</c> in another template is summed over.
/// </summary>
public abstract record Relation
{
    /// <summary>The rule that owns the relation (规则编号).</summary>
    public required string RuleId { get; init; }
}
