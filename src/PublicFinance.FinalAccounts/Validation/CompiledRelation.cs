using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A relation with its pointer templates parsed once (编译后的勾稽关系): built when a <see cref="RelationRule"/> is made,
/// so an evaluation never splits a template again. Immutable.
/// </summary>
internal sealed class CompiledRelation
{
    private CompiledRelation(Relation relation)
    {
        Relation = relation;
        switch (relation)
        {
            case SumRelation sum:
                Primary = PointerTemplate.Of(sum.Total);
                Items = [.. sum.Items.Select(i => PointerTemplate.Of(i.Pointer))];
                Scope = RelationEvaluator.Scope(new[] { sum.Total }.Concat(sum.Items.Select(i => i.Pointer)));
                break;
            case InequalityRelation inequality:
                Primary = PointerTemplate.Of(inequality.Lesser);
                Items = [PointerTemplate.Of(inequality.Greater)];
                Scope = RelationEvaluator.Scope([inequality.Lesser, inequality.Greater]);
                break;
            case RatioRelation ratio:
                Primary = PointerTemplate.Of(ratio.Percent);
                Items = ratio.DenominatorFallback is { } fallback
                    ? [PointerTemplate.Of(ratio.Numerator), PointerTemplate.Of(ratio.Denominator), PointerTemplate.Of(fallback)]
                    : [PointerTemplate.Of(ratio.Numerator), PointerTemplate.Of(ratio.Denominator)];
                break;
            case HierarchyRelation hierarchy:
                ColumnSuffixes = [.. hierarchy.Columns.Select(c => "/" + JsonPointer.Escape(c))];
                break;
            case RollupRelation rollup:
                ColumnSuffixes = ["/" + JsonPointer.Escape(rollup.Value)];
                break;
            case PatternRelation pattern:
                Pattern = Patterns.GetOrAdd(pattern.Pattern, static p =>
                    new Regex(p, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
                break;
            case ConditionRelation condition:
                Condition = ConditionPlan.Of(condition);
                break;
            case MatchRelation match:
                ColumnSuffixes = ["/" + JsonPointer.Escape(match.LeftValue), "/" + JsonPointer.Escape(match.RightValue)];
                break;
        }

        Fixed = FixedRelation.Of(this);
    }

    // One regex per distinct pattern for the process (the catalogue's six pattern relations use two patterns; building a
    // regex is most of a pattern relation's compilation, paid on the first validation).
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>The relation as declared.</summary>
    public Relation Relation { get; }

    /// <summary>The checked figure's template: a sum's total, the lesser figure, the stated percentage.</summary>
    public PointerTemplate? Primary { get; }

    /// <summary>The other templates: a sum's items (in order), the bound, the numerator and denominator.</summary>
    public PointerTemplate[] Items { get; } = [];

    /// <summary>
    /// For each of <see cref="Items"/>, whether it names a member beside the primary figure's (<see cref="PointerTemplate.IsBeside"/>):
    /// then it is bound below the list element the primary's location came from (inequalities and ratios).
    /// </summary>
    public bool[] Beside => beside ??= [.. Items.Select(i => Primary is not null && i.IsBeside(Primary))];

    private bool[]? beside;

    /// <summary>
    /// An item bound to the indices of the primary figure's location at a position of <paramref name="primaries"/>: below
    /// the same list element when the item is beside the primary (the element is present), else expanded from the root.
    /// </summary>
    /// <param name="item">The item's position in <see cref="Items"/>.</param>
    /// <param name="facts">The index.</param>
    /// <param name="primaries">The primary template's expansions.</param>
    /// <param name="position">The position among them.</param>
    /// <param name="scratch">A buffer for an expansion from the root.</param>
    /// <returns>The item's location.</returns>
    public FactPointer Bind(int item, ReportFacts facts, Expansions primaries, int position, Expansions scratch)
    {
        var element = primaries.ElementAt(position);
        return element >= 0 && Beside[item]
            ? Items[item].BindBelow(facts, element)
            : Items[item].BindIn(facts, primaries.IndicesOf(position), scratch);
    }

    /// <summary>The common prefix of the templates, cut at the first wildcard (sums and inequalities).</summary>
    public string Scope { get; } = string.Empty;

    /// <summary>
    /// <see cref="Scope"/> as a template without wildcards (null when it does not parse as one): resolved from the root
    /// once per validation for every relation that shares it (many sums share a table's or a narrative section's scope).
    /// </summary>
    public PointerTemplate? ScopeTemplate => scopeTemplate ??= PointerTemplate.Of(Scope);

    private PointerTemplate? scopeTemplate;

    /// <summary>Escaped <c>/member</c> suffixes of the columns (hierarchy), the value (rollup), left and right values (match).</summary>
    public string[] ColumnSuffixes { get; } = [];

    /// <summary>
    /// The relation bound over its fixed pointers (a sum, inequality or ratio without a wildcard or a code filter), or null;
    /// made with the compiled relation, once per rule (<see cref="FixedRelation"/>).
    /// </summary>
    public FixedRelation? Fixed { get; }

    /// <summary>
    /// The walk generated for a <see cref="SumRelation"/>'s data (<see cref="CompiledSums"/>), or null: found on the first
    /// read and kept (session 23: a field instead of a weak-table look-up per evaluation; a race finds the same walk).
    /// </summary>
    public CompiledWalker? SumWalker
    {
        get
        {
            // One reference written once (a sentinel for "none"), so a reader on another thread sees either nothing yet
            // or the walk, never a flag without its walk.
            var walker = sumWalker ??= (Relation is SumRelation sum ? CompiledSums.Of(sum) : null) ?? NoWalk;
            return ReferenceEquals(walker, NoWalk) ? null : walker;
        }
    }

    private static readonly CompiledWalker NoWalk = static (_, _) => false;
    private CompiledWalker? sumWalker;

    /// <summary>The plan of a <see cref="ConditionRelation"/>.</summary>
    public ConditionPlan? Condition { get; }

    /// <summary>The compiled pattern of a <see cref="PatternRelation"/>.</summary>
    public Regex? Pattern { get; }

    /// <summary>Compiles a relation.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The compiled form.</returns>
    public static CompiledRelation Compile(Relation relation) => new(relation ?? throw new ArgumentNullException(nameof(relation)));
}
