using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// Writes <c>src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledLists.g.cs</c> from the catalogue's matches,
/// unique keys, patterns and listed parents and the contract's shapes (session 24, issue 13): per relation a call of the
/// typed decision in <c>CompiledLists</c> with the relation's lists as member chains of the report and each row member
/// as a typed read — its text as the fact index would hand it (an enum by its contract name where the interpreter asks
/// for it), a figure as the interpreter reads one. A relation whose list the contract does not type as a list of records,
/// whose members have more than one token, or whose match values are not figures, is not compiled (it runs interpreted).
/// Keyed by the relation's data (<c>CompiledLists.KeyOf</c>), never by a rule id. Member access from <see cref="ContractAccess"/>.
/// </summary>
internal static class CompiledListsGenerator
{
    public const string RelativePath = "src/PublicFinance.FinalAccounts/Validation/Compiled/CompiledLists.g.cs";

    public const string UpdateVariable = "FINACCT_UPDATE_COMPILED_LISTS";

    private const string Report = "report";

    /// <summary>The relations compiled: rule, method name and kind (for the tests and docs).</summary>
    public static IReadOnlyList<(string RuleId, string Method, Type Kind)> Compiled => Build().Compiled;

    public static string Generate() => Build().Text;

    /// <summary>Whether a relation of one of the four kinds is compiled.</summary>
    internal static bool Compiles(Relation relation) =>
        Method(relation, "M", new SortedSet<string>(StringComparer.Ordinal)) is not null;

    private static (string Text, List<(string, string, Type)> Compiled) Build()
    {
        var methods = new StringBuilder();
        var entries = new StringBuilder();
        var compiled = new List<(string, string, Type)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var namespaces = new SortedSet<string>(StringComparer.Ordinal) { typeof(FinalAccountsReport).Namespace! };
        foreach (var relation in RuleCatalogue.Relations)
        {
            var number = numbers[relation.RuleId] = numbers.GetValueOrDefault(relation.RuleId) + 1;
            var name = relation.RuleId + "_" + number.ToString(CultureInfo.InvariantCulture);
            if (CompiledLists.KeyOf(relation) is not { } key || Method(relation, name, namespaces) is not { } method
                || !keys.Add(key))
            {
                continue;
            }

            methods.Append(method);
            entries.Append("        [\"").Append(key).Append("\"] = ").Append(name).Append(",\n");
            compiled.Add((relation.RuleId, name, relation.GetType()));
        }

        var text = new StringBuilder(GeneratedSourceHeader.Write(
            nameof(CompiledListsGenerator), UpdateVariable, nameof(CompiledListsTests), [.. namespaces]));
        text.Append("\nnamespace PublicFinance.FinalAccounts.Validation;\n\n")
            .Append("/// <summary>\n")
            .Append("/// The catalogue's matches, unique keys, patterns and listed parents as typed walks (generated from their\n")
            .Append("/// data and the contract's shapes): one walk per relation, found by the SHA-256 of its JSON form\n")
            .Append("/// (<see cref=\"KeyOf\"/>).\n")
            .Append("/// </summary>\n")
            .Append("internal static partial class CompiledLists\n{\n")
            .Append("    private static readonly Dictionary<string, Walker> Generated = new(StringComparer.Ordinal)\n    {\n")
            .Append(entries)
            .Append("    };\n")
            .Append(methods)
            .Append("}\n");
        return (text.ToString(), compiled);
    }

