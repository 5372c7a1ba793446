namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A sum, inequality or ratio relation whose every pointer is fixed (定指针勾稽关系: no wildcard, no code filter on a
/// term), bound once when its rule compiles (issue 13, session 17). Evaluating it reads its figures straight from the
/// nodes its pointers resolve to — each a slot of the validation's root paths (<see cref="RootPaths"/>) — and hands them
/// to the same <see cref="ValidationContext"/> checks the interpreter calls (<c>CheckSum</c>, <c>CheckLessOrEqual</c>,
/// <c>CheckRatio</c>): no scope resolution, no template expansion, no list of locations, no code filter per term.
/// Only the common shapes are taken here, on an index without <c>isEmpty</c> members: a sum whose total holds a figure
/// (a term without one is missing, or left out when optional), an inequality whose two figures are present, and every
/// ratio (no stated percentage: not applicable; a figure missing: could not run). Anything else records nothing and
/// leaves the relation to the interpreter (<see cref="RelationEvaluator"/>) from its start, so every outcome — findings,
/// verifications, coverage counts and missing pointers — is the interpreter's. Immutable and thread-safe.
/// </summary>
internal sealed class FixedRelation
{
    private readonly Relation relation;
    private readonly PointerTemplate primary;
    private readonly PointerTemplate[] others;
    private readonly int[] weights;
    private readonly bool[] optional;

    // The term that closes its list (session 36: SumTerm.ClosesList), or −1.
    private readonly int closing;

    private FixedRelation(Relation relation, PointerTemplate primary, PointerTemplate[] others, int[] weights, bool[] optional)
    {
        this.relation = relation;
        this.primary = primary;
        this.others = others;
        this.weights = weights;
        this.optional = optional;
        closing = relation is SumRelation sum ? IndexOfClosing(sum) : -1;
    }

    private static int IndexOfClosing(SumRelation sum)
    {
        for (var k = 0; k < sum.Items.Count; k++)
        {
            if (sum.Items[k].ClosesList)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The bound form of a compiled relation, or null when it has another shape: a sum with a wildcard or a code filter,
    /// an inequality or ratio with a wildcard, a ratio with a fallback denominator, any other kind of relation.
    /// </summary>
    /// <param name="compiled">The compiled relation (its templates parsed).</param>
    /// <returns>The bound relation, or null.</returns>
    public static FixedRelation? Of(CompiledRelation compiled)
    {
        if (compiled?.Primary is not { WildcardCount: 0 } primary || compiled.Items.Any(t => t.WildcardCount != 0))
        {
            return null;
        }

        switch (compiled.Relation)
        {
            case SumRelation sum when sum.Items.All(t => t.Codes.Count == 0 && t.ExcludeCodes.Count == 0 && t.CodeLength == 0):
                return new FixedRelation(
                    sum, primary, compiled.Items, [.. sum.Items.Select(t => t.Weight)], [.. sum.Items.Select(t => t.Optional)]);
            case InequalityRelation:
            case RatioRelation { DenominatorFallback: null }:
                return new FixedRelation(compiled.Relation, primary, compiled.Items, [], []);
            default:
                return null;
        }
    }

    /// <summary>
    /// Evaluates the relation when every figure it needs is present (then records exactly what the interpreter would);
    /// otherwise records nothing and returns false.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <returns>Whether the relation was evaluated here.</returns>
    public bool TryEvaluate(ValidationContext context)
    {
        // Inside a table declared empty an absent figure is an exact zero and a sum is not applicable: the interpreter's.
        if (context.AnyDeclaredEmpty)
        {
            return false;
        }

        switch (relation)
        {
            case SumRelation:
                return TryRead(context, primary, out var total) && TrySum(context, total);
            case InequalityRelation:
                if (!TryRead(context, primary, out var lesser) || !TryRead(context, others[0], out var greater))
                {
                    return false;
                }

                context.CheckLessOrEqual(lesser, greater, new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn));
                return true;
            default:
                return TryRatio(context);
        }
    }

    private bool TrySum(ValidationContext context, Figure total)
    {
        var items = RelationEvaluator.RentItems();
        var missing = RelationEvaluator.RentMissing();
        try
        {
            var partial = false;
            var closed = false;
            for (var k = 0; k < others.Length; k++)
            {
                // As the interpreter: a term without a figure is missing unless optional (then it is left out).
                others[k].TryLocateFixed(context.Facts, out var at);
                if (RelationEvaluator.TryFigure(context, at, out var item))
                {
                    items.Add((item, weights[k]));
                    closed |= k == closing;
                }
                else if (!optional[k])
                {
                    missing.Add(at);
                }
                else
                {
                    partial = true;
                }
            }

            if (missing.Count > 0)
            {
                context.CouldNotRun(missing);
            }
            else if (partial && !closed && relation is SumRelation { LowerBoundWhenPartial: true })
            {
                context.CheckLowerBound(total, items, new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn));
            }
            else
            {
                context.CheckSum(total, items, new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn));
            }

            return true;
        }
        finally
        {
            RelationEvaluator.ReturnItems(items);
            RelationEvaluator.ReturnMissing(missing);
        }
    }

    private bool TryRatio(ValidationContext context)
    {
        // As the interpreter: no stated percentage is not applicable, a missing figure could not run (the numerator first).
        var facts = context.Facts;
        primary.TryLocateFixed(facts, out var at);
        if (!facts.TryGet<Percent>(at.Node, out var percent))
        {
            context.NotApplicable();
            return true;
        }

        others[0].TryLocateFixed(facts, out var numeratorAt);
        others[1].TryLocateFixed(facts, out var denominatorAt);
        var hasNumerator = RelationEvaluator.TryFigure(context, numeratorAt, out var numerator);
        var hasDenominator = RelationEvaluator.TryFigure(context, denominatorAt, out var denominator);
        if (!hasNumerator || !hasDenominator)
        {
            context.CouldNotRun(!hasNumerator ? numeratorAt : denominatorAt);
            return true;
        }

        context.CheckRatio(at, percent, numerator, denominator, context.Rule.TitleZh, context.Rule.TitleEn);
        return true;
    }

    /// <summary>The figure at a fixed pointer when it holds one (an amount, a quantity, a count): the interpreter's reading.</summary>
    private static bool TryRead(ValidationContext context, PointerTemplate template, out Figure figure)
    {
        template.TryLocateFixed(context.Facts, out var location);
        return RelationEvaluator.TryFigure(context, location, out figure);
    }
}
