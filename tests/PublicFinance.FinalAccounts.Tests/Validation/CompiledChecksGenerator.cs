using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Writes <c>src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledChecks.g.cs</c> from the catalogue's
/// inequalities, ratios, roll-ups and hierarchies and the contract's shapes (session 23, issue 13): per relation a typed
/// walk — the checked figure's lists as nested loops (one per wildcard), the other figures read from the element their
/// wildcards bind to or from the root — that hands the printed values to the decisions of <c>CompiledChecks</c> (values
/// first, or nothing). A relation whose templates the contract does not type as figures, or whose other templates bind
/// to lists the checked figure does not walk, is not compiled (it runs interpreted). Keyed by the relation's data
/// (<c>CompiledChecks.KeyOf</c>), never by a rule id. The member access comes from <see cref="ContractAccess"/>.
/// </summary>
internal static class CompiledChecksGenerator
{
    public const string RelativePath = "src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledChecks.g.cs";

    public const string UpdateVariable = "FINACCT_UPDATE_COMPILED_CHECKS";

    private const string Wildcard = "/*";

    /// <summary>The relations compiled: rule, method name and kind (for the tests and docs).</summary>
    public static IReadOnlyList<(string RuleId, string Method, Type Kind)> Compiled => Build().Compiled;

    public static string Generate() => Build().Text;

    /// <summary>Whether a relation of one of the four kinds is compiled (its templates typed and bound as walked).</summary>
    internal static bool Compiles(Relation relation) => Method(relation, "M", new SortedSet<string>(StringComparer.Ordinal)) is not null;

    private static (string Text, List<(string, string, Type)> Compiled) Build()
    {
        var file = new GeneratedWalkFile();
        var compiled = new List<(string, string, Type)>();
        var namespaces = new SortedSet<string>(StringComparer.Ordinal) { typeof(FinalAccountsReport).Namespace! };
        foreach (var relation in RuleCatalogue.Relations)
        {
            var name = file.NameOf(relation);
            if (CompiledChecks.KeyOf(relation) is { } key && Method(relation, name, namespaces) is { } method
                && file.Add(key, name, method))
            {
                compiled.Add((relation.RuleId, name, relation.GetType()));
            }
        }

        var text = file.Write(
            nameof(CompiledChecksGenerator),
            UpdateVariable,
            nameof(CompiledChecksTests),
            [.. namespaces],
            "CompiledChecks",
            "The catalogue's inequalities, ratios, roll-ups and hierarchies as typed walks (generated from their data and",
            "the contract's shapes): one walk per relation, found by the SHA-256 of its JSON form (<see cref=\"KeyOf\"/>).");
        return (text, compiled);
    }

    private static string? Method(Relation relation, string name, SortedSet<string> namespaces)
    {
        var body = new GeneratedCode();
        var ok = relation switch
        {
            InequalityRelation inequality => Inequality(body, inequality),
            RatioRelation ratio => Ratio(body, ratio),
            RollupRelation rollup => Rollup(body, rollup, namespaces),
            HierarchyRelation hierarchy => Hierarchy(body, hierarchy, name, namespaces),
            _ => false,
        };
        if (!ok)
        {
            return null;
        }

        return new StringBuilder()
            .Append(body.Fields)
            .Append("\n    /// <summary>\n    /// ").Append(relation.RuleId).Append(":\n    /// ")
            .Append(string.Join("\n    /// ", Describe(relation))).Append(".\n    /// </summary>\n")
            .Append("    private static bool ").Append(name).Append("(ValidationContext context, FinalAccountsReport report)\n    {\n")
            .Append(body.Text)
            .Append("    }\n")
            .ToString();
    }

    /// <summary>What a relation checks, one template a line (the generated lines stay within 140 characters).</summary>
    private static string[] Describe(Relation relation) => relation switch
    {
        InequalityRelation r => ["<c>" + r.Lesser + "</c> ≤", "<c>" + r.Greater + "</c>"],
        RatioRelation r => ["<c>" + r.Percent + "</c> =", "<c>" + r.Numerator + "</c> ÷", "<c>" + r.Denominator + "</c>"],
        RollupRelation r => ["<c>" + r.Parents + "</c> rolled up from", "<c>" + r.Children + "</c>"],
        HierarchyRelation r => ["the code hierarchy of <c>" + r.Rows + "</c>"],
        _ => [],
    };

