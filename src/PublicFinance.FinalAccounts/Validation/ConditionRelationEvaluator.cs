using System.Runtime.CompilerServices;
using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Evaluates a <see cref="ConditionRelation"/> (条件检查求值), normatively spec §4.15: anchors, references, named figures,
/// conditions and outcomes. Works on pointer text; findings use the rule's generic bilingual messages.
/// </summary>
internal static partial class ConditionRelationEvaluator
{
    private const string AnyDepth = "/**";
    private const string CodeMember = "code";
    private const string NameMember = "name";

    public static void Evaluate(ValidationContext context, ConditionRelation relation) =>
        Evaluate(context, relation, ConditionPlan.Of(relation));

    public static void Evaluate(ValidationContext context, ConditionRelation relation, ConditionPlan plan)
    {
        // The anchors walked typed, decided by the generated decider and recorded from the model (sessions 24–25): no index
        // read; when the typed run hands the relation back nothing was recorded and the run below evaluates it over the
        // index. Once a rule of this validation has built the index the interpreter reads it at no extra cost and is the
        // cheaper of the two (the typed reads box each figure: docs/performance.md, session 25), so it decides.
        if (context.Options.CompiledRelations && !context.AnyDeclaredEmpty && !context.FactsBuilt && plan.TypedAnchors is { } walk
            && plan.Decider is { } decider && TypedAnchorRun.TryDecide(context, relation, plan, decider, walk))
        {
            return;
        }

        // One run per thread, reset for each relation (its arrays and lists reused): a relation's fixed cost is then its
        // decisions, not seven allocations (73 condition relations per validation of the catalogue).
        var run = Run.Rent(context, relation, plan);
        try
        {
            Evaluate(context, relation, plan, run);
        }
        finally
        {
            Run.Return(run);
        }
    }

    private static void Evaluate(ValidationContext context, ConditionRelation relation, ConditionPlan plan, Run run)
    {
        var facts = context.Facts;
        if (relation.For.Length == 0)
        {
            run.Decide(ReportFacts.Root);
            return;
        }

        if (plan.AnyDepth)
        {
            if (plan.AnyDepthName is { } name)
            {
                // The records named so, in document order: found once per index and name (13 relations share 2 names).
                foreach (var node in facts.RecordsNamed(name, context.Options.AnchorsByType))
                {
                    run.Decide(node);
                }

                return;
            }

            if (plan.AmountsOnly)
            {
                // The first case leaves every anchor but an amount alone (FA6001): the amounts' own chain, in document order.
                foreach (var node in facts.NodesOfType<Amount>())
                {
                    run.Decide(node);
                }

                return;
            }

            // Every scalar below the root in document order (a walk of the nodes: no list, no pointer text).
            for (var node = facts.NextInDocumentOrder(ReportFacts.Root); node >= 0; node = facts.NextInDocumentOrder(node))
            {
                if (facts.IsScalar(node))
                {
                    run.Decide(node);
                }
            }

            return;
        }

        var expansions = Expansions.Rent();
        try
        {
            var listMissing = plan.Anchors!.Expand(facts, [], expansions, out var missing);
            for (var i = 0; i < expansions.Count; i++)
            {
                var location = expansions.LocationAt(i);
                if (location.Node < 0)
                {
                    Absent(context, relation.WhenAbsent, location);
                    continue;
                }

                run.Decide(location.Node);
            }

            if (expansions.Count == 0 && listMissing && facts.ListCount(missing.ToString()) < 0)
            {
                Absent(context, relation.WhenAbsent, missing);
            }
        }
        finally
        {
            Expansions.Return(expansions);
        }
    }

