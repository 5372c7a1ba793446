using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
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
        var anchorEntries = new StringBuilder();
        var ratioEntries = new StringBuilder();
        var compiled = new List<(string, string, int, int)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var perRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var namespaces = new SortedSet<string>(StringComparer.Ordinal);
        // The walks of /**/name and of every amount, shared by the relations over one name (session 25), written once.
        var sharedWalks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in RuleCatalogue.Relations.OfType<ConditionRelation>())
        {
            var number = perRule[relation.RuleId] = perRule.GetValueOrDefault(relation.RuleId) + 1;
            if (AnchorType(relation) is not { } type || !keys.Add(CompiledRelations.KeyOf(relation)))
            {
                continue;
            }

            var name = relation.RuleId + "_" + number.ToString(CultureInfo.InvariantCulture);
            var writer = new Writer(type, namespaces, ConditionPlan.Of(relation), name, ParentTypes(relation), StaticParent(relation));
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
            if (writer.RatioReader() is { } ratios)
            {
                // Session 35: the ratio cases' figures read typed, beside the decider.
                methods.Append(ratios);
                ratioEntries.Append("        [\"").Append(CompiledRelations.KeyOf(relation)).Append("\"] = ").Append(name)
                    .Append("_R,\n");
            }

            if (CompiledAnchorsGenerator.Walk(methods, sharedWalks, relation, name, namespaces))
            {
                anchorEntries.Append("        [\"").Append(CompiledRelations.KeyOf(relation)).Append("\"] = ").Append(name)
                    .Append("_A,\n");
            }

            compiled.Add((relation.RuleId, name, writer.Leaf, writer.Typed));
            if (!type.IsPrimitive && type != typeof(string) && type.Namespace != typeof(Amount).Namespace)
            {
                // The values' namespace and System are the core's global usings.
                namespaces.Add(type.Namespace!);
            }
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
            .Append("    };\n\n")
            .Append("    private static readonly Dictionary<string, CompiledAnchors> GeneratedAnchors = new(StringComparer.Ordinal)\n")
            .Append("    {\n")
            .Append(anchorEntries)
            .Append("    };\n\n")
            .Append("    private static readonly Dictionary<string, CompiledRatio> GeneratedRatios = new(StringComparer.Ordinal)\n")
            .Append("    {\n")
            .Append(ratioEntries)
            .Append("    };\n")
            .Append(methods)
            .Append(string.Concat(sharedWalks.Values))
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
            // Anchored at the root (session 22): the report itself, from which absolute pointers are read.
            return typeof(FinalAccountsReport);
        }

        if (ConditionPlan.Of(relation).AmountsOnly)
        {
            // Every value whose first case leaves all but an amount alone (session 23: FA6001): the evaluator visits only
            // the amounts' chain, so every anchor is an amount.
            return typeof(Amount);
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

        // A record, or (session 22) a scalar at a template's end (FA2009's shares, FA4302's change): a figure, a
        // percentage, a count, a text or an enum, whose tests read the parent record and absolute pointers.
        return Scalar(type) || Info(type).Kind == JsonTypeInfoKind.Object ? type : null;
    }

    /// <summary>
    /// The record type of a template's anchors' parent (session 22: <c>../amount</c> of FA2009's shares), or null when the
    /// template has <c>**</c>, is the root, ends at a list's elements (the parent is the list) or leads nowhere.
    /// </summary>
    internal static Type? StaticParent(ConditionRelation relation)
    {
        var template = relation.For;
        if (template.Length == 0 || template[0] != '/' || template.Contains("**", StringComparison.Ordinal)
            || template.EndsWith("/*", StringComparison.Ordinal) || AnchorType(relation) is null)
        {
            return null;
        }

        var tokens = template.Substring(1).Split('/');
        Type? type = typeof(FinalAccountsReport);
        for (var i = 0; i < tokens.Length - 1 && type is not null; i++)
        {
            var info = Info(type);
            type = tokens[i] == "*"
                ? info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element ? Unwrapped(element) : null
                : info.Kind == JsonTypeInfoKind.Object
                    && info.Properties.FirstOrDefault(p => p.Get is not null && p.Name == tokens[i]) is { } property
                    ? Unwrapped(property.PropertyType) : null;
        }

        return type is not null && Info(type).Kind == JsonTypeInfoKind.Object ? type : null;
    }

    /// <summary>A scalar the generated code can hold typed: a figure, a percentage, a count, a text or an enum.</summary>
    private static bool Scalar(Type type) =>
        type == typeof(Amount) || type == typeof(Quantity) || type == typeof(Percent) || type == typeof(int)
        || type == typeof(string) || type.IsEnum;

    /// <summary>A type's name as C# writes it (a count is an <c>int</c>).</summary>
    private static string CSharpName(Type type) => type == typeof(int) ? "int" : type == typeof(string) ? "string" : type.Name;

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
            .Append("        if (anchor is not ").Append(CSharpName(type))
            .Append(" a)\n        {\n            return Interpret;\n        }\n");
        var cases = new StringBuilder();
        var closed = false;
        for (var i = 0; i < plan.Cases.Length && !closed; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            var condition = plan.Cases[i].When is { } test ? writer.Condition(test) : null;
            if (condition?.Flat == "false")
            {
                // Never holds (session 22: folded constants): the next case.
                continue;
            }

            if (condition is null || condition.Flat == "true")
            {
                cases.Append("\n        return ").Append(index).Append(";\n    }\n");
                closed = true;
                continue;
            }

            cases.Append("\n        if (").Append(Unwrapped(Layout(condition, 12))).Append(")\n")
                .Append("        {\n            return ").Append(index).Append(";\n        }\n");
        }

        if (!closed)
        {
            cases.Append("\n        return NoCase;\n    }\n");
        }

        // The report's root and the anchor's parent record, when the typed leaves read them (session 22): absolute
        // pointers from the root, ../ from a template's parent (a parent of another type: the interpreter decides).
        var used = cases.ToString() + writer.Helpers;
        if (Regex.IsMatch(used, @"\broot\b"))
        {
            code.Append(type == typeof(FinalAccountsReport)
                ? "\n        var root = a;\n"
                : "\n        if (leaves.Root is not FinalAccountsReport root)\n        {\n            return Interpret;\n        }\n");
            writer.Using(typeof(FinalAccountsReport));
        }

        if (writer.ParentType is { } parentType && Regex.IsMatch(used, @"\bparent\b"))
        {
            code.Append("\n        if (leaves.Parent is not ").Append(parentType.Name)
                .Append(" parent)\n        {\n            return Interpret;\n        }\n");
            writer.Using(parentType);
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
    private sealed class Writer(
        Type anchor, SortedSet<string> namespaces, ConditionPlan plan, string method, Type[]? parents, Type? parentType)
    {
        private readonly Dictionary<int, bool> figures = [];
        private readonly Dictionary<string, PropertyInfo> members = Scalar(anchor) || Info(anchor).Kind != JsonTypeInfoKind.Object ? []
            : Info(anchor).Properties
                .Where(p => p.Get is not null)
                .ToDictionary(p => p.Name, p => (PropertyInfo)p.AttributeProvider!, StringComparer.Ordinal);

        // Session 22: the named figures of a relation not over /**/name, read by helpers from the anchor, its parent and
        // the root (null: not typed); the figures being written (a figure that names itself is not typed).
        private readonly Dictionary<int, string?> rooted = [];
        private readonly Dictionary<int, string?> rootedValues = [];
        private readonly HashSet<int> writing = [];

        /// <summary>The record type of the anchors' parent, known from the template (session 22), or null.</summary>
        public Type? ParentType => parentType;

        /// <summary>Makes the generated file use a type's namespace.</summary>
        public void Using(Type type) => namespaces.Add(type.Namespace!);

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
                    // Constants folded (session 22: the anchor's own presence is "true"), so that no case is a constant
                    // condition (unreachable code): the tests are pure, so dropping one changes no answer. Every leaf was
                    // numbered above, folded or not.
                    var (unit, zero) = op == "&&" ? ("true", "false") : ("false", "true");
                    if (children.Any(p => p.Flat == zero))
                    {
                        return Constant(zero);
                    }

                    children.RemoveAll(p => p.Flat == unit);
                    return children.Count == 0 ? Constant(unit)
                        : children.Count == 1 ? children[0]
                        : new Part("(" + string.Join(" " + op + " ", children.Select(p => p.Flat)) + ")", op, children, false);
                case CompiledConditionKind.Not:
                    var inner = Condition(c.Inner!);
                    return inner.Flat is "true" or "false" ? Constant(inner.Flat == "true" ? "false" : "true") : Negation(inner);
                default:
                    var leaf = Leaf++;
                    var typed = Test(c, leaf);
                    if (typed is not null)
                    {
                        Typed++;
                    }

                    if (typed is not null && typed.Length > FlatLength - 24 && typed.Contains(" && ", StringComparison.Ordinal)
                        && Conjuncts(typed) is { Count: > 1 } parts)
                    {
                        // A long test that is a conjunction (a pattern, a helper's call, an interval test; session 22): its
                        // parts, so that the layout can put one per line.
                        return new Part("(" + typed + ")", "&&", [.. parts.Select(p => new Part(p, "", [], false))], false);
                    }

                    return new Part(typed ?? "leaves.Holds(" + leaf.ToString(CultureInfo.InvariantCulture) + ")", "", [], false);
            }
        }

        private static Part Constant(string value) => new(value, "", [], false);

        /// <summary>The parts of a test joined by <c>&amp;&amp;</c> outside parentheses.</summary>
        private static List<string> Conjuncts(string test)
        {
            var parts = new List<string>();
            var (depth, start) = (0, 0);
            for (var i = 0; i < test.Length; i++)
            {
                depth += test[i] == '(' ? 1 : test[i] == ')' ? -1 : 0;
                if (depth == 0 && string.CompareOrdinal(test, i, " && ", 0, 4) == 0)
                {
                    parts.Add(test.Substring(start, i - start));
                    start = i + 4;
                }
            }

            parts.Add(test.Substring(start));
            return parts;
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
            if (c.Kind == CompiledConditionKind.Option)
            {
                // An option (session 22): the run's enum against the member whose JSON name is the value (as the
                // interpreter's OptionText compares names); no member so named never holds; another option is left to the
                // interpreter (which throws for it).
                var option = c.Source.Option switch
                {
                    "unitType" => typeof(UnitType),
                    "scope" => typeof(InputScope),
                    _ => null,
                };
                if (option is null || c.Source.Test != ConditionTest.TextEquals || c.Source.Value is not { } expected)
                {
                    return null;
                }

                return EnumMember(option, expected) is { } named
                    ? "leaves." + (option == typeof(UnitType) ? "UnitType" : "Scope") + " == " + option.Name + "." + named
                    : "false";
            }

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

            if (parents is not null && c.Reference is { Kind: ConditionReferenceKind.Named } figureReference
                && Named(figureReference.Figure) is { } figure)
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

            return Member(c.Reference) is { } member && MemberTest(c, leaf, member) is { } typed ? typed : RootedTest(c, leaf);
        }

        /// <summary>A test of one of the anchor's own members (session 21), or null.</summary>
        private string? MemberTest(CompiledCondition c, int leaf, PropertyInfo member)
        {
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
                return parents is null || plan.Figures[named.Figure].IsSum ? RootedOperand(reference, v)
                    : Named(named.Figure) is { } f ? ("h" + f, "n" + f) : null;
            }

            if (Member(reference) is not { } member)
            {
                return RootedOperand(reference, v);
            }

            var value = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            return Number(value, v) is { } number ? ("a." + member.Name + " is { } " + v, number) : null;
        }

        // ---- session 22: the anchor itself, its parent record, absolute pointers from the root, named figures over them --

        /// <summary>
        /// A place the generated code reads: its C# expression (over <c>a</c>, <c>parent</c> or <c>root</c>, with
        /// <c>?.</c> after a member that may be absent), its declared type (unwrapped) and whether it may be null.
        /// </summary>
        private sealed record Place(string Expression, Type Declared, bool MaybeNull);

        /// <summary>
        /// The place a reference names as typed access: the anchor (<c>a</c>), a relative path down from it or from the
        /// template's parent record (<c>../amount</c>), an absolute pointer from the report's root; null when the generator
        /// cannot follow it (a list index, a value record on the way, a member the contract does not declare, a named
        /// figure, two steps up, a parent not known from the template).
        /// </summary>
        private Place? Access(ConditionReference? reference)
        {
            switch (reference?.Kind)
            {
                case ConditionReferenceKind.Anchor:
                    return new Place("a", anchor, false);
                case ConditionReferenceKind.Absolute:
                    var tokens = reference.Text.Substring(1).Split('/');
                    var names = new string[tokens.Length];
                    for (var i = 0; i < tokens.Length; i++)
                    {
                        if (!JsonPointer.TryUnescape(tokens[i], out var name))
                        {
                            return null;
                        }

                        names[i] = name;
                    }

                    return Chain("root", typeof(FinalAccountsReport), names);
                case ConditionReferenceKind.Relative:
                    var steps = reference.Steps;
                    if (steps.Skip(1).Any(s => s.Up) || steps.Any(s => !s.Up && s.Name is null))
                    {
                        return null;
                    }

                    if (steps[0].Up)
                    {
                        return parentType is null || steps.Length < 2 ? null
                            : Chain("parent", parentType, [.. steps.Skip(1).Select(s => s.Name!)]);
                    }

                    return Scalar(anchor) ? null : Chain("a", anchor, [.. steps.Select(s => s.Name!)]);
                default:
                    return null;
            }
        }

        /// <summary>Member accesses by JSON name from a non-null record of a type, or null when one cannot be followed.</summary>
        private static Place? Chain(string start, Type type, string[] names)
        {
            var expression = new StringBuilder(start);
            var maybeNull = false;
            for (var i = 0; i < names.Length; i++)
            {
                if (Scalar(type) || Info(type).Kind != JsonTypeInfoKind.Object
                    || Info(type).Properties.FirstOrDefault(p => p.Get is not null && p.Name == names[i]) is not { } property)
                {
                    return null;
                }

                var member = (PropertyInfo)property.AttributeProvider!;
                expression.Append(maybeNull ? "?." : ".").Append(member.Name);
                maybeNull |= !member.PropertyType.IsValueType || Nullable.GetUnderlyingType(member.PropertyType) is not null;
                type = Unwrapped(member.PropertyType);
                if (i < names.Length - 1 && type.IsValueType)
                {
                    return null;
                }
            }

            return new Place(expression.ToString(), type, maybeNull);
        }

        /// <summary>A place's value bound to <paramref name="v"/>: a pattern when it may be null, else a declaration.</summary>
        private static (string Guard, string Name) Bound(Place place, string v) =>
            place.MaybeNull ? (place.Expression + " is { } " + v, v) : ("", place.Expression);

        private static string And(string guard, string test) => guard.Length == 0 ? test : guard + " && " + test;

        /// <summary>A value a comparison reads through typed access (a figure's or a percentage's), or null.</summary>
        private (string Guard, string Value)? RootedOperand(ConditionReference? reference, string v)
        {
            if (reference is { Kind: ConditionReferenceKind.Named })
            {
                // Session 35: the value alone (a comparison reads no interval; the helper adds up none).
                return RootedFigure(reference.Figure, valueOnly: true) is { } helper
                    ? (helper + "(" + Arguments + ", out var " + v + ")", v) : null;
            }

            if (Access(reference) is not { } place || Number(place.Declared, "x") is null)
            {
                return null;
            }

            var (guard, name) = Bound(place, v);
            return (guard.Length == 0 ? "true" : guard, Number(place.Declared, name)!);
        }

        /// <summary>The interval a range test reads (a figure's, a percentage's, a named figure's), with its guard, or null.</summary>
        private (string Guard, string Range)? RangedOperand(ConditionReference? reference, string v)
        {
            if (reference is { Kind: ConditionReferenceKind.Named })
            {
                return RootedFigure(reference.Figure) is { } helper
                    ? (helper + "(" + Arguments + ", out _, out var " + v + ")", v) : null;
            }

            if (Access(reference) is not { } place || !Ranged(place.Declared))
            {
                return null;
            }

            var (guard, name) = Bound(place, v);
            return (guard, "leaves.Range(" + name + ")");
        }

        /// <summary>The arguments of a named figure's helper (session 22).</summary>
        private string Arguments => parents is not null ? "a, leaves.Parent, leaves"
            : parentType is null ? "a, root, leaves" : "a, root, parent, leaves";

        /// <summary>
        /// A test over the anchor, its parent record, the report's root or a named figure computed from them (session 22),
        /// or null when the interpreter must decide it.
        /// </summary>
        private string? RootedTest(CompiledCondition c, int leaf)
        {
            var id = leaf.ToString(CultureInfo.InvariantCulture);
            var test = c.Source.Test;
            switch (test)
            {
                case ConditionTest.Meets:
                    return RangedOperand(c.Reference, "g" + id) is { } left && RangedOperand(c.Other, "k" + id) is { } right
                        ? And(And(left.Guard, right.Guard), left.Range + ".Intersects(" + right.Range + ")") : null;
                case ConditionTest.UpperAbove when c.HasConstant:
                case ConditionTest.UpperBelow when c.HasConstant:
                case ConditionTest.LowerBelow when c.HasConstant:
                case ConditionTest.Covers when c.HasConstant:
                    if (RangedOperand(c.Reference, "g" + id) is not { } ranged)
                    {
                        return null;
                    }

                    var bound = c.Constant.ToString(CultureInfo.InvariantCulture) + "m";
                    return And(ranged.Guard, test switch
                    {
                        ConditionTest.UpperAbove => ranged.Range + ".Upper > " + bound,
                        ConditionTest.UpperBelow => ranged.Range + ".Upper < " + bound,
                        ConditionTest.LowerBelow => ranged.Range + ".Lower < " + bound,
                        _ => ranged.Range + ".Contains(" + bound + ")",
                    });
            }

            var comparison = test switch
            {
                ConditionTest.Zero => " == 0m",
                ConditionTest.NonZero => " != 0m",
                ConditionTest.Positive => " > 0m",
                ConditionTest.Negative => " < 0m",
                ConditionTest.ValueEquals when c.HasConstant => " == " + c.Constant.ToString(CultureInfo.InvariantCulture) + "m",
                _ => null,
            };
            if (c.Reference is { Kind: ConditionReferenceKind.Named } named)
            {
                // Session 35: the value alone (a presence or a comparison reads no interval; the helper adds up none).
                if (RootedFigure(named.Figure, valueOnly: true) is not { } helper)
                {
                    return null;
                }

                var call = helper + "(" + Arguments + ", ";
                return test == ConditionTest.Present ? call + "out _)"
                    : comparison is null ? null
                    : call + "out var n" + id + ") && n" + id + comparison;
            }

            if (Access(c.Reference) is not { } place)
            {
                return null;
            }

            var info = Scalar(place.Declared) ? null : Info(place.Declared);
            switch (test)
            {
                case ConditionTest.Present:
                    // A record or a scalar is in the index when it is not null (a list is left to the interpreter).
                    return info is not null && info.Kind != JsonTypeInfoKind.Object ? null
                        : place.MaybeNull ? place.Expression + " is not null" : "true";
                case ConditionTest.Amount:
                    // The node holds an amount: a member declared as one that is there; never for a sealed other type.
                    return place.Declared == typeof(Amount) ? (place.MaybeNull ? place.Expression + " is not null" : "true")
                        : place.Declared.IsValueType || place.Declared.IsSealed ? "false" : null;
                case ConditionTest.NonBlank when place.Declared == typeof(string):
                    return "!string.IsNullOrWhiteSpace(" + place.Expression + ")";
                case ConditionTest.TextEquals when c.Source.Value is { } text:
                    if (place.Declared == typeof(string))
                    {
                        return "string.Equals(" + place.Expression + ", " + Literal(text) + ", StringComparison.Ordinal)";
                    }

                    if (place.Declared.IsEnum && EnumMember(place.Declared, text) is { } enumName)
                    {
                        namespaces.Add(place.Declared.Namespace!);
                        return place.Expression + " == " + place.Declared.Name + "." + enumName;
                    }

                    return place.Declared.IsEnum ? "false" : null;
            }

            if (comparison is null || Number(place.Declared, "x") is null)
            {
                return null;
            }

            var (guard, value) = Bound(place, "v" + id);
            return And(guard, Number(place.Declared, value) + comparison);
        }

        /// <summary>
        /// The name of the helper that computes a named figure as the interpreter does (a first-of: the first candidate that
        /// holds a figure; a sum: every term's value with its weight and the intervals added or subtracted), writing it
        /// once; null when a candidate or term cannot be read typed (session 22). With <paramref name="valueOnly"/> (session
        /// 35) the helper gives the value alone (<c>_V</c>: whether it is there and its value, no interval worked out — a
        /// presence or a comparison reads nothing else, and the intervals were ≈ half of a named sum's cost).
        /// </summary>
        private string? RootedFigure(int index, bool valueOnly = false)
        {
            if (index < 0)
            {
                return null;
            }

            var cache = valueOnly ? rootedValues : rooted;
            if (cache.TryGetValue(index, out var known))
            {
                return known;
            }

            // The figures being written, a value-only helper's by its complement (a figure that names itself is not typed).
            var key = valueOnly ? ~index : index;
            if (!writing.Add(key))
            {
                return null;
            }

            var name = method + (valueOnly ? "_V" : "_G") + index.ToString(CultureInfo.InvariantCulture);
            // Session 23: over a /**/name anchor a sum is computed as over a template's; a first-of reads its candidates
            // from the parent as the value-only helper does (whose check before the cases makes the parent's type known).
            var body = parents is null || plan.Figures[index].IsSum ? RootedFigureBody(plan.Figures[index], valueOnly)
                : Named(index) is null ? null : FigureBody(index, ranged: true, valueOnly: valueOnly);
            writing.Remove(key);
            cache[index] = body is null ? null : name;
            if (body is null)
            {
                return null;
            }

            var parameters = parents is not null ? CSharpName(anchor) + " a, object? parent, "
                : CSharpName(anchor) + " a, FinalAccountsReport root, " + (parentType is null ? "" : parentType.Name + " parent, ");
            if (parentType is not null)
            {
                namespaces.Add(parentType.Namespace!);
            }

            namespaces.Add(typeof(FinalAccountsReport).Namespace!);
            namespaces.Add(typeof(DecimalInterval).Namespace!);
            Helpers.Append("\n    /// <summary>").Append(method).Append("'s named figure ").Append(index)
                .Append(valueOnly ? " as the interpreter computes it: whether it is there and its value.</summary>\n"
                    : " as the interpreter computes it: whether it is there, its value and its interval.</summary>\n")
                .Append("    private static bool ").Append(name).Append("(\n        ").Append(parameters)
                .Append(valueOnly ? "IConditionLeaves leaves, out decimal value)\n    {\n"
                    : "IConditionLeaves leaves, out decimal value, out DecimalInterval range)\n    {\n")
                .Append(body).Append("    }\n");
            return name;
        }

        private string? RootedFigureBody(CompiledFigure figure, bool valueOnly)
        {
            // Inside a helper over a /**/name anchor the parent is the helper's own parameter (session 23).
            var arguments = parents is not null ? "a, parent, leaves" : Arguments;
            var body = new StringBuilder();
            if (!figure.IsSum)
            {
                for (var k = 0; k < figure.FirstOf.Length; k++)
                {
                    var c = "c" + k.ToString(CultureInfo.InvariantCulture);
                    var candidate = figure.FirstOf[k];
                    if (candidate.Kind == ConditionReferenceKind.Named)
                    {
                        if (RootedFigure(candidate.Figure, valueOnly) is not { } helper)
                        {
                            return null;
                        }

                        body.Append("        if (").Append(helper).Append('(').Append(arguments)
                            .Append(valueOnly ? ", out value))\n" : ", out value, out range))\n")
                            .Append("        {\n            return true;\n        }\n\n");
                        continue;
                    }

                    if (Access(candidate) is not { } place)
                    {
                        return null;
                    }

                    if (Figure(place.Declared, "x") is null)
                    {
                        // Never a figure there (a percentage, a text, a record of a sealed type): the next candidate.
                        if (place.Declared.IsValueType || place.Declared.IsSealed)
                        {
                            continue;
                        }

                        return null;
                    }

                    var (guard, bound) = Bound(place, c);
                    var take = "value = " + Figure(place.Declared, bound) + ";\n"
                        + (valueOnly ? "" : "range = leaves.Range(" + bound + ");\n");
                    if (guard.Length == 0)
                    {
                        return body.Append(Indented(take + "return true;\n", 8)).ToString();
                    }

                    body.Append("        if (").Append(guard).Append(")\n        {\n").Append(Indented(take + "return true;\n", 12))
                        .Append("        }\n\n");
                }

                return body.Append(valueOnly ? "        value = 0m;\n        return false;\n"
                    : "        value = 0m;\n        range = default;\n        return false;\n").ToString();
            }

            body.Append(valueOnly ? "        value = 0m;\n" : "        value = 0m;\n        range = DecimalInterval.Exact(0m);\n");
            for (var k = 0; k < figure.Sum.Length; k++)
            {
                var term = figure.Sum[k];
                var t = "t" + k.ToString(CultureInfo.InvariantCulture);
                string termValue;
                string termRange;
                if (term.Reference.Kind == ConditionReferenceKind.Named)
                {
                    if (RootedFigure(term.Reference.Figure, valueOnly) is not { } helper)
                    {
                        return null;
                    }

                    body.Append("        if (!").Append(helper).Append('(').Append(arguments).Append(", out var ").Append(t)
                        .Append(valueOnly ? "" : ", out var r" + t).Append("))\n        {\n            return false;\n        }\n");
                    (termValue, termRange) = (t, "r" + t);
                }
                else
                {
                    if (Access(term.Reference) is not { } place || Figure(place.Declared, "x") is null)
                    {
                        return null;
                    }

                    var (guard, bound) = Bound(place, t);
                    if (guard.Length > 0)
                    {
                        body.Append("        if (").Append(place.Expression).Append(" is not { } ").Append(t)
                            .Append(")\n        {\n            return false;\n        }\n");
                    }

                    (termValue, termRange) = (Figure(place.Declared, bound)!, "leaves.Range(" + bound + ")");
                }

                // As the interpreter's TrySum: 1·x is x; the intervals added, or subtracted for a negative weight.
                body.Append("        value += ").Append(term.Weight == 1 ? termValue
                        : term.Weight.ToString(CultureInfo.InvariantCulture) + "m * " + termValue).Append(";\n");
                if (!valueOnly)
                {
                    body.Append("        range = range ").Append(term.Weight < 0 ? "- " : "+ ").Append(termRange).Append(";\n");
                }
            }

            return body.Append("        return true;\n").ToString();
        }

        private static string Indented(string lines, int indent) =>
            string.Concat(lines.Split('\n').Where(l => l.Length > 0).Select(l => new string(' ', indent) + l + "\n"));

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
            if (FigureBody(index, ranged: false) is not { } body)
            {
                return null;
            }

            var n = index.ToString(CultureInfo.InvariantCulture);
            return "\n    /// <summary>" + method + "'s named figure " + n + ": the first candidate with a figure; false for a parent "
                + "of another type.</summary>\n"
                + "    private static bool " + method + "_F" + n + "(" + anchor.Name
                + " a, object? parent, out bool has, out decimal value)\n    {" + body
                + "\n        (has, value) = (false, 0m);\n        return true;\n    }\n";
        }

        /// <summary>
        /// The body of a first-of over the anchor and its parent: <paramref name="ranged"/> false, <c>(has, value)</c> and
        /// false for a parent of another type (the value-only helper); true (session 23), <c>(value, range)</c> and whether the
        /// figure is there, its interval as the interpreter's <c>TryFigure</c> gives it (the caller made sure of the parent).
        /// </summary>
        private string? FigureBody(int index, bool ranged, bool read = false, bool valueOnly = false)
        {
            var figure = plan.Figures[index];
            if (figure.IsSum || parents is null)
            {
                return null;
            }

            var body = new StringBuilder();
            string Take(string c, string value, string indent) => read
                ? indent + "(has, figure) = (true, " + (value == c ? "ReadCount(" + c + ")" : "Read(" + c + ", mode)") + ");\n"
                : ranged && valueOnly ? indent + "value = " + value + ";\n"
                : ranged
                ? indent + "(value, range) = (" + value + ", leaves.Range(" + c + "));\n"
                : indent + "(has, value) = (true, " + value + ");\n";
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
                            .Append(Take(c, value, "            ")).Append("            return true;\n        }\n");
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
                            .Append(":\n").Append(Take(c, value, "                ")).Append("                return true;\n");
                    }

                    body.Append("            case ").Append(parent.Name).Append(exact.Length > 0 ? " when " + exact : "")
                        .Append(":\n                break;\n");
                }

                body.Append("            default:\n")
                    .Append(read ? "                (has, figure) = (false, default);\n"
                        : ranged && valueOnly ? "                value = 0m;\n"
                        : ranged ? "                (value, range) = (0m, default);\n" : "                (has, value) = (false, 0m);\n")
                    .Append("                return false;\n        }\n");
            }

            return ranged ? body.Append(valueOnly ? "\n        value = 0m;\n        return false;\n"
                    : "\n        (value, range) = (0m, default);\n        return false;\n").ToString().TrimStart('\n')
                : body.ToString();
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

        // ---- session 35: the ratio cases' figures read typed ----------------------------------------------------------

        /// <summary>
        /// The reader of the relation's ratio cases (<c>CompiledRatio</c>): one method per case whose percentage and terms
        /// it can read typed, and a dispatcher by the case's number; null when no ratio case can be read so (a template's
        /// anchors, a sum figure, a term with a condition, a place it cannot follow). Each case reads what
        /// <c>TypedAnchorRun.PlainRatio</c>'s general reads give: the percentage (<c>TryPercent</c>), the numerator's value
        /// and whether it lies in its interval (<c>CombineValue</c>), the denominator as a figure (<c>Combine</c>).
        /// </summary>
        public string? RatioReader()
        {
            var dispatch = new StringBuilder();
            var bodies = new StringBuilder();
            for (var i = 0; i < plan.Cases.Length; i++)
            {
                var then = plan.Cases[i].Then;
                if (then.Kind != ConditionOutcomeKind.Ratio || RatioCase(then) is not { } body)
                {
                    continue;
                }

                var index = i.ToString(CultureInfo.InvariantCulture);
                dispatch.Append("            case ").Append(index).Append(":\n                return ").Append(method).Append("_R")
                    .Append(index).Append("(a, parent, mode, out reads);\n");
                bodies.Append("\n    /// <summary>").Append(method).Append("'s case ").Append(index)
                    .Append(" read typed: its percentage, numerator and denominator.</summary>\n")
                    .Append("    private static int ").Append(method).Append("_R").Append(index).Append("(\n        ")
                    .Append(CSharpName(anchor)).Append(" a, object? parent, RoundingMode mode, out RatioReads reads)\n    {\n")
                    .Append("        reads = default;\n").Append(body).Append("    }\n");
            }

            if (dispatch.Length == 0)
            {
                return null;
            }

            return "\n    /// <summary>" + method + "'s ratio cases read typed (<see cref=\"CompiledRatio\"/>).</summary>\n"
                + "    private static int " + method
                + "_R(object anchor, object? parent, int chosen, RoundingMode mode, out RatioReads reads)\n    {\n"
                + "        if (anchor is not " + CSharpName(anchor) + " a)\n        {\n            reads = default;\n"
                + "            return RatioInterpret;\n        }\n\n"
                + "        switch (chosen)\n        {\n" + dispatch
                + "            default:\n                reads = default;\n                return RatioInterpret;\n        }\n    }\n"
                + bodies + ratioHelpers;
        }

        private readonly StringBuilder ratioHelpers = new();
        private readonly Dictionary<int, string?> readFigures = [];

        /// <summary>One ratio case's body (after <c>reads = default;</c>), or null when a part cannot be read typed.</summary>
        private string? RatioCase(CompiledOutcome outcome)
        {
            if (Access(outcome.Checked) is not { Declared: var declared } percent || declared != typeof(Percent)
                || outcome.Items.Length == 0 || outcome.Denominator.Length == 0
                || outcome.Items.Concat(outcome.Denominator).Any(t => t.When is not null))
            {
                return null;
            }

            var body = new StringBuilder();
            if (percent.MaybeNull)
            {
                body.Append("        if (").Append(percent.Expression).Append(" is not { } percent)\n        {\n")
                    .Append("            return RatioNoPercent;\n        }\n\n        reads.Percent = percent;\n");
            }
            else
            {
                body.Append("        reads.Percent = ").Append(percent.Expression).Append(";\n");
            }

            var terms = outcome.Items.Concat(outcome.Denominator).ToArray();
            for (var k = 0; k < terms.Length; k++)
            {
                if (TermRead(terms[k].Reference, "f" + k.ToString(CultureInfo.InvariantCulture)) is not { } read)
                {
                    return null;
                }

                body.Append(read);
            }

            // The numerator as CombineValue adds it; the denominator as Combine gives it (one term of weight 1: the figure
            // itself — a zero, which Combine adds to 0, is a zero either way and not applicable), with its interval.
            var items = outcome.Items.Length;
            body.Append(Sum(outcome.Items, 0, "reads.Numerator", out var numeratorInRange))
                .Append("        reads.NumeratorInRange = ").Append(numeratorInRange).Append(";\n");
            if (outcome.Denominator is [{ Weight: 1 }])
            {
                body.Append("        reads.Denominator = f").Append(items.ToString(CultureInfo.InvariantCulture)).Append(";\n");
            }
            else
            {
                body.Append(Sum(outcome.Denominator, items, "var value", out var inRange))
                    .Append("        var range = DecimalInterval.Exact(0m);\n");
                for (var k = 0; k < outcome.Denominator.Length; k++)
                {
                    body.Append("        range = range ").Append(outcome.Denominator[k].Weight < 0 ? "- " : "+ ").Append('f')
                        .Append((items + k).ToString(CultureInfo.InvariantCulture)).Append(".Range;\n");
                }

                body.Append("        reads.Denominator = new Figure(default, value, range, ").Append(inRange).Append(");\n");
                namespaces.Add(typeof(DecimalInterval).Namespace!);
            }

            return body.Append("        return RatioRead;\n").ToString();
        }

        /// <summary>
        /// Σ weight·figure of terms read as <c>f{first}</c>… into <paramref name="target"/>, in the order and with the
        /// additions of <c>CombineValue</c> (one term of weight 1: the figure's value, a zero added to 0), and whether the
        /// sum lies in its exact interval (every figure's value in its own, every weight ±1).
        /// </summary>
        private static string Sum(CompiledTerm[] terms, int first, string target, out string inRange)
        {
            string F(int k) => "f" + (first + k).ToString(CultureInfo.InvariantCulture);
            if (terms is [{ Weight: 1 }])
            {
                inRange = F(0) + ".ValueInRange";
                return "        " + target + " = " + F(0) + ".Value == 0m ? 0m + " + F(0) + ".Value : " + F(0) + ".Value;\n";
            }

            var text = new StringBuilder("        ").Append(target).Append(" = 0m;\n");
            var name = target.StartsWith("var ", StringComparison.Ordinal) ? target.Substring(4) : target;
            var parts = new List<string>();
            for (var k = 0; k < terms.Length; k++)
            {
                var weight = terms[k].Weight;
                text.Append("        ").Append(name).Append(" += ")
                    .Append(weight == 1 ? F(k) + ".Value" : weight.ToString(CultureInfo.InvariantCulture) + "m * " + F(k) + ".Value")
                    .Append(";\n");
                parts.Add(weight is 1 or -1 ? F(k) + ".ValueInRange" : "false");
            }

            inRange = parts.Contains("false") ? "false" : string.Join(" && ", parts);
            return text.ToString();
        }

        /// <summary>
        /// A term's figure read into <paramref name="f"/>: a figure member of the anchor (absent: the term has no figure), or
        /// a named first-of over the anchor and its parent (a parent of another type: the general reads decide); null when
        /// the generator cannot read it.
        /// </summary>
        private string? TermRead(ConditionReference reference, string f)
        {
            if (reference.Kind == ConditionReferenceKind.Named)
            {
                if (reference.Figure < 0 || ReadFigure(reference.Figure) is not { } helper)
                {
                    return null;
                }

                var has = "h" + f.Substring(1);
                return "        if (!" + helper + "(a, parent, mode, out var " + has + ", out var " + f + "))\n        {\n"
                    + "            return RatioInterpret;\n        }\n\n"
                    + "        if (!" + has + ")\n        {\n            return RatioMissing;\n        }\n\n";
            }

            if (Access(reference) is not { } place || Figure(place.Declared, "x") is not { } value)
            {
                return null;
            }

            var t = "t" + f.Substring(1);
            var (guard, bound) = Bound(place, t);
            var read = value == "x" ? "ReadCount(" + bound + ")" : "Read(" + bound + ", mode)";
            return guard.Length == 0 ? "        var " + f + " = " + read + ";\n"
                : "        if (" + place.Expression + " is not { } " + t + ")\n        {\n            return RatioMissing;\n        }\n\n"
                    + "        var " + f + " = " + read + ";\n";
        }

        /// <summary>
        /// The helper that reads a named first-of as a figure (<c>Method_Q0(a, parent, mode, out has, out figure)</c>: the
        /// first candidate with a figure, as the run's <c>ResolveNamed</c> reads it; false for a parent of another type),
        /// written once; null for a sum or when a candidate cannot be followed.
        /// </summary>
        private string? ReadFigure(int index)
        {
            if (readFigures.TryGetValue(index, out var known))
            {
                return known;
            }

            var body = FigureBody(index, ranged: false, read: true);
            var name = body is null ? null : method + "_Q" + index.ToString(CultureInfo.InvariantCulture);
            readFigures[index] = name;
            if (body is not null)
            {
                ratioHelpers.Append("\n    /// <summary>").Append(method).Append("'s named figure ").Append(index)
                    .Append(" read as a figure: the first candidate with one; false for a parent of another type.</summary>\n")
                    .Append("    private static bool ").Append(name).Append("(\n        ").Append(CSharpName(anchor))
                    .Append(" a, object? parent, RoundingMode mode, out bool has, out Figure figure)\n    {").Append(body)
                    .Append("\n        (has, figure) = (false, default);\n        return true;\n    }\n");
            }

            return name;
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