    private static bool Inequality(GeneratedCode body, InequalityRelation relation)
    {
        if (Walk.Of(relation.Lesser) is not { } walk || walk.Bind(relation.Greater) is not { } greater
            || walk.Figure is not { } lesser || !ContractAccess.IsFigure(lesser.Type) || !ContractAccess.IsFigure(greater.Type))
        {
            return false;
        }

        // An absent scope: not applicable or could not run with the scope's pointer (RelationEvaluator.ScopeAbsent; no table
        // is declared empty on this path).
        var scope = RelationEvaluator.Scope([relation.Lesser, relation.Greater]);
        if (scope.Length > 0)
        {
            if (ContractAccess.Below("report", typeof(FinalAccountsReport), scope) is not { } scopeAccess)
            {
                return false;
            }

            var notApplicable = relation.WhenAbsent == AbsentFigures.NotApplicable ? "true" : "false";
            body.Line("if (" + scopeAccess.Expression + " is null)").Open()
                .Line("return CompiledSums.ScopeAbsent(context, \"" + scope + "\", " + notApplicable + ");").Close();
        }

        var whenAbsent = "AbsentFigures." + relation.WhenAbsent;
        if (walk.Depth == 0)
        {
            body.CallPerLine(
                "return LessOrEqual", "context", Read(lesser), Read(greater), whenAbsent, Quote(relation.Lesser), Quote(relation.Greater));
            return true;
        }

        body.Line("var outcomes = default(Outcomes);");
        walk.Open(body);
        body.Line("if (!outcomes.LessOrEqual(" + Read(lesser) + ", " + Read(greater) + ", " + whenAbsent + "))").Open()
            .Line("return false;").Close();
        walk.Close(body);
        body.Line("return outcomes.Commit(context);");
        return true;
    }

    private static bool Ratio(GeneratedCode body, RatioRelation relation)
    {
        if (Walk.Of(relation.Percent) is not { } walk || walk.Figure is not { } percent
            || ContractAccess.Underlying(percent.Type) != typeof(Percent)
            || walk.Bind(relation.Numerator) is not { } numerator || !ContractAccess.IsFigure(numerator.Type)
            || walk.Bind(relation.Denominator) is not { } denominator || !ContractAccess.IsFigure(denominator.Type))
        {
            return false;
        }

        var whole = Read(denominator);
        if (relation.DenominatorFallback is { } fallback)
        {
            if (walk.Bind(fallback) is not { } other || !ContractAccess.IsFigure(other.Type))
            {
                return false;
            }

            // The fallback whole is read only when the denominator has no figure (RelationEvaluator.EvaluateRatio).
            whole += " ?? " + Read(other);
        }

        if (walk.Depth == 0)
        {
            if (relation.DenominatorFallback is not null)
            {
                // Session 47 (FA2001/FA2002's overview fallback): the two reads on two lines (SourceLayout's 140 characters).
                var split = whole.IndexOf(" ?? ", StringComparison.Ordinal);
                body.Line("var whole = " + whole.Substring(0, split)).Indent().Line(whole.Substring(split + 1) + ";").Outdent();
                whole = "whole";
            }

            body.CallPerLine(
                "return Ratio",
                "context",
                percent.Expression,
                Read(numerator),
                whole,
                Quote(relation.Numerator),
                Quote(relation.Denominator));
            return true;
        }

        body.Line("var outcomes = default(Outcomes);");
        walk.Open(body);
        body.CallPerLine("var plain = outcomes.Ratio", "context", percent.Expression, Read(numerator), whole);
        body.Line("if (!plain)").Open().Line("return false;").Close();
        walk.Close(body);
        body.Line("return outcomes.Commit(context);");
        return true;
    }

    private static bool Rollup(GeneratedCode body, RollupRelation relation, SortedSet<string> namespaces)
    {
        if (CodedList(relation.Parents, relation.Value, "p") is not { } parents
            || CodedList(relation.Children, relation.Value, "c") is not { } children)
        {
            return false;
        }

        namespaces.Add(parents.Element.Namespace!);
        namespaces.Add(children.Element.Namespace!);
        body.CallPerLine(
            "return Rollup",
            "context",
            parents.List,
            children.List,
            "static p => " + parents.Code,
            "static p => " + parents.Values[0],
            "static c => " + children.Code,
            "static c => " + children.Values[0],
            Quote(relation.Parents),
            Quote(relation.Children),
            Quote(relation.Value));
        return true;
    }

    private static bool Hierarchy(GeneratedCode body, HierarchyRelation relation, string name, SortedSet<string> namespaces)
    {
        if (CodedList(relation.Rows, relation.Columns, "r") is not { } rows)
        {
            return false;
        }

        namespaces.Add(rows.Element.Namespace!);
        var columns = name + "Columns";
        body.Field("/// <summary>The columns of " + name + ", in the relation's order.</summary>");
        body.Field("private static readonly Func<" + rows.Element.Name + ", Amount?>[] " + columns + " =");
        body.Field("[");
        foreach (var value in rows.Values)
        {
            body.Field("    static r => " + value + ",");
        }

        body.Field("];");
        body.CallPerLine("return Hierarchy", "context", rows.List, "static r => " + rows.Code, columns, Quote(relation.Rows));
        return true;
    }