    /// <summary>The anchors' template and every absolute pointer a relation names (for the tables a rule needs).</summary>
    public static IEnumerable<string> AbsoluteReferences(ConditionRelation relation)
    {
        var found = new List<string> { relation.For };
        void Add(string? reference)
        {
            if (reference is not null && reference.StartsWith("/", StringComparison.Ordinal))
            {
                found.Add(reference);
            }
        }

        void Terms(IEnumerable<ConditionTerm> terms)
        {
            foreach (var t in terms)
            {
                Add(t.Pointer);
                Walk(t.When);
            }
        }

        void Walk(Condition? c)
        {
            if (c is null)
            {
                return;
            }

            Add(c.Pointer);
            Add(c.Other);
            Walk(c.Not);
            foreach (var inner in c.AllOf.Concat(c.AnyOf))
            {
                Walk(inner);
            }
        }

        foreach (var figure in relation.Figures)
        {
            figure.FirstOf.ToList().ForEach(Add);
            Terms(figure.Sum);
        }

        foreach (var c in relation.Cases)
        {
            Walk(c.When);
            var o = c.Then;
            o.Pointers.Concat(o.Difference).Append(o.Checked).Append(o.Greater).ToList().ForEach(Add);
            Terms(o.Items.Concat(o.Denominator));
        }

        return found;
    }

    private static void Absent(ValidationContext context, AbsentAnchor whenAbsent, FactPointer location)
    {
        switch (whenAbsent)
        {
            case AbsentAnchor.NotApplicable:
                context.NotApplicable();
                break;
            case AbsentAnchor.CouldNotRun:
                context.CouldNotRun(location);
                break;
        }
    }


    /// <summary>The family of a test: which method decides it.</summary>
    private static ConditionTestFamily FamilyOf(ConditionTest test)
    {
        switch (test)
        {
            case ConditionTest.Present:
            case ConditionTest.NonBlank:
            case ConditionTest.NonEmpty:
            case ConditionTest.ContainsAmount:
            case ConditionTest.Amount:
            case ConditionTest.Named:
            case ConditionTest.Within:
                return ConditionTestFamily.Place;
            case ConditionTest.Zero:
            case ConditionTest.NonZero:
            case ConditionTest.Positive:
            case ConditionTest.Negative:
            case ConditionTest.ValueEquals:
            case ConditionTest.LessThan:
                return ConditionTestFamily.Value;
            case ConditionTest.TextEquals:
            case ConditionTest.SameAs:
            case ConditionTest.StartsWith:
            case ConditionTest.Length:
                return ConditionTestFamily.Text;
            case ConditionTest.PrefixOfRow:
            case ConditionTest.CodeListedIn:
            case ConditionTest.NameListedIn:
                return ConditionTestFamily.List;
            case ConditionTest.Meets:
            case ConditionTest.UpperAbove:
            case ConditionTest.UpperBelow:
            case ConditionTest.LowerBelow:
            case ConditionTest.Covers:
                return ConditionTestFamily.Range;
            default:
                return ConditionTestFamily.Unknown;
        }
    }

    /// <summary>An enum value by its JSON name (camelCase, as the contract writes it; §4.11).</summary>
    private static string EnumText(Enum value) => EnumNames.Name(value);

    /// <summary>
    /// The evaluation of one relation over its anchors: compiled references resolved from the anchor's node (a node, or an
    /// absent place below its nearest present ancestor — no pointer text), named figures per anchor, absolute references
    /// once per evaluation, the lookups of lists. Pointer text is written only for a finding, a verification or a "could
    /// not run" entry.
    /// </summary>
    private sealed partial class Run : ConditionRun, IConditionLeaves
    {
        /// <summary>Slots beyond this many are not kept for the next relation (the catalogue's relations use a few).</summary>
        private const int MaxKeptSlots = 256;

        // The run a thread reuses (taken while a relation is evaluated, so a nested evaluation makes its own).
        [ThreadStatic]
        private static Run? spare;

