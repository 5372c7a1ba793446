using System.Runtime.CompilerServices;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// What a condition relation's evaluation records for a chosen case (条件检查的结果记录; spec §4.15), shared by the two ways
/// places are found (session 25): the interpreter over the fact index (<c>ConditionRelationEvaluator.Run</c>: a place is a
/// node) and the typed anchor walk (<see cref="TypedAnchorRun"/>: a place is a value of the model and its path). Named
/// figures, sums, the checks' figures, findings, their messages, pointers and order are worked out here once, so both
/// record exactly the same; a subclass says only where a reference points, what figure, percentage or value is there.
/// </summary>
internal abstract class ConditionRun
{
    /// <summary>The counter past which the stamps start again (a billion decisions).</summary>
    private protected const int MaxStamp = 1 << 30;

    private protected ValidationContext context = null!;
    private protected ConditionRelation relation = null!;
    private protected ConditionPlan plan = null!;

    // A named figure's slot is current when its stamp equals the decision counter (one per anchor), which only grows while
    // the run is reused: nothing is cleared per relation or per anchor (session 23).
    private protected (bool Has, Figure Figure)[] named = [];
    private protected int[] namedAt = [];
    private protected int decision;
    private protected int evaluation;
    private List<FactPointer>? locations;
    private List<(Figure, int)>? items;

    /// <summary>Where a reference that is not a named figure points at the current anchor.</summary>
    private protected abstract FactPointer LocatePlace(ConditionReference reference);

    /// <summary>The figure (an amount, a quantity, a count) a reference that is not a named figure names, if any.</summary>
    private protected abstract bool TryPlaceFigure(ConditionReference reference, out Figure figure);

    /// <summary>The printed value of a figure or a stated percentage a reference that is not a named figure names.</summary>
    private protected abstract bool TryPlaceValue(ConditionReference reference, out decimal value);

    /// <summary>The stated percentage a reference names and where it is (for a ratio's checked figure).</summary>
    private protected abstract bool TryPercent(ConditionReference reference, out FactPointer at, out Percent percent);

    /// <summary>The value at a pointer's text (a failure names the figures it points at).</summary>
    private protected abstract object? ValueAtPointer(string pointer);

    /// <summary>
    /// The value a failure's reference names, whose pointer text is <paramref name="pointer"/> (what
    /// <see cref="ValueAtPointer"/> finds there); a subclass that knows the value without looking the text up says so.
    /// </summary>
    private protected virtual object? ValueOfFailure(ConditionReference reference, string pointer) => ValueAtPointer(pointer);

    /// <summary>Whether a sum term's condition holds at the current anchor.</summary>
    private protected abstract bool HoldsTerm(CompiledCondition when);

    /// <summary>Takes a relation for evaluation: its context and plan, the named figures' room, new counters.</summary>
    private protected void Begin(ValidationContext context, ConditionRelation relation, ConditionPlan plan)
    {
        this.context = context;
        this.relation = relation;
        this.plan = plan;
        if (decision >= MaxStamp)
        {
            // After a billion decisions the stamps start again from zero (never reached by a validation: a run is reused
            // across validations, so the counters could otherwise wrap round to a stale stamp).
            Array.Clear(namedAt, 0, namedAt.Length);
            ClearStamps();
            decision = 0;
            evaluation = 0;
        }

        // Before its first anchor a run's counters already differ from every stamp of the run before it.
        evaluation++;
        decision++;
        Fit(ref named, plan.Figures.Length);
        Fit(ref namedAt, plan.Figures.Length);
    }

    /// <summary>Gives the relation back: the named figures emptied (the run holds nothing of the report).</summary>
    private protected void End()
    {
        Array.Clear(named, 0, plan.Figures.Length);
        locations?.Clear();
        items?.Clear();
        context = null!;
        relation = null!;
        plan = null!;
    }

    /// <summary>Whether the run's lists stayed small enough to be kept for the next relation.</summary>
    private protected bool ListsWithin(int slots) => (locations?.Capacity ?? 0) <= slots && (items?.Capacity ?? 0) <= slots;

    /// <summary>Clears the subclass's own stamps when the counters start again.</summary>
    private protected virtual void ClearStamps()
    {
    }

