using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The source layout a newcomer can rely on (issue 13): no line longer than <see cref="SourceLayout.MaxLineLength"/>
/// characters, and at most one public top-level type per file, in a file named after it (<c>Amount.cs</c>, or
/// <c>RuleCatalogue.Shares.cs</c> for a part of a partial type). Every C# file of <c>src</c>, <c>tests</c> and
/// <c>benchmarks</c> is checked (build output excepted).
/// </summary>
public class SourceLayoutTests
{
    /// <summary>Folders (relative to the repository root) and the file pattern checked in each, recursively.</summary>
    public static readonly TheoryData<string, string> CleanScopes = new()
    {
        { "src", "*.cs" },
        { "tests", "*.cs" },
        { "benchmarks", "*.cs" },
    };

    [Theory]
    [MemberData(nameof(CleanScopes))]
    public void CleanScope_HasShortLinesAndOnePublicTypePerFile(string folder, string pattern)
    {
        var root = Path.Combine(TestFiles.RepositoryRoot, folder);
        var files = Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f)))
            .ToList();
        Assert.NotEmpty(files);

        var problems = files.SelectMany(f => SourceLayout.Problems(Path.GetFileName(f), File.ReadAllText(f))
            .Select(p => Path.GetRelativePath(TestFiles.RepositoryRoot, f) + ": " + p)).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Checker_FlagsALineOfOneCharacterTooMany_AndNotOneAtTheLimit()
    {
        // 140 characters is allowed, 141 is not; CJK characters count one each (UTF-16 code units of the BMP).
        var atLimit = "// " + new string('收', SourceLayout.MaxLineLength - 3);
        var tooLong = atLimit + "x";
        var text = "namespace N;\n" + atLimit + "\n" + tooLong + "\r\n";

        var problems = SourceLayout.Problems("N.cs", text);

        Assert.Equal(new[] { "line 3 has 141 characters (limit 140)" }, problems);
    }

    [Fact]
    public void Checker_FlagsTwoPublicTypes_AndAFileNamedAfterNoneOfThem()
    {
        const string Text = "namespace N;\n\npublic enum ReportKind\n{\n}\n\npublic sealed record ConstituentUnit\n{\n"
            + "    public enum Nested { A }\n}\n\ninternal sealed class Helper\n{\n}\n";

        var problems = SourceLayout.Problems("ReportingEntity.cs", Text);

        // Two public top-level types (the nested enum and the internal class do not count), and neither is ReportingEntity.
        Assert.Equal(
            new[] { "2 public top-level types (ReportKind, ConstituentUnit); one per file", "the file is not named after ReportKind" },
            problems);
    }

    [Theory]
    [InlineData("Amount.cs", "public readonly struct Amount : IEquatable<Amount>")]
    [InlineData("RuleCatalogue.Shares.cs", "public static partial class RuleCatalogue")]
    [InlineData("FiscalYearRange.cs", "public static class FiscalYearRange")]
    [InlineData("Messages.cs", "internal static class Messages")]
    public void Checker_AcceptsAFileNamedAfterItsType(string fileName, string declaration)
    {
        Assert.Empty(SourceLayout.Problems(fileName, "namespace N;\n\n" + declaration + "\n{\n}\n"));
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part is "obj" or "bin");
}

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

        var types = lines.Select(l => PublicTopLevelType().Match(l)).Where(m => m.Success).Select(m => m.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal).ToList();
        if (types.Count > 1)
        {
            problems.Add($"{types.Count} public top-level types ({string.Join(", ", types)}); one per file");
        }

        // Amount.cs holds Amount; RuleCatalogue.Shares.cs holds a part of the partial RuleCatalogue.
        var stem = fileName.Split('.')[0];
        if (types.Count > 0 && !string.Equals(types[0], stem, StringComparison.Ordinal))
        {
            problems.Add($"the file is not named after {types[0]}");
        }

        return problems;
    }

    /// <summary>A public type declared at the start of a line (file-scoped namespaces put top-level types there).</summary>
    [GeneratedRegex(
        @"^public\s+(?:(?:static|sealed|abstract|readonly|partial|record|unsafe|ref)\s+)*"
        + @"(?:class|struct|interface|enum|record)\s+(?<name>\w+)")]
    private static partial Regex PublicTopLevelType();
}
