using System.Collections;
using PublicFinance.FinalAccounts.Validation.Rules;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Decides and records a condition relation over its typed anchors without the fact index (无索引的条件判定; sessions 24–25):
/// the generated walk (<see cref="CompiledAnchors"/>) keeps the path from the report to where it stands (each member's or
/// element's value and token) and hands each anchor to the generated decider; the chosen case's outcome is recorded by the
/// interpreter's own recording (<see cref="ConditionRun"/>), its figures read from the model by the contract's getters and
/// its pointers written from the path — the same messages, pointers and order as over the index.
/// </summary>
/// <remarks>
/// Two passes at most. The first decides every anchor and records nothing: a case that just counts is counted, a check
/// that its printed values pass (what the context's checks decide first) is counted as passed, and anything else (a
/// finding, could not run, a check the values do not settle) marks the relation for recording. A leaf the decider hands
/// back, an anchor of another type, a sum term with a condition, or an absent part the walk cannot place stops the walk
/// with nothing recorded, and the interpreter evaluates the whole relation over the index. When the first pass is not
/// enough, the second walks again and records every anchor's outcome in document order, with pointer texts.
/// </remarks>
internal sealed class TypedAnchorRun : ConditionRun, IConditionLeaves
{
    // One per thread, reused by every relation of every validation (it holds nothing of a report between relations).
    [ThreadStatic]
    private static TypedAnchorRun? spare;

    [ThreadStatic]
    private static int handedBackOnThread;

    [ThreadStatic]
    private static int sharedWalksOnThread;

    [ThreadStatic]
    private static int replaysOnThread;

    private readonly List<(Figure, int)> terms = [];
    private CompiledCase[] cases = [];
    private CompiledDecider decider = null!;
    // The relation's generated ratio reader (session 35), null when none was generated or the options turn it off.
    private CompiledRatio? ratios;
    // The walk's path: path[0].Value is the report, path[d].Value the value at depth d, reached by the member path[d].Name
    // or (Name null) the element path[d].Index of the list at d - 1. One array of structs (session 26): a store into it is
    // no covariant array store (an object[] store checks the element's type), and a step's three parts sit together.
    private Step[] path = new Step[16];
    private int depth;
    private int deepest;
    private int anchorDepth;
    // A relative reference's steps below the path (values and their pointer suffixes), resolved per use.
    private object?[] below = new object?[4];
    private string[] belowSuffixes = new string[4];
    private bool handedBack;
    private bool recording;
    // Whether places are written as pointer text (the second pass, for an anchor whose outcome is not a plain count).
    private bool texts;
    // The pointer text of the current anchor's path, made once per anchor when a text needs it.
    private string? anchorText;
    private bool needsRecording;
    // The shared walk's trace being recorded (session 27), and the first step of the path written since the last anchor.
    private AnchorTraces.Trace? tracing;
    private int dirty;
    private int passed;
    private int notApplicable;
    // The plan's anchor-name tests per leaf (session 35), and the last `within` answer kept while the ancestors it read are
    // unchanged: withinLeaf its leaf (-1: none), withinScanned the deepest ancestor read, withinFirst the first depth named
    // so (0: none down to withinScanned, which then ends there); changedFrom the shallowest depth written since.
    private AnchorNameTest[] nameTests = [];
    private int withinLeaf;
    private int withinScanned;
    private int withinFirst;
    private int changedFrom;

    /// <summary>The outcome of a check decided by its printed values in the first pass.</summary>
    private enum Plain
    {
        /// <summary>Not settled by the values: the relation is recorded in a second pass.</summary>
        No,

        /// <summary>Passed by its printed values.</summary>
        Passed,

        /// <summary>Not applicable (a ratio without its stated percentage).</summary>
        NotApplicable,
    }

    /// <summary>One step of the walk's path: the value entered, by its member's name or (name null) its element's index.</summary>
    internal struct Step
    {
        /// <summary>The value entered.</summary>
        public object? Value;

        /// <summary>The member's contract name; null for a list's element.</summary>
        public string? Name;

