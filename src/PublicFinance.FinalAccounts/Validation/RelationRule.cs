namespace PublicFinance.FinalAccounts.Validation;

/// <summary>A rule made of declared relations (由勾稽关系组成的规则).</summary>
public sealed class RelationRule : IValidationRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="relations">Its relations; each must carry the descriptor's id.</param>
    public RelationRule(RuleDescriptor descriptor, IEnumerable<Relation> relations)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Relations = (relations ?? throw new ArgumentNullException(nameof(relations))).ToArray();
        foreach (var r in Relations)
        {
            if (!string.Equals(r.RuleId, descriptor.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException(ValidationMessages.RelationOfOtherRule(r.RuleId, descriptor.Id), nameof(relations));
            }
        }
    }

    // Compiled on the first check, not when the catalogue is built: a process that validates with a few rules, or
    // only lists them, parses no template, compiles no pattern and plans no condition for the others (start-up, issue 11).
    // Two threads may compile at once; both arrays are equivalent and either may stay.
    private CompiledRelation[]? compiled;

    /// <inheritdoc />
    public RuleDescriptor Descriptor { get; }

    /// <summary>The relations (勾稽关系).</summary>
    public IReadOnlyList<Relation> Relations { get; }

    /// <inheritdoc />
    public void Check(ValidationContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        foreach (var relation in compiled ??= [.. Relations.Select(CompiledRelation.Compile)])
        {
            RelationEvaluator.Evaluate(context, relation);
        }
    }
}
