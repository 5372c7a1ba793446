using System;
using System.Collections.Generic;
using System.Linq;
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
    private static readonly Lazy<Relation[]> AllRelations = new(() => [.. AllRules.Value.OfType<RelationRule>().SelectMany(r => r.Relations)]);

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
    public static bool TryGetRule(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IValidationRule? rule)
    {
        rule = AllRules.Value.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.Ordinal));
        return rule is not null;
    }

    private static IValidationRule[] Build()
    {
        var rules = new List<IValidationRule>();
        rules.AddRange(TableRules());
        rules.AddRange(BetweenTableRules());
        rules.AddRange(NarrativeRules());
        rules.AddRange(FactRelationRules());
        rules.AddRange(ChangesAndBudgetRules());
        rules.AddRange(ConditionRules());
        rules.AddRange(BesideTableRules());
        rules.AddRange(CodeRules.All());
        var ordered = rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Descriptor.Id == ordered[i - 1].Descriptor.Id)
            {
                throw new InvalidOperationException("Duplicate rule id " + ordered[i].Descriptor.Id);
            }
        }

        return ordered;
    }

    // ---- declaration helpers -------------------------------------------------------------------------------

    private static RuleDescriptor D(string id, RuleCategory category, Severity severity, string zh, string en, string formula, string basis) =>
        new(id, category, severity, zh, en, formula, basis);

    /// <summary>Parses the helper syntax: a leading <c>-</c> subtracts, a trailing <c>?</c> marks optional.</summary>
    private static SumTerm T(string spec)
    {
        var weight = spec.StartsWith("-", StringComparison.Ordinal) ? -1 : 1;
        var optional = spec.EndsWith("?", StringComparison.Ordinal);
        var pointer = spec.Substring(weight < 0 ? 1 : 0, spec.Length - (weight < 0 ? 1 : 0) - (optional ? 1 : 0));
        return new SumTerm { Pointer = pointer, Weight = weight, Optional = optional };
    }

    private static SumRelation Sum(string id, string total, params string[] items) =>
        new() { RuleId = id, Total = total, Items = items.Select(T).ToArray() };

    private static SumRelation PriorSum(string id, string total, params string[] items) =>
        new() { RuleId = id, Total = total, Items = items.Select(T).ToArray(), PriorYear = true };

    private static SumRelation Eq(string id, string left, string right) => Sum(id, left, right);

    private static IEnumerable<Relation> Columns(string id, string[] columns, Func<string, Relation> make) => columns.Select(make);

    private static RelationRule Rule(RuleDescriptor d, IEnumerable<Relation> relations) => new(d, relations);

    private static RelationRule Rule(RuleDescriptor d, params Relation[] relations) => new(d, relations);
}
