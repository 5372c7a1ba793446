using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>The layout rules <see cref="SourceLayoutTests"/> applies to one file.</summary>
internal static partial class SourceLayout
{
    /// <summary>The longest line allowed, in characters (UTF-16 code units).</summary>
    public const int MaxLineLength = 140;

    /// <summary>What is wrong with the layout of one source file (empty when nothing is).</summary>
    /// <param name="fileName">The file's name, e.g. <c>Amount.cs</c>.</param>
    /// <param name="text">The file's text.</param>
    public static List<string> Problems(string fileName, string text)
    {
        var problems = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var length = lines[i].TrimEnd('\r').Length;
            if (length > MaxLineLength)
            {
                problems.Add($"line {i + 1} has {length} characters (limit {MaxLineLength})");
            }
        }

        var types = lines.Select(l => TopLevelType().Match(l)).Where(m => m.Success).Select(m => m.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal).ToList();
        if (types.Count > 1)
        {
            problems.Add($"{types.Count} top-level types ({string.Join(", ", types)}); one per file");
        }

        // Amount.cs holds Amount; RuleCatalogue.Shares.cs holds a part of the partial RuleCatalogue.
        var stem = fileName.Split('.')[0];
        if (types.Count > 0 && !string.Equals(types[0], stem, StringComparison.Ordinal))
        {
            problems.Add($"the file is not named after {types[0]}");
        }

        return problems;
    }

    /// <summary>
    /// A type declared at the start of a line (file-scoped namespaces put top-level types there), public, internal or
    /// without a modifier: a class, struct, interface, enum, record or delegate. Nested types are indented and do not count
    /// (a private helper type belongs beside the code it serves).
    /// </summary>
    [GeneratedRegex(
        @"^(?:(?:public|internal)\s+)?(?:(?:static|sealed|abstract|readonly|partial|record|unsafe|ref)\s+)*"
        + @"(?:(?:class|struct|interface|enum|record)\s+(?<name>\w+)|delegate\s+[^(=]*?(?<name>\w+)\s*(?:<[^>]*>)?\()")]
    private static partial Regex TopLevelType();
}
