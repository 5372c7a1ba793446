namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// A condition relation's conditions compiled into delegates (条件编译为委托; session 15): once per plan, on the first
/// evaluation of the relation, each case's condition becomes a tree of closures that hold their reference, their constant
/// and their test already chosen, so deciding an anchor dispatches on no condition kind or test. The interpreter
/// (<c>Holds</c>) stays as the oracle (internal <see cref="ValidationOptions.ConditionDelegates"/> = false).
/// </summary>
internal static partial class ConditionRelationEvaluator
{
    /// <summary>
    /// The compiled conditions of a plan's cases, in order (null for <c>otherwise</c>): made on the plan's first compiled
    /// evaluation and kept with it (<see cref="ConditionPlan.CompiledConditions"/>; the array is complete before it is
    /// published, and two threads that race make equal arrays).
    /// </summary>
    private static Func<Run, bool>?[] Program(ConditionPlan plan)
    {
        // Kept in a sealed holder: a type test against a sealed class is one comparison, against an array of delegates a
        // covariance check (the runtime's IsInstanceOfAny, ≈ 0.7 % of a validation when made for every relation).
        if (plan.CompiledConditions is Conditions made)
        {
            return made.Whens;
        }

        var compiled = Run.Compile(plan);
        plan.CompiledConditions = new Conditions(compiled);
        return compiled;
    }

    /// <summary>A plan's compiled conditions, as <see cref="ConditionPlan.CompiledConditions"/> holds them.</summary>
    /// <param name="Whens">The cases' conditions in order (null for <c>otherwise</c>).</param>
    private sealed record Conditions(Func<Run, bool>?[] Whens);

    private sealed partial class Run
    {
        // The current relation's compiled conditions; null when the interpreter decides (the oracle).
        private Func<Run, bool>?[]? whens;

        /// <summary>Compiles the conditions of a plan's cases.</summary>
        public static Func<Run, bool>?[] Compile(ConditionPlan plan)
        {
            var whens = new Func<Run, bool>?[plan.Cases.Length];
            for (var i = 0; i < whens.Length; i++)
            {
                whens[i] = plan.Cases[i].When is { } when ? Build(when) : null;
            }

            return whens;
        }

        /// <summary>A condition as a delegate: the same tests in the same order as <c>Holds</c>, chosen once.</summary>
        private static Func<Run, bool> Build(CompiledCondition condition)
        {
            switch (condition.Kind)
            {
                case CompiledConditionKind.AllOf:
                    return Join(Array.ConvertAll(condition.Children, Build), stop: false);
                case CompiledConditionKind.AnyOf:
                    return Join(Array.ConvertAll(condition.Children, Build), stop: true);
                case CompiledConditionKind.Not:
                    var inner = Build(condition.Inner!);
                    return r => !inner(r);
                case CompiledConditionKind.Option:
                    var option = condition.Source.Option!;
                    var expected = condition.Source.Value;
                    return r => string.Equals(r.OptionText(option), expected, StringComparison.Ordinal);
                default:
                    return BuildTest(condition.Reference!, condition);
            }
        }

        /// <summary>
        /// The parts tried in order until one gives <paramref name="stop"/>, which is then the result (false: every part
        /// holds, as <c>allOf</c>; true: some part holds, as <c>anyOf</c>) — the order and short cut of <c>Holds</c>.
        /// </summary>
        private static Func<Run, bool> Join(Func<Run, bool>[] parts, bool stop)
        {
            switch (parts.Length)
            {
                case 1:
                    return parts[0];
                case 2:
                    var (a, b) = (parts[0], parts[1]);
                    return r => a(r) == stop ? stop : b(r);
                case 3:
                    var (x, y, z) = (parts[0], parts[1], parts[2]);
                    return r => x(r) == stop || y(r) == stop ? stop : z(r);
                default:
                    return r =>
                    {
                        foreach (var part in parts)
                        {
                            if (part(r) == stop)
                            {
                                return stop;
                            }
                        }

                        return !stop;
                    };
            }
        }

