using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Tests.Serialization;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Tests.Validation;

/// <summary>
/// A file of generated walks (<c>CompiledSums.g.cs</c>, <c>CompiledChecks.g.cs</c>) as its generators build it: each
/// relation of the catalogue named by its rule id and its number among the rule's relations (<c>FA0101_1</c>), each walk
/// entered once under the key of its relation's data, and the partial class with the table from key to walk.
/// </summary>
internal sealed class GeneratedWalkFile
{
    private readonly StringBuilder methods = new();
    private readonly StringBuilder entries = new();
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    /// <summary>The method name of the next relation of the catalogue (every relation is numbered, in order).</summary>
    public string NameOf(Relation relation)
    {
        var number = numbers[relation.RuleId] = numbers.GetValueOrDefault(relation.RuleId) + 1;
        return relation.RuleId + "_" + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a walk under its relation's key; false (and nothing added) when a walk has that key already.</summary>
    public bool Add(string key, string name, string method)
    {
        if (!keys.Add(key))
        {
            return false;
        }

        methods.Append(method);
        entries.Append("        [\"").Append(key).Append("\"] = ").Append(name).Append(",\n");
        return true;
    }

    /// <summary>The file's text.</summary>
    /// <param name="generator">The generator's class name.</param>
    /// <param name="updateVariable">The environment variable that rewrites a stale file.</param>
    /// <param name="testClass">The test class that checks the file is current.</param>
    /// <param name="usings">The namespaces the file uses.</param>
    /// <param name="className">The partial class the walks belong to.</param>
    /// <param name="summary">The class's summary lines (without <c>///</c>).</param>
    public string Write(
        string generator, string updateVariable, string testClass, string[] usings, string className, params string[] summary)
    {
        var text = new StringBuilder(GeneratedSourceHeader.Write(generator, updateVariable, testClass, usings));
        text.Append("\nnamespace PublicFinance.FinalAccounts.Validation;\n\n").Append("/// <summary>\n");
        foreach (var line in summary)
        {
            text.Append("/// ").Append(line).Append('\n');
        }

        return text.Append("/// </summary>\n")
            .Append("internal static partial class ").Append(className).Append("\n{\n")
            .Append("    private static readonly Dictionary<string, CompiledWalker> Generated = new(StringComparer.Ordinal)\n    {\n")
            .Append(entries)
            .Append("    };\n")
            .Append(methods)
            .Append("}\n")
            .ToString();
    }
}
