using System.Diagnostics.CodeAnalysis;
using PublicFinance.FinalAccounts.Validation.Rules;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The rule catalogue (规则目录): every rule with its stable id, and every declared relation. Ids are never reused;
/// a retired rule keeps its id out of circulation (see <c>docs/rules.md</c>).
/// </summary>
public static partial class RuleCatalogue
{
    private static readonly Lazy<IValidationRule[]> AllRules = new(Build);
    private static readonly Lazy<RuleDescriptor[]> AllDescriptors = new(() => [.. AllRules.Value.Select(r => r.Descriptor)]);

    private static readonly Lazy<Relation[]> AllRelations =
        new(() => [.. AllRules.Value.OfType<RelationRule>().SelectMany(r => r.Relations)]);

    /// <summary>Every rule, in id order (全部规则).</summary>
    public static IReadOnlyList<IValidationRule> Rules => AllRules.Value;

    /// <summary>Every rule's descriptor, in id order (规则说明).</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors => AllDescriptors.Value;

    /// <summary>Every declared relation, in rule-id order (勾稽关系).</summary>
    public static IReadOnlyList<Relation> Relations => AllRelations.Value;

    /// <summary>Finds a rule by id.</summary>
    /// <param name="id">Rule id, e.g. <c>FA0101</c>.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns>Whether it exists.</returns>
    public static bool TryGetRule(string id, [NotNullWhen(true)] out IValidationRule? rule)
    {
        rule = AllRules.Value.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.Ordinal));
        return rule is not null;
    }

    /// <summary>
    /// Gathers every rule, one subject per file (<c>RuleCatalogue.&lt;Subject&gt;.cs</c>, declared with the builder in
    /// <c>RuleCatalogue.Builder.cs</c>), and the rules written in code (<c>Rules/</c>); orders them by id.
    /// </summary>
    private static IValidationRule[] Build()
    {
        var rules = new List<IValidationRule>();
        rules.AddRange(WithinTableRules());
        rules.AddRange(BetweenTableRules());
        rules.AddRange(TableNarrativeRules());
        rules.AddRange(NarrativeRules());
        rules.AddRange(NarrativeTotalRules());
        rules.AddRange(ShareRules());
        rules.AddRange(ChangeRules());
        rules.AddRange(BudgetRules());
        rules.AddRange(PerformanceRules());
        rules.AddRange(ThreePublicRules());
        rules.AddRange(ProcurementRules());
        rules.AddRange(AssetRules());
        rules.AddRange(PersonnelRules());
        rules.AddRange(ClassificationRules());
        rules.AddRange(CompletenessRules());
        rules.AddRange(PlausibilityRules());
        rules.AddRange(SchemaFifteenRules());
        rules.AddRange(SchemaSeventeenRules());
        rules.AddRange(SchemaTenRules());
        rules.AddRange(ProcurementSavingsAndAssetPartsRules());
        rules.AddRange(ProjectListRules());
        rules.AddRange(PriorYearItemRules());
        rules.AddRange(ThreePublicByClassRules());
        rules.AddRange(CodeRules.All());
        var ordered = rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Descriptor.Id == ordered[i - 1].Descriptor.Id)
            {
                throw new InvalidOperationException(ValidationMessages.DuplicateRuleId(ordered[i].Descriptor.Id));
            }
        }

        return ordered;
    }
}
