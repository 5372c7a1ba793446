namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The catalogue's inequalities, ratios, roll-ups and hierarchies as typed walks generated from their data (不等、占比、
/// 汇总与科目层级关系编译为类型化代码; session 23, issue 13): <c>CompiledChecks.g.cs</c>, written by
/// <c>CompiledChecksGenerator</c> in the tests from each relation's data and the contract's shapes, and checked to be
/// current. A walk reads the relation's figures as typed members of the model's records (<c>?.</c> chains, one loop per
/// list) and records only what needs no index location: passed (what the context's checks decide by values first), not
/// applicable, and — for figures at fixed pointers — an absent scope or an absent figure (could not run, the template's
/// pointer, which is what the interpreter's location reads). Anything else — a figure off or within rounding, a value
/// with more than eight decimals, a null element, an uncoded row, a missing figure below a list, recorded verifications,
/// values first off, a table declared empty — records nothing and leaves the whole relation to
/// <see cref="FixedRelation"/> and the interpreter (<see cref="RelationEvaluator"/>), so every outcome is the
/// interpreter's. A relation finds its walk by its data — the SHA-256 of its JSON form without the rule id
/// (<see cref="KeyOf"/>) — never by a rule id: a relation that is new or changed runs interpreted.
/// </summary>
internal static partial class CompiledChecks
{
    // The walk of each relation instance, found once.
    private static readonly CompiledWalks<Relation> Walks = new(Of);

    /// <summary>How many walks were generated (each reachable from its relation's data: <c>CompiledChecksTests</c>).</summary>
    public static int GeneratedCount => Generated.Count;

    /// <summary>The walk generated for a relation's data, or null (a sum or condition relation has its own generators).</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its walk, or null when none was generated for this data.</returns>
    public static CompiledWalker? Of(Relation relation) =>
        KeyOf(relation) is { } key && Generated.TryGetValue(key, out var walker) ? walker : null;

    /// <summary>
    /// Evaluates a relation by its generated walk when it has one and the run allows it (values first on, no verifications
    /// recorded, no table declared empty); otherwise, or when the walk meets anything but a plain outcome, records nothing.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="relation">The relation.</param>
    /// <returns>Whether the relation was evaluated (and recorded) here.</returns>
    public static bool TryEvaluate(ValidationContext context, Relation relation) =>
        Walks.TryEvaluate(context, relation, context.Options.CompiledChecks);

    /// <summary>
    /// The key of a relation's data: the SHA-256 (lower-case hex) of its JSON form without the rule id; null for a sum or
    /// a condition relation (compiled by <see cref="CompiledSums"/> and <see cref="CompiledRelations"/>) and for the list
    /// relations not compiled (match, unique, pattern, parent listed).
    /// </summary>
    /// <param name="relation">The relation.</param>
    /// <returns>64 hexadecimal digits, or null.</returns>
    public static string? KeyOf(Relation relation)
    {
        if (relation is null)
        {
            throw new ArgumentNullException(nameof(relation));
        }

        return relation is InequalityRelation or RatioRelation or RollupRelation or HierarchyRelation
            ? CompiledKeys.Of(relation)
            : null;
    }

    /// <summary>An amount as the interpreter reads it (<c>RelationEvaluator.TryFigure</c>), located nowhere; null when absent.</summary>
    internal static Figure? Read(ValidationContext context, Amount? amount) =>
        amount is { } value ? context.Figure(default(FactPointer), value) : null;

    /// <summary>A quantity as the interpreter reads it, located nowhere; null when absent.</summary>
    internal static Figure? Read(ValidationContext context, Quantity? quantity) =>
        quantity is { } value ? context.Figure(default(FactPointer), value) : null;

    /// <summary>A count as the interpreter reads it (exact), located nowhere; null when absent.</summary>
    internal static Figure? Read(ValidationContext context, int? count) =>
        count is { } value ? ValidationContext.Count(default(FactPointer), value) : null;

    /// <summary>
    /// Records an absent figure at a fixed pointer as the interpreter does: "could not run" with the template's pointer
    /// (its location's text), or both templates' when both are absent.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="first">The first absent figure's pointer.</param>
    /// <param name="second">The second's, or null.</param>
    /// <returns>True.</returns>
    internal static bool Absent(ValidationContext context, string first, string? second = null)
    {
        if (second is null)
        {
            context.CouldNotRun(FactPointer.Of(first));
            return true;
        }

        var missing = RelationEvaluator.RentMissing();
        missing.Add(FactPointer.Of(first));
        missing.Add(FactPointer.Of(second));
        context.CouldNotRun(missing);
        RelationEvaluator.ReturnMissing(missing);
        return true;
    }
}
