using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Writes a condition relation's anchors as a typed walk of the model (<c>name_A</c>, a <c>CompiledAnchors</c>, into
/// <c>CompiledRelations.g.cs</c>; sessions 24–25): the walk enters each member and element on the way
/// (<c>TypedAnchorRun.Enter</c>/<c>EnterAt</c>, so the run knows every anchor's path and can write its pointers) and hands
/// each anchor to <c>TypedAnchorRun.Decide</c> in document order (the index's pre-order).
/// <list type="bullet">
/// <item>A template without <c>**</c>: its members followed from the report through the contract's properties, a loop per
/// <c>*</c>. An absent place before the first wildcard (or anywhere, without one) is the relation's <c>whenAbsent</c> at the
/// template's text up to its first list (<c>Absent</c>); a null member after the last wildcard is <c>whenAbsent</c> below the
/// element (<c>AbsentBelow</c>); a null element of the last list likewise (<c>AbsentElement</c>); anything absent between
/// wildcards returns false (the interpreter decides).</item>
/// <item><c>/**/name</c> (session 25): every member so named that holds a record, anywhere — one method per record type
/// that can reach such a member (generated from the contract's shapes, members in the contract's order, so in document
/// order), shared by the relations over the same name; a value of a type that is not sealed is dispatched on its exact
/// runtime type (an unknown one returns false).</item>
/// <item><c>/**</c> whose first case leaves all but an amount alone (FA6001): every amount, as members and list elements,
/// the same way.</item>
/// </list>
/// </summary>
internal static class CompiledAnchorsGenerator
{
    private const string AnyDepth = "/**/";

    /// <summary>Writes the relation's walk; false (nothing written) when the contract gives no typed walk for it.</summary>
    /// <param name="code">The generated methods.</param>
    /// <param name="shared">The walks shared by the relations over one name, written once each (by method name).</param>
    /// <param name="relation">The relation.</param>
    /// <param name="name">The relation's method name.</param>
    /// <param name="namespaces">The namespaces the generated file uses.</param>
    /// <returns>Whether a walk was written.</returns>
    internal static bool Walk(
        StringBuilder code, IDictionary<string, string> shared, ConditionRelation relation, string name, ISet<string> namespaces)
    {
        var plan = ConditionPlan.Of(relation);
        string? entry;
        if (plan.AnyDepth)
        {
            var target = plan.AmountsOnly ? null : plan.AnyDepthName;
            if (!plan.AmountsOnly && (target is null || relation.For != AnyDepth + target))
            {
                return false;
            }

            var anyDepth = new AnyDepthWriter(target, shared, namespaces);
            if (anyDepth.Call(typeof(FinalAccountsReport), "report") is not { } call)
            {
                return false;
            }

            entry = "        return " + call + ";\n";
        }
        else
        {
            entry = Template(relation.For);
        }

        if (entry is null)
        {
            return false;
        }

        code.Append('\n')
            .Append("    /// <summary>").Append(relation.RuleId).Append(": the anchors of <c>")
            .Append(relation.For.Length == 0 ? "\"\"" : relation.For)
            .Append("</c>, typed, in document order.</summary>\n")
            .Append("    private static bool ").Append(name).Append("_A(FinalAccountsReport report, TypedAnchorRun anchors)\n    {\n")
            .Append(entry)
            .Append("    }\n");
        namespaces.Add(typeof(FinalAccountsReport).Namespace!);
        return true;
    }

