using System.Runtime.CompilerServices;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// What a <see cref="ConditionRelation"/> needs parsed once (条件检查的编译结果): its anchor template, the member name of a
/// <c>/**/name</c> anchor, and its cases, named figures, conditions and references compiled (<see cref="CompiledCase"/>,
/// <see cref="ConditionReference"/>): the evaluator looks nothing up by reference text and parses no constant per anchor.
/// Made when a relation rule first evaluates the relation; immutable.
/// </summary>
internal sealed class ConditionPlan
{
    private const string AnyDepthPrefix = "/**";
    private static readonly ConditionalWeakTable<ConditionRelation, ConditionPlan> Plans = new();
    private readonly Dictionary<string, int> figures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConditionReference> references = new(StringComparer.Ordinal);

    private ConditionPlan(ConditionRelation relation)
    {
        this.relation = relation;
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

        Figures = [.. relation.Figures.Select(f => new CompiledFigure([.. f.FirstOf.Select(Reference)], Terms(f.Sum)))];
        Cases = [.. relation.Cases.Select(c => new CompiledCase(c.When is null ? null : Compile(c.When), Compile(c.Then)))];
        AbsoluteCount = absoluteCount;
        RelativeCount = relativeCount;
        AmountsOnly = AnyDepth && AnyDepthName is null && Cases.Length > 0
            && Cases[0] is
            {
                When: { Kind: CompiledConditionKind.Not, Inner: { Kind: CompiledConditionKind.Test } inner },
                Then.Kind: ConditionOutcomeKind.Nothing,
            }
            && inner.Source.Test == ConditionTest.Amount && inner.Reference!.Kind == ConditionReferenceKind.Anchor;
    }

    /// <summary>
    /// Whether the anchors are every value (<c>/**</c>) and the first case does nothing for an anchor that is not an
    /// amount: then only the amounts need visiting, and the others would record nothing anyway.
    /// </summary>
    public bool AmountsOnly { get; }

    private int absoluteCount;
    private int relativeCount;

    /// <summary>The cases, compiled, in order.</summary>
    public CompiledCase[] Cases { get; }

    /// <summary>The named figures, compiled, in the relation's order.</summary>
    public CompiledFigure[] Figures { get; }

    /// <summary>How many distinct absolute references the relation has (the slots of a per-evaluation cache).</summary>
    public int AbsoluteCount { get; }

    /// <summary>How many distinct relative references the relation has (the slots of a per-anchor cache).</summary>
    public int RelativeCount { get; }

    /// <summary>Whether the anchors are every value (<c>/**</c>) or every record of one member name (<c>/**/name</c>).</summary>
    public bool AnyDepth { get; }

    /// <summary>The member name of a <c>/**/name</c> anchor; null for <c>/**</c> and for other anchors.</summary>
    public string? AnyDepthName { get; }

    /// <summary>The anchors' template; null for the report itself (an empty template) and for <see cref="AnyDepth"/>.</summary>
    public PointerTemplate? Anchors { get; }

    /// <summary>
    /// The cases' conditions compiled into delegates (<c>ConditionRelationEvaluator.Program</c>), made on the plan's first
    /// compiled evaluation and kept here (session 18: a field read instead of a weak-table look-up per evaluation, ≈ 0.8 %
    /// of a validation). Typed as object because the delegates take the evaluator's private run; a race makes the same
    /// array twice and keeps one.
    /// </summary>
    internal object? CompiledConditions { get; set; }

    /// <summary>
    /// The leaves of the cases' conditions (tests and options), in the cases' order and each condition's pre-order: the
    /// numbering a generated decider (<see cref="CompiledRelations"/>) uses to hand a test it does not compile back to the
    /// interpreter (<see cref="IConditionLeaves"/>).
    /// </summary>
    public CompiledCondition[] Leaves => leaves ??= [.. Cases.Where(c => c.When is not null).SelectMany(c => LeavesOf(c.When!))];

    /// <summary>The anchor-name test of each leaf, in <see cref="Leaves"/>' order (session 35), read once per plan.</summary>
    public AnchorNameTest[] AnchorNameTests => anchorNameTests ??= [.. Leaves.Select(c => new AnchorNameTest(c))];

    /// <summary>The decider generated from this relation's data, or null (looked up once per plan).</summary>
    public CompiledDecider? Decider
    {
        get
        {
            LookUpGenerated();
            return decider;
        }
    }

    /// <summary>
    /// The typed walk of the anchors generated from this relation's template beside its decider (session 24; templates with
    /// <c>**</c> since session 25), or null (none generated); looked up once per plan.
    /// </summary>
    public CompiledAnchors? TypedAnchors
    {
        get
        {
            LookUpGenerated();
            return typedAnchors;
        }
    }

    /// <summary>
    /// The typed reader of the ratio cases generated beside the decider (session 35), or null (none generated); looked up
    /// once per plan.
    /// </summary>
    public CompiledRatio? TypedRatios
    {
        get
        {
            LookUpGenerated();
            return typedRatios;
        }
    }