        private ReportFacts facts = null!;
        // The arrays are at least as long as the plan needs; only the plan's first slots are used. A slot's value is
        // current when its stamp equals the run's counter (namedAt, relativeAt: the decision; absoluteAt: the evaluation):
        // the counters only grow while the run is reused, so no stamp array is cleared per relation or per anchor
        // (session 23: the clears were a fixed cost of every relation and every anchor).
        private FactPointer[] absolute = [];
        private int[] absoluteAt = [];
        // Relative references resolved for the current anchor (its cases test the same members again and again).
        private FactPointer[] relative = [];
        private int[] relativeAt = [];
        // Whether the plan's delegates decide (ConditionDelegates); they are made only when a case is decided without a
        // generated decider (most relations have one, session 21), not on every evaluation.
        private bool delegates;
        private Dictionary<(string List, string What, int Length), HashSet<string>>? lookups;
        private string? unitTypeText;
        private string? scopeText;
        private int anchor;
        // The relation's generated decider (session 21); null when the interpreter decides (the oracle, or none generated).
        private CompiledDecider? decider;

        /// <summary>A run for one evaluation of a relation: the thread's spare one, reset, or a new one.</summary>
        public static Run Rent(ValidationContext context, ConditionRelation relation, ConditionPlan plan)
        {
            var run = spare ?? new Run();
            spare = null;
            run.Begin(context, relation, plan);
            run.facts = context.Facts;
            run.whens = null;
            run.delegates = context.Options.ConditionDelegates;
            // A decider generated from the relation's data (session 21); an index with a table declared empty keeps the
            // interpreter, since an absent figure there reads as zero, which the typed member tests do not model.
            run.decider = context.Options.CompiledRelations && !context.AnyDeclaredEmpty ? plan.Decider : null;
            // Return emptied the value slots and the stamps are behind the counters: the arrays only need room.
            Fit(ref run.absolute, plan.AbsoluteCount);
            Fit(ref run.absoluteAt, plan.AbsoluteCount);
            Fit(ref run.relative, plan.RelativeCount);
            Fit(ref run.relativeAt, plan.RelativeCount);
            return run;
        }

        /// <summary>Gives a run back: emptied (it holds nothing of the report), kept unless it grew large.</summary>
        public static void Return(Run run)
        {
            Array.Clear(run.absolute, 0, run.plan.AbsoluteCount);
            Array.Clear(run.relative, 0, run.plan.RelativeCount);
            run.End();
            run.lookups = null;
            run.unitTypeText = null;
            run.scopeText = null;
            run.facts = null!;
            run.whens = null;
            run.decider = null;
            if (run.named.Length <= MaxKeptSlots && run.absolute.Length <= MaxKeptSlots && run.relative.Length <= MaxKeptSlots
                && run.ListsWithin(MaxKeptSlots))
            {
                spare = run;
            }
        }

        /// <inheritdoc/>
        private protected override void ClearStamps()
        {
            Array.Clear(absoluteAt, 0, absoluteAt.Length);
            Array.Clear(relativeAt, 0, relativeAt.Length);
        }


        /// <summary>A leaf of the plan's conditions decided by the interpreter at the current anchor (for a generated decider).</summary>
        public bool Holds(int leaf) => Holds(plan.Leaves[leaf]);

        /// <summary>The value of the current anchor's parent node (a generated decider reads named figures there).</summary>
        public object? Parent => facts.ValueOf(facts.ParentOf(anchor));

        /// <summary>The value of the index's root, the report (a generated decider reads absolute pointers from it).</summary>
        public object? Root => facts.ValueOf(ReportFacts.Root);

        /// <summary>The run's unit type (the <c>unitType</c> option, as <c>OptionText</c> reads it).</summary>
        public UnitType UnitType => context.Options.UnitType;

        /// <summary>The run's resolved input scope (the <c>scope</c> option, as <c>OptionText</c> reads it).</summary>
        public InputScope Scope => context.Scope;

        /// <summary>An amount's interval as <c>TryNumber</c> reads it (a figure's range under the run's rounding mode).</summary>
        public DecimalInterval Range(Amount amount) => context.Range(amount);

