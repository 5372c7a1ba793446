using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Tests;

/// <summary>
/// The source layout a newcomer can rely on (issue 13): no line longer than <see cref="SourceLayout.MaxLineLength"/>
/// characters, and at most one top-level type per file (public or internal, delegates included; session 25), in a file
/// named after it (<c>Amount.cs</c>, or <c>RuleCatalogue.Shares.cs</c> for a part of a partial type). Every C# file of
/// <c>src</c>, <c>tests</c> and <c>benchmarks</c> is checked (build output excepted).
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
            .Select(p => RepositoryPath(f) + ": " + p)).ToList();

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
    public void Checker_FlagsThreeTopLevelTypes_AndAFileNamedAfterNoneOfThem()
    {
        const string Text = "namespace N;\n\npublic enum ReportKind\n{\n}\n\npublic sealed record ConstituentUnit\n{\n"
            + "    public enum Nested { A }\n}\n\ninternal sealed class Helper\n{\n}\n";

        var problems = SourceLayout.Problems("ReportingEntity.cs", Text);

        // Three top-level types: two public and the internal class (the indented nested enum does not count), and none is
        // ReportingEntity: the first one declared names the file it should be.
        Assert.Equal(
            new[] { "3 top-level types (ReportKind, ConstituentUnit, Helper); one per file", "the file is not named after ReportKind" },
            problems);
    }

    [Theory]
    [InlineData("internal readonly record struct Placed(string Pointer);\ninternal sealed class Placer\n{\n}\n", "Placed, Placer")]
    [InlineData("internal delegate bool Walker(object report);\ninternal static class Walks\n{\n}\n", "Walker, Walks")]
    [InlineData("class Loose\n{\n}\n\nstatic class Looser\n{\n}\n", "Loose, Looser")]
    public void Checker_CountsInternalTypesAndDelegates(string declarations, string names)
    {
        // Two top-level types each (an internal record struct, a delegate, types without a modifier): one too many.
        var problems = SourceLayout.Problems("Other.cs", "namespace N;\n\n" + declarations);

        Assert.Contains($"2 top-level types ({names}); one per file", problems);
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

    private static string RepositoryPath(string path) =>
        Path.GetRelativePath(TestFiles.RepositoryRoot, path).Replace(Path.DirectorySeparatorChar, '/');

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .Any(part => part is "obj" or "bin");
}
