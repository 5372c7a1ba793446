using System.Runtime.CompilerServices;
using System.Text.Json;
using PublicFinance.FinalAccounts.Model;

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
    // The walk of each relation instance, found once (a relation is immutable; the table holds it weakly).
    private static readonly ConditionalWeakTable<Relation, Holder> ByRelation = new();

    /// <summary>A relation's generated walk: true when it recorded the relation's every outcome; false when it recorded nothing.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="report">The report the context's facts index.</param>
    /// <returns>Whether the relation was evaluated here.</returns>
    internal delegate bool Walker(ValidationContext context, FinalAccountsReport report);

    /// <summary>How many walks were generated (each reachable from its relation's data: <c>CompiledChecksTests</c>).</summary>
    public static int GeneratedCount => Generated.Count;

    /// <summary>The walk generated for a relation's data, or null (a sum or condition relation has its own generators).</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>Its walk, or null when none was generated for this data.</returns>
    public static Walker? Of(Relation relation) =>
        KeyOf(relation) is { } key && Generated.TryGetValue(key, out var walker) ? walker : null;

    /// <summary>
    /// Evaluates a relation by its generated walk when it has one and the run allows it (values first on, no verifications
    /// recorded, no table declared empty); otherwise, or when the walk meets anything but a plain outcome, records nothing.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="relation">The relation.</param>
    /// <returns>Whether the relation was evaluated (and recorded) here.</returns>
    public static bool TryEvaluate(ValidationContext context, Relation relation)
    {
        var options = context.Options;
        if (!options.CompiledChecks || !options.ValuesFirst || options.RecordVerifications || context.Facts.AnyDeclaredEmpty)
        {
            return false;
        }

        var walker = ByRelation.GetValue(relation, static r => new Holder(Of(r))).Walker;
        if (walker is null)
        {
            return false;
        }

        try
        {
            return walker(context, context.Report);
        }
        catch (OverflowException)
        {
            // A printed sum beyond decimal's range: the interpreter meets it too and reports it its own way.
            return false;
        }
    }

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

        if (relation is not (InequalityRelation or RatioRelation or RollupRelation or HierarchyRelation))
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            switch (relation)
            {
                case InequalityRelation inequality:
                    writer.WriteString("kind", "lessOrEqual");
                    writer.WriteString("lesser", inequality.Lesser);
                    writer.WriteString("greater", inequality.Greater);
                    writer.WriteString("whenAbsent", inequality.WhenAbsent.ToString());
                    break;
                case RatioRelation ratio:
                    writer.WriteString("kind", "ratio");
                    writer.WriteString("percent", ratio.Percent);
                    writer.WriteString("numerator", ratio.Numerator);
                    writer.WriteString("denominator", ratio.Denominator);
                    writer.WriteString("denominatorFallback", ratio.DenominatorFallback);
                    break;
                case RollupRelation rollup:
                    writer.WriteString("kind", "rollup");
                    writer.WriteString("parents", rollup.Parents);
                    writer.WriteString("children", rollup.Children);
                    writer.WriteString("value", rollup.Value);
                    writer.WriteBoolean("priorYear", rollup.PriorYear);
                    break;
                case HierarchyRelation hierarchy:
                    writer.WriteString("kind", "hierarchy");
                    writer.WriteString("rows", hierarchy.Rows);
                    writer.WriteStartArray("columns");
                    foreach (var column in hierarchy.Columns)
                    {
                        writer.WriteStringValue(column);
                    }

                    writer.WriteEndArray();
                    break;
            }

            writer.WriteEndObject();
        }

        return CompiledKeys.Of(stream);
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

    private sealed class Holder(Walker? walker)
    {
        public Walker? Walker { get; } = walker;
    }
}