        /// <summary>A quantity's interval as <c>TryNumber</c> reads it.</summary>
        public DecimalInterval Range(Quantity quantity) => context.Range(quantity);

        /// <summary>A stated percentage's interval as <c>TryNumber</c> reads it.</summary>
        public DecimalInterval Range(Percent percent) => context.Range(percent);

        /// <summary>A count's interval as <c>TryNumber</c> reads it (a count is an exact figure).</summary>
        public DecimalInterval Range(int count) => DecimalInterval.Exact(count);

        public void Decide(int at)
        {
            anchor = at;
            // A new decision: every named figure and relative reference of the previous anchor is stale by its stamp.
            decision++;
            var cases = plan.Cases;
            if (decider is { } typed)
            {
                // The cases as typed code generated from the relation's data (session 21); a leaf it left to the
                // interpreter comes back through Holds(int); a value of another type is decided below.
                var chosen = typed(facts.ValueOf(at)!, this);
                if (chosen >= 0)
                {
                    Record(cases[chosen].Then);
                    return;
                }

                if (chosen == CompiledRelations.NoCase)
                {
                    context.NotApplicable();
                    return;
                }
            }

            if (delegates)
            {
                var compiled = whens ??= Program(plan);
                // The conditions compiled once per plan (session 15): a delegate per condition, no dispatch by kind or test.
                for (var i = 0; i < compiled.Length; i++)
                {
                    var when = compiled[i];
                    if (when is null || when(this))
                    {
                        Record(cases[i].Then);
                        return;
                    }
                }

                context.NotApplicable();
                return;
            }

            for (var i = 0; i < cases.Length; i++)
            {
                var c = cases[i];
                if (c.When is null || Holds(c.When))
                {
                    Record(c.Then);
                    return;
                }
            }

            context.NotApplicable();
        }

        // ---- references ------------------------------------------------------------------------------------------

        /// <summary>Where a reference that is not a named figure points at the current anchor: a node, or below one.</summary>
        private protected override FactPointer LocatePlace(ConditionReference reference)
        {
            switch (reference.Kind)
            {
                case ConditionReferenceKind.Anchor:
                    return FactPointer.At(facts, anchor);
                case ConditionReferenceKind.Absolute:
                    // The same place for every anchor: resolved once per evaluation.
                    if (absoluteAt[reference.Slot] != evaluation)
                    {
                        absolute[reference.Slot] = FactPointer.Resolve(facts, reference.Text);
                        absoluteAt[reference.Slot] = evaluation;
                    }

                    return absolute[reference.Slot];
            }

            if (relativeAt[reference.Slot] != decision)
            {
                relative[reference.Slot] = Walk(reference);
                relativeAt[reference.Slot] = decision;
            }

            return relative[reference.Slot];
        }

        /// <summary>Resolves a relative reference from the anchor: steps down by member or index, up by <c>..</c>.</summary>
        private FactPointer Walk(ConditionReference reference)
        {
            var node = anchor;
            string? rest = null;
            foreach (var step in reference.Steps)
            {
                if (step.Up)
                {
                    if (rest is not null)
                    {
                        rest = JsonPointer.ParentOf(rest);
                        rest = rest.Length == 0 ? null : rest;
                    }
                    else if (node > ReportFacts.Root)
                    {
                        node = facts.ParentOf(node);
                    }

                    continue;
                }

                if (rest is null)
                {
                    var child = step.Name is null ? -1 : facts.InternedChild(node, step.Name);
                    if (child >= 0)
                    {
                        node = child;
                        continue;
                    }
                }

                rest = rest is null ? step.Suffix : rest + step.Suffix;
            }

            return rest is null ? FactPointer.At(facts, node) : FactPointer.Below(facts, node, rest);
        }

        /// <summary>The node a reference names at the current anchor, or -1.</summary>
        private int NodeOf(ConditionReference reference) => Locate(reference).Node;