    /// <summary>
    /// A list from the root whose elements have a code and amount members: the list's access, the element type, the code
    /// as text (as <c>RelationEvaluator.CodeAt</c> reads it) and each member's access below a lambda parameter.
    /// </summary>
    private static (string List, Type Element, string Code, string[] Values)? CodedList(
        string list, IReadOnlyList<string> members, string parameter)
    {
        if (ContractAccess.Below("report", typeof(FinalAccountsReport), list) is not { } access
            || ContractAccess.ElementOf(access.Type) is not { } element
            || ContractAccess.Below(parameter, element, "/code") is not { } code)
        {
            return null;
        }

        var values = new List<string>();
        foreach (var member in members)
        {
            if (ContractAccess.Below(parameter, element, "/" + member) is not { } value
                || ContractAccess.Underlying(value.Type) != typeof(Amount))
            {
                return null;
            }

            values.Add(value.Expression);
        }

        var text = code.Type == typeof(string) ? code.Expression
            : code.Type.IsValueType && ContractAccess.Underlying(code.Type) == code.Type && !code.MayBeNull
                ? code.Expression + ".ToString()"
            : code.Expression + "?.ToString()";
        return (access.Expression, element, text, [.. values]);
    }

    private static (string List, Type Element, string Code, string[] Values)? CodedList(string list, string member, string parameter) =>
        CodedList(list, [member], parameter);

    private static string Read(ContractAccess.Access access) => "Read(context, " + access.Expression + ")";

    private static string Quote(string pointer) => "\"" + pointer + "\"";

    /// <summary>
    /// The lists a checked figure's template walks (one per wildcard, each below the element of the one before) and the
    /// figure below the deepest element; another template binds when its wildcards name the same lists.
    /// </summary>
    private sealed class Walk
    {
        private readonly string[] parts;
        private readonly List<(string Expression, Type Element)> lists = [];

        private Walk(string[] parts) => this.parts = parts;

        /// <summary>How many lists are walked.</summary>
        public int Depth => parts.Length - 1;

        /// <summary>The checked figure's access below the deepest element (or the root).</summary>
        public ContractAccess.Access? Figure { get; private set; }

        public static Walk? Of(string template)
        {
            var walk = new Walk(template.Split(Wildcard));
            var root = "report";
            var type = typeof(FinalAccountsReport);
            for (var w = 0; w < walk.Depth; w++)
            {
                if (ContractAccess.Below(root, type, walk.parts[w]) is not { } list
                    || ContractAccess.ElementOf(list.Type) is not { } element)
                {
                    return null;
                }

                walk.lists.Add((list.Expression, element));
                root = "e" + w.ToString(CultureInfo.InvariantCulture);
                type = element;
            }

            walk.Figure = ContractAccess.Below(root, type, walk.parts[walk.Depth]);
            return walk;
        }

        /// <summary>Another template's figure, its wildcards bound to the walked elements; null when it names other lists.</summary>
        public ContractAccess.Access? Bind(string template)
        {
            var other = template.Split(Wildcard);
            var depth = other.Length - 1;
            if (depth > Depth)
            {
                return null;
            }

            for (var w = 0; w < depth; w++)
            {
                if (!string.Equals(other[w], parts[w], StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return depth == 0
                ? ContractAccess.Below("report", typeof(FinalAccountsReport), other[0])
                : ContractAccess.Below("e" + (depth - 1).ToString(CultureInfo.InvariantCulture), lists[depth - 1].Element, other[depth]);
        }

        /// <summary>Opens a loop per list: an absent list walks nothing, a null element gives up (the interpreter's).</summary>
        public void Open(GeneratedCode body)
        {
            for (var w = 0; w < Depth; w++)
            {
                var n = w.ToString(CultureInfo.InvariantCulture);
                body.Line("if (" + lists[w].Expression + " is { } list" + n + ")").Open()
                    .Line("for (var i" + n + " = 0; i" + n + " < list" + n + ".Count; i" + n + "++)").Open()
                    .Line("if (list" + n + "[i" + n + "] is not { } e" + n + ")").Open().Line("return false;").Close();
            }
        }

        public void Close(GeneratedCode body)
        {
            for (var w = 0; w < Depth; w++)
            {
                body.Close().Close();
            }
        }
    }
}
