namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Decides a condition relation over its typed anchors without the fact index (无索引的条件判定; session 24): the generated
/// walk (<see cref="CompiledAnchors"/>) hands each anchor to the generated decider, and the outcome is kept only when every
/// anchor's chosen case records nothing but a count (passed, not applicable, nothing). Any other case (a finding, a check
/// over figures, could not run), a leaf the decider hands back to the interpreter, an anchor of another type or an absent
/// part of the template stops the walk, nothing is recorded, and the interpreter evaluates the whole relation over the
/// index — so findings, their order and their locations are the interpreter's. Counts commute, so recording them after the
/// walk is recording them per anchor.
/// </summary>
internal sealed class TypedAnchorRun : IConditionLeaves
{
    // One per thread, reused by every relation of every validation (it holds nothing of a report between relations).
    [ThreadStatic]
    private static TypedAnchorRun? spare;

    private ValidationContext context = null!;
    private CompiledCase[] cases = [];
    private CompiledDecider decider = null!;
    private object? parent;
    private bool handedBack;
    private int passed;
    private int notApplicable;

    /// <inheritdoc/>
    public object? Parent => parent;

    /// <inheritdoc/>
    public object? Root => context.Report;

    /// <inheritdoc/>
    public UnitType UnitType => context.Options.UnitType;

    /// <inheritdoc/>
    public InputScope Scope => context.Scope;

    /// <summary>
    /// Decides every anchor of a relation by its generated walk and decider; true when that decided the relation (its counts
    /// recorded), false when nothing was recorded and the interpreter must evaluate it.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="plan">The relation's plan (its cases).</param>
    /// <param name="decider">The relation's generated decider.</param>
    /// <param name="walk">The relation's generated anchor walk.</param>
    /// <returns>Whether the relation was decided.</returns>
    public static bool TryDecide(ValidationContext context, ConditionPlan plan, CompiledDecider decider, CompiledAnchors walk)
    {
        var run = spare ?? new TypedAnchorRun();
        spare = null;
        run.context = context;
        run.cases = plan.Cases;
        run.decider = decider;
        run.handedBack = false;
        run.passed = 0;
        run.notApplicable = 0;
        try
        {
            if (!walk(context.Report, run))
            {
                return false;
            }

            for (var i = 0; i < run.passed; i++)
            {
                context.Pass();
            }

            for (var i = 0; i < run.notApplicable; i++)
            {
                context.NotApplicable();
            }

            return true;
        }
        finally
        {
            run.context = null!;
            run.cases = [];
            run.decider = null!;
            run.parent = null;
            spare = run;
        }
    }

    /// <summary>Decides one anchor (called by the generated walk); false stops the walk (the interpreter takes over).</summary>
    /// <param name="anchor">The anchor's value.</param>
    /// <param name="holder">The value of the record or list that holds it (null for the report itself).</param>
    /// <returns>Whether the walk may go on.</returns>
    public bool Decide(object anchor, object? holder)
    {
        parent = holder;
        var chosen = decider(anchor, this);
        if (handedBack)
        {
            return false;
        }

        if (chosen == CompiledRelations.NoCase)
        {
            notApplicable++;
            return true;
        }

        if (chosen < 0)
        {
            return false;
        }

        switch (cases[chosen].Then.Kind)
        {
            case ConditionOutcomeKind.Passed:
                passed++;
                return true;
            case ConditionOutcomeKind.NotApplicable:
                notApplicable++;
                return true;
            case ConditionOutcomeKind.Nothing:
                return true;
            default:
                return false;
        }
    }

    /// <summary>A leaf left to the interpreter: the walk stops after this decision and the interpreter decides the relation.</summary>
    /// <param name="leaf">The leaf's number.</param>
    /// <returns>False (the answer is discarded).</returns>
    public bool Holds(int leaf)
    {
        handedBack = true;
        return false;
    }

    /// <inheritdoc/>
    public DecimalInterval Range(Amount amount) => context.Range(amount);

    /// <inheritdoc/>
    public DecimalInterval Range(Quantity quantity) => context.Range(quantity);

    /// <inheritdoc/>
    public DecimalInterval Range(Percent percent) => context.Range(percent);

    /// <inheritdoc/>
    public DecimalInterval Range(int count) => DecimalInterval.Exact(count);
}