        /// <inheritdoc/>
        private protected override bool TryPlaceFigure(ConditionReference reference, out Figure figure) =>
            RelationEvaluator.TryFigure(context, Locate(reference), out figure);

        /// <inheritdoc/>
        private protected override bool TryPercent(ConditionReference reference, out FactPointer at, out Percent percent)
        {
            at = Locate(reference);
            return facts.TryGet(at.Node, out percent);
        }

        /// <inheritdoc/>
        private protected override object? ValueAtPointer(string pointer) => facts.ValueOf(facts.Find(pointer));

        /// <inheritdoc/>
        private protected override bool HoldsTerm(CompiledCondition when) => Holds(when);

        /// <summary>A figure, or a stated percentage with its interval (§2).</summary>
        private bool TryNumber(ConditionReference reference, out decimal value, out DecimalInterval range)
        {
            if (reference.Kind == ConditionReferenceKind.Named)
            {
                ref readonly var n = ref Named(reference);
                (value, range) = n.Has ? (n.Figure.Value, n.Figure.Range) : (0m, default);
                return n.Has;
            }

            // One resolution serves both readings (a figure, else a percentage).
            var location = Locate(reference);
            if (RelationEvaluator.TryFigure(context, location, out var figure))
            {
                (value, range) = (figure.Value, figure.Range);
                return true;
            }

            if (facts.TryGet<Percent>(location.Node, out var percent))
            {
                (value, range) = (percent.Value, context.Range(percent));
                return true;
            }

            (value, range) = (0m, default);
            return false;
        }

        /// <summary>The value of a figure or a stated percentage, without its interval (as <see cref="TryNumber"/> finds it).</summary>
        private protected override bool TryPlaceValue(ConditionReference reference, out decimal value)
        {
            var location = Locate(reference);
            if (RelationEvaluator.TryFigureValue(context, location, out value))
            {
                return true;
            }

            if (facts.TryGet<Percent>(location.Node, out var percent))
            {
                value = percent.Value;
                return true;
            }

            value = 0m;
            return false;
        }

        private bool Present(FactPointer location) => location.Node >= 0 || RelationEvaluator.TryFigure(context, location, out _);

        /// <summary>The text of a value: a string as written, an enum by its JSON name, a boolean as true/false (§4.11).</summary>
        private string? TextOf(ConditionReference reference) => ValueText(facts.ValueOf(NodeOf(reference)));

        // ---- conditions ------------------------------------------------------------------------------------------

        private bool Holds(CompiledCondition condition)
        {
            switch (condition.Kind)
            {
                case CompiledConditionKind.AllOf:
                    foreach (var child in condition.Children)
                    {
                        if (!Holds(child))
                        {
                            return false;
                        }
                    }

                    return true;
                case CompiledConditionKind.AnyOf:
                    foreach (var child in condition.Children)
                    {
                        if (Holds(child))
                        {
                            return true;
                        }
                    }

                    return false;
                case CompiledConditionKind.Not:
                    return !Holds(condition.Inner!);
                case CompiledConditionKind.Option:
                    return string.Equals(OptionText(condition.Source.Option!), condition.Source.Value, StringComparison.Ordinal);
                default:
                    return Test(condition.Reference!, condition);
            }
        }

        private string OptionText(string option) => option switch
        {
            "unitType" => unitTypeText ??= EnumText(context.Options.UnitType),
            "scope" => scopeText ??= EnumText(context.Scope),
            _ => throw new InvalidOperationException(ValidationMessages.UnknownConditionOption(option)),
        };