    private static string? Method(Relation relation, string name, SortedSet<string> namespaces)
    {
        var fields = new StringBuilder();
        var call = relation switch
        {
            UniqueRelation unique => Unique(unique, namespaces),
            PatternRelation pattern => Pattern(pattern, namespaces),
            ParentListedRelation parents => ParentListed(parents, namespaces),
            MatchRelation match => Match(match, name, fields, namespaces),
            _ => null,
        };
        if (call is null)
        {
            return null;
        }

        return new StringBuilder()
            .Append(fields)
            .Append("\n    /// <summary>\n    /// ").Append(relation.RuleId).Append(":\n    /// ")
            .Append(string.Join("\n    /// ", Describe(relation))).Append(".\n    /// </summary>\n")
            .Append("    private static bool ").Append(name)
            .Append("(ValidationContext context, FinalAccountsReport report, CompiledRelation relation)\n    {\n")
            .Append("        return ").Append(call[0]).Append('(').Append('\n')
            .Append(string.Join(",\n", call.Skip(1).Select(a => "            " + a))).Append(");\n")
            .Append("    }\n")
            .ToString();
    }

    /// <summary>What a relation checks, one part a line (the generated lines stay within 140 characters).</summary>
    private static string[] Describe(Relation relation) => relation switch
    {
        UniqueRelation r => ["no two rows of <c>" + r.List + "</c>", "with the same <c>" + r.Key + "</c>"
            + (r.Qualifier is { } q ? " and <c>" + q + "</c>" : string.Empty)],
        PatternRelation r => ["every <c>" + r.Member + "</c> of <c>" + r.List + "</c>", "matches <c>" + r.Pattern + "</c>"],
        ParentListedRelation r => ["the parent of every code of <c>" + r.List + "</c> is listed"],
        MatchRelation r => ["<c>" + r.Left + "</c> (" + r.LeftValue + ") matched by code to",
            "<c>" + r.Right + "</c> (" + r.RightValue + "), " + r.Comparison],
        _ => [],
    };

    private static string[]? Unique(UniqueRelation relation, SortedSet<string> namespaces)
    {
        if (List(relation.List, namespaces) is not { } list || Text(list.Element, relation.Key, contractNames: true) is not { } key)
        {
            return null;
        }

        string? qualifier = null;
        if (relation.Qualifier is { } member)
        {
            if (Text(list.Element, member, contractNames: true) is not { } read)
            {
                return null;
            }

            qualifier = read;
        }

        return
        [
            "Unique<" + list.Element.Name + ">", "context", list.Expression, "static r => " + key,
            qualifier is null ? "null" : "static r => " + qualifier, "(UniqueRelation)relation.Relation",
        ];
    }

    private static string[]? Pattern(PatternRelation relation, SortedSet<string> namespaces)
    {
        if (List(relation.List, namespaces) is not { } list || Text(list.Element, relation.Member, contractNames: false) is not { } member)
        {
            return null;
        }

        return
        [
            "Pattern<" + list.Element.Name + ">", "context", list.Expression, "static r => " + member,
            "(PatternRelation)relation.Relation", "relation.Pattern!",
        ];
    }

    private static string[]? ParentListed(ParentListedRelation relation, SortedSet<string> namespaces)
    {
        if (List(relation.List, namespaces) is not { } list || Text(list.Element, "code", contractNames: false) is not { } code)
        {
            return null;
        }

        return ["ParentListed<" + list.Element.Name + ">", "context", list.Expression, "static r => " + code, Quote(relation.List)];
    }

    private static string[]? Match(MatchRelation relation, string name, StringBuilder fields, SortedSet<string> namespaces)
    {
        if (List(relation.Left, namespaces) is not { } left || List(relation.Right, namespaces) is not { } right
            || Side(left.Element, relation.LeftValue) is not { } leftSide || Side(right.Element, relation.RightValue) is not { } rightSide
            || HasIsEmpty(left.Element) || HasIsEmpty(right.Element))
        {
            return null;
        }

        fields.Append("\n    /// <summary>How ").Append(name).Append(" reads its left rows.</summary>\n")
            .Append("    private static readonly MatchSide<").Append(left.Element.Name).Append("> ").Append(name).Append("Left = new(\n")
            .Append(leftSide).Append(");\n")
            .Append("\n    /// <summary>How ").Append(name).Append(" reads its right rows.</summary>\n")
            .Append("    private static readonly MatchSide<").Append(right.Element.Name).Append("> ").Append(name).Append("Right = new(\n")
            .Append(rightSide).Append(");\n");
        var declaredEmpty = DeclaredEmpty(relation.Left).Concat(DeclaredEmpty(relation.Right)).Distinct().ToList();
        return
        [
            "Match", "context", left.Expression, name + "Left", right.Expression, name + "Right", "(MatchRelation)relation.Relation",
            declaredEmpty.Count == 0 ? "false" : string.Join("\n                || ", declaredEmpty),
        ];
    }