    private readonly ConditionRelation relation;
    private CompiledCondition[]? leaves;
    private AnchorNameTest[]? anchorNameTests;
    private CompiledDecider? decider;
    private CompiledAnchors? typedAnchors;
    private CompiledRatio? typedRatios;
    private bool generatedLooked;

    /// <summary>
    /// Looks the generated decider, anchor walk and ratio reader up once per plan (two threads that race find the same ones;
    /// the flag is set after all three).
    /// </summary>
    private void LookUpGenerated()
    {
        if (!generatedLooked)
        {
            decider = CompiledRelations.Of(relation);
            typedAnchors = CompiledRelations.AnchorsOf(relation);
            typedRatios = CompiledRelations.RatiosOf(relation);
            generatedLooked = true;
        }
    }

    private static IEnumerable<CompiledCondition> LeavesOf(CompiledCondition condition) => condition.Kind switch
    {
        CompiledConditionKind.AllOf or CompiledConditionKind.AnyOf => condition.Children.SelectMany(LeavesOf),
        CompiledConditionKind.Not => LeavesOf(condition.Inner!),
        _ => [condition],
    };

    /// <summary>The plan of a relation: compiled once and kept with the relation.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its plan.</returns>
    public static ConditionPlan Of(ConditionRelation relation) => Plans.GetValue(relation, static r => new ConditionPlan(r));

    /// <summary>The position of a named figure (<c>$name</c>) among the relation's figures.</summary>
    /// <param name="reference">The reference, with its <c>$</c>.</param>
    /// <param name="relation">The relation (for the message).</param>
    /// <returns>The position.</returns>
    public int FigureIndex(string reference, ConditionRelation relation) => figures.TryGetValue(reference, out var index) ? index
        : throw new InvalidOperationException(ValidationMessages.UnknownFigure(reference, relation.RuleId));

    /// <summary>The compiled reference of a text (one object per distinct text of the relation).</summary>
    private ConditionReference Reference(string text)
    {
        if (!references.TryGetValue(text, out var reference))
        {
            var slot = text.Length == 0 || text[0] == '$' ? -1 : text[0] == '/' ? absoluteCount++ : relativeCount++;
            reference = ConditionReference.Parse(text, figures.TryGetValue(text, out var figure) ? figure : -1, slot);
            references[text] = reference;
        }

        return reference;
    }

    private ConditionReference? OptionalReference(string? text) => text is null ? null : Reference(text);

    private CompiledTerm[] Terms(IReadOnlyList<ConditionTerm> terms) =>
        [.. terms.Select(t => new CompiledTerm(Reference(t.Pointer), t.Weight, t.When is null ? null : Compile(t.When)))];

    private CompiledOutcome Compile(ConditionOutcome outcome) => new()
    {
        Kind = outcome.Kind,
        Pointers = [.. outcome.Pointers.Select(Reference)],
        Difference = [.. outcome.Difference.Select(Reference)],
        Checked = OptionalReference(outcome.Checked),
        Greater = OptionalReference(outcome.Greater),
        Items = Terms(outcome.Items),
        Denominator = Terms(outcome.Denominator),
        LowerBoundWhenPartial = outcome.LowerBoundWhenPartial,
    };

    /// <summary>A condition compiled; its form is chosen in the order the evaluator has always tried them.</summary>
    private CompiledCondition Compile(Condition condition)
    {
        var kind = condition.AllOf.Count > 0 ? CompiledConditionKind.AllOf
            : condition.AnyOf.Count > 0 ? CompiledConditionKind.AnyOf
            : condition.Not is not null ? CompiledConditionKind.Not
            : condition.Option is not null ? CompiledConditionKind.Option
            : CompiledConditionKind.Test;
        var hasConstant = decimal.TryParse(condition.Value, ConstantStyle, CultureInfo.InvariantCulture, out var constant);
        var hasLength = int.TryParse(condition.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var length);
        return new CompiledCondition
        {
            Source = condition,
            Kind = kind,
            Children = kind == CompiledConditionKind.AllOf ? [.. condition.AllOf.Select(Compile)]
                : kind == CompiledConditionKind.AnyOf ? [.. condition.AnyOf.Select(Compile)] : [],
            Inner = kind == CompiledConditionKind.Not ? Compile(condition.Not!) : null,
            Reference = kind == CompiledConditionKind.Test ? Reference(condition.Pointer ?? string.Empty) : null,
            Other = kind == CompiledConditionKind.Test ? OptionalReference(condition.Other) : null,
            HasConstant = hasConstant,
            Constant = constant,
            HasLength = hasLength,
            Length = length,
        };
    }

    /// <summary>How a condition's numeric value is read (spec §4.15: an optional sign, digits, a decimal point).</summary>
    internal const NumberStyles ConstantStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
}
