using System.Runtime.CompilerServices;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The gate the generated walks share (<see cref="CompiledSums"/>, <see cref="CompiledChecks"/>; 生成遍历的共同入口): each
/// relation instance's walk found once and held weakly, when a run may use a walk, and a walk run so that a printed sum
/// beyond <see cref="decimal"/>'s range leaves the relation to the interpreter.
/// </summary>
/// <typeparam name="TRelation">The kind of relation the walks are generated for.</typeparam>
/// <param name="of">The walk generated for a relation's data, or null.</param>
internal sealed class CompiledWalks<TRelation>(Func<TRelation, CompiledWalker?> of)
    where TRelation : Relation
{
    // The walk of each relation instance, found once (a relation is immutable; the table holds it weakly).
    private readonly ConditionalWeakTable<TRelation, Holder> byRelation = new();

    // Made once: a look-up allocates no delegate.
    private readonly ConditionalWeakTable<TRelation, Holder>.CreateValueCallback create = r => new Holder(of(r));

    /// <summary>
    /// Evaluates a relation by its generated walk when it has one and the run allows it; otherwise, or when the walk meets
    /// anything but a plain outcome, records nothing.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="relation">The relation.</param>
    /// <param name="enabled">Whether the run's options enable these walks.</param>
    /// <returns>Whether the relation was evaluated (and recorded) here.</returns>
    public bool TryEvaluate(ValidationContext context, TRelation relation, bool enabled) =>
        Allowed(context, enabled) && Run(context, byRelation.GetValue(relation, create).Walker);

    /// <summary>
    /// Whether a run may use the walks: enabled, values first on, no verifications recorded and no table declared empty (a
    /// walk records only the outcomes that need no index location).
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="enabled">Whether the run's options enable these walks.</param>
    /// <returns>Whether a walk may run.</returns>
    public static bool Allowed(ValidationContext context, bool enabled)
    {
        var options = context.Options;
        return enabled && options.ValuesFirst && !options.RecordVerifications && !context.AnyDeclaredEmpty;
    }

    /// <summary>Runs a walk; false when there is none or its printed sum overflows (the interpreter then decides).</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="walker">The walk, or null.</param>
    /// <returns>Whether the walk recorded the relation's every outcome.</returns>
    public static bool Run(ValidationContext context, CompiledWalker? walker)
    {
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

    private sealed class Holder(CompiledWalker? walker)
    {
        public CompiledWalker? Walker { get; } = walker;
    }
}