        // Each family of tests is a method of its own, never inlined: the dispatcher then has no locals (the out values,
        // intervals and located pointers of every test used to share its frame, cleared on each of the thousands of tests
        // of a validation).
        private bool Test(ConditionReference reference, CompiledCondition c) => FamilyOf(c.Source.Test) switch
        {
            ConditionTestFamily.Place => TestPlace(reference, c),
            ConditionTestFamily.Value => TestValue(reference, c),
            ConditionTestFamily.Text or ConditionTestFamily.List => TestText(reference, c),
            ConditionTestFamily.Range => TestRange(reference, c),
            _ => throw new InvalidOperationException(ValidationMessages.UnknownTest(c.Source.Test.ToString())),
        };

        /// <summary>The tests of a place: present, non-blank text, a non-empty list, an amount below, its name or an ancestor's.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool TestPlace(ConditionReference reference, CompiledCondition c)
        {
            switch (c.Source.Test)
            {
                case ConditionTest.Present:
                    return reference.Kind == ConditionReferenceKind.Named ? Named(reference).Has : Present(Locate(reference));
                case ConditionTest.NonBlank:
                    return facts.TryGet<string>(NodeOf(reference), out var text) && !string.IsNullOrWhiteSpace(text);
                case ConditionTest.NonEmpty:
                    return facts.ListCountOf(NodeOf(reference)) > 0;
                case ConditionTest.ContainsAmount:
                    return facts.AnyBelow<Amount>(NodeOf(reference));
                case ConditionTest.Amount:
                    return facts.ValueOf(NodeOf(reference)) is Amount;
                case ConditionTest.Named:
                    return LastTokenIs(Locate(reference), c.Source.Value);
                default:
                    return WithinToken(Locate(reference), c.Source.Value);
            }
        }

        /// <summary>The tests of a figure's value (as written): zero, non-zero, its sign, a constant, less than another.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool TestValue(ConditionReference reference, CompiledCondition c)
        {
            if (!TryValue(reference, out var value))
            {
                return false;
            }

            switch (c.Source.Test)
            {
                case ConditionTest.Zero:
                    return value == 0m;
                case ConditionTest.NonZero:
                    return value != 0m;
                case ConditionTest.Positive:
                    return value > 0m;
                case ConditionTest.Negative:
                    return value < 0m;
                case ConditionTest.ValueEquals:
                    return value == Constant(c);
                default:
                    return TryValue(c.Other!, out var other) && value < other;
            }
        }

        /// <summary>The tests of a value's text: equal to a constant or another's, its start, its length, listed in a list.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool TestText(ConditionReference reference, CompiledCondition c)
        {
            if (TextOf(reference) is not { } text)
            {
                return false;
            }

            switch (c.Source.Test)
            {
                case ConditionTest.TextEquals:
                    return string.Equals(text, c.Source.Value, StringComparison.Ordinal);
                case ConditionTest.SameAs:
                    return string.Equals(text, TextOf(c.Other!), StringComparison.Ordinal);
                case ConditionTest.StartsWith:
                    return text.StartsWith(c.Source.Value!, StringComparison.Ordinal);
                case ConditionTest.Length:
                    return text.Length == (int)Constant(c);
                case ConditionTest.PrefixOfRow:
                    return Lookup(c.Other!, Prefix, LengthOf(c)).Contains(text);
                case ConditionTest.CodeListedIn:
                    return Lookup(c.Other!, CodeMember, 0).Contains(text);
                default:
                    return Lookup(c.Other!, NameMember, 0).Contains(ClassificationCatalogue.NormalizeName(text));
            }
        }

        /// <summary>The tests of a figure's interval: meets another's, its bounds against a constant, covers a constant.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool TestRange(ConditionReference reference, CompiledCondition c)
        {
            if (!TryNumber(reference, out _, out var range))
            {
                return false;
            }

            switch (c.Source.Test)
            {
                case ConditionTest.Meets:
                    return TryNumber(c.Other!, out _, out var other) && range.Intersects(other);
                case ConditionTest.UpperAbove:
                    return range.Upper > Constant(c);
                case ConditionTest.UpperBelow:
                    return range.Upper < Constant(c);
                case ConditionTest.LowerBelow:
                    return range.Lower < Constant(c);
                default:
                    return range.Contains(Constant(c));
            }
        }