    /// <summary>A match side's three reads (figure, code text, name), one argument a line.</summary>
    private static string? Side(Type element, string valueMember)
    {
        if (Member(element, valueMember) is not { } value || !IsFigure(ContractAccess.Underlying(value.Type)))
        {
            return null;
        }

        var code = Text(element, "code", contractNames: false) ?? "null";
        var name = Member(element, "name") is { } n && n.Type == typeof(string) ? n.Expression : "null";
        return "        static (c, r) => CompiledChecks.Read(c, " + value.Expression + "),\n"
            + "        static r => " + code + ",\n"
            + "        static r => " + name;
    }

    private static bool IsFigure(Type type) => type == typeof(Amount) || type == typeof(Quantity) || type == typeof(int);

    private static bool HasIsEmpty(Type type) => ContractAccess.Below("x", type, "/isEmpty") is not null;

    /// <summary>The checks that a record on a list's path declares its table empty (<c>isEmpty: true</c>).</summary>
    private static IEnumerable<string> DeclaredEmpty(string list)
    {
        var tokens = ContractAccess.TokensOf(list)!;
        for (var n = 0; n < tokens.Length; n++)
        {
            var path = n == 0 ? string.Empty : "/" + string.Join("/", tokens.Take(n));
            if (ContractAccess.Below(Report, typeof(FinalAccountsReport), path + "/isEmpty") is { } isEmpty)
            {
                yield return isEmpty.Expression + " == true";
            }
        }
    }

    /// <summary>A list of records the contract types at a path: its access expression and element type.</summary>
    private static (string Expression, Type Element)? List(string path, SortedSet<string> namespaces)
    {
        if (ContractAccess.Below(Report, typeof(FinalAccountsReport), path) is not { } access
            || ContractAccess.ElementOf(access.Type) is not { } element || element.IsNested)
        {
            return null;
        }

        namespaces.Add(element.Namespace!);
        return (access.Expression, element);
    }

    /// <summary>A row member of one token, or null (absent from the contract, or a path).</summary>
    private static ContractAccess.Access? Member(Type element, string member) =>
        member.Length == 0 || member.Contains('/', StringComparison.Ordinal) || member.Contains('~', StringComparison.Ordinal)
            ? null
            : ContractAccess.Below("r", element, "/" + member);

    /// <summary>
    /// A row member's text as the index hands it: the string itself, an enum by its contract name when
    /// <paramref name="contractNames"/> (<c>ListRelationEvaluator.ContractText</c>), anything else by its <c>ToString()</c>;
    /// <c>null</c> when the contract has no such member (the index finds nothing there); null for a path.
    /// </summary>
    private static string? Text(Type element, string member, bool contractNames)
    {
        if (member.Length == 0 || member.Contains('/', StringComparison.Ordinal) || member.Contains('~', StringComparison.Ordinal))
        {
            return null;
        }

        if (Member(element, member) is not { } access)
        {
            return "null";
        }

        if (access.Type == typeof(string))
        {
            return access.Expression;
        }

        if (contractNames && ContractAccess.Underlying(access.Type).IsEnum)
        {
            return "ContractText(" + access.Expression + ")";
        }

        return access.Expression + (access.MayBeNull ? "?.ToString()" : ".ToString()");
    }

    private static string Quote(string text) => "\"" + text + "\"";
}