        /// <summary>A test of a reference, its family and its form picked once.</summary>
        private static Func<Run, bool> BuildTest(ConditionReference reference, CompiledCondition c)
        {
            switch (FamilyOf(c.Source.Test))
            {
                case ConditionTestFamily.Place:
                    return BuildPlace(reference, c);
                case ConditionTestFamily.Value:
                    return BuildValue(reference, c);
                case ConditionTestFamily.Text:
                    return BuildText(reference, c);
                case ConditionTestFamily.List:
                    // List look-ups, made once per relation: the interpreter's method as it is.
                    return r => r.TestText(reference, c);
                case ConditionTestFamily.Range:
                    return r => r.TestRange(reference, c);
                default:
                    // Thrown when a case reaches the test, as the interpreter does (not when the relation is compiled).
                    return _ => throw new InvalidOperationException(ValidationMessages.UnknownTest(c.Source.Test.ToString()));
            }
        }

        /// <summary>The node a reference names, the anchor's read straight from the run.</summary>
        private static Func<Run, int> NodeFunction(ConditionReference reference) =>
            reference.Kind == ConditionReferenceKind.Anchor ? static r => r.anchor : r => r.NodeOf(reference);

        /// <summary>
        /// The test of a place (present, non-blank, non-empty, holds an amount, is an amount, named, within a token) as a
        /// delegate.
        /// </summary>
        private static Func<Run, bool> BuildPlace(ConditionReference reference, CompiledCondition c)
        {
            var token = c.Source.Value;
            var node = NodeFunction(reference);
            var anchor = reference.Kind == ConditionReferenceKind.Anchor;
            switch (c.Source.Test)
            {
                case ConditionTest.Present:
                    return reference.Kind switch
                    {
                        ConditionReferenceKind.Named => r => r.Named(reference).Has,
                        ConditionReferenceKind.Anchor => static _ => true,
                        _ => r => r.Present(r.Locate(reference)),
                    };
                case ConditionTest.NonBlank:
                    return r => r.facts.TryGet<string>(node(r), out var text) && !string.IsNullOrWhiteSpace(text);
                case ConditionTest.NonEmpty:
                    return r => r.facts.ListCountOf(node(r)) > 0;
                case ConditionTest.ContainsAmount:
                    return r => r.facts.AnyBelow<Amount>(node(r));
                case ConditionTest.Amount:
                    return r => r.facts.ValueOf(node(r)) is Amount;
                case ConditionTest.Named:
                    return anchor ? r => r.NodeNamed(r.anchor, token) : r => r.LastTokenIs(r.Locate(reference), token);
                default:
                    return anchor ? r => r.NodeWithin(r.anchor, token) : r => r.WithinToken(r.Locate(reference), token);
            }
        }

        /// <summary>
        /// The test of a figure's value (zero, non-zero, positive, negative, equal to the constant, less than another) as a
        /// delegate.
        /// </summary>
        private static Func<Run, bool> BuildValue(ConditionReference reference, CompiledCondition c)
        {
            switch (c.Source.Test)
            {
                case ConditionTest.Zero:
                    return r => r.TryValue(reference, out var value) && value == 0m;
                case ConditionTest.NonZero:
                    return r => r.TryValue(reference, out var value) && value != 0m;
                case ConditionTest.Positive:
                    return r => r.TryValue(reference, out var value) && value > 0m;
                case ConditionTest.Negative:
                    return r => r.TryValue(reference, out var value) && value < 0m;
                case ConditionTest.ValueEquals:
                    if (c.HasConstant)
                    {
                        var constant = c.Constant;
                        return r => r.TryValue(reference, out var value) && value == constant;
                    }

                    // Parsed when a case reaches the test, to throw as the interpreter does.
                    return r => r.TryValue(reference, out var value) && value == Constant(c);
                default:
                    var other = c.Other!;
                    return r => r.TryValue(reference, out var value) && r.TryValue(other, out var second) && value < second;
            }
        }

        /// <summary>The test of a text (equal to the expected text, the same as another reference's) as a delegate.</summary>
        private static Func<Run, bool> BuildText(ConditionReference reference, CompiledCondition c)
        {
            var expected = c.Source.Value;
            switch (c.Source.Test)
            {
                case ConditionTest.TextEquals:
                    return r => r.TextOf(reference) is { } text && string.Equals(text, expected, StringComparison.Ordinal);
                case ConditionTest.SameAs:
                    var other = c.Other!;
                    return r => r.TextOf(reference) is { } text && string.Equals(text, r.TextOf(other), StringComparison.Ordinal);
                case ConditionTest.StartsWith:
                    return r => r.TextOf(reference) is { } text && text.StartsWith(expected!, StringComparison.Ordinal);
                default:
                    return r => r.TextOf(reference) is { } text && text.Length == (int)Constant(c);
            }
        }
    }
}
