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
/// Writes <c>src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledSums.g.cs</c> from the catalogue's sums and the
/// contract's shapes (session 22, issue 13): for every sum (over fixed pointers or over lists) of one of the shapes — a
/// list's elements each with a total and terms below it (<see cref="SumShape.PerElement"/>: a row's members, or the lists
/// below an evaluation), or one fixed total and terms that are fixed figures or over lists from the root
/// (<see cref="SumShape.OneTotal"/>: an identity, a column) — a walk over the typed records that adds up the printed
/// values in the interpreter's order and decides the plain outcomes
/// (<c>CompiledSums.Terms</c>); anything else is left to the interpreter at run time. Keyed by the relation's data
/// (<c>CompiledSums.KeyOf</c>), never by a rule id.
/// </summary>
internal static class CompiledSumsGenerator
{
    public const string RelativePath = "src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledSums.g.cs";

    public const string UpdateVariable = "FINACCT_UPDATE_COMPILED_SUMS";

    private const string Wildcard = "/*";

    /// <summary>The shapes a sum is compiled for.</summary>
    internal enum SumShape
    {
        /// <summary>The total is a member below each element of a list; its terms are below the same element.</summary>
        PerElement,

        /// <summary>The total is one fixed figure; its terms are fixed figures or members of a list's elements.</summary>
        OneTotal,
    }

    /// <summary>The sums compiled: rule, method name and shape (for the tests and docs).</summary>
    public static IReadOnlyList<(string RuleId, string Method, SumShape Shape)> Compiled => Build().Compiled;

    public static string Generate() => Build().Text;

    private static (string Text, List<(string, string, SumShape)> Compiled) Build()
    {
        var methods = new StringBuilder();
        var entries = new StringBuilder();
        var compiled = new List<(string, string, SumShape)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var perRule = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var relation in RuleCatalogue.Relations)
        {
            var number = perRule[relation.RuleId] = perRule.GetValueOrDefault(relation.RuleId) + 1;
            if (relation is not SumRelation sum)
            {
                continue;
            }

            var name = sum.RuleId + "_" + number.ToString(CultureInfo.InvariantCulture);
            var method = new StringBuilder();
            if (Method(method, sum, name) is not { } shape || !keys.Add(CompiledSums.KeyOf(sum)))
            {
                continue;
            }

            methods.Append(method);
            entries.Append("        [\"").Append(CompiledSums.KeyOf(sum)).Append("\"] = ").Append(name).Append(",\n");
            compiled.Add((sum.RuleId, name, shape));
        }