    /// <summary>The body of a template's walk (without <c>**</c>), or null when a step is not in the contract.</summary>
    private static string? Template(string template)
    {
        if (ContractAccess.TokensOf(template) is not { } tokens)
        {
            return null;
        }

        var first = Array.IndexOf(tokens, "*");
        var last = Array.LastIndexOf(tokens, "*");
        // Where the interpreter records whenAbsent when a place before the first list is absent: that list's pointer (the
        // template's text up to it), or the whole template when it has no wildcard.
        var absentAt = first < 0 ? template : "/" + string.Join('/', tokens.Take(first));
        var body = new StringBuilder();
        var expression = "report";
        var type = typeof(FinalAccountsReport);
        var indent = "        ";
        var loops = 0;
        // Members entered since the innermost loop's element (each is left before the next element), and for each outer
        // loop the members entered since its element (its element included) up to the inner list.
        var entered = 0;
        var saved = new Stack<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var v = i.ToString(CultureInfo.InvariantCulture);
            if (tokens[i] == "*")
            {
                if (ContractAccess.ElementOf(type) is not { } element)
                {
                    return null;
                }

                body.Append(indent).Append("for (var i").Append(v).Append(" = 0; i").Append(v).Append(" < ").Append(expression)
                    .Append(".Count; i").Append(v).Append("++)\n").Append(indent).Append("{\n");
                indent += "    ";
                body.Append(indent).Append("if (").Append(expression).Append("[i").Append(v).Append("] is not { } s").Append(v)
                    .Append(")\n").Append(indent).Append("{\n");
                if (i == last)
                {
                    // A null element of the last list: its anchor is absent (the rest of the template below the element).
                    var rest = string.Concat(tokens.Skip(i + 1).Select(t => "/" + t));
                    body.Append(indent).Append("    anchors.AbsentElement(i").Append(v).Append(", \"").Append(rest).Append("\");\n")
                        .Append(indent).Append("    continue;\n");
                }
                else
                {
                    body.Append(indent).Append("    return false;\n");
                }

                body.Append(indent).Append("}\n\n")
                    .Append(indent).Append("anchors.EnterAt(i").Append(v).Append(", s").Append(v).Append(");\n");
                loops++;
                saved.Push(entered);
                entered = 1;
                type = element;
            }
            else
            {
                if (type.IsValueType || Info(type).Kind != JsonTypeInfoKind.Object
                    || Info(type).Properties.FirstOrDefault(p => p.Get is not null && p.Name == tokens[i]) is not { } property)
                {
                    return null;
                }

                var member = (PropertyInfo)property.AttributeProvider!;
                var nullable = !member.PropertyType.IsValueType || Nullable.GetUnderlyingType(member.PropertyType) is not null;
                body.Append(indent);
                if (nullable)
                {
                    body.Append("if (").Append(expression).Append('.').Append(member.Name).Append(" is not { } s").Append(v)
                        .Append(")\n").Append(indent).Append("{\n");
                    if (first < 0 || i < first)
                    {
                        body.Append(indent).Append("    return anchors.Absent(\"").Append(absentAt).Append("\");\n");
                    }
                    else if (i > last)
                    {
                        var rest = string.Concat(tokens.Skip(i).Select(t => "/" + t));
                        body.Append(indent).Append("    anchors.AbsentBelow(\"").Append(rest).Append("\");\n");
                        for (var k = 0; k < entered; k++)
                        {
                            body.Append(indent).Append("    anchors.Leave();\n");
                        }

                        body.Append(indent).Append("    continue;\n");
                    }
                    else
                    {
                        body.Append(indent).Append("    return false;\n");
                    }

                    body.Append(indent).Append("}\n\n").Append(indent);
                }
                else
                {
                    body.Append("object s").Append(v).Append(" = ").Append(expression).Append('.').Append(member.Name).Append(";\n")
                        .Append(indent);
                }

                type = Unwrapped(member.PropertyType);
                if (nullable && type.IsValueType)
                {
                    // A value-type anchor (a share, a count) boxed once, for the run and the decider alike.
                    body.Append("object b").Append(v).Append(" = s").Append(v).Append(";\n").Append(indent)
                        .Append("anchors.Enter(\"").Append(tokens[i]).Append("\", b").Append(v).Append(");\n");
                    entered++;
                    expression = "b" + v;
                    continue;
                }

                body.Append("anchors.Enter(\"").Append(tokens[i]).Append("\", s").Append(v).Append(");\n");
                entered++;
            }

            expression = "s" + v;
        }

        body.Append(indent).Append("if (!anchors.Decide(").Append(expression).Append("))\n")
            .Append(indent).Append("{\n").Append(indent).Append("    return false;\n").Append(indent).Append("}\n");
        if (loops > 0)
        {
            body.Append('\n');
            for (var k = 0; k < entered; k++)
            {
                body.Append(indent).Append("anchors.Leave();\n");
            }
        }

        for (var k = 0; k < loops; k++)
        {
            indent = indent.Substring(4);
            body.Append(indent).Append("}\n");
            var outer = saved.Pop();
            if (k < loops - 1)
            {
                // Back in the outer loop's element: leave the members entered since it (the inner list's included) and it.
                body.Append('\n');
                for (var n = 0; n < outer; n++)
                {
                    body.Append(indent).Append("anchors.Leave();\n");
                }
            }
        }

