using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// Evaluates a <see cref="ConditionRelation"/> (条件检查求值), normatively spec §4.15: anchors, references, named figures,
/// conditions and outcomes. Works on pointer text; findings use the rule's generic bilingual messages.
/// </summary>
internal static class ConditionRelationEvaluator
{
    private const string AnyDepth = "/**";
    private const string CodeMember = "code";
    private const string NameMember = "name";

    public static void Evaluate(ValidationContext context, ConditionRelation relation) =>
        Evaluate(context, relation, ConditionPlan.Of(relation));

    public static void Evaluate(ValidationContext context, ConditionRelation relation, ConditionPlan plan)
    {
        var facts = context.Facts;
        var run = new Run(context, relation, plan);
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
                foreach (var node in facts.RecordsNamed(name))
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


    /// <summary>
    /// The evaluation of one relation over its anchors: references resolved from the anchor's node (a node, or an absent
    /// place below its nearest present ancestor — no pointer text), named figures per anchor, the lookups of lists.
    /// Pointer text is written only for a finding, a verification or a "could not run" entry.
    /// </summary>
    private sealed class Run(ValidationContext context, ConditionRelation relation, ConditionPlan plan)
    {
        private readonly ReportFacts facts = context.Facts;
        private readonly (bool Has, Figure Figure)[] named = new (bool, Figure)[relation.Figures.Count];
        private readonly bool[] namedDone = new bool[relation.Figures.Count];
        private Dictionary<(string List, string What, int Length), HashSet<string>>? lookups;
        private List<FactPointer>? locations;
        private List<(Figure, int)>? items;
        private int anchor;

        public void Decide(int at)
        {
            anchor = at;
            Array.Clear(namedDone, 0, namedDone.Length);
            var cases = relation.Cases;
            for (var i = 0; i < cases.Count; i++)
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

        private static bool IsNamed(string reference) => reference.Length > 0 && reference[0] == '$';

        /// <summary>Where a reference points at the current anchor (a named figure: where it stands).</summary>
        private FactPointer Locate(string reference)
        {
            if (reference.Length == 0)
            {
                return FactPointer.At(facts, anchor);
            }

            if (reference[0] == '$')
            {
                return Named(reference).Figure.Location;
            }

            if (reference[0] == '/')
            {
                return FactPointer.Resolve(facts, reference);
            }

            var node = anchor;
            string? rest = null;
            foreach (var token in plan.TokensOf(reference))
            {
                if (token == "..")
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
                    var child = token.IndexOf('~') < 0 ? facts.Child(node, token.AsSpan())
                        : JsonPointer.TryUnescape(token, out var unescaped) ? facts.Child(node, unescaped.AsSpan()) : -1;
                    if (child >= 0)
                    {
                        node = child;
                        continue;
                    }
                }

                rest = rest + "/" + token;
            }

            return rest is null ? FactPointer.At(facts, node) : FactPointer.Below(facts, node, rest);
        }

        /// <summary>The node a reference names at the current anchor, or -1.</summary>
        private int NodeOf(string reference) => Locate(reference).Node;

        private (bool Has, Figure Figure) Named(string reference)
        {
            var index = plan.FigureIndex(reference, relation);
            if (namedDone[index])
            {
                return named[index];
            }

            var figure = relation.Figures[index];
            (bool, Figure) result;
            if (figure.IsSum)
            {
                result = TrySum(figure.Sum, out var sum) ? (true, sum)
                    : (false, new Figure(Locate(figure.Sum[0].Pointer), 0m, DecimalInterval.Exact(0m)));
            }
            else
            {
                result = (false, new Figure(Locate(figure.FirstOf[0]), 0m, DecimalInterval.Exact(0m)));
                for (var i = 0; i < figure.FirstOf.Count; i++)
                {
                    if (TryFigure(figure.FirstOf[i], out var f))
                    {
                        result = (true, f);
                        break;
                    }
                }
            }

            named[index] = result;
            namedDone[index] = true;
            return result;
        }

        private bool TrySum(IReadOnlyList<ConditionTerm> terms, out Figure sum)
        {
            var value = 0m;
            var range = DecimalInterval.Exact(0m);
            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i];
                if (!TryFigure(term.Pointer, out var f))
                {
                    sum = default;
                    return false;
                }

                value += term.Weight * f.Value;
                range = term.Weight < 0 ? range - f.Range : range + f.Range;
            }

            sum = new Figure(Locate(terms[0].Pointer), value, range);
            return true;
        }

