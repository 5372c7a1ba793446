using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Writes <c>src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledRelations.g.cs</c> from the catalogue's data and
/// the contract's shapes (session 21, issue 13): for every condition relation whose anchors are the records of one member
/// name whose type the contract makes certain (<c>/**/change</c>: <c>NamedRecordType</c>), a decider that tests the cases
/// in order over the typed record — a member's presence, its value's sign or a constant, its text (an enum by its JSON
/// name) or another member's — and hands every other leaf (a named figure, a step to the parent, an interval test, a list,
/// an option) back to the interpreter by its number in <c>ConditionPlan.Leaves</c>. Keyed by the relation's data
/// (<c>CompiledRelations.KeyOf</c>), never by a rule id.
/// </summary>
internal static class CompiledRelationsGenerator
{
    public const string RelativePath = "src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledRelations.g.cs";

    public const string UpdateVariable = "FINACCT_UPDATE_COMPILED";

    /// <summary>A condition longer than this is written one part per line.</summary>
    private const int FlatLength = 96;

    /// <summary>The relations compiled, with the number of their leaves left to the interpreter (for the tests and docs).</summary>
    public static IReadOnlyList<(string RuleId, string Method, int Leaves, int Typed)> Compiled => Build().Compiled;

    public static string Generate() => Build().Text;

    private static (string Text, List<(string, string, int, int)> Compiled) Build()
    {
        var methods = new StringBuilder();
        var entries = new StringBuilder();
        var compiled = new List<(string, string, int, int)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var perRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var namespaces = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var relation in RuleCatalogue.Relations.OfType<ConditionRelation>())
        {
            var number = perRule[relation.RuleId] = perRule.GetValueOrDefault(relation.RuleId) + 1;
            if (AnchorType(relation) is not { } type || !keys.Add(CompiledRelations.KeyOf(relation)))
            {
                continue;
            }

            var name = relation.RuleId + "_" + number.ToString(CultureInfo.InvariantCulture);
            var writer = new Writer(type, namespaces, ConditionPlan.Of(relation), name, ParentTypes(relation));
            var method = new StringBuilder();
            Method(method, relation, name, type, writer);
            if (writer.Typed == 0)
            {
                // Nothing over the anchor's own members: the decider would only hand every leaf back.
                keys.Remove(CompiledRelations.KeyOf(relation));
                continue;
            }

            methods.Append(method);
            entries.Append("        [\"").Append(CompiledRelations.KeyOf(relation)).Append("\"] = ").Append(name).Append(",\n");
            compiled.Add((relation.RuleId, name, writer.Leaf, writer.Typed));
            namespaces.Add(type.Namespace!);
        }