        private const string Prefix = "prefix";

        /// <summary>The value as a code length, read when the relation was compiled (else parsed, to throw as the parser does).</summary>
        private static int LengthOf(CompiledCondition c) =>
            c.HasLength ? c.Length : int.Parse(c.Source.Value!, CultureInfo.InvariantCulture);

        /// <summary>The value as a number, read when the relation was compiled (else parsed, to throw as the parser does).</summary>
        private static decimal Constant(CompiledCondition c) =>
            c.HasConstant ? c.Constant : decimal.Parse(c.Source.Value!, ConditionPlan.ConstantStyle, CultureInfo.InvariantCulture);

        /// <summary>Whether the last reference token of a location is <paramref name="token"/> (escaped, as in a pointer).</summary>
        private bool LastTokenIs(FactPointer location, string? token)
        {
            if (location.Node < 0)
            {
                var tokens = Tokens(location.ToString());
                return tokens.Length > 0 && string.Equals(tokens[tokens.Length - 1], token, StringComparison.Ordinal);
            }

            return NodeNamed(location.Node, token);
        }

        /// <summary>Whether a present node's own token is <paramref name="token"/> (the root has none).</summary>
        private bool NodeNamed(int node, string? token) =>
            node <= ReportFacts.Root ? token is null : token is not null && facts.TokenEquals(node, token);

        /// <summary>Whether a reference token other than the last of a location is <paramref name="token"/>.</summary>
        private bool WithinToken(FactPointer location, string? token)
        {
            if (location.Node < 0)
            {
                var tokens = Tokens(location.ToString());
                return tokens.Take(tokens.Length - 1).Contains(token, StringComparer.Ordinal);
            }

            return NodeWithin(location.Node, token);
        }

        /// <summary>Whether an ancestor of a present node (the node itself excluded) has the token <paramref name="token"/>.</summary>
        private bool NodeWithin(int node, string? token)
        {
            if (token is null)
            {
                return false;
            }

            var first = node > ReportFacts.Root ? facts.ParentOf(node) : ReportFacts.Root;
            for (var p = first; p > ReportFacts.Root; p = facts.ParentOf(p))
            {
                if (facts.TokenEquals(p, token))
                {
                    return true;
                }
            }

            return false;
        }

        private static string[] Tokens(string pointer) => pointer.Length == 0 ? [] : pointer.Substring(1).Split('/');

        /// <summary>
        /// The keys of a list's rows, made once per relation: <c>code</c> the codes; <c>name</c> the normalised names of the
        /// rows without a code; <c>prefix</c> every proper prefix of the codes of <paramref name="length"/> characters.
        /// </summary>
        private HashSet<string> Lookup(ConditionReference list, string what, int length)
        {
            lookups ??= [];
            if (lookups.TryGetValue((list.Text, what, length), out var keys))
            {
                return keys;
            }

            keys = new HashSet<string>(StringComparer.Ordinal);
            var node = NodeOf(list);
            for (var i = 0; i < facts.ListCountOf(node); i++)
            {
                var row = facts.Element(node, i);
                var code = facts.ValueOf(facts.Member(row, CodeMember))?.ToString();
                if (what == CodeMember && code is not null)
                {
                    keys.Add(code);
                }
                else if (what == NameMember && code is null && facts.TryGet<string>(facts.Member(row, NameMember), out var name))
                {
                    keys.Add(ClassificationCatalogue.NormalizeName(name));
                }
                else if (what == Prefix && length > 0 && code is not null && code.Length == length)
                {
                    for (var p = 1; p < length; p++)
                    {
                        keys.Add(code.Substring(0, p));
                    }
                }
            }

            lookups[(list.Text, what, length)] = keys;
            return keys;
        }
    }
}