        private bool TryFigure(string reference, out Figure figure)
        {
            if (IsNamed(reference))
            {
                var (has, f) = Named(reference);
                figure = f;
                return has;
            }

            return RelationEvaluator.TryFigure(context, Locate(reference), out figure);
        }

        /// <summary>A figure, or a stated percentage with its interval (§2).</summary>
        private bool TryNumber(string reference, out decimal value, out DecimalInterval range)
        {
            if (TryFigure(reference, out var f))
            {
                (value, range) = (f.Value, f.Range);
                return true;
            }

            if (!IsNamed(reference) && facts.TryGet<Percent>(NodeOf(reference), out var percent))
            {
                (value, range) = (percent.Value, context.Range(percent));
                return true;
            }

            (value, range) = (0m, default);
            return false;
        }

        private bool Present(FactPointer location) => location.Node >= 0 || RelationEvaluator.TryFigure(context, location, out _);

        /// <summary>The text of a value: a string as written, an enum by its JSON name, a boolean as true/false (§4.11).</summary>
        private string? TextOf(string reference) => ValueText(facts.ValueOf(NodeOf(reference)));

        private static string? ValueText(object? value) => value switch
        {
            null => null,
            string s => s,
            bool b => b ? "true" : "false",
            Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };

        // ---- conditions ------------------------------------------------------------------------------------------