    /// <summary>
    /// Gives an array room for <paramref name="length"/> slots (a new, zeroed array when too short). Nothing is cleared:
    /// the value slots were emptied by <see cref="End"/> and a stamp is never equal to a later counter.
    /// </summary>
    private protected static void Fit<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[length];
        }
    }

    /// <summary>Where a reference points at the current anchor (a named figure: where it stands).</summary>
    private protected FactPointer Locate(ConditionReference reference) =>
        reference.Kind == ConditionReferenceKind.Named ? Named(reference).Figure.Location : LocatePlace(reference);

    /// <summary>A named figure at the current anchor, computed once per anchor; by reference (a figure is a large struct).</summary>
    private protected ref readonly (bool Has, Figure Figure) Named(ConditionReference reference)
    {
        var index = reference.Figure >= 0 ? reference.Figure : plan.FigureIndex(reference.Text, relation);
        if (namedAt[index] != decision)
        {
            ResolveNamed(index);
        }

        return ref named[index];
    }

    /// <summary>
    /// Works out a named figure for the current anchor (once per anchor): a method of its own, so that the many reads
    /// of a figure already worked out do not clear this one's figures on every call.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ResolveNamed(int index)
    {
        var figure = plan.Figures[index];
        (bool, Figure) result;
        if (figure.IsSum)
        {
            result = TrySum(figure.Sum, out var sum) ? (true, sum)
                : (false, new Figure(Locate(figure.Sum[0].Reference), 0m, DecimalInterval.Exact(0m)));
        }
        else
        {
            result = (false, new Figure(Locate(figure.FirstOf[0]), 0m, DecimalInterval.Exact(0m)));
            for (var i = 0; i < figure.FirstOf.Length; i++)
            {
                if (TryFigure(figure.FirstOf[i], out var f))
                {
                    result = (true, f);
                    break;
                }
            }
        }

        named[index] = result;
        namedAt[index] = decision;
    }

    private bool TrySum(CompiledTerm[] terms, out Figure sum)
    {
        if (!TryAdd(terms, null, out var value, out var range, out var inRange))
        {
            sum = default;
            return false;
        }

        // Exact bounds that hold each value, added with weights ±1, hold the sum exactly (Figure.ValueInRange).
        sum = new Figure(Locate(terms[0].Reference), value, range, inRange);
        return true;
    }

    /// <summary>
    /// Σ weight·figure of the terms with its interval, and whether the value is known to lie in it; false at the first
    /// term without a figure. With <paramref name="found"/> (a check's sum) that term is recorded as could not run and
    /// each figure's location is added once; without it (a named figure's sum) nothing is recorded.
    /// </summary>
    private protected bool TryAdd(
        CompiledTerm[] terms, List<FactPointer>? found, out decimal value, out DecimalInterval range, out bool inRange)
    {
        value = 0m;
        range = DecimalInterval.Exact(0m);
        inRange = terms.Length < Figure.ExactTerms;
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (!TryFigure(term.Reference, out var f))
            {
                if (found is not null)
                {
                    context.CouldNotRun(Locate(term.Reference));
                }

                return false;
            }

            if (found is not null && !Contains(found, f.Location))
            {
                found.Add(f.Location);
            }

            // 1·x is x exactly (same scale and sign), so the common weight skips a decimal multiplication.
            value += term.Weight == 1 ? f.Value : term.Weight * f.Value;
            range = term.Weight < 0 ? range - f.Range : range + f.Range;
            inRange &= f.ValueInRange && (term.Weight == 1 || term.Weight == -1);
        }

        return true;
    }

    private protected bool TryFigure(ConditionReference reference, out Figure figure)
    {
        if (reference.Kind == ConditionReferenceKind.Named)
        {
            ref readonly var n = ref Named(reference);
            figure = n.Figure;
            return n.Has;
        }

        return TryPlaceFigure(reference, out figure);
    }

    /// <summary>The value of a figure or a stated percentage, without its interval.</summary>
    private protected bool TryValue(ConditionReference reference, out decimal value)
    {
        if (reference.Kind == ConditionReferenceKind.Named)
        {
            ref readonly var n = ref Named(reference);
            value = n.Has ? n.Figure.Value : 0m;
            return n.Has;
        }

        return TryPlaceValue(reference, out value);
    }

    /// <summary>The text of a value: a string as written, an enum by its JSON name, a boolean as true/false (§4.11).</summary>
    private protected static string? ValueText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        Enum e => EnumNames.Name(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// The values a failure names, as "vehiclesSubtotal/amount 2.48; budget/budgetAmount 15" (the last two tokens of
    /// each pointer and its value as written), so that a reviewer sees the figures without looking them up.
    /// </summary>
    private string FiguresOf(string[] pointers, ConditionReference[] references)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pointers.Length; i++)
        {
            var pointer = pointers[i];
            // Only a scalar is a figure to name: a record (a budget comparison anchored by the pointer) would print as
            // C# ("BudgetComparison { Kind = … }"), which no reviewer should read in a finding.
            var raw = ValueOfFailure(references[i], pointer);
            var value = raw is string or bool or Enum or IFormattable ? ValueText(raw) : null;
            if (value is null)
            {
                continue;
            }

            var last = pointer.LastIndexOf('/');
            var label = last > 0 ? pointer.Substring(pointer.LastIndexOf('/', last - 1) + 1) : pointer;
            text.Append(text.Length > 0 ? "; " : "").Append(label).Append(' ').Append(value);
        }

        return text.ToString();
    }

    // ---- outcomes --------------------------------------------------------------------------------------------

    /// <summary>The run's list of locations, emptied (one list per run, used by one outcome at a time).</summary>
    private List<FactPointer> Locations()
    {
        (locations ??= []).Clear();
        return locations;
    }

    /// <summary>Records a chosen case's outcome at the current anchor.</summary>
    private protected void Record(CompiledOutcome outcome)
    {
        var rule = context.Rule;
        switch (outcome.Kind)
        {
            case ConditionOutcomeKind.Passed:
                context.Pass();
                break;
            case ConditionOutcomeKind.NotApplicable:
                context.NotApplicable();
                break;
            case ConditionOutcomeKind.Nothing:
                break;
            case ConditionOutcomeKind.CouldNotRun:
                var missing = Locations();
                for (var i = 0; i < outcome.Pointers.Length; i++)
                {
                    missing.Add(Locate(outcome.Pointers[i]));
                }

                context.CouldNotRun(missing);
                break;
            case ConditionOutcomeKind.Fail:
                decimal? difference = outcome.Difference.Length == 2
                    && TryValue(outcome.Difference[0], out var a) && TryValue(outcome.Difference[1], out var b)
                    ? a - b : null;
                var pointers = new string[outcome.Pointers.Length];
                for (var i = 0; i < pointers.Length; i++)
                {
                    pointers[i] = Locate(outcome.Pointers[i]).ToString();
                }

                var figures = FiguresOf(pointers, outcome.Pointers);
                var (zh, en) = ValidationMessages.DoesNotHoldHere(rule.TitleZh, rule.TitleEn, figures);
                context.Fail(zh, en, pointers, null, null, difference);
                break;
            case ConditionOutcomeKind.Sum:
                CheckSum(outcome);
                break;
            case ConditionOutcomeKind.LessOrEqual:
                CheckLessOrEqual(outcome);
                break;
            case ConditionOutcomeKind.Ratio:
                CheckRatio(outcome);
                break;
        }
    }

    private void CheckSum(CompiledOutcome outcome)
    {
        var missing = Locations();
        var hasTotal = TryFigure(outcome.Checked!, out var total);
        if (!hasTotal)
        {
            missing.Add(Locate(outcome.Checked!));
        }

        var terms = items ??= [];
        terms.Clear();
        var partial = false;
        for (var i = 0; i < outcome.Items.Length; i++)
        {
            var term = outcome.Items[i];
            if (term.When is { } when && !HoldsTerm(when))
            {
                partial = true;
                continue;
            }

            if (TryFigure(term.Reference, out var f))
            {
                terms.Add((f, term.Weight));
            }
            else
            {
                missing.Add(Locate(term.Reference));
            }
        }

        if (missing.Count > 0)
        {
            context.CouldNotRun(missing);
            return;
        }

        var label = new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn);
        if (partial && outcome.LowerBoundWhenPartial)
        {
            // An item left out by its `when` (session 36): the stated items are a lower bound of the total.
            context.CheckLowerBound(total, terms, label);
        }
        else
        {
            context.CheckSum(total, terms, label);
        }
    }

    private void CheckLessOrEqual(CompiledOutcome outcome)
    {
        var hasLesser = TryFigure(outcome.Checked!, out var lesser);
        var hasGreater = TryFigure(outcome.Greater!, out var greater);
        if (!hasLesser || !hasGreater)
        {
            var missing = Locations();
            if (!hasLesser)
            {
                missing.Add(Locate(outcome.Checked!));
            }

            if (!hasGreater)
            {
                missing.Add(Locate(outcome.Greater!));
            }

            context.CouldNotRun(missing);
            return;
        }

        context.CheckLessOrEqual(lesser, greater, new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn));
    }

    private void CheckRatio(CompiledOutcome outcome)
    {
        if (!TryPercent(outcome.Checked!, out var percentAt, out var percent))
        {
            context.NotApplicable();
            return;
        }

        var others = Locations();
        if (!Combine(outcome.Items, others, out var numerator) || !Combine(outcome.Denominator, others, out var denominator))
        {
            return;
        }

        if (outcome.Pointers.Length > 0)
        {
            others.Clear();
            for (var i = 0; i < outcome.Pointers.Length; i++)
            {
                others.Add(Locate(outcome.Pointers[i]));
            }
        }

        // The label names the two figures the rate was computed from, so a reviewer sees them (spec §4.15: wording
        // free); it is written only when the check records a diagnostic.
        context.CheckRatio(percentAt, percent, numerator, denominator, others, context.Rule);
    }

    /// <summary>
    /// Σ weight·figure of the terms, adding their locations once each; could not run names the first without a figure.
    /// Without <paramref name="found"/> nothing is recorded and no location is kept (the sum's value and interval only).
    /// </summary>
    private protected bool Combine(CompiledTerm[] terms, List<FactPointer>? found, out Figure sum)
    {
        if (terms.Length == 1 && terms[0].Weight == 1)
        {
            return One(terms[0].Reference, found, out sum);
        }

        if (!TryAdd(terms, found, out var value, out var range, out var inRange))
        {
            sum = default;
            return false;
        }

        sum = new Figure(found is { Count: > 0 } ? found[0] : FactPointer.Of(string.Empty), value, range, inRange);
        return true;
    }

    /// <summary>
    /// What <see cref="Combine"/> without locations gives as the sum's <see cref="Figure.Value"/> and
    /// <see cref="Figure.ValueInRange"/>, without adding up the interval (session 34): a check decided by its printed values
    /// (a ratio's numerator in the first pass) reads nothing else, and each term's interval was worked out from its decimals
    /// and added in decimal for nothing. False at the first term without a figure.
    /// </summary>
    private protected bool CombineValue(CompiledTerm[] terms, out decimal value, out bool inRange)
    {
        if (terms.Length == 1 && terms[0].Weight == 1)
        {
            // As One: a zero is added to 0 (its sign and scale as the sum's), any other value is the figure's own.
            if (!TryFigure(terms[0].Reference, out var only))
            {
                (value, inRange) = (0m, false);
                return false;
            }

            value = only.Value == 0m ? 0m + only.Value : only.Value;
            inRange = only.ValueInRange;
            return true;
        }

        value = 0m;
        inRange = terms.Length < Figure.ExactTerms;
        for (var i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (!TryFigure(term.Reference, out var f))
            {
                (value, inRange) = (0m, false);
                return false;
            }

            // The same additions as TryAdd's, in the same order, so the same value at the same scale.
            value += term.Weight == 1 ? f.Value : term.Weight * f.Value;
            inRange &= f.ValueInRange && (term.Weight == 1 || term.Weight == -1);
        }

        return true;
    }

    /// <summary>
    /// A sum of one term of weight 1 is its figure (0 + x is x, at x's scale; [0, 0] + its interval is its interval), so
    /// its interval is left for a check to work out if it needs it (session 14). A zero — which could carry a sign the
    /// sum would drop — is added up as before.
    /// </summary>
    private bool One(ConditionReference reference, List<FactPointer>? found, out Figure sum)
    {
        if (!TryFigure(reference, out var only))
        {
            if (found is not null)
            {
                context.CouldNotRun(Locate(reference));
            }

            sum = default;
            return false;
        }

        if (found is not null && !Contains(found, only.Location))
        {
            found.Add(only.Location);
        }

        var at = found is not null ? found[0] : only.Location;
        if (only.Value == 0m)
        {
            var inRange = only.ValueInRange;
            sum = new Figure(at, 0m + only.Value, DecimalInterval.Exact(0m) + only.Range, inRange);
            return true;
        }

        sum = only.At(at);
        return true;
    }

    private static bool Contains(List<FactPointer> found, FactPointer location)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].SameAs(location))
            {
                return true;
            }
        }

        return false;
    }
}