        /// <summary>The element's index (when <see cref="Name"/> is null).</summary>
        public int Index;
    }

    /// <inheritdoc/>
    public object? Parent => anchorDepth > 0 ? path[anchorDepth - 1].Value : null;

    /// <inheritdoc/>
    public object? Root => context.Report;

    /// <inheritdoc/>
    public UnitType UnitType => context.Options.UnitType;

    /// <inheritdoc/>
    public InputScope Scope => context.Scope;

    /// <summary>How many relations the typed run handed back to the interpreter on this thread (a counter for the tests).</summary>
    internal static int HandedBackOnThread => handedBackOnThread;

    /// <summary>How many walks of a shared <c>/**/name</c> template were run on this thread, not replayed (for the tests).</summary>
    internal static int SharedWalksOnThread => sharedWalksOnThread;

    /// <summary>How many recorded walks were replayed on this thread (for the tests).</summary>
    internal static int ReplaysOnThread => replaysOnThread;

    /// <summary>
    /// Decides every anchor of a relation by its generated walk and decider and records the outcomes; true when that decided
    /// the relation, false when nothing was recorded and the interpreter must evaluate it.
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="relation">The relation.</param>
    /// <param name="plan">The relation's plan (its cases).</param>
    /// <param name="decider">The relation's generated decider.</param>
    /// <param name="walk">The relation's generated anchor walk.</param>
    /// <returns>Whether the relation was decided.</returns>
    public static bool TryDecide(
        ValidationContext context, ConditionRelation relation, ConditionPlan plan, CompiledDecider decider, CompiledAnchors walk)
    {
        var run = spare ?? new TypedAnchorRun();
        spare = null;
        run.Begin(context, relation, plan);
        run.cases = plan.Cases;
        run.decider = decider;
        run.ratios = context.Options.CompiledRatioReads ? plan.TypedRatios : null;
        run.nameTests = plan.AnchorNameTests;
        // The relations over one /**/name template walk the same generated methods: the first walk of the validation is
        // recorded, the others replay it (session 27).
        var trace = plan.AnyDepth && !plan.AmountsOnly && plan.AnyDepthName is not null
            ? context.AnchorTraces.For(relation.For) : null;
        try
        {
            run.Start(recording: false);
            if (!run.Walk(walk, trace))
            {
                handedBackOnThread++;
                return false;
            }

            if (run.needsRecording)
            {
                // The second pass records every anchor in order; it meets the same anchors and cases as the first.
                run.Start(recording: true);
                run.Walk(walk, trace);
                return true;
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
            Array.Clear(run.path, 0, run.deepest + 1);
            Array.Clear(run.below, 0, run.below.Length);
            run.terms.Clear();
            run.End();
            run.cases = [];
            run.decider = null!;
            run.ratios = null;
            run.nameTests = [];
            spare = run;
        }
    }

    /// <summary>The walk steps into a record's member (called by the generated walk).</summary>
    /// <param name="name">The member's contract name.</param>
    /// <param name="value">Its value.</param>
    public void Enter(string name, object value)
    {
        ref var step = ref Push(value);
        step.Name = name;
    }

    /// <summary>The walk steps into a list's element (called by the generated walk).</summary>
    /// <param name="index">The element's index.</param>
    /// <param name="value">Its value.</param>
    public void EnterAt(int index, object value)
    {
        ref var step = ref Push(value);
        step.Name = null;
        step.Index = index;
    }

    /// <summary>The walk steps back up (called by the generated walk).</summary>
    public void Leave() => depth--;

    /// <summary>Decides the anchor the walk stands at (the last value entered; the report at the root).</summary>
    /// <param name="anchor">The anchor's value.</param>
    /// <returns>Whether the walk may go on (false: the interpreter takes the relation over).</returns>
    public bool Decide(object anchor)
    {
        if (tracing is not null)
        {
            tracing.Add(path, dirty, depth);
            dirty = depth + 1;
        }

        anchorDepth = depth;
        // A new decision: every named figure of the previous anchor is stale by its stamp.
        decision++;
        var chosen = decider(anchor, this);
        if (handedBack)
        {
            return false;
        }

        if (chosen == CompiledRelations.NoCase)
        {
            Count(passedOne: false);
            return true;
        }

        if (chosen < 0)
        {
            return false;
        }

        var then = cases[chosen].Then;
        Plain plain;
        switch (then.Kind)
        {
            case ConditionOutcomeKind.Passed:
                plain = Plain.Passed;
                break;
            case ConditionOutcomeKind.NotApplicable:
                plain = Plain.NotApplicable;
                break;
            case ConditionOutcomeKind.Nothing:
                return true;
            case ConditionOutcomeKind.Sum:
                if (Array.Exists(then.Items, t => t.When is not null))
                {
                    // A term's condition is the interpreter's (no typed test of it here).
                    return false;
                }

                plain = PlainSum(then);
                break;
            case ConditionOutcomeKind.LessOrEqual:
                plain = PlainLessOrEqual(then);
                break;
            case ConditionOutcomeKind.Ratio:
                plain = PlainRatio(then, chosen, anchor);
                break;
            default:
                plain = Plain.No;
                break;
        }

        if (plain != Plain.No)
        {
            // Counted in either pass: counts commute with the findings recorded around them.
            Count(plain == Plain.Passed);
            return true;
        }

        if (!recording)
        {
            needsRecording = true;
            return true;
        }

        // The second pass records this anchor's outcome as the interpreter does, its places written as text: a new
        // decision, so that no named figure worked out without a location above is reused.
        decision++;
        texts = true;
        anchorText = null;
        try
        {
            Record(then);
        }
        finally
        {
            texts = false;
        }

        return true;
    }

    /// <summary>
    /// The template names a place that is absent (called by the generated walk): before its first wildcard, or anywhere when it
    /// has none — the relation's <c>whenAbsent</c> at <paramref name="pointer"/>, as the interpreter records it.
    /// </summary>
    /// <param name="pointer">The absent place's pointer (the template's text up to its first list, or the whole).</param>
    /// <returns>True (the walk ends: nothing follows an absent list).</returns>
    public bool Absent(string pointer) => AbsentAt(pointer, null);

    /// <summary>
    /// An anchor below the current element is absent (a null member after the template's last wildcard; called by the
    /// generated walk): the relation's <c>whenAbsent</c> at the path's pointer followed by <paramref name="suffix"/>.
    /// </summary>
    /// <param name="suffix">The rest of the template from the absent member (escaped, starting with <c>/</c>).</param>
    /// <returns>True (the walk goes on with the next element).</returns>
    public bool AbsentBelow(string suffix) => AbsentAt(null, suffix);

    /// <summary>
    /// A null element of the template's last list (called by the generated walk): the relation's <c>whenAbsent</c> at the
    /// element's pointer followed by <paramref name="suffix"/>, as the interpreter records an anchor below a null element.
    /// </summary>
    /// <param name="index">The element's index.</param>
    /// <param name="suffix">The rest of the template below the element (escaped; empty when the element is the anchor).</param>
    /// <returns>True (the walk goes on with the next element).</returns>
    public bool AbsentElement(int index, string suffix) =>
        AbsentAt(null, "/" + index.ToString(CultureInfo.InvariantCulture) + suffix);

    /// <summary>
    /// A leaf the generator left to the interpreter: a test of a place, a value or a text read from the model here (the
    /// anchor's own token or an ancestor's from the path, a relative or absolute place through the contract's getters), as
    /// the interpreter's tests decide it; anything else (a list look-up, an interval, an option, a named figure's text) is
    /// handed back — the walk stops and the interpreter decides the relation.
    /// </summary>
    /// <param name="leaf">The leaf's number.</param>
    /// <returns>The test's answer (discarded when handed back).</returns>
    public bool Holds(int leaf)
    {
        // The anchor's name tests first, as TryTest decides them (session 34: FA6001 asks two per amount of the report), read
        // from the plan's array (session 35).
        ref readonly var name = ref nameTests[leaf];
        switch (name.Kind)
        {
            case CompiledCondition.AnchorNamed:
                return NamedAt(anchorDepth, name);
            case CompiledCondition.AnchorWithin:
                return WithinAt(anchorDepth, leaf, name);
        }

        var c = plan.Leaves[leaf];
        if (c.Kind == CompiledConditionKind.Test && c.Reference is { } reference && TryTest(reference, c, out var holds))
        {
            return holds;
        }

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

    /// <inheritdoc/>
    private protected override FactPointer LocatePlace(ConditionReference reference) =>
        texts ? FactPointer.Of(Resolve(reference, text: true, out _)!) : default;

    /// <inheritdoc/>
    private protected override bool TryPlaceFigure(ConditionReference reference, out Figure figure)
    {
        Resolve(reference, text: false, out var value);
        switch (value)
        {
            case Amount a:
                figure = context.Figure(LocatePlace(reference), a);
                return true;
            case Quantity q:
                figure = context.Figure(LocatePlace(reference), q);
                return true;
            case int n:
                figure = ValidationContext.Count(LocatePlace(reference), n);
                return true;
            default:
                figure = default;
                return false;
        }
    }

    /// <inheritdoc/>
    private protected override bool TryPlaceValue(ConditionReference reference, out decimal value)
    {
        Resolve(reference, text: false, out var found);
        // A figure's value, else a stated percentage's (as the interpreter reads a figure first).
        value = found is Amount a ? a.Value : found is Quantity q ? q.Value : found is int n ? n : found is Percent p ? p.Value : 0m;
        return found is Amount or Quantity or int or Percent;
    }

    /// <inheritdoc/>
    private protected override bool TryPercent(ConditionReference reference, out FactPointer at, out Percent percent)
    {
        Resolve(reference, text: false, out var value);
        at = LocatePlace(reference);
        percent = value is Percent p ? p : default;
        return value is Percent;
    }

    /// <inheritdoc/>
    private protected override object? ValueAtPointer(string pointer) =>
        JsonPointer.TryParse(pointer, out var parsed) ? ContractValues.ValueAt(context.Report, parsed.Tokens) : null;

    /// <summary>
    /// A failure's figure read where its reference was resolved (session 34): the pointer text was written from the same
    /// path and steps (<see cref="Resolve"/>), so the value there is the one the reference names; a named figure's pointer
    /// is looked up. Parsing the text and walking the model from the report again was ≈ 1.5 % of the sample's validation
    /// for its one FA2009 finding.
    /// </summary>
    private protected override object? ValueOfFailure(ConditionReference reference, string pointer) =>
        reference.Kind == ConditionReferenceKind.Named ? ValueAtPointer(pointer) : Value(reference);

    /// <inheritdoc/>
    private protected override bool HoldsTerm(CompiledCondition when)
    {
        // Never reached: the first pass hands a sum with a term's condition back to the interpreter.
        handedBack = true;
        return false;
    }

    /// <summary>The interpreter's test of a leaf over the model; false (not decided) for a test left to the interpreter.</summary>
    private bool TryTest(ConditionReference reference, CompiledCondition c, out bool holds)
    {
        var token = c.Source.Value;
        var anchor = reference.Kind == ConditionReferenceKind.Anchor;
        var place = reference.Kind != ConditionReferenceKind.Named;
        switch (c.Source.Test)
        {
            case ConditionTest.Named when anchor:
                holds = NamedAt(anchorDepth, new AnchorNameTest(c));
                return true;
            case ConditionTest.Within when anchor:
                holds = Within(anchorDepth, 1, new AnchorNameTest(c)) != 0;
                return true;
            case ConditionTest.Present:
                holds = place ? anchor || Value(reference) is not null : Named(reference).Has;
                return true;
            case ConditionTest.NonBlank when place:
                holds = Value(reference) is string text && !string.IsNullOrWhiteSpace(text);
                return true;
            case ConditionTest.ContainsAmount when place:
                holds = ContractValues.AnyBelow<Amount>(Value(reference));
                return true;
            case ConditionTest.Amount when place:
                holds = Value(reference) is Amount;
                return true;
            case ConditionTest.TextEquals when place:
                holds = ValueText(Value(reference)) is { } equal && string.Equals(equal, token, StringComparison.Ordinal);
                return true;
            case ConditionTest.StartsWith when place && token is not null:
                holds = ValueText(Value(reference)) is { } start && start.StartsWith(token, StringComparison.Ordinal);
                return true;
            case ConditionTest.Length when place && c.HasConstant:
                holds = ValueText(Value(reference)) is { } sized && sized.Length == (int)c.Constant;
                return true;
            case ConditionTest.SameAs when place && c.Other is { Kind: not ConditionReferenceKind.Named } other:
                holds = ValueText(Value(reference)) is { } same && string.Equals(same, ValueText(Value(other)), StringComparison.Ordinal);
                return true;
            case ConditionTest.Zero:
                holds = TryValue(reference, out var zero) && zero == 0m;
                return true;
            case ConditionTest.NonZero:
                holds = TryValue(reference, out var nonZero) && nonZero != 0m;
                return true;
            case ConditionTest.Positive:
                holds = TryValue(reference, out var positive) && positive > 0m;
                return true;
            case ConditionTest.Negative:
                holds = TryValue(reference, out var negative) && negative < 0m;
                return true;
            case ConditionTest.ValueEquals when c.HasConstant:
                holds = TryValue(reference, out var equals) && equals == c.Constant;
                return true;
            case ConditionTest.LessThan when c.Other is { } bound:
                holds = TryValue(reference, out var lesser) && TryValue(bound, out var greater) && lesser < greater;
                return true;
            default:
                holds = false;
                return false;
        }
    }

    /// <summary>The value a reference that is not a named figure names (null when absent).</summary>
    private object? Value(ConditionReference reference)
    {
        Resolve(reference, text: false, out var value);
        return value;
    }

    /// <summary>Starts a pass: at the report, nothing counted.</summary>
    private void Start(bool recording)
    {
        this.recording = recording;
        texts = false;
        anchorText = null;
        depth = 0;
        path[0].Value = context.Report;
        handedBack = false;
        needsRecording = false;
        passed = 0;
        notApplicable = 0;
        withinLeaf = -1;
    }

    private ref Step Push(object value)
    {
        depth++;
        if (depth == path.Length)
        {
            Array.Resize(ref path, depth * 2);
        }

        if (depth > deepest)
        {
            deepest = depth;
        }

        if (depth < dirty)
        {
            dirty = depth;
        }

        if (depth < changedFrom)
        {
            changedFrom = depth;
        }

        ref var step = ref path[depth];
        step.Value = value;
        return ref step;
    }

    /// <summary>
    /// Runs the relation's walk, or replays its template's trace when a walk of this validation recorded it (session 27); with
    /// a trace not yet recorded, records this walk into it (kept when the walk went to its end).
    /// </summary>
    private bool Walk(CompiledAnchors walk, AnchorTraces.Trace? trace)
    {
        if (trace is null)
        {
            return walk(context.Report, this);
        }

        if (trace.Complete)
        {
            replaysOnThread++;
            return Replay(trace);
        }

        sharedWalksOnThread++;
        tracing = trace;
        dirty = 1;
        try
        {
            var done = walk(context.Report, this);
            if (done && tracing is not null)
            {
                trace.Finish();
            }
            else
            {
                trace.Discard();
            }

            return done;
        }
        finally
        {
            tracing = null;
        }
    }

    /// <summary>
    /// Decides a recorded walk's anchors in order, each with the path the walk had at it (the steps that changed since the
    /// anchor before copied back): what the walk would do, without visiting the model; false when a decision stops it.
    /// </summary>
    private bool Replay(AnchorTraces.Trace trace)
    {
        var steps = trace.Steps;
        for (var i = 0; i < trace.Count; i++)
        {
            ref readonly var entry = ref trace.At(i);
            var at = entry.Depth;
            if (at >= path.Length)
            {
                Array.Resize(ref path, Math.Max(path.Length * 2, at + 1));
            }

            for (int d = entry.From, s = entry.Start; d <= at; d++, s++)
            {
                path[d] = steps[s];
            }

            if (entry.From < changedFrom)
            {
                changedFrom = entry.From;
            }

            depth = at;
            if (at > deepest)
            {
                deepest = at;
            }

            if (!Decide(path[at].Value!))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts an anchor not applicable (or passed), or records it in the second pass.</summary>
    private void Count(bool passedOne)
    {
        if (recording)
        {
            if (passedOne)
            {
                context.Pass();
            }
            else
            {
                context.NotApplicable();
            }
        }
        else if (passedOne)
        {
            passed++;
        }
        else
        {
            notApplicable++;
        }
    }

    private bool AbsentAt(string? pointer, string? suffix)
    {
        // No /**/name walk records an absent place; were one to, its trace would not say so: it is walked every time.
        tracing?.Discard();
        tracing = null;
        switch (relation.WhenAbsent)
        {
            case AbsentAnchor.NotApplicable:
                Count(passedOne: false);
                break;
            case AbsentAnchor.CouldNotRun when recording:
                context.CouldNotRun(FactPointer.Of(pointer ?? PathText(depth) + suffix));
                break;
            case AbsentAnchor.CouldNotRun:
                needsRecording = true;
                break;
        }

        return true;
    }

    /// <summary>A sum the context's check would pass by its printed values (<see cref="ValuesFirst.PassesSum"/>).</summary>
    private Plain PlainSum(CompiledOutcome outcome)
    {
        if (!TryFigure(outcome.Checked!, out var total))
        {
            return Plain.No;
        }

        terms.Clear();
        foreach (var term in outcome.Items)
        {
            if (!TryFigure(term.Reference, out var f))
            {
                return Plain.No;
            }

            terms.Add((f, term.Weight));
        }

        return ValuesFirst.PassesSum(context, total, terms) ? Plain.Passed : Plain.No;
    }

    /// <summary>An inequality the context's check passes by its printed values (values first, session 14).</summary>
    private Plain PlainLessOrEqual(CompiledOutcome outcome)
    {
        var options = context.Options;
        return TryFigure(outcome.Checked!, out var lesser) && TryFigure(outcome.Greater!, out var greater)
            && options.ValuesFirst && !options.RecordVerifications && lesser.ValueInRange && greater.ValueInRange
            && lesser.Value <= greater.Value ? Plain.Passed : Plain.No;
    }

    /// <summary>
    /// A ratio the context's check passes by its printed values in scaled integers (<see cref="ScaledRatio.Within"/>, the
    /// first test of <c>ValidationContext.CheckRatio</c>), or one it finds not applicable: no stated percentage, or a
    /// denominator of zero or whose interval holds zero.
    /// </summary>
    /// <remarks>
    /// The figures are read by the relation's generated reader when it has one for the chosen case (session 35: typed
    /// members, no boxing, no step walk), else through the general references — the oracle the reader must agree with.
    /// </remarks>
    private Plain PlainRatio(CompiledOutcome outcome, int chosen, object anchor)
    {
        if (ratios is not null)
        {
            switch (ratios(anchor, Parent, chosen, context.Options.Rounding, out var reads))
            {
                case CompiledRelations.RatioNoPercent:
                    return Plain.NotApplicable;
                case CompiledRelations.RatioMissing:
                    return Plain.No;
                case CompiledRelations.RatioRead:
                    return PlainRatio(reads.Percent, reads.Numerator, reads.NumeratorInRange, reads.Denominator);
            }
        }

        if (!TryPercent(outcome.Checked!, out _, out var percent))
        {
            return Plain.NotApplicable;
        }

        // The numerator's value only (its interval is never read here); the denominator's interval may be (holds zero).
        if (!CombineValue(outcome.Items, out var numerator, out var numeratorInRange)
            || !Combine(outcome.Denominator, null, out var denominator))
        {
            return Plain.No;
        }

        return PlainRatio(percent, numerator, numeratorInRange, denominator);
    }

    /// <summary>A ratio's first test over its figures read (<see cref="PlainRatio(CompiledOutcome, int, object)"/>).</summary>
    private Plain PlainRatio(Percent percent, decimal numerator, bool numeratorInRange, in Figure denominator)
    {
        var options = context.Options;
        if (denominator.Value == 0m || denominator.RangeHoldsZero())
        {
            // The context's check neither passes by values nor divides by an interval that holds zero: not applicable (it is
            // the zero-base rule's business), recorded before any verification, whatever the options.
            return Plain.NotApplicable;
        }

        if (!options.ValuesFirst || options.RecordVerifications || !options.ScaledArithmetic || !numeratorInRange
            || !denominator.ValueInRange)
        {
            return Plain.No;
        }

        var mode = options.Rounding == RoundingMode.Truncation ? RoundingMode.Truncation : RoundingMode.RoundToNearest;
        return ScaledRatio.Within(numerator, denominator.Value, percent.Value, percent.Decimals, mode) == true
            ? Plain.Passed : Plain.No;
    }

    /// <summary>
    /// Where a reference that is not a named figure points: its value (null when absent) and, when asked, its pointer text —
    /// a relative reference's steps followed as the interpreter follows them over nodes (down by member or element while
    /// present, then the rest as written; <c>..</c> up).
    /// </summary>
    private string? Resolve(ConditionReference reference, bool text, out object? value)
    {
        switch (reference.Kind)
        {
            case ConditionReferenceKind.Anchor:
                value = path[anchorDepth].Value;
                return text ? anchorText ??= PathText(anchorDepth) : null;
            case ConditionReferenceKind.Absolute:
                value = AbsolutePath(reference)?.ValueAt(context.Report);
                return reference.Text;
        }

        var up = anchorDepth;
        var down = 0;
        string? rest = null;
        var steps = reference.Steps;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (step.Up)
            {
                if (rest is not null)
                {
                    rest = JsonPointer.ParentOf(rest);
                    rest = rest.Length == 0 ? null : rest;
                }
                else if (down > 0)
                {
                    down--;
                }
                else if (up > 0)
                {
                    up--;
                }

                continue;
            }

            if (rest is null && step.Name is not null
                && Child(down > 0 ? below[down - 1] : path[up].Value, reference, i, step.Name) is { } child)
            {
                if (down == below.Length)
                {
                    Array.Resize(ref below, down * 2);
                    Array.Resize(ref belowSuffixes, down * 2);
                }

                below[down] = child;
                belowSuffixes[down] = step.Suffix;
                down++;
                continue;
            }

            rest = rest is null ? step.Suffix : rest + step.Suffix;
        }

        value = rest is not null ? null : down > 0 ? below[down - 1] : path[up].Value;
        if (!text)
        {
            return null;
        }

        var pointer = new System.Text.StringBuilder(up == anchorDepth ? anchorText ??= PathText(up) : PathText(up));
        for (var i = 0; i < down; i++)
        {
            pointer.Append(belowSuffixes[i]);
        }

        return pointer.Append(rest).ToString();
    }

    /// <summary>An absolute reference's path through the model, parsed once (null when its text is no pointer).</summary>
    private static ContractPath? AbsolutePath(ConditionReference reference)
    {
        if (reference.Path is { } path)
        {
            return path;
        }

        if (!JsonPointer.TryParse(reference.Text, out var parsed))
        {
            return null;
        }

        return reference.Path = new ContractPath(parsed.Tokens);
    }

    /// <summary>
    /// A record's member by its contract name (the getter kept on the reference's step per record type) or a list's
    /// element by its index; null when absent or below a scalar — what the index's child of a node holds.
    /// </summary>
    private static object? Child(object? value, ConditionReference reference, int step, string name)
    {
        if (value is null)
        {
            return null;
        }

        // A record's getter known for this step and type first (session 26): only a record's type is ever remembered (a
        // text, a value type or a list returns below before its type is), so a hit takes the branch the tests below would.
        var type = value.GetType();
        var getters = reference.Getters ??= new TypedStep?[reference.Steps.Length];
        for (var known = getters[step]; known is not null; known = known.Next)
        {
            if (ReferenceEquals(known.Type, type))
            {
                return known.Get?.Invoke(value);
            }
        }

        if (value is string || type.IsValueType)
        {
            return null;
        }

        if (value is IEnumerable list)
        {
            if (!JsonPointer.TryParseIndex(name.AsSpan(), out var index))
            {
                return null;
            }

            if (list is IReadOnlyList<object> elements)
            {
                return index < elements.Count ? elements[index] : null;
            }

            return ContractValues.ValueAt(value, [name]);
        }

        var get = ContractValues.Getter(value, name);
        getters[step] = new TypedStep(type, get, getters[step]);
        return get?.Invoke(value);
    }

    /// <summary>The pointer text of the path down to <paramref name="at"/> (escaped tokens; the root's is empty).</summary>
    private string PathText(int at)
    {
        if (at == 0)
        {
            return string.Empty;
        }

        var pointer = new System.Text.StringBuilder();
        for (var d = 1; d <= at; d++)
        {
            pointer.Append('/');
            if (path[d].Name is { } name)
            {
                pointer.Append(JsonPointer.Escape(name));
            }
            else
            {
                pointer.Append(path[d].Index.ToString(CultureInfo.InvariantCulture));
            }
        }

        return pointer.ToString();
    }

    /// <summary>Whether the anchor at depth <paramref name="at"/> is named by the test's value (<c>named</c>; the root by none).</summary>
    private bool NamedAt(int at, in AnchorNameTest test)
    {
        var token = test.Token;
        return at == 0 ? token is null : token is not null && TokenEquals(at, token, test.Escapes, test.Index);
    }

    /// <summary>
    /// Whether an ancestor of the anchor at depth <paramref name="at"/>, below the root, is named by the test's value. The
    /// ancestors read for the last anchor and not written since are not read again (session 35: an amount's siblings share
    /// them): the first ancestor named so, or that none is down to the depth read, still holds for them.
    /// </summary>
    private bool WithinAt(int at, int leaf, in AnchorNameTest test)
    {
        if (test.Token is null)
        {
            return false;
        }

        // The ancestors 1..valid are as they were when last read for this leaf.
        var valid = withinLeaf == leaf ? Math.Min(withinScanned, changedFrom - 1) : 0;
        withinLeaf = leaf;
        changedFrom = int.MaxValue;
        if (withinFirst != 0 && withinFirst <= valid)
        {
            // The first ancestor named so is unchanged, with none above it.
            withinScanned = withinFirst;
            return withinFirst < at;
        }

        var first = Within(at, valid + 1, test);
        withinFirst = first;
        withinScanned = first != 0 ? first : Math.Max(valid, at - 1);
        return first != 0;
    }

    /// <summary>
    /// The first depth from <paramref name="from"/> above the anchor's (at <paramref name="at"/>) named by the test, or 0.
    /// </summary>
    private int Within(int at, int from, in AnchorNameTest test)
    {
        if (test.Token is not { } token)
        {
            return 0;
        }

        for (var d = from; d < at; d++)
        {
            if (TokenEquals(d, token, test.Escapes, test.Index))
            {
                return d;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether the token of the path at depth <paramref name="at"/> is <paramref name="token"/> (escaped, as written;
    /// <paramref name="index"/> the token read as a list's index, -1 when it is none).
    /// </summary>
    private bool TokenEquals(int at, string token, int escapes, int index)
    {
        if (path[at].Name is not { } name)
        {
            return index >= 0 && index == path[at].Index;
        }

        // Escape(name) == token without escaping every name compared (session 26: the escapes were ≈ 40 % of FA6001): a name
        // equal to the token is its own escape only when it holds neither '~' nor '/'; a name that differs from the token can
        // still escape to it only when it holds one of them — its escape, hence the token, then holds a '~' and is longer.
        if (string.Equals(name, token, StringComparison.Ordinal))
        {
            return escapes == 0;
        }

        return (escapes & CompiledCondition.TokenTilde) != 0 && token.Length > name.Length
            && string.Equals(JsonPointer.Escape(name), token, StringComparison.Ordinal);
    }
}
