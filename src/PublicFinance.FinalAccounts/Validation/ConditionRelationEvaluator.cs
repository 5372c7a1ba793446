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

    public static void Evaluate(ValidationContext context, ConditionRelation relation)
    {
        var run = new Run(context, relation);
        var anchors = Anchors(context, relation, out var absent);
        foreach (var anchor in anchors)
        {
            if (context.Facts.Find(anchor) < 0)
            {
                Absent(context, relation.WhenAbsent, anchor);
                continue;
            }

            run.Decide(anchor);
        }

        if (absent is not null)
        {
            Absent(context, relation.WhenAbsent, absent);
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

    private static void Absent(ValidationContext context, AbsentAnchor whenAbsent, string pointer)
    {
        switch (whenAbsent)
        {
            case AbsentAnchor.NotApplicable:
                context.NotApplicable();
                break;
            case AbsentAnchor.CouldNotRun:
                context.CouldNotRun(pointer);
                break;
        }
    }

    /// <summary>The anchors in document order; <paramref name="absentList"/> is the list a template needed and lacked.</summary>
    private static List<string> Anchors(ValidationContext context, ConditionRelation relation, out string? absentList)
    {
        absentList = null;
        var facts = context.Facts;
        var template = relation.For;
        if (template.Length == 0)
        {
            return [string.Empty];
        }

        if (template.StartsWith(AnyDepth, StringComparison.Ordinal))
        {
            var name = template.Length > AnyDepth.Length ? template.Substring(AnyDepth.Length + 1) : null;
            var found = new List<string>();
            foreach (var node in facts.NodesOfType<object>())
            {
                if (node <= ReportFacts.Root)
                {
                    continue;
                }

                var scalar = IsScalar(facts.ValueOf(node)!);
                if (name is null ? scalar : !scalar && facts.ListCountOf(node) < 0 && string.Equals(facts.NameOf(node), name, StringComparison.Ordinal))
                {
                    found.Add(facts.PointerOf(node));
                }
            }

            return found;
        }

        var expanded = RelationEvaluator.Expand(facts, template, [], out var missing);
        if (expanded.Count == 0 && missing is not null && facts.ListCount(missing) < 0)
        {
            absentList = missing;
        }

        return [.. expanded.Select(e => e.Pointer)];
    }

    private static bool IsScalar(object value)
    {
        var type = value.GetType();
        return type.IsPrimitive || type.IsEnum || value is string || type.IsValueType;
    }

    /// <summary>The evaluation of one relation: named figures per anchor and the lookups of lists.</summary>
    private sealed class Run(ValidationContext context, ConditionRelation relation)
    {
        private readonly ReportFacts facts = context.Facts;
        private readonly Dictionary<string, (bool Has, Figure Figure)> named = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> lookups = new(StringComparer.Ordinal);
        private string anchor = string.Empty;

        public void Decide(string at)
        {
            anchor = at;
            named.Clear();
            foreach (var c in relation.Cases)
            {
                if (c.When is null || Holds(c.When))
                {
                    Record(c.Then);
                    return;
                }
            }

            context.NotApplicable();
        }

        // ---- references ------------------------------------------------------------------------------------------

        /// <summary>The pointer a reference names at the current anchor (a named figure: the pointer it stands at).</summary>
        private string PointerOf(string reference)
        {
            if (reference.StartsWith("$", StringComparison.Ordinal))
            {
                return Named(reference).Figure.Pointer;
            }

            if (reference.StartsWith("/", StringComparison.Ordinal))
            {
                return reference;
            }

            var pointer = anchor;
            if (reference.Length == 0)
            {
                return pointer;
            }

            foreach (var token in reference.Split('/'))
            {
                pointer = token == ".." ? JsonPointer.ParentOf(pointer) : pointer + "/" + token;
            }

            return pointer;
        }

        private (bool Has, Figure Figure) Named(string reference)
        {
            var name = reference.Substring(1);
            if (named.TryGetValue(name, out var done))
            {
                return done;
            }

            var figure = relation.Figures.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))
                ?? throw new InvalidOperationException("Unknown figure $" + name + " in a relation of " + relation.RuleId + ".");
            (bool, Figure) result;
            if (figure.IsSum)
            {
                result = TrySum(figure.Sum, out var sum) ? (true, sum) : (false, new Figure(PointerOf(figure.Sum[0].Pointer), 0m, DecimalInterval.Exact(0m)));
            }
            else
            {
                result = (false, new Figure(PointerOf(figure.FirstOf[0]), 0m, DecimalInterval.Exact(0m)));
                foreach (var candidate in figure.FirstOf)
                {
                    if (TryFigure(candidate, out var f))
                    {
                        result = (true, f);
                        break;
                    }
                }
            }

            named[name] = result;
            return result;
        }

        private bool TrySum(IReadOnlyList<ConditionTerm> terms, out Figure sum)
        {
            var value = 0m;
            var range = DecimalInterval.Exact(0m);
            foreach (var term in terms)
            {
                if (!TryFigure(term.Pointer, out var f))
                {
                    sum = default;
                    return false;
                }

                value += term.Weight * f.Value;
                range = term.Weight < 0 ? range - f.Range : range + f.Range;
            }

            sum = new Figure(PointerOf(terms[0].Pointer), value, range);
            return true;
        }

        private bool TryFigure(string reference, out Figure figure)
        {
            if (reference.StartsWith("$", StringComparison.Ordinal))
            {
                var (has, f) = Named(reference);
                figure = f;
                return has;
            }

            return RelationEvaluator.TryFigure(context, PointerOf(reference), out figure);
        }

        /// <summary>A figure, or a stated percentage with its interval (§2).</summary>
        private bool TryNumber(string reference, out decimal value, out DecimalInterval range)
        {
            if (TryFigure(reference, out var f))
            {
                (value, range) = (f.Value, f.Range);
                return true;
            }

            if (!reference.StartsWith("$", StringComparison.Ordinal) && facts.TryGet<Percent>(PointerOf(reference), out var percent))
            {
                (value, range) = (percent.Value, context.Range(percent));
                return true;
            }

            (value, range) = (0m, default);
            return false;
        }

        public bool Present(string pointer) => facts.Find(pointer) >= 0 || RelationEvaluator.TryFigure(context, pointer, out _);

        /// <summary>The text of a value: a string as written, an enum by its JSON name, a boolean as true/false (§4.11).</summary>
        private string? TextOf(string reference) => ValueText(facts.ValueOf(facts.Find(PointerOf(reference))));

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
                return condition.AllOf.All(Holds);
            }

            if (condition.AnyOf.Count > 0)
            {
                return condition.AnyOf.Any(Holds);
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
                    return reference.StartsWith("$", StringComparison.Ordinal) ? Named(reference).Has : Present(PointerOf(reference));
                case ConditionTest.NonBlank:
                    return facts.TryGet<string>(PointerOf(reference), out var text) && !string.IsNullOrWhiteSpace(text);
                case ConditionTest.NonEmpty:
                    return facts.ListCount(PointerOf(reference)) > 0;
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
                    return facts.AnyBelow<Amount>(facts.Find(PointerOf(reference)));
                case ConditionTest.Amount:
                    return facts.TryGet<Amount>(PointerOf(reference), out _);
                case ConditionTest.Named:
                    return string.Equals(Tokens(PointerOf(reference)).LastOrDefault(), c.Value, StringComparison.Ordinal);
                case ConditionTest.Within:
                    var tokens = Tokens(PointerOf(reference));
                    return tokens.Take(tokens.Length - 1).Contains(c.Value, StringComparer.Ordinal);
                case ConditionTest.StartsWith:
                    return TextOf(reference) is { } s && s.StartsWith(c.Value!, StringComparison.Ordinal);
                case ConditionTest.Length:
                    return TextOf(reference) is { } n && n.Length == (int)Constant(c);
                case ConditionTest.PrefixOfRow:
                    return TextOf(reference) is { } prefix && Lookup(c.Other!, "prefix" + c.Value).Contains(prefix);
                case ConditionTest.CodeListedIn:
                    return TextOf(reference) is { } code && Lookup(c.Other!, CodeMember).Contains(code);
                case ConditionTest.NameListedIn:
                    return TextOf(reference) is { } name && Lookup(c.Other!, NameMember).Contains(ClassificationCatalogue.NormalizeName(name));
                default:
                    throw new InvalidOperationException("Unknown test " + c.Test + ".");
            }
        }

        private static decimal Constant(Condition c) => decimal.Parse(c.Value!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

        private static string[] Tokens(string pointer) => pointer.Length == 0 ? [] : pointer.Substring(1).Split('/');

        /// <summary>
        /// The keys of a list's rows, made once per relation: <c>code</c> the codes; <c>name</c> the normalised names of the
        /// rows without a code; <c>prefixN</c> every proper prefix of the codes of N characters.
        /// </summary>
        private HashSet<string> Lookup(string list, string what)
        {
            var key = list + "#" + what;
            if (lookups.TryGetValue(key, out var keys))
            {
                return keys;
            }

            keys = new HashSet<string>(StringComparer.Ordinal);
            var node = facts.Find(list);
            var length = what.StartsWith("prefix", StringComparison.Ordinal) ? int.Parse(what.Substring(6), CultureInfo.InvariantCulture) : 0;
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
                else if (length > 0 && code is not null && code.Length == length)
                {
                    for (var p = 1; p < length; p++)
                    {
                        keys.Add(code.Substring(0, p));
                    }
                }
            }

            lookups[key] = keys;
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
                    context.CouldNotRun([.. outcome.Pointers.Select(PointerOf)]);
                    break;
                case ConditionOutcomeKind.Fail:
                    decimal? difference = outcome.Difference.Count == 2 && TryNumber(outcome.Difference[0], out var a, out _) && TryNumber(outcome.Difference[1], out var b, out _)
                        ? a - b : null;
                    string[] pointers = [.. outcome.Pointers.Select(PointerOf)];
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
            var missing = new List<string>();
            var hasTotal = TryFigure(outcome.Checked!, out var total);
            if (!hasTotal)
            {
                missing.Add(PointerOf(outcome.Checked!));
            }

            var items = new List<(Figure, int)>();
            foreach (var term in outcome.Items)
            {
                if (term.When is { } when && !Holds(when))
                {
                    continue;
                }

                if (TryFigure(term.Pointer, out var f))
                {
                    items.Add((f, term.Weight));
                }
                else
                {
                    missing.Add(PointerOf(term.Pointer));
                }
            }

            if (missing.Count > 0)
            {
                context.CouldNotRun([.. missing]);
                return;
            }

            context.CheckSum(total, items, context.Rule.TitleZh, context.Rule.TitleEn);
        }

        private void CheckLessOrEqual(ConditionOutcome outcome)
        {
            var hasLesser = TryFigure(outcome.Checked!, out var lesser);
            var hasGreater = TryFigure(outcome.Greater!, out var greater);
            if (!hasLesser || !hasGreater)
            {
                var missing = new List<string>();
                if (!hasLesser)
                {
                    missing.Add(PointerOf(outcome.Checked!));
                }

                if (!hasGreater)
                {
                    missing.Add(PointerOf(outcome.Greater!));
                }

                context.CouldNotRun([.. missing]);
                return;
            }

            context.CheckLessOrEqual(lesser, greater, context.Rule.TitleZh, context.Rule.TitleEn);
        }

        private void CheckRatio(ConditionOutcome outcome)
        {
            var percentPointer = PointerOf(outcome.Checked!);
            if (!facts.TryGet<Percent>(percentPointer, out var percent))
            {
                context.NotApplicable();
                return;
            }

            var pointers = new List<string>();
            if (!Combine(outcome.Items, pointers, out var numerator) || !Combine(outcome.Denominator, pointers, out var denominator))
            {
                return;
            }

            if (outcome.Pointers.Count > 0)
            {
                pointers = [.. outcome.Pointers.Select(PointerOf)];
            }

            // The label names the two figures the rate was computed from, so a reviewer sees them (spec §4.15: wording free).
            var n = numerator.Value.ToString(CultureInfo.InvariantCulture);
            var d = denominator.Value.ToString(CultureInfo.InvariantCulture);
            context.CheckRatio(percentPointer, percent, numerator.Range, numerator.Value, denominator.Range, denominator.Value, pointers,
                $"{context.Rule.TitleZh}（分子 {n}，分母 {d}）", $"{context.Rule.TitleEn} (numerator {n}, denominator {d})");
        }

        /// <summary>Σ weight·figure of the terms, adding their pointers once each; could not run names the first without a figure.</summary>
        private bool Combine(IReadOnlyList<ConditionTerm> terms, List<string> pointers, out Figure sum)
        {
            var value = 0m;
            var range = DecimalInterval.Exact(0m);
            foreach (var term in terms)
            {
                if (!TryFigure(term.Pointer, out var f))
                {
                    context.CouldNotRun(PointerOf(term.Pointer));
                    sum = default;
                    return false;
                }

                if (!pointers.Contains(f.Pointer))
                {
                    pointers.Add(f.Pointer);
                }

                value += term.Weight * f.Value;
                range = term.Weight < 0 ? range - f.Range : range + f.Range;
            }

            sum = new Figure(pointers.Count > 0 ? pointers[0] : string.Empty, value, range);
            return true;
        }
    }
}
