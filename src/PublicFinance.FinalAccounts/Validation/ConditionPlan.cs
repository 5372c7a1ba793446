using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// What a <see cref="ConditionRelation"/> needs parsed once (条件检查的编译结果): its anchor template, the member name of a
/// <c>/**/name</c> anchor, the tokens of its relative references and the positions of its named figures. Made when a
/// <see cref="RelationRule"/> is built; immutable apart from the reference cache, which is thread-safe.
/// </summary>
internal sealed class ConditionPlan
{
    private const string AnyDepthPrefix = "/**";
    private static readonly ConditionalWeakTable<ConditionRelation, ConditionPlan> Plans = new();
    private readonly ConcurrentDictionary<string, string[]> tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> figures = new(StringComparer.Ordinal);

    private ConditionPlan(ConditionRelation relation)
    {
        var template = relation.For;
        if (template.StartsWith(AnyDepthPrefix, StringComparison.Ordinal))
        {
            AnyDepth = true;
            AnyDepthName = template.Length > AnyDepthPrefix.Length ? template.Substring(AnyDepthPrefix.Length + 1) : null;
        }
        else if (template.Length > 0)
        {
            Anchors = PointerTemplate.Parse(template);
        }

        for (var i = 0; i < relation.Figures.Count; i++)
        {
            figures["$" + relation.Figures[i].Name] = i;
        }
    }

    /// <summary>Whether the anchors are every value (<c>/**</c>) or every record of one member name (<c>/**/name</c>).</summary>
    public bool AnyDepth { get; }

    /// <summary>The member name of a <c>/**/name</c> anchor; null for <c>/**</c> and for other anchors.</summary>
    public string? AnyDepthName { get; }

    /// <summary>The anchors' template; null for the report itself (an empty template) and for <see cref="AnyDepth"/>.</summary>
    public PointerTemplate? Anchors { get; }

    /// <summary>The plan of a relation: compiled once and kept with the relation.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its plan.</returns>
    public static ConditionPlan Of(ConditionRelation relation) => Plans.GetValue(relation, static r => new ConditionPlan(r));

    /// <summary>The escaped tokens of a relative reference (split once per reference).</summary>
    /// <param name="reference">A reference such as <c>../budget/amount</c>.</param>
    /// <returns>Its tokens.</returns>
    public string[] TokensOf(string reference) => tokens.GetOrAdd(reference, static r => r.Split('/'));

    /// <summary>The position of a named figure (<c>$name</c>) among the relation's figures.</summary>
    /// <param name="reference">The reference, with its <c>$</c>.</param>
    /// <param name="relation">The relation (for the message).</param>
    /// <returns>The position.</returns>
    public int FigureIndex(string reference, ConditionRelation relation) => figures.TryGetValue(reference, out var index) ? index
        : throw new InvalidOperationException("Unknown figure " + reference + " in a relation of " + relation.RuleId + ".");
}
