namespace PublicFinance.FinalAccounts.Tests;

/// <summary>Locates test data copied to the output folder and the repository root (for snapshot updates).</summary>
internal static class TestFiles
{
    public const string SampleJsonName = "urumqi-government-office-2024.json";

    public static string SampleJsonPath => Path.Combine(AppContext.BaseDirectory, "samples", SampleJsonName);

    public static string SampleText =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "urumqi-government-office-2024.txt"));

    public static string SampleJson => File.ReadAllText(SampleJsonPath);

    public static string PublishedSchemaPath => Path.Combine(AppContext.BaseDirectory, "schema", "final-accounts.v1.schema.json");

    public static string Data(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>The three real Shanghai 说明 texts in TestData (paths for <see cref="Data"/>).</summary>
    public static readonly string[] RealShanghaiTexts =
    [
        "real/shanghai-putuo-finance-bureau-2024.txt",
        "real/shanghai-putuo-planning-resources-2024.txt",
        "real/shanghai-putuo-social-work-dept-2024.txt",
    ];

    /// <summary>
    /// Where <paramref name="phrase"/> stands in <paramref name="text"/>: the 1-based line of the only line containing
    /// <paramref name="lineAnchor"/>, and the 1-based first and last columns (in UTF-16 characters, last inclusive, as the
    /// reader's <c>SourceSpan</c> counts them) of the phrase on that line. Tests compute expected positions with it instead
    /// of copying them from a run.
    /// </summary>
    public static (int Line, int StartColumn, int EndColumn) Locate(string text, string lineAnchor, string phrase)
    {
        var lines = text.Split('\n');
        var found = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(lineAnchor, StringComparison.Ordinal))
            {
                if (found >= 0)
                {
                    throw new InvalidOperationException($"'{lineAnchor}' is on more than one line ({found + 1}, {i + 1}).");
                }

                found = i;
            }
        }

        if (found < 0)
        {
            throw new InvalidOperationException($"'{lineAnchor}' is on no line.");
        }

        var column = lines[found].IndexOf(phrase, StringComparison.Ordinal);
        if (column < 0)
        {
            throw new InvalidOperationException($"'{phrase}' is not on line {found + 1}.");
        }

        return (found + 1, column + 1, column + phrase.Length);
    }

    /// <summary>The repository root (the folder holding the .sln), found by walking up from the output folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PublicFinance.FinalAccounts.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }
}