        var text = new StringBuilder(GeneratedSourceHeader.Write(
            nameof(CompiledRelationsGenerator), UpdateVariable, nameof(CompiledRelationsTests), [.. namespaces]));
        text.Append("\nnamespace PublicFinance.FinalAccounts.Validation;\n\n")
            .Append("/// <summary>\n")
            .Append("/// The catalogue's condition relations as typed code (generated from their data and the contract's shapes): one\n")
            .Append("/// decider per relation, found by the SHA-256 of the relation's JSON form (<see cref=\"KeyOf\"/>).\n")
            .Append("/// </summary>\n")
            .Append("internal static partial class CompiledRelations\n{\n")
            .Append("    private static readonly Dictionary<string, CompiledDecider> Generated = new(StringComparer.Ordinal)\n    {\n")
            .Append(entries)
            .Append("    };\n")
            .Append(methods)
            .Append("}\n");
        return (text.ToString(), compiled);
    }

    /// <summary>
    /// The record type the decider is written for: for <c>/**/name</c>, the record type most members so named declare
    /// (the first in the contract's order on a tie; <c>change</c>: <c>YearOverYearChange</c>, <c>budget</c>:
    /// <c>BudgetComparison</c> — three members — before the 三公 table's <c>ThreePublicColumns</c>); for a template
    /// without <c>**</c>, the type its members and list elements lead to through the contract. Null for the root and
    /// anything else. An anchor of another type is left to the interpreter at run time (<c>Interpret</c>).
    /// </summary>
    internal static Type? AnchorType(ConditionRelation relation)
    {
        const string AnyDepth = "/**/";
        var template = relation.For;
        if (template.Length == 0)
        {
            return null;
        }

        var types = new List<Type>();
        FactMemberReadersGenerator.Collect(typeof(FinalAccountsReport), types);
        if (template.StartsWith(AnyDepth, StringComparison.Ordinal))
        {
            var name = template.Substring(AnyDepth.Length);
            return name.Contains('/', StringComparison.Ordinal) ? null : types
                .SelectMany(t => Info(t).Properties.Where(p => p.Get is not null && p.Name == name))
                .Select(p => Unwrapped(p.PropertyType))
                .Where(t => Info(t).Kind == JsonTypeInfoKind.Object)
                .GroupBy(t => t)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault();
        }

        if (template[0] != '/' || template.Contains("**", StringComparison.Ordinal))
        {
            return null;
        }

        Type? type = typeof(FinalAccountsReport);
        foreach (var token in template.Substring(1).Split('/'))
        {
            var info = Info(type);
            type = token == "*"
                ? info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element ? Unwrapped(element) : null
                : info.Kind == JsonTypeInfoKind.Object
                    && info.Properties.FirstOrDefault(p => p.Get is not null && p.Name == token) is { } property
                    ? Unwrapped(property.PropertyType) : null;
            if (type is null)
            {
                return null;
            }
        }

        return Info(type).Kind == JsonTypeInfoKind.Object ? type : null;
    }

    /// <summary>
    /// For <c>/**/name</c>: every record type of the contract that declares a member <c>name</c> — the types an anchor's
    /// parent can have (round two: a named figure's <c>../</c> candidates are read from the parent record); null for a
    /// template. A type that is not sealed is matched exactly (a derived parent of a type not listed is left to the
    /// interpreter).
    /// </summary>
    internal static Type[]? ParentTypes(ConditionRelation relation)
    {
        const string AnyDepth = "/**/";
        if (!relation.For.StartsWith(AnyDepth, StringComparison.Ordinal))
        {
            return null;
        }

        var name = relation.For.Substring(AnyDepth.Length);
        var types = new List<Type>();
        FactMemberReadersGenerator.Collect(typeof(FinalAccountsReport), types);
        return [.. types.Where(t => Info(t).Properties.Any(p => p.Get is not null && p.Name == name))];
    }

    private static Type Unwrapped(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static JsonTypeInfo Info(Type type) => FinalAccountsJson.Options.GetTypeInfo(type);

    private static void Method(StringBuilder code, ConditionRelation relation, string name, Type type, Writer writer)
    {
        var plan = ConditionPlan.Of(relation);
        code.Append('\n')
            .Append("    /// <summary>").Append(relation.RuleId).Append(": the cases over <c>").Append(relation.For)
            .Append("</c> (").Append(type.Name).Append(").</summary>\n")
            .Append("    private static int ").Append(name).Append("(object anchor, IConditionLeaves leaves)\n    {\n")
            .Append("        if (anchor is not ").Append(type.Name).Append(" a)\n        {\n            return Interpret;\n        }\n");
        var cases = new StringBuilder();
        var closed = false;
        for (var i = 0; i < plan.Cases.Length && !closed; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            if (plan.Cases[i].When is not { } when)
            {
                cases.Append("\n        return ").Append(index).Append(";\n    }\n");
                closed = true;
                continue;
            }

            cases.Append("\n        if (").Append(Unwrapped(Layout(writer.Condition(when), 12))).Append(")\n")
                .Append("        {\n            return ").Append(index).Append(";\n        }\n");
        }

        if (!closed)
        {
            cases.Append("\n        return NoCase;\n    }\n");
        }

        // The named figures the typed leaves read, found once before the cases (a parent of a type not generated: the
        // interpreter decides the anchor).
        foreach (var f in writer.NamedUsed)
        {
            var n = f.ToString(CultureInfo.InvariantCulture);
            code.Append("\n        if (!").Append(name).Append("_F").Append(n).Append("(a, leaves.Parent, out var h").Append(n)
                .Append(", out var n").Append(n).Append("))\n        {\n            return Interpret;\n        }\n");
        }

        code.Append(cases).Append(writer.Helpers);
    }

    /// <summary>A condition without the parentheses of an outer all/any (the <c>if</c> has its own).</summary>
    private static string Unwrapped(string condition)
    {
        if (condition.Length < 2 || condition[0] != '(' || condition[condition.Length - 1] != ')')
        {
            return condition;
        }

        // Only when the first parenthesis closes at the end: "(a) && (b)" keeps its own.
        var depth = 0;
        for (var i = 0; i < condition.Length - 1; i++)
        {
            depth += condition[i] == '(' ? 1 : condition[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return condition;
            }
        }

        return condition.Substring(1, condition.Length - 2).Replace("\n ", "\n", StringComparison.Ordinal);
    }

    /// <summary>A condition flat when it is short, else one part of an all/any per line (indented under the first).</summary>
    private static string Layout(Part part, int indent)
    {
        var flat = part.Flat;
        if (flat.Length + indent <= FlatLength || part.Children.Count == 0)
        {
            return flat;
        }

        var pad = "\n" + new string(' ', indent + 1);
        var text = new StringBuilder(part.Negated ? "!(" : "(");
        for (var i = 0; i < part.Children.Count; i++)
        {
            text.Append(i == 0 ? "" : pad + part.Operator + " ").Append(Layout(part.Children[i], indent + 1 + (i == 0 ? 0 : 3)));
        }

        return text.Append(')').ToString();
    }

    /// <summary>A condition as C#: its flat text, or an all/any whose parts may be laid out one per line.</summary>
    private sealed record Part(string Flat, string Operator, List<Part> Children, bool Negated);

    /// <summary>Turns one relation's conditions into C#, numbering the leaves as <c>ConditionPlan.Leaves</c> does.</summary>
    private sealed class Writer(Type anchor, SortedSet<string> namespaces, ConditionPlan plan, string method, Type[]? parents)
    {
        private readonly Dictionary<int, bool> figures = [];
        private readonly Dictionary<string, PropertyInfo> members = Info(anchor).Properties
            .Where(p => p.Get is not null)
            .ToDictionary(p => p.Name, p => (PropertyInfo)p.AttributeProvider!, StringComparer.Ordinal);

        /// <summary>The number of leaves met so far (the next leaf's number).</summary>
        public int Leaf { get; private set; }

        /// <summary>How many of them became typed code.</summary>
        public int Typed { get; private set; }

        /// <summary>The named figures the typed leaves read (their helpers are in <see cref="Helpers"/>).</summary>
        public SortedSet<int> NamedUsed { get; } = [];

        /// <summary>The helpers that find the named figures used: <c>Method_F0(a, parent, out has, out value)</c>.</summary>
        public StringBuilder Helpers { get; } = new();

        public Part Condition(CompiledCondition c)
        {
            switch (c.Kind)
            {
                case CompiledConditionKind.AllOf:
                case CompiledConditionKind.AnyOf:
                    var op = c.Kind == CompiledConditionKind.AllOf ? "&&" : "||";
                    var children = c.Children.Select(Condition).Select(Grouped).ToList();
                    return new Part("(" + string.Join(" " + op + " ", children.Select(p => p.Flat)) + ")", op, children, false);
                case CompiledConditionKind.Not:
                    var inner = Condition(c.Inner!);
                    return Negation(inner);
                default:
                    var leaf = Leaf++;
                    var typed = Test(c, leaf);
                    if (typed is not null)
                    {
                        Typed++;
                    }

                    return new Part(typed ?? "leaves.Holds(" + leaf.ToString(CultureInfo.InvariantCulture) + ")", "", [], false);
            }
        }

        /// <summary>
        /// A condition negated: an all/any keeps its parts (<c>!(…)</c>), a presence test becomes an absence test, a call is
        /// prefixed with <c>!</c>, anything else is wrapped.
        /// </summary>
        private static Part Negation(Part inner)
        {
            const string Present = " is not null";
            if (inner.Children.Count > 0 && !inner.Negated)
            {
                return inner with { Flat = "!" + inner.Flat, Negated = true };
            }

            var flat = inner.Flat;
            var presence = inner.Children.Count == 0 && flat.EndsWith(Present, StringComparison.Ordinal)
                && flat.IndexOf(' ') == flat.Length - Present.Length;
            return new Part(
                presence
                    ? flat.Substring(0, flat.Length - Present.Length) + " is null"
                    : flat.StartsWith("leaves.", StringComparison.Ordinal) && flat.IndexOf(' ') < 0 ? "!" + flat
                    : "!(" + flat + ")",
                "",
                [],
                false);
        }

        /// <summary>A part of an all/any: a test that is itself a conjunction (a pattern and its value) in parentheses.</summary>
        private static Part Grouped(Part part) =>
            part.Children.Count == 0 && part.Flat.Contains(" && ", StringComparison.Ordinal) ? part with { Flat = "(" + part.Flat + ")" }
            : part;

        /// <summary>A test over the anchor's own members as C#, or null when the interpreter must decide it.</summary>
        private string? Test(CompiledCondition c, int leaf)
        {
            if (c.Kind != CompiledConditionKind.Test)
            {
                return null;
            }

            var id = leaf.ToString(CultureInfo.InvariantCulture);
            if (c.Source.Test == ConditionTest.LessThan)
            {
                // value < other, each a figure's or a percentage's value (as the interpreter's TryValue reads them).
                return Operand(c.Reference, "v" + id) is { } left && Operand(c.Other, "w" + id) is { } right
                    ? left.Guard + " && " + right.Guard + " && " + left.Value + " < " + right.Value
                    : null;
            }

            if (c.Reference is { Kind: ConditionReferenceKind.Named } figureReference && Named(figureReference.Figure) is { } figure)
            {
                var has = "h" + figure;
                var number = "n" + figure;
                return c.Source.Test switch
                {
                    ConditionTest.Present => has,
                    ConditionTest.Zero => has + " && " + number + " == 0m",
                    ConditionTest.NonZero => has + " && " + number + " != 0m",
                    ConditionTest.Positive => has + " && " + number + " > 0m",
                    ConditionTest.Negative => has + " && " + number + " < 0m",
                    ConditionTest.ValueEquals when c.HasConstant =>
                        has + " && " + number + " == " + c.Constant.ToString(CultureInfo.InvariantCulture) + "m",
                    _ => null,
                };
            }

            if (Member(c.Reference) is not { } member)
            {
                return null;
            }

            var type = member.PropertyType;
            var value = Nullable.GetUnderlyingType(type) ?? type;
            var access = "a." + member.Name;
            var v = "v" + leaf.ToString(CultureInfo.InvariantCulture);
            switch (c.Source.Test)
            {
                case ConditionTest.Present:
                    return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "true" : access + " is not null";
                case ConditionTest.NonBlank when value == typeof(string):
                    return "!string.IsNullOrWhiteSpace(" + access + ")";
                case ConditionTest.Zero:
                case ConditionTest.NonZero:
                case ConditionTest.Positive:
                case ConditionTest.Negative:
                case ConditionTest.ValueEquals when c.HasConstant:
                    if (Number(value, v) is not { } number)
                    {
                        return null;
                    }

                    var comparison = c.Source.Test switch
                    {
                        ConditionTest.Zero => " == 0m",
                        ConditionTest.NonZero => " != 0m",
                        ConditionTest.Positive => " > 0m",
                        ConditionTest.Negative => " < 0m",
                        _ => " == " + c.Constant.ToString(CultureInfo.InvariantCulture) + "m",
                    };
                    return access + " is { } " + v + " && " + number + comparison;
                case ConditionTest.UpperAbove when c.HasConstant:
                case ConditionTest.UpperBelow when c.HasConstant:
                case ConditionTest.LowerBelow when c.HasConstant:
                case ConditionTest.Covers when c.HasConstant:
                    // An interval test of the anchor's own figure (round two): the interval the interpreter's TryNumber
                    // gives (a figure's range under the run's rounding, a percentage's at its own precision), from the
                    // typed value through the run (IConditionLeaves.Range), with no location.
                    if (!Ranged(value))
                    {
                        return null;
                    }

                    var range = "leaves.Range(" + v + ")";
                    var bound = c.Constant.ToString(CultureInfo.InvariantCulture) + "m";
                    return access + " is { } " + v + " && " + c.Source.Test switch
                    {
                        ConditionTest.UpperAbove => range + ".Upper > " + bound,
                        ConditionTest.UpperBelow => range + ".Upper < " + bound,
                        ConditionTest.LowerBelow => range + ".Lower < " + bound,
                        _ => range + ".Contains(" + bound + ")",
                    };
                case ConditionTest.TextEquals when c.Source.Value is { } text:
                    if (value == typeof(string))
                    {
                        return "string.Equals(" + access + ", " + Literal(text) + ", StringComparison.Ordinal)";
                    }

                    if (value.IsEnum && EnumMember(value, text) is { } named)
                    {
                        namespaces.Add(value.Namespace!);
                        return access + " == " + value.Name + "." + named;
                    }

                    return value.IsEnum ? "false" : null;
                case ConditionTest.SameAs when Member(c.Other) is { } other:
                    var otherValue = Nullable.GetUnderlyingType(other.PropertyType) ?? other.PropertyType;
                    var x = "x" + leaf.ToString(CultureInfo.InvariantCulture);
                    if (value == typeof(string) && otherValue == typeof(string))
                    {
                        return access + " is { } " + x + " && string.Equals(" + x + ", a." + other.Name + ", StringComparison.Ordinal)";
                    }

                    if (value.IsEnum && otherValue == value && NamesDistinct(value))
                    {
                        var y = "y" + leaf.ToString(CultureInfo.InvariantCulture);
                        return access + " is { } " + x + " && a." + other.Name + " is { } " + y + " && " + x + " == " + y;
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>
        /// A value a comparison reads, as a guard and a value expression: the anchor's figure or percentage (its value), or a
        /// named figure found before the cases; null when the interpreter must read it.
        /// </summary>
        private (string Guard, string Value)? Operand(ConditionReference? reference, string v)
        {
            if (reference is { Kind: ConditionReferenceKind.Named } named)
            {
                return Named(named.Figure) is { } f ? ("h" + f, "n" + f) : null;
            }

            if (Member(reference) is not { } member)
            {
                return null;
            }

            var value = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            return Number(value, v) is { } number ? ("a." + member.Name + " is { } " + v, number) : null;
        }

        /// <summary>
        /// The number (as text) of a named figure the generator can find over the anchor and its parent — a first-of whose
        /// candidates are the anchor's member, the parent's member or a member of a parent's member — writing its helper
        /// once; null when it cannot (a sum, an absolute pointer, another path, a template's anchors).
        /// </summary>
        private string? Named(int index)
        {
            if (figures.TryGetValue(index, out var known))
            {
                return known ? index.ToString(CultureInfo.InvariantCulture) : null;
            }

            var text = FigureHelper(index);
            figures[index] = text is not null;
            if (text is null)
            {
                return null;
            }

            NamedUsed.Add(index);
            Helpers.Append(text);
            return index.ToString(CultureInfo.InvariantCulture);
        }

        private string? FigureHelper(int index)
        {
            var figure = plan.Figures[index];
            if (figure.IsSum || parents is null)
            {
                return null;
            }

            var n = index.ToString(CultureInfo.InvariantCulture);
            var body = new StringBuilder();
            for (var k = 0; k < figure.FirstOf.Length; k++)
            {
                var reference = figure.FirstOf[k];
                var c = "c" + k.ToString(CultureInfo.InvariantCulture);
                if (reference.Kind != ConditionReferenceKind.Relative || reference.Steps.Any(s => !s.Up && s.Name is null))
                {
                    return null;
                }

                var steps = reference.Steps;
                if (steps is [{ Up: false } own])
                {
                    // The anchor's own member: absent when the record type has none or it is no figure.
                    if (members.TryGetValue(own.Name!, out var member) && Figure(member.PropertyType, c) is { } value)
                    {
                        body.Append("\n        if (a.").Append(member.Name).Append(" is { } ").Append(c).Append(")\n        {\n")
                            .Append("            (has, value) = (true, ").Append(value).Append(");\n            return true;\n        }\n");
                    }

                    continue;
                }

                if (steps.Length is < 2 or > 3 || !steps[0].Up || steps.Skip(1).Any(s => s.Up))
                {
                    return null;
                }

                body.Append("\n        switch (parent)\n        {\n");
                foreach (var parent in parents)
                {
                    namespaces.Add(parent.Namespace!);
                    var access = Path(parent, steps.Skip(1).Select(s => s.Name!).ToArray(), c, out var value);
                    if (access == "")
                    {
                        return null;
                    }

                    var exact = parent.IsSealed ? "" : "parent.GetType() == typeof(" + parent.Name + ")";
                    if (access is not null)
                    {
                        body.Append("            case ").Append(parent.Name).Append(" p when ")
                            .Append(exact.Length > 0 ? exact + " && " : "").Append("p.").Append(access).Append(" is { } ").Append(c)
                            .Append(":\n                (has, value) = (true, ").Append(value).Append(");\n                return true;\n");
                    }

                    body.Append("            case ").Append(parent.Name).Append(exact.Length > 0 ? " when " + exact : "")
                        .Append(":\n                break;\n");
                }

                body.Append("            default:\n                (has, value) = (false, 0m);\n")
                    .Append("                return false;\n        }\n");
            }

            return "\n    /// <summary>" + method + "'s named figure " + n + ": the first candidate with a figure; false for a parent "
                + "of another type.</summary>\n"
                + "    private static bool " + method + "_F" + n + "(" + anchor.Name
                + " a, object? parent, out bool has, out decimal value)\n    {" + body
                + "\n        (has, value) = (false, 0m);\n        return true;\n    }\n";
        }

        /// <summary>
        /// The member access for a path of member names below a parent type (<c>Amount</c>, <c>IncomeGrandTotal?.Amount</c>)
        /// ending at a figure; null when the type has no such member or it is no figure (the candidate is absent there); ""
        /// when the generator cannot follow it (a list, a value record on the way).
        /// </summary>
        private static string? Path(Type type, string[] names, string c, out string value)
        {
            value = "";
            var access = new StringBuilder();
            for (var i = 0; i < names.Length; i++)
            {
                if (Info(type).Kind != JsonTypeInfoKind.Object)
                {
                    return "";
                }

                var property = Info(type).Properties.FirstOrDefault(p => p.Get is not null && p.Name == names[i]);
                if (property is null)
                {
                    return null;
                }

                var member = (PropertyInfo)property.AttributeProvider!;
                access.Append(i == 0 ? "" : "?.").Append(member.Name);
                if (i == names.Length - 1)
                {
                    if (Figure(member.PropertyType, c) is not { } figure)
                    {
                        return null;
                    }

                    value = figure;
                    return access.ToString();
                }

                type = Unwrapped(member.PropertyType);
                if (type.IsValueType)
                {
                    return "";
                }
            }

            return null;
        }

        /// <summary>The value of a figure member (<c>RelationEvaluator.TryFigure</c>: an amount, a quantity, a count), or null.</summary>
        private static string? Figure(Type declared, string c)
        {
            var value = Nullable.GetUnderlyingType(declared) ?? declared;
            return value == typeof(Amount) || value == typeof(Quantity) ? c + ".Value" : value == typeof(int) ? c : null;
        }

        /// <summary>The anchor's member a reference names (one step down, by its JSON name), or null.</summary>
        private PropertyInfo? Member(ConditionReference? reference) =>
            reference is { Kind: ConditionReferenceKind.Relative, Steps: [{ Up: false, Name: { } name }] }
            && members.TryGetValue(name, out var member) ? member : null;

        /// <summary>The value a figure test reads (as <c>RelationEvaluator.TryFigureValue</c>, or a percentage's), or null.</summary>
        private static string? Number(Type value, string v) =>
            value == typeof(Amount) || value == typeof(Quantity) || value == typeof(Percent) ? v + ".Value"
            : value == typeof(int) ? v
            : null;

        /// <summary>Whether a value has an interval the run gives (<c>IConditionLeaves.Range</c>): a figure or a percentage.</summary>
        private static bool Ranged(Type value) =>
            value == typeof(Amount) || value == typeof(Quantity) || value == typeof(Percent) || value == typeof(int);

        private static string? EnumMember(Type type, string text) =>
            Enum.GetValues(type).Cast<Enum>().Distinct().Where(e => EnumNames.Name(e) == text).Select(e => e.ToString()).SingleOrDefault();

        private static bool NamesDistinct(Type type)
        {
            var values = Enum.GetValues(type).Cast<Enum>().Distinct().ToList();
            return values.Select(EnumNames.Name).Distinct(StringComparer.Ordinal).Count() == values.Count;
        }

        private static string Literal(string text) =>
            "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