        var text = new StringBuilder(GeneratedSourceHeader.Write(
            nameof(CompiledSumsGenerator), UpdateVariable, nameof(CompiledSumsTests), "PublicFinance.FinalAccounts.Model"));
        text.Append("\nnamespace PublicFinance.FinalAccounts.Validation;\n\n")
            .Append("/// <summary>\n")
            .Append("/// The catalogue's sums over lists as typed walks (generated from their data and the contract's shapes): one walk\n")
            .Append("/// per sum, found by the SHA-256 of the sum's JSON form (<see cref=\"KeyOf\"/>).\n")
            .Append("/// </summary>\n")
            .Append("internal static partial class CompiledSums\n{\n")
            .Append("    private static readonly Dictionary<string, Walker> Generated = new(StringComparer.Ordinal)\n    {\n")
            .Append(entries)
            .Append("    };\n")
            .Append(methods)
            .Append("}\n");
        return (text.ToString(), compiled);
    }

    /// <summary>The shape a sum is compiled for, or null when it has another (then it is not compiled).</summary>
    internal static SumShape? ShapeOf(SumRelation sum) => Method(new StringBuilder(), sum, "M");

    private static SumShape? Method(StringBuilder text, SumRelation sum, string name)
    {
        var scope = RelationEvaluator.Scope(new[] { sum.Total }.Concat(sum.Items.Select(i => i.Pointer)));
        if (Access("report", typeof(FinalAccountsReport), Tokens(scope), rootMayBeNull: false) is not { } scopeAccess)
        {
            return null;
        }

        var code = new Code();
        // An absent scope: not applicable or could not run, the scope's pointer as the missing one (no table is declared
        // empty on this path: RelationEvaluator.ScopeAbsent). When the scope is the list of a total per element, the same
        // test binds the list.
        var totalParts = sum.Total.Split(Wildcard);
        var list = totalParts.Length == 2 ? Access("report", typeof(FinalAccountsReport), Tokens(totalParts[0]), false) : null;
        var scopeIsList = list is { } l && l.Expression == scopeAccess.Expression;
        code.Line("if (" + scopeAccess.Expression + (scopeIsList ? " is not { } list)" : " is null)")).Open()
            .Line("return ScopeAbsent(context, \"" + scope + "\", " + (sum.WhenAbsent == AbsentFigures.NotApplicable ? "true" : "false")
                + ");").Close().Blank();
        code.Line("var passed = 0;").Line("var notApplicable = 0;");
        SumShape shape;
        if (totalParts.Length == 1)
        {
            shape = SumShape.OneTotal;
            if (!Terms(code, sum, "report", typeof(FinalAccountsReport), prefix: string.Empty)
                || !Total(code, sum, "report", typeof(FinalAccountsReport), sum.Total))
            {
                return null;
            }
        }
        else if (list is { } listAccess && ElementType(listAccess.Type) is { } element)
        {
            shape = SumShape.PerElement;
            if (!scopeIsList)
            {
                code.Line("if (" + listAccess.Expression + " is not { } list)").Open().Line("return false;").Close().Blank();
            }

            code.Line("for (var i = 0; i < list.Count; i++)").Open();
            code.Line("if (list[i] is not { } element)").Open().Line("return false;").Close().Blank();
            if (!Terms(code, sum, "element", element, prefix: totalParts[0] + Wildcard)
                || !Total(code, sum, "element", element, totalParts[1]))
            {
                return null;
            }

            code.Close();
        }
        else
        {
            return null;
        }

        code.Blank().Line("return Commit(context, passed, notApplicable);");
        text.Append("\n    /// <summary>").Append(sum.RuleId).Append(": <c>").Append(sum.Total).Append("</c> (")
            .Append(shape == SumShape.PerElement ? "a total per element" : "one total").Append(").</summary>\n")
            .Append("    private static bool ").Append(name).Append("(ValidationContext context, FinalAccountsReport report)\n    {\n")
            .Append(code.Text)
            .Append("    }\n");
        return shape;
    }

    /// <summary>
    /// The terms in order, added to <c>terms</c> (declared here): each a member path below the base (a fixed figure, or
    /// a member beside the total) or a list below the base and a member of each element; false for any other term.
    /// </summary>
    private static bool Terms(Code code, SumRelation sum, string root, Type rootType, string prefix)
    {
        code.Line("var terms = default(Terms);");
        for (var k = 0; k < sum.Items.Count; k++)
        {
            var term = sum.Items[k];
            if (!term.Pointer.StartsWith(prefix, StringComparison.Ordinal))
            {
                return false;
            }

            var parts = term.Pointer.Substring(prefix.Length).Split(Wildcard);
            var subtract = term.Weight >= 0 ? "false" : "true";
            var filtered = term.Codes.Count > 0 || term.ExcludeCodes.Count > 0 || term.CodeLength != 0;
            if (parts.Length == 1)
            {
                // A member below the base: present or not (a code filter here would read the code of its parent record).
                if (filtered || Access(root, rootType, Tokens(parts[0]), rootMayBeNull: false) is not { } member
                    || !IsFigure(member.Type))
                {
                    return false;
                }

                Add(code, member, subtract, term.Optional, root == "report" ? k : -1);
                continue;
            }

            if (parts.Length != 2 || Access(root, rootType, Tokens(parts[0]), rootMayBeNull: false) is not { } list
                || ElementType(list.Type) is not { } element)
            {
                return false;
            }

            var tokens = Tokens(parts[1]);
            if ((filtered && tokens.Length != 1) || Access("row", element, tokens, rootMayBeNull: false) is not { } value
                || !IsFigure(value.Type))
            {
                // A filter reads the code of the record the figure is a member of: one token below the element.
                return false;
            }

            // A required term with no row accepted is missing (an optional one is only added up: no count kept).
            var accepted = "accepted" + k;
            if (!term.Optional)
            {
                code.Line("var " + accepted + " = 0;");
            }

            code.Line("if (" + list.Expression + " is { } list" + k + ")").Open();
            code.Line("for (var e = 0; e < list" + k + ".Count; e++)").Open();
            code.Line("if (list" + k + "[e] is not { } row)").Open().Line("return false;").Close().Blank();
            if (filtered && !Filter(code, term, element))
            {
                return false;
            }

            if (!term.Optional)
            {
                code.Line(accepted + "++;");
            }

            Add(code, value, subtract, term.Optional, -1);
            code.Close().Close().Blank();
            if (!term.Optional)
            {
                code.Line("terms.MissingList(" + accepted + " == 0);");
            }
        }

        return true;
    }

    /// <summary>The code filter of a list term, as <c>RelationEvaluator.Accepts</c>: the row's code as text.</summary>
    private static bool Filter(Code code, SumTerm term, Type element)
    {
        if (Access("row", element, ["code"], rootMayBeNull: false) is not { } codeAccess)
        {
            return false;
        }

        var conditions = new List<string> { "code is null" };
        if (term.CodeLength != 0)
        {
            conditions.Add("code.Length != " + term.CodeLength.ToString(CultureInfo.InvariantCulture));
        }

        if (term.Codes.Count > 0)
        {
            conditions.Add("code is not (" + string.Join(" or ", term.Codes.Select(Literal)) + ")");
        }

        if (term.ExcludeCodes.Count > 0)
        {
            conditions.Add("code is " + string.Join(" or ", term.ExcludeCodes.Select(Literal)));
        }

        var text = codeAccess.MayBeNull ? codeAccess.Expression + "?.ToString()" : codeAccess.Expression + ".ToString()";
        code.Line("var code = " + text + ";");
        code.Line("if (" + string.Join(" || ", conditions) + ")").Open().Line("continue;").Close().Blank();
        return true;
    }

    private static string Literal(string value) =>
        value.All(c => c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z')
            ? "\"" + value + "\""
            : throw new NotSupportedException("A code filter outside [0-9A-Za-z]: " + value);

    private static void Add(
        Code code, (string Expression, Type Type, bool MayBeNull) member, string subtract, bool optional, int position)
    {
        if (!member.MayBeNull)
        {
            code.Line("terms.Add(" + member.Expression + ", " + subtract + ");");
            return;
        }

        // Added when present; when absent, missing unless optional — a fixed term by its position, so that its pointer
        // (the template's) can be recorded without the index (CompiledSums.Terms.AddFixed).
        var flag = "optional: " + (optional ? "true" : "false");
        if (position >= 0)
        {
            code.Call("terms.AddFixed", member.Expression, subtract, flag, "position: " + position.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            code.Call("terms.Add", member.Expression, subtract, flag);
        }
    }

    /// <summary>The total: stated (passed when the terms' printed sum equals it), the default constant, or absent.</summary>
    private static bool Total(Code code, SumRelation sum, string root, Type rootType, string path)
    {
        if (Access(root, rootType, Tokens(path), rootMayBeNull: false) is not { } total || !IsFigure(total.Type))
        {
            return false;
        }

        code.Line(total.MayBeNull ? "if (" + total.Expression + " is { } total)" : "var total = " + total.Expression + ";");
        if (total.MayBeNull)
        {
            code.Open();
        }

        var fixedTotal = root == "report";
        if (fixedTotal)
        {
            // One stated total with a fixed term missing: could not run, the missing terms' pointers (the interpreter's).
            code.Line("if (terms.Missing)").Open().Line("return terms.CouldNotRun(").Indent().Line("context,").Line("[").Indent();
            foreach (var item in sum.Items)
            {
                code.Line("\"" + item.Pointer + "\",");
            }

            code.Outdent().Line("]);").Outdent().Close().Blank();
        }

        code.Line("if (!terms.Passes(total))").Open().Line("return false;").Close().Blank().Line("passed++;");
        if (!total.MayBeNull)
        {
            return true;
        }

        code.Close().Line("else").Open();
        if (sum.TotalDefault is { } constant)
        {
            // §4.14: the unstated total is the exact constant.
            code.Line("if (!terms.PassesDefault(" + constant.ToString(CultureInfo.InvariantCulture) + "m))").Open()
                .Line("return false;").Close().Blank().Line("passed++;");
        }
        else if (sum.WhenAbsent == AbsentFigures.CouldNotRun)
        {
            code.Line(fixedTotal ? "return TotalAbsent(context, \"" + path + "\");" : "return false;");
        }
        else if (sum.WhenAbsent == AbsentFigures.NotApplicable)
        {
            code.Line("notApplicable++;");
        }
        else
        {
            // Default: could not run when a term held a figure (the interpreter records it), else not applicable.
            code.Line("if (terms.AnyItem)").Open()
                .Line(fixedTotal ? "return TotalAbsent(context, \"" + path + "\");" : "return false;").Close().Blank()
                .Line("notApplicable++;");
        }

        code.Close();
        return true;
    }

    /// <summary>Whether a member's type is a figure the interpreter reads (<c>TryFigure</c>): an amount, a quantity, a count.</summary>
    private static bool IsFigure(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        return value == typeof(Amount) || value == typeof(Quantity) || value == typeof(int);
    }

    private static string[] Tokens(string path) =>
        path.Length == 0 ? [] : path[0] == '/' && !path.Contains('~', StringComparison.Ordinal) ? path.Substring(1).Split('/') : [""];

    private static Type? ElementType(Type type)
    {
        var info = FinalAccountsJson.Options.GetTypeInfo(type);
        return info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element && !element.IsValueType
            && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? element : null;
    }

    /// <summary>
    /// C# member access for JSON member names below a root, through the contract: the expression (<c>?.</c> after any
    /// step that may be null), the member's declared type, and whether the value may be null; null when a name is not a
    /// member of the contract's record there.
    /// </summary>
    private static (string Expression, Type Type, bool MayBeNull)? Access(string root, Type rootType, string[] tokens, bool rootMayBeNull)
    {
        var expression = root;
        var type = rootType;
        var mayBeNull = rootMayBeNull;
        foreach (var token in tokens)
        {
            if (type.IsValueType)
            {
                return null;
            }

            var info = FinalAccountsJson.Options.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object
                || info.Properties.FirstOrDefault(p => p.Get is not null && p.Name == token) is not { } property
                || property.AttributeProvider is not PropertyInfo member)
            {
                return null;
            }

            expression += (mayBeNull ? "?." : ".") + member.Name;
            type = member.PropertyType;
            mayBeNull = mayBeNull || !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        }

        return (expression, type, mayBeNull);
    }

    /// <summary>Lines of a method body, indented by blocks.</summary>
    private sealed class Code
    {
        private readonly StringBuilder text = new();
        private int depth = 2;
        private bool blank;

        public string Text => text.ToString();

        public Code Line(string line)
        {
            if (blank && !line.StartsWith('}') && line != "else")
            {
                text.Append('\n');
            }

            blank = false;
            text.Append(' ', depth * 4).Append(line).Append('\n');
            return this;
        }

        public Code Blank()
        {
            blank = true;
            return this;
        }

        /// <summary>A call on one line, or one argument per line when that line would pass the limit of 140.</summary>
        public Code Call(string method, params string[] arguments)
        {
            var flat = method + "(" + string.Join(", ", arguments) + ");";
            if ((depth * 4) + flat.Length <= SourceLayout.MaxLineLength)
            {
                return Line(flat);
            }

            Line(method + "(").Indent();
            for (var i = 0; i < arguments.Length; i++)
            {
                Line(arguments[i] + (i < arguments.Length - 1 ? "," : ");"));
            }

            return Outdent();
        }

        public Code Indent()
        {
            depth++;
            return this;
        }

        public Code Outdent()
        {
            depth--;
            return this;
        }

        public Code Open()
        {
            Line("{");
            depth++;
            return this;
        }

        public Code Close()
        {
            depth--;
            blank = false;
            Line("}");
            blank = true;
            return this;
        }
    }
}