        private bool Holds(Condition condition)
        {
            if (condition.AllOf.Count > 0)
            {
                for (var i = 0; i < condition.AllOf.Count; i++)
                {
                    if (!Holds(condition.AllOf[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (condition.AnyOf.Count > 0)
            {
                for (var i = 0; i < condition.AnyOf.Count; i++)
                {
                    if (Holds(condition.AnyOf[i]))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (condition.Not is { } not)
            {
                return !Holds(not);
            }

            if (condition.Option is { } option)
            {
                return string.Equals(OptionText(option), condition.Value, StringComparison.Ordinal);
            }

            return Test(condition.Pointer ?? string.Empty, condition);
        }

        private string OptionText(string option) => option switch
        {
            "unitType" => JsonNamingPolicy.CamelCase.ConvertName(context.Options.UnitType.ToString()),
            "scope" => JsonNamingPolicy.CamelCase.ConvertName(context.Scope.ToString()),
            _ => throw new InvalidOperationException("Unknown option " + option + "."),
        };

        private bool Test(string reference, Condition c)
        {
            switch (c.Test)
            {
                case ConditionTest.Present:
                    return IsNamed(reference) ? Named(reference).Has : Present(Locate(reference));
                case ConditionTest.NonBlank:
                    return facts.TryGet<string>(NodeOf(reference), out var text) && !string.IsNullOrWhiteSpace(text);
                case ConditionTest.NonEmpty:
                    return facts.ListCountOf(NodeOf(reference)) > 0;
                case ConditionTest.Zero:
                    return TryNumber(reference, out var zero, out _) && zero == 0m;
                case ConditionTest.NonZero:
                    return TryNumber(reference, out var nonZero, out _) && nonZero != 0m;
                case ConditionTest.Positive:
                    return TryNumber(reference, out var positive, out _) && positive > 0m;
                case ConditionTest.Negative:
                    return TryNumber(reference, out var negative, out _) && negative < 0m;
                case ConditionTest.ValueEquals:
                    return TryNumber(reference, out var v, out _) && v == Constant(c);
                case ConditionTest.TextEquals:
                    return TextOf(reference) is { } t && string.Equals(t, c.Value, StringComparison.Ordinal);
                case ConditionTest.SameAs:
                    return TextOf(reference) is { } a && string.Equals(a, TextOf(c.Other!), StringComparison.Ordinal);
                case ConditionTest.LessThan:
                    return TryNumber(reference, out var l, out _) && TryNumber(c.Other!, out var r, out _) && l < r;
                case ConditionTest.Meets:
                    return TryNumber(reference, out _, out var x) && TryNumber(c.Other!, out _, out var y) && x.Intersects(y);
                case ConditionTest.UpperAbove:
                    return TryNumber(reference, out _, out var ua) && ua.Upper > Constant(c);
                case ConditionTest.UpperBelow:
                    return TryNumber(reference, out _, out var ub) && ub.Upper < Constant(c);
                case ConditionTest.LowerBelow:
                    return TryNumber(reference, out _, out var lb) && lb.Lower < Constant(c);
                case ConditionTest.Covers:
                    return TryNumber(reference, out _, out var cv) && cv.Contains(Constant(c));
                case ConditionTest.ContainsAmount:
                    return facts.AnyBelow<Amount>(NodeOf(reference));
                case ConditionTest.Amount:
                    return facts.TryGet<Amount>(NodeOf(reference), out _);
                case ConditionTest.Named:
                    return LastTokenIs(Locate(reference), c.Value);
                case ConditionTest.Within:
                    return WithinToken(Locate(reference), c.Value);
                case ConditionTest.StartsWith:
                    return TextOf(reference) is { } s && s.StartsWith(c.Value!, StringComparison.Ordinal);
                case ConditionTest.Length:
                    return TextOf(reference) is { } n && n.Length == (int)Constant(c);
                case ConditionTest.PrefixOfRow:
                    return TextOf(reference) is { } prefix && Lookup(c.Other!, Prefix, LengthOf(c)).Contains(prefix);
                case ConditionTest.CodeListedIn:
                    return TextOf(reference) is { } code && Lookup(c.Other!, CodeMember, 0).Contains(code);
                case ConditionTest.NameListedIn:
                    return TextOf(reference) is { } name
                        && Lookup(c.Other!, NameMember, 0).Contains(ClassificationCatalogue.NormalizeName(name));
                default:
                    throw new InvalidOperationException("Unknown test " + c.Test + ".");
            }
        }

        private const string Prefix = "prefix";

        private static int LengthOf(Condition c) => int.Parse(c.Value!, CultureInfo.InvariantCulture);

        private static decimal Constant(Condition c) =>
            decimal.Parse(c.Value!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

        /// <summary>Whether the last reference token of a location is <paramref name="token"/> (escaped, as in a pointer).</summary>
        private bool LastTokenIs(FactPointer location, string? token)
        {
            if (location.Node < 0)
            {
                var tokens = Tokens(location.ToString());
                return tokens.Length > 0 && string.Equals(tokens[tokens.Length - 1], token, StringComparison.Ordinal);
            }

            return location.Node <= ReportFacts.Root ? token is null : token is not null && facts.TokenEquals(location.Node, token);
        }

        /// <summary>Whether a reference token other than the last of a location is <paramref name="token"/>.</summary>
        private bool WithinToken(FactPointer location, string? token)
        {
            if (location.Node < 0)
            {
                var tokens = Tokens(location.ToString());
                return tokens.Take(tokens.Length - 1).Contains(token, StringComparer.Ordinal);
            }

            if (token is null)
            {
                return false;
            }

            var first = location.Node > ReportFacts.Root ? facts.ParentOf(location.Node) : ReportFacts.Root;
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
        private HashSet<string> Lookup(string list, string what, int length)
        {
            lookups ??= [];
            if (lookups.TryGetValue((list, what, length), out var keys))
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

            lookups[(list, what, length)] = keys;
            return keys;
        }

        /// <summary>
        /// The values a failure names, as "vehiclesSubtotal/amount 2.48; budget/budgetAmount 15" (the last two tokens of
        /// each pointer and its value as written), so that a reviewer sees the figures without looking them up.
        /// </summary>
        private string FiguresOf(string[] pointers)
        {
            var text = new System.Text.StringBuilder();
            foreach (var pointer in pointers)
            {
                var value = ValueText(facts.ValueOf(facts.Find(pointer)));
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

        private void Record(ConditionOutcome outcome)
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
                    for (var i = 0; i < outcome.Pointers.Count; i++)
                    {
                        missing.Add(Locate(outcome.Pointers[i]));
                    }

                    context.CouldNotRun(missing);
                    break;
                case ConditionOutcomeKind.Fail:
                    decimal? difference = outcome.Difference.Count == 2
                        && TryNumber(outcome.Difference[0], out var a, out _) && TryNumber(outcome.Difference[1], out var b, out _)
                        ? a - b : null;
                    var pointers = new string[outcome.Pointers.Count];
                    for (var i = 0; i < pointers.Length; i++)
                    {
                        pointers[i] = Locate(outcome.Pointers[i]).ToString();
                    }

                    var figures = FiguresOf(pointers);
                    context.Fail(rule.TitleZh + "：此处不成立" + (figures.Length > 0 ? "（" + figures + "）" : "") + "。",
                        rule.TitleEn + ": does not hold here" + (figures.Length > 0 ? " (" + figures + ")" : "") + ".",
                        pointers, null, null, difference);
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

        private void CheckSum(ConditionOutcome outcome)
        {
            var missing = Locations();
            var hasTotal = TryFigure(outcome.Checked!, out var total);
            if (!hasTotal)
            {
                missing.Add(Locate(outcome.Checked!));
            }

            var terms = items ??= [];
            terms.Clear();
            for (var i = 0; i < outcome.Items.Count; i++)
            {
                var term = outcome.Items[i];
                if (term.When is { } when && !Holds(when))
                {
                    continue;
                }

                if (TryFigure(term.Pointer, out var f))
                {
                    terms.Add((f, term.Weight));
                }
                else
                {
                    missing.Add(Locate(term.Pointer));
                }
            }

            if (missing.Count > 0)
            {
                context.CouldNotRun(missing);
                return;
            }

            context.CheckSum(total, terms, new CheckLabel(context.Rule.TitleZh, context.Rule.TitleEn));
        }

        private void CheckLessOrEqual(ConditionOutcome outcome)
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

        private void CheckRatio(ConditionOutcome outcome)
        {
            var percentAt = Locate(outcome.Checked!);
            if (!facts.TryGet<Percent>(percentAt.Node, out var percent))
            {
                context.NotApplicable();
                return;
            }

            var others = Locations();
            if (!Combine(outcome.Items, others, out var numerator) || !Combine(outcome.Denominator, others, out var denominator))
            {
                return;
            }

            if (outcome.Pointers.Count > 0)
            {
                others.Clear();
                for (var i = 0; i < outcome.Pointers.Count; i++)
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
        /// </summary>
        private bool Combine(IReadOnlyList<ConditionTerm> terms, List<FactPointer> found, out Figure sum)
        {
            var value = 0m;
            var range = DecimalInterval.Exact(0m);
            for (var i = 0; i < terms.Count; i++)
            {
                var term = terms[i];
                if (!TryFigure(term.Pointer, out var f))
                {
                    context.CouldNotRun(Locate(term.Pointer));
                    sum = default;
                    return false;
                }

                if (!Contains(found, f.Location))
                {
                    found.Add(f.Location);
                }

                value += term.Weight * f.Value;
                range = term.Weight < 0 ? range - f.Range : range + f.Range;
            }

            sum = new Figure(found.Count > 0 ? found[0] : FactPointer.Of(string.Empty), value, range);
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
}