        return body.Append("\n        return true;\n").ToString();
    }

    private static Type Unwrapped(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static JsonTypeInfo Info(Type type) => FinalAccountsJson.Options.GetTypeInfo(type);

    /// <summary>
    /// The walks to every member of one name that holds a record (<c>/**/name</c>), or to every amount (name null), one
    /// method per record type that can reach one, written once into the shared methods.
    /// </summary>
    private sealed class AnyDepthWriter(string? target, IDictionary<string, string> shared, ISet<string> namespaces)
    {
        private readonly Dictionary<Type, bool> reaches = [];

        /// <summary>The call that walks a non-null value of a declared type, or null when the contract leaves it untyped.</summary>
        public string? Call(Type declared, string value)
        {
            if (!Reaches(declared))
            {
                return null;
            }

            return Method(declared) + "(" + value + ", anchors)";
        }

        /// <summary>Whether a value of the declared type (of any of its concrete types) can hold an anchor below it.</summary>
        private bool Reaches(Type declared)
        {
            if (reaches.TryGetValue(declared, out var known))
            {
                return known;
            }

            reaches[declared] = false;
            var result = false;
            foreach (var type in Concrete(declared))
            {
                foreach (var (json, _, memberType) in Members(type))
                {
                    result |= Anchor(json, memberType) || ListElement(memberType) is { } e && (IsAmount(e) || Reaches(e))
                        || Record(memberType) && Reaches(memberType);
                }
            }

            reaches[declared] = result;
            return result;
        }

        /// <summary>The method that walks a value of the declared type (dispatching on the runtime type when not sealed).</summary>
        private string Method(Type declared)
        {
            var name = (target is null ? "Amounts" : "Named_" + target) + "_" + declared.Name;
            if (shared.ContainsKey(name))
            {
                return name;
            }

            shared[name] = string.Empty;
            namespaces.Add(declared.Namespace!);
            var code = new StringBuilder();
            var concrete = Concrete(declared).ToList();
            if (declared.IsSealed)
            {
                code.Append("\n    /// <summary>The anchors below a <c>").Append(declared.Name).Append("</c> (")
                    .Append(target is null ? "every amount" : "<c>/**/" + target + "</c>").Append("), in document order.</summary>\n")
                    .Append("    private static bool ").Append(name).Append('(').Append(declared.Name)
                    .Append(" value, TypedAnchorRun anchors)\n    {\n");
                Body(code, declared);
                code.Append("        return true;\n    }\n");
            }
            else
            {
                // The index walks a value by its runtime type: each concrete type the contract knows, exactly; any other
                // (a caller's subtype) is left to the interpreter.
                code.Append("\n    /// <summary>A <c>").Append(declared.Name)
                    .Append("</c> by its exact runtime type (another is left to the interpreter).</summary>\n")
                    .Append("    private static bool ").Append(name).Append('(').Append(declared.Name)
                    .Append(" value, TypedAnchorRun anchors)\n    {\n");
                foreach (var type in concrete)
                {
                    code.Append("        if (value.GetType() == typeof(").Append(type.Name).Append("))\n        {\n")
                        .Append("            return ").Append(Exact(type)).Append("((").Append(type.Name).Append(")value, anchors);\n")
                        .Append("        }\n\n");
                    namespaces.Add(type.Namespace!);
                }

                code.Append("        return false;\n    }\n");
            }

            shared[name] = code.ToString();
            return name;
        }

        /// <summary>The walk of one exact record type (for a type that is not sealed, beside its dispatch).</summary>
        private string Exact(Type type)
        {
            if (type.IsSealed)
            {
                return Method(type);
            }

            var name = (target is null ? "Amounts" : "Named_" + target) + "_" + type.Name + "_Exact";
            if (shared.ContainsKey(name))
            {
                return name;
            }

            shared[name] = string.Empty;
            var code = new StringBuilder();
            code.Append("\n    /// <summary>The anchors below a <c>").Append(type.Name).Append("</c> of exactly that type.</summary>\n")
                .Append("    private static bool ").Append(name).Append('(').Append(type.Name)
                .Append(" value, TypedAnchorRun anchors)\n    {\n");
            Body(code, type);
            code.Append("        return true;\n    }\n");
            shared[name] = code.ToString();
            return name;
        }

        /// <summary>The members of a record type in the contract's order: an anchor, a record or a list to go down into.</summary>
        private void Body(StringBuilder code, Type type)
        {
            var m = 0;
            foreach (var (json, property, memberType) in Members(type))
            {
                var anchor = Anchor(json, memberType);
                var element = ListElement(memberType);
                var down = Record(memberType) && Reaches(memberType);
                var list = element is not null && (IsAmount(element) || Reaches(element));
                if (!anchor && !down && !list)
                {
                    continue;
                }

                var v = "m" + m.ToString(CultureInfo.InvariantCulture);
                m++;
                var nullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
                var indent = "        ";
                if (nullable)
                {
                    var raw = memberType.IsValueType ? v + "v" : v;
                    code.Append(indent).Append("if (value.").Append(property.Name).Append(" is { } ").Append(raw).Append(")\n")
                        .Append(indent).Append("{\n");
                    indent += "    ";
                    if (memberType.IsValueType)
                    {
                        // An amount boxed once, for the run and the decider alike.
                        code.Append(indent).Append("object ").Append(v).Append(" = ").Append(raw).Append(";\n");
                    }
                }
                else
                {
                    code.Append(indent).Append("{\n");
                    indent += "    ";
                    code.Append(indent).Append(memberType.IsValueType ? "object " : "var ").Append(v).Append(" = value.")
                        .Append(property.Name).Append(";\n");
                }

                code.Append(indent).Append("anchors.Enter(\"").Append(json).Append("\", ").Append(v).Append(");\n");
                if (anchor)
                {
                    code.Append(indent).Append("if (!anchors.Decide(").Append(v).Append("))\n")
                        .Append(indent).Append("{\n").Append(indent).Append("    return false;\n").Append(indent).Append("}\n\n");
                }

                if (down)
                {
                    code.Append(indent).Append("if (!").Append(Method(memberType)).Append('(').Append(v).Append(", anchors))\n")
                        .Append(indent).Append("{\n").Append(indent).Append("    return false;\n").Append(indent).Append("}\n\n");
                }

                if (list)
                {
                    List(code, indent, v, element!);
                }

                code.Append(indent).Append("anchors.Leave();\n");
                indent = indent.Substring(4);
                code.Append(indent).Append("}\n\n");
            }
        }

        /// <summary>A loop over a list's elements: each an amount to decide, or a record to go down into.</summary>
        private void List(StringBuilder code, string indent, string list, Type element)
        {
            var e = list + "e";
            var i = list + "i";
            code.Append(indent).Append("for (var ").Append(i).Append(" = 0; ").Append(i).Append(" < ").Append(list).Append(".Count; ")
                .Append(i).Append("++)\n").Append(indent).Append("{\n");
            if (element.IsValueType)
            {
                // An amount element, boxed once (a null one of a list of optional amounts has no node).
                code.Append(indent).Append("    object? ").Append(e).Append(" = ").Append(list).Append('[').Append(i).Append("];\n")
                    .Append(indent).Append("    if (").Append(e).Append(" is null)\n");
            }
            else
            {
                code.Append(indent).Append("    if (").Append(list).Append('[').Append(i).Append("] is not { } ").Append(e).Append(")\n");
            }

            code.Append(indent).Append("    {\n").Append(indent).Append("        continue;\n").Append(indent).Append("    }\n\n")
                .Append(indent).Append("    anchors.EnterAt(").Append(i).Append(", ").Append(e).Append(");\n");
            var call = IsAmount(element) ? "anchors.Decide(" + e + ")" : Method(element) + "(" + e + ", anchors)";
            code.Append(indent).Append("    if (!").Append(call).Append(")\n")
                .Append(indent).Append("    {\n").Append(indent).Append("        return false;\n").Append(indent).Append("    }\n\n")
                .Append(indent).Append("    anchors.Leave();\n")
                .Append(indent).Append("}\n\n");
        }

        /// <summary>Whether a member is an anchor: so named and holding a record, or (every amount) holding an amount.</summary>
        private bool Anchor(string json, Type memberType) =>
            target is null ? IsAmount(memberType) : json == target && Record(memberType);

        private bool IsAmount(Type type) => target is null && Unwrapped(type) == typeof(Amount);

        private static bool Record(Type type) =>
            !type.IsValueType && type != typeof(string) && Info(type).Kind == JsonTypeInfoKind.Object;

        /// <summary>The element type of a list member (<c>IReadOnlyList&lt;T&gt;</c>), unwrapped, or null.</summary>
        private static Type? ListElement(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                ? Unwrapped(type.GetGenericArguments()[0]) : null;

        /// <summary>A record type's readable members in the contract's order: JSON name, property, declared type unwrapped.</summary>
        private static IEnumerable<(string Json, PropertyInfo Property, Type Type)> Members(Type type) =>
            Info(type).Properties.Where(p => p.Get is not null)
                .Select(p => (p.Name, (PropertyInfo)p.AttributeProvider!, Unwrapped(p.PropertyType)));

        /// <summary>The concrete record types a value of the declared type can be (the type itself first when concrete).</summary>
        private static IEnumerable<Type> Concrete(Type declared)
        {
            if (!Record(declared))
            {
                yield break;
            }

            if (!declared.IsAbstract)
            {
                yield return declared;
            }

            if (declared.IsSealed)
            {
                yield break;
            }

            foreach (var type in declared.Assembly.GetTypes().Where(t => t != declared && !t.IsAbstract && declared.IsAssignableFrom(t))
                         .OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (Record(type))
                {
                    yield return type;
                }
            }
        }
    }
}
